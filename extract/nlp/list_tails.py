"""A content that stops at the comma before the rest of its own list.

Readouts list what a side stands for ('remains committed to helping achieve the
exchange of prisoners, the release of detainees, and the return of children');
the parser often breaks such a list (hanging a later item on the subject or the
verb), so a content ends at its first item. When what follows the comma up to the end of
the sentence is the rest of a list (a conjunction before its last item, no
clause of its own, no cue, no quotation), the content takes it in. After an
infinitive ('agreed to expand trade, reduce tariffs and …') base forms are
items of the list, not clauses.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table

_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})  # a clause, not an item
_INSIDE = frozenset({"relcl", "acl"})  # the verb of a clause a list item may hold
_LIST_JOINS = frozenset({"and", "or"})
_LONGEST = 80  # tokens of a list's rest


def with_list_tails(
    doc: Doc, found: list[Attribution], lexicon: Lexicon
) -> list[Attribution]:
    """`found` with each content that stops at the comma before the rest of its
    list grown to the end of the list."""
    table = token_table(doc)
    _, ends = sentence_bounds(doc)
    cues = {i for one in found for i in range(*one.cue)}
    out = []
    for one in found:
        start, end = one.content
        if start < one.cue[1] or end >= len(table.text) or table.text[end] != ",":
            out.append(one)
            continue
        rest = range(end + 1, _last_word(table, ends[end]))
        items = _VERBS - {"VB"} if _infinitives(table, one) else _VERBS
        if _is_list_rest(table, rest, cues, lexicon, items) and not _participle_after(
            table, start, rest
        ):
            out.append(replace(one, content=(start, trim_end(doc, start, rest.stop))))
        else:
            out.append(one)
    return out


def _last_word(table: TokenTable, sentence_end: int) -> int:
    """The end of a sentence without its closing punctuation."""
    end = sentence_end
    while end > 0 and table.punct[end - 1]:
        end -= 1
    return end


def _participle_after(table: TokenTable, start: int, rest: range) -> bool:
    """Whether the rest opens with a participle after a content that does not
    ('ruled X, dealing a blow to Y and handing Z'): a clause on the verb, not
    the next item of a list of gerunds ('helping X, reaching Y and Z')."""
    return table.tag[rest.start] == "VBG" and table.tag[start] != "VBG"


def _infinitives(table: TokenTable, one: Attribution) -> bool:
    """Whether the content opens with an infinitive after a finite cue ('agreed
    | to expand trade, reduce tariffs and …'): its list goes on in base forms."""
    first = one.content[0]
    cue_verbs = [i for i in range(*one.cue) if table.pos[i] == "VERB"]
    return (
        table.lower[first] == "to"
        and first + 1 < one.content[1]
        and table.tag[first + 1] == "VB"
        and bool(cue_verbs)
        and table.tag[cue_verbs[-1]] != "VB"
    )


def _is_list_rest(
    table: TokenTable,
    rest: range,
    cues: set[int],
    lexicon: Lexicon,
    clause_tags: frozenset[str] = _VERBS,
) -> bool:
    """Whether the words are the rest of a list: a conjunction before the last
    item, and no clause of their own, cue, quotation or colon."""
    if not 2 <= len(rest) <= _LONGEST:
        return False
    joins = [i for i in rest if table.lower[i] in _LIST_JOINS and table.dep[i] == "cc"]
    if not joins:
        return False
    for i in rest:
        if i in cues or table.quote_marks[i] or table.text[i] in (":", ";"):
            return False
        if table.pos[i] == "VERB" and table.lemma[i] in lexicon.cue_verbs:
            return False
        if table.tag[i] in clause_tags and table.dep[i] not in _INSIDE:
            return False
    return True
