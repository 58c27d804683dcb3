"""Each token's attributes by index, read once per Doc: the finders that scan
every token read lists instead of making a Token object per token per scan."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from extract.nlp.memo import once_per_doc

_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "''", "``"})


class TokenTable(NamedTuple):
    """Each token's attributes as the cue features read them, by index: read once
    per Doc instead of once per candidate (lists and bytes, so a Doc's user data
    still crosses processes as msgpack)."""

    lemma: list[str]  # lower-cased
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]
    head: list[int]
    children: list[list[int]]  # in text order, as Token.children
    quote_marks: bytes  # 1 for a quote mark; three 0s past the last token


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table (built on first use)."""
    return once_per_doc(doc, "token_table", _token_table)


def _token_table(doc: Doc) -> TokenTable:
    table = TokenTable([], [], [], [], [], [], [], [[] for _ in doc], b"")
    for token in doc:
        table.lemma.append(token.lemma_.lower())
        table.lower.append(token.lower_)
        table.pos.append(token.pos_)
        table.tag.append(token.tag_)
        table.dep.append(token.dep_)
        table.ent.append(token.ent_type_)
        head = token.head.i
        table.head.append(head)
        if head != token.i:
            table.children[head].append(token.i)
    marks = bytes(t.text in _QUOTE_MARKS for t in doc) + bytes(3)
    return table._replace(quote_marks=marks)
