"""A quotation that follows a statement and has no cue of its own is that
statement's words: 'McGurk also criticized the decision via Twitter. "The WH
statement … demonstrates a complete lack of understanding"'. The content of a
statement that closes its sentence (but for up to four words and no verb: 'via
Twitter', 'in a statement') runs on over the quotation that opens the next
sentence and runs to its end, when no other statement's cue or content lies in
that quotation's sentence. So does a quotation its reporting clause follows
('"A," said Luis Rubio, who heads the centre. "B."'): its content then holds
the clause, which `content_fragments` leaves out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import SpanRange, quote_spans
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table

_MEDIUM = 4  # words between a content and its sentence's end ('via Twitter')
_VERBS = frozenset({"VERB", "AUX"})


def with_following_quotes(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content that ends its sentence grown over a quotation
    that opens the next sentence and belongs to no other statement."""
    quotes = quote_spans(doc)
    if not quotes:
        return found
    starts, ends = sentence_bounds(doc)
    taken = [(a.content, a.cue) for a in found]
    out = []
    for one in found:
        quote = _following(doc, one, quotes, ends)
        if quote is not None and not _claimed(quote, starts, ends, taken, one):
            one = replace(one, content=(one.content[0], quote[1]))
        out.append(one)
    return out


def _following(
    doc: Doc, one: Attribution, quotes: list[SpanRange], ends: list[int]
) -> SpanRange | None:
    """The quotation opening the sentence after the one the content closes (or,
    for a quotation before its cue, the one its reporting clause closes)."""
    start, end = one.content
    if one.source is None:
        return None
    table = token_table(doc)
    if end <= min(one.cue[0], one.source[0]):  # '"A," said X. "B."'
        if not _quoted_before(table, one, quotes):
            return None
        end = max(one.cue[1], one.source[1])
    elif one.kind == "direct" or start < one.cue[1]:
        return None
    sentence_end = ends[end - 1]
    rest = [i for i in range(end, sentence_end) if not table.punct[i]]
    if len(rest) > _MEDIUM or any(table.pos[i] in _VERBS for i in rest):
        return None
    nxt = sentence_end
    while nxt < len(doc) and table.space[nxt]:
        nxt += 1
    if any("\n" in doc[i].text_with_ws for i in range(end, nxt)):
        return None  # a new paragraph is no longer this statement
    # the mark that opens it may close the sentence before ('…, said X. ''B'')
    opening = (nxt, sentence_end - 1)
    quote = next((q for q in quotes if q[0] in opening and q[0] >= end), None)
    if quote is None or quote[1] < ends[quote[0]] - 2:
        return None  # a quoted phrase inside a sentence of the writer's own
    return quote


def _quoted_before(
    table: TokenTable, one: Attribution, quotes: list[SpanRange]
) -> bool:
    """Whether the content is a quotation its reporting clause follows, nothing
    but punctuation between them ('"A," said X')."""
    first = min(one.cue[0], one.source[0]) if one.source else one.cue[0]
    return any(
        q[0] <= one.content[0]
        and one.content[1] <= q[1] <= first
        and all(table.punct[i] or table.space[i] for i in range(q[1], first))
        for q in quotes
    )


def _claimed(
    quote: SpanRange,
    starts: list[int],
    ends: list[int],
    taken: list[tuple[SpanRange, SpanRange]],
    one: Attribution,
) -> bool:
    """Whether another statement's cue or content lies in the quotation's
    sentences ('"…," he said')."""
    first, last = starts[quote[0]], ends[max(quote[1] - 1, quote[0])]
    return any(
        (content, cue) != (one.content, one.cue)
        and (first <= cue[0] < last or (content[0] < last and first < content[1]))
        for content, cue in taken
    )
