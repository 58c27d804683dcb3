"""Each token's attributes by index, read once per Doc: the finders that scan
every token read lists instead of making a Token object per token per scan."""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc

from extract.nlp.memo import once_per_doc

_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "''", "``"})
_COLUMNS = (LEMMA, LOWER, POS, TAG, DEP, ENT_TYPE, ORTH, HEAD)
_FLAGS = (IS_PUNCT, IS_STOP, IS_SPACE)


class TokenTable(NamedTuple):
    """Each token's attributes as the finders read them, by index: read once per
    Doc instead of once per candidate (lists and bytes, so a Doc's user data
    still crosses processes as msgpack)."""

    lemma: list[str]  # lower-cased
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]
    text: list[str]
    head: list[int]
    children: list[list[int]]  # in text order, as Token.children
    quote_marks: bytes  # 1 for a quote mark; three 0s past the last token
    punct: bytes  # 1 where Token.is_punct
    stop: bytes  # 1 where Token.is_stop
    space: bytes  # 1 where Token.is_space


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table (built on first use)."""
    return once_per_doc(doc, "token_table", _token_table)


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first token and the token past the last of each token's sentence, as
    `Doc.sents` draws them (built on first use)."""
    return once_per_doc(doc, "sentence_bounds", _sentence_bounds)


def subtree(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of a token's subtree, from spaCy's own edges (which a
    non-projective parse can leave short of the subtree); read once per token."""
    known: dict[int, tuple[int, int]] = once_per_doc(doc, "subtrees", _no_subtrees)
    if i not in known:
        token = doc[i]
        known[i] = (token.left_edge.i, token.right_edge.i + 1)
    return known[i]


def noun_phrase(doc: Doc, i: int) -> tuple[int, int]:
    """The token with its left modifiers only (no relative clause or apposition)."""
    table = token_table(doc)
    start = i
    for child in table.children[i]:
        if child < i:
            start = min(start, subtree(doc, child)[0])
    end = i + 1
    for child in table.children[i]:
        if child > i and table.dep[child] in ("compound", "flat") and child == end:
            end += 1
    return (start, end)


def _no_subtrees(doc: Doc) -> dict[int, tuple[int, int]]:
    return {}


def _token_table(doc: Doc) -> TokenTable:
    """Read with `Doc.to_array` and one string lookup per distinct value."""
    n = len(doc)
    values = doc.to_array(list(_COLUMNS)) if n else np.zeros((0, len(_COLUMNS)))
    lemma = _strings(doc, values[:, 0], lower=True)
    lower, pos, tag, dep, ent, text = (_strings(doc, values[:, k]) for k in range(1, 7))
    heads = values[:, -1].astype(np.int64) + np.arange(n)
    head = heads.tolist()
    children: list[list[int]] = [[] for _ in range(n)]
    for i in np.flatnonzero(heads != np.arange(n)).tolist():
        children[head[i]].append(i)
    flags = doc.to_array(list(_FLAGS)).astype(np.uint8) if n else np.zeros((0, 3))
    marks = bytes(np.isin(values[:, 6], _hashes(doc, _QUOTE_MARKS))) + bytes(3)
    return TokenTable(
        lemma,
        lower,
        pos,
        tag,
        dep,
        ent,
        text,
        head,
        children,
        marks,
        *(flags[:, k].tobytes() for k in range(len(_FLAGS))),
    )


def _hashes(doc: Doc, strings: frozenset[str]) -> np.ndarray:
    return np.array([doc.vocab.strings[s] for s in strings], dtype=np.uint64)


def _strings(doc: Doc, column: np.ndarray, *, lower: bool = False) -> list[str]:
    """The strings of a column of hashes (or symbol ids), looked up once each."""
    distinct, where = np.unique(column, return_inverse=True)
    strings = doc.vocab.strings
    found = [strings[int(key)] for key in distinct]
    if lower:
        found = [s.lower() for s in found]
    values = np.empty(len(found), dtype=object)
    values[:] = found
    return values[where.reshape(-1)].tolist()  # type: ignore[no-any-return]


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    n = len(doc)
    starts, ends = [0] * n, [n] * n
    if not n:
        return starts, ends
    if not doc.has_annotation("SENT_START"):
        next(iter(doc.sents))  # raises as Doc.sents does
    flags = doc.to_array([SENT_START]).reshape(-1).astype(np.int64)
    edges = [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist(), n]
    for start, end in pairwise(edges):
        starts[start:end] = [start] * (end - start)
        ends[start:end] = [end] * (end - start)
    return starts, ends
