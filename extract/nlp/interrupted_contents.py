"""A content its own reporting clause interrupts: 'The museum, Mr. Obama said,
would make visitors face uncomfortable truths', 'All of this, he acknowledges,
could be undone at the ballot box'.

The finders give such a statement one side of the clause only (`The museum`,
or `would make visitors face …`, which has lost its subject). Here the content
runs over both sides, its reporting clause inside it: set off by commas or
dashes, nothing in it but the source, the cue and up to four words with no verb
('the agency said in a June report'), the side before the start of a clause
and no clause of its own (a subject or a fronted phrase: not 'The war is
over', 'Moreover', 'At the summit' or '…, which'), the side after the rest of
that clause, not the reporting verb's circumstance ('as he left', 'two days
after the vote', 'who returned on Monday'). The statement's content is the
whole stretch (its text is the article's text there);
`extract.fragments.content_fragments` gives it less the clause, two fragments,
as PolNeAR marks it (for `extract-dir`) and as the site shows it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import SpanRange, trim_span
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table

_DASHES = frozenset({"—", "–", "-", "--"})
_CONNECTIVES = frozenset({"ADV", "CCONJ", "INTJ"})
_LEADING = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART"})  # words that lead on
_RELATIVES = frozenset({"which", "who", "whom", "that", "whose"})
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MEDIUM = 4  # words after the cue before the clause closes ('in a June report')
_VERBS = frozenset({"VERB", "AUX"})
# an after side that opens so is the reporting verb's circumstance, not its content
_CIRCUMSTANCE = frozenset(
    {"as", "while", "when", "whilst", "after", "before", "during", "adding"}
)


def with_interrupted_contents(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content its reporting clause interrupts grown over both
    sides of that clause."""
    table = token_table(doc)
    starts, ends = sentence_bounds(doc)
    out = []
    for one in found:
        sides = _sides(doc, table, one, starts, ends)
        if (
            sides is not None
            and _said(table, sides)
            and not _claimed(sides, one, found)
        ):
            left, right = trim_span(doc, *sides[0]), trim_span(doc, *sides[1])
            one = replace(one, content=(left[0], right[1]))
        out.append(one)
    return out


def _sides(
    doc: Doc, table: TokenTable, one: Attribution, starts: list[int], ends: list[int]
) -> tuple[SpanRange, SpanRange] | None:
    """The token ranges before and after a reporting clause set off inside its
    sentence ('The museum' and 'would make visitors …'), when the content lies on
    one side of it."""
    if one.source is None:
        return None
    first = min(one.cue[0], one.source[0])
    last = max(one.cue[1], one.source[1])
    sentence, sentence_end = starts[first], ends[first]
    if ends[last - 1] != sentence_end or first <= sentence:
        return None
    before = _opening_mark(doc, table, first)
    after = _closing_mark(doc, table, last, sentence_end)
    if before is None or after is None:
        return None
    left, right = (sentence, before), (after + 1, sentence_end)
    start, end = one.content
    if not (_abuts(table, end, before) or _abuts(table, after + 1, start)):
        return None  # 'we decided, with our G7 partners, to support X'
    if not any(side[0] <= start and end <= side[1] for side in (left, right)):
        return None
    if table.lower[one.source[0]] in _RELATIVES:  # 'Unlike G20, which focuses on'
        return None
    return left, right


def _abuts(table: TokenTable, start: int, end: int) -> bool:
    """Whether nothing but spaces and quote marks lies from `start` to `end`."""
    return start <= end and all(
        table.space[i] or table.quote_marks[i] for i in range(start, end)
    )


def _opening_mark(doc: Doc, table: TokenTable, first: int) -> int | None:
    """The comma or dash that opens a reporting clause, right before it."""
    i = first - 1
    while i > 0 and table.space[i]:
        i -= 1
    return i if _sets_off(doc, i) else None


def _sets_off(doc: Doc, i: int) -> bool:
    """A comma, or a dash that stands apart ('confidence-building' is a word)."""
    text = doc[i].text
    if text == ",":
        return True
    return text in _DASHES and (text != "-" or i == 0 or bool(doc[i - 1].whitespace_))


def _closing_mark(
    doc: Doc, table: TokenTable, last: int, sentence_end: int
) -> int | None:
    """The comma or dash that closes a reporting clause, up to four words with
    no verb after its cue or source ('said in a June report,')."""
    words = 0
    for i in range(last, sentence_end):
        if _sets_off(doc, i):
            return i if i + 1 < sentence_end else None
        if table.pos[i] in _VERBS or table.quote_marks[i] or table.punct[i]:
            return None
        if not table.space[i]:
            words += 1
        if words > _MEDIUM:
            return None
    return None


def _said(table: TokenTable, sides: tuple[SpanRange, SpanRange]) -> bool:
    """Whether both sides of the clause are part of what was said: words and no
    quotation of their own, the side before a start of the said clause and the
    side after its clause."""
    before, after = (
        [i for i in range(*part) if not table.punct[i] and not table.space[i]]
        for part in sides
    )
    if not before or not after:
        return False
    if any(table.quote_marks[i] for i in range(sides[0][0], sides[1][1])):
        return False
    return _a_start(table, before) and _a_rest(table, after)


def _a_start(table: TokenTable, words: list[int]) -> bool:
    """A side before the clause that starts what was said: no connective alone
    ('Moreover'), no circumstance ('At the opening of the summit', 'Speaking to
    reporters'), no last word that leads on into the side after ('including',
    'which')."""
    first, last = words[0], words[-1]
    if all(table.pos[i] in _CONNECTIVES for i in words):
        return False
    if table.pos[first] in {"ADP", "SCONJ"} or table.tag[first] in {"VBG", "VBN"}:
        return False
    if table.ent[first] in {"DATE", "TIME"} or _a_clause(table, words):
        return False
    leads_on = table.pos[last] in _LEADING or table.tag[last] == "VBG"
    return not leads_on and table.lower[last] not in _RELATIVES


def _a_clause(table: TokenTable, words: list[int]) -> bool:
    """Whether the side is a clause of its own: a finite verb outside any
    relative clause ('The war is over', but not 'The proposal, which was
    rejected'). What follows a whole clause and its reporting clause is as
    often the writer's ('…, he said, speaking from Kyiv') as the speaker's."""
    inside = set(words)
    for i in words:
        if table.tag[i] not in _FINITE:
            continue
        j = i
        while j in inside and table.dep[j] not in _RELATIVE_DEPS and table.head[j] != j:
            j = table.head[j]
        if j not in inside or table.head[j] == j:
            return True
    return False


def _a_rest(table: TokenTable, words: list[int]) -> bool:
    """A side after the clause that goes on with what was said: it has a verb
    and does not open as the reporting verb's circumstance ('as he left', 'two
    days after the vote')."""
    verb = any(table.pos[i] in _VERBS for i in words)
    first = words[0]
    when = table.ent[first] in {"DATE", "TIME"}
    opener = table.lower[first] in _CIRCUMSTANCE | _RELATIVES
    return verb and not when and not opener


def _claimed(
    sides: tuple[SpanRange, SpanRange], one: Attribution, found: list[Attribution]
) -> bool:
    """Whether another statement's cue or content lies on either side."""
    start, end = sides[0][0], sides[1][1]
    return any(
        other is not one
        and (
            start <= other.cue[0] < end
            or (other.content[0] < end and start < other.content[1])
        )
        for other in found
    )
