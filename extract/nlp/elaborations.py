"""A content that stops before the elaboration of its own words.

Readouts and transcripts name a topic and then narrow it ('discussed events in
the Middle East, in particular the implications of …', 'raised other matters,
including X, Y and Z', 'focused on high-tech industries – primarily, space').
The parser hangs the elaboration on the verb or leaves it as a fragment, so the
content ends at the topic; the gold's content takes the elaboration in. When the
content is followed (after a comma or dash) by a marker of elaboration and the
rest of the sentence holds no clause of its own, no cue, no quotation and no
colon, the content runs on to the end of the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table

# Words that open an elaboration of what comes before ('including X', 'in
# particular X', 'primarily X', 'such as X').
_MARKERS = frozenset(
    {"including", "particularly", "primarily", "especially", "notably", "namely"}
)
_PAIRS = frozenset({("in", "particular"), ("such", "as")})
_BREAKS = frozenset({",", "–", "—", "-"})
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite clause
_INSIDE = frozenset({"relcl", "acl"})  # a clause an item of the elaboration holds
_LONGEST = 80  # tokens of an elaboration


def with_elaborations(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content that stops before an elaboration of its words
    grown to the end of the sentence."""
    table = token_table(doc)
    _, ends = sentence_bounds(doc)
    cues = {i for one in found for i in range(*one.cue)}
    out = []
    for one in found:
        start, end = one.content
        marker = _marker_at(table, end, ends[start]) if start >= one.cue[1] else None
        if marker is None:
            out.append(one)
            continue
        rest = range(marker, _last_word(table, ends[start]))
        if _is_elaboration(table, rest, cues):
            out.append(replace(one, content=(start, trim_end(doc, start, rest.stop))))
        else:
            out.append(one)
    return out


def _marker_at(table: TokenTable, end: int, sentence_end: int) -> int | None:
    """The first token of an elaboration marker at `end`, past a comma or dash."""
    at = end + 1 if end < sentence_end and table.text[end] in _BREAKS else end
    return at if _opens(table, at, sentence_end) else None


def _opens(table: TokenTable, i: int, sentence_end: int) -> bool:
    if i >= sentence_end:
        return False
    if table.lower[i] in _MARKERS:
        return True
    return i + 1 < sentence_end and (table.lower[i], table.lower[i + 1]) in _PAIRS


def _last_word(table: TokenTable, sentence_end: int) -> int:
    """The end of a sentence without its closing punctuation."""
    end = sentence_end
    while end > 0 and table.punct[end - 1]:
        end -= 1
    return end


def _is_elaboration(table: TokenTable, rest: range, cues: set[int]) -> bool:
    """Whether the words after the marker are an elaboration: no clause of
    their own, cue, quotation, colon or semicolon."""
    if not 2 <= len(rest) <= _LONGEST:
        return False
    for i in rest:
        if i in cues or table.quote_marks[i] or table.text[i] in (":", ";"):
            return False
        if table.tag[i] in _CLAUSE_TAGS and not _held(table, i, rest):
            return False
    return True


def _held(table: TokenTable, verb: int, rest: range) -> bool:
    """A finite verb inside an item: a clause that describes a word of the item
    ('the death of X, who bears …') or completes a verb form that is no clause
    of its own ('ensuring [humanitarian aid reaches civilians]')."""
    if table.dep[verb] in _INSIDE:
        return True
    head = table.head[verb]
    return table.dep[verb] == "ccomp" and head in rest and table.tag[head] == "VBG"
