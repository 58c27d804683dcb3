"""Quotations in a Doc: where they are, and how they shape a statement's content."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.memo import once_per_doc
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table

SpanRange = tuple[int, int]

_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»", "''": "''"}
_SINGLE_MARKS = frozenset({"'", "\u2018", "\u2019"})  # ' ‘ ’


def quote_spans(doc: Doc) -> list[SpanRange]:
    """Token ranges of quotations, quote marks included (found once per Doc: do
    not change the list).

    Quotes pair within a paragraph, so one stray mark costs at most the rest of
    its paragraph, never the whole document; a quotation left open runs on
    into the next paragraph only when that paragraph opens with its mark.
    """
    return once_per_doc(doc, "quotes", _quote_spans)


def _quote_spans(doc: Doc) -> list[SpanRange]:
    spans: list[SpanRange] = []
    opener: int | None = None
    texts = token_table(doc).text
    carried = -1  # the mark that carries an open quotation into a new paragraph
    for i, text in enumerate(texts):
        if "\n" in text:
            if opener is not None and _carries_on(texts, opener, i):
                carried = i + 1
            else:
                opener = None
            continue
        if i == carried:
            continue
        if opener is None:
            if text in _OPEN_QUOTES:
                opener = i
        elif text == _OPEN_QUOTES[texts[opener]] or (
            text in '”"' and texts[opener] in '“"'
        ):
            spans.append((opener, i + 1))
            opener = None
    return spans


def _carries_on(texts: list[str], opener: int, newline: int) -> bool:
    """Whether a quotation left open runs on into the next paragraph: the press
    release's way of quoting over several paragraphs ('said:\n\n"… revenues.
    \n\n"We call on …"'). Its mark opens its paragraph or follows a colon, is
    the paragraph's only one, and the next paragraph opens with it again."""
    before = texts[opener - 1] if opener else "\n"
    opens = "\n" in before or before == ":"
    alone = not any(t in _OPEN_QUOTES or t in '”"' for t in texts[opener + 1 : newline])
    after = texts[newline + 1] if newline + 1 < len(texts) else ""
    return opens and alone and after == texts[opener]


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence (once per Doc)."""
    return sentence_bounds(doc)[0]


def sentence_ends(doc: Doc) -> list[int]:
    """The index past the last token of each token's sentence (once per Doc)."""
    return sentence_bounds(doc)[1]


def grow_over_quotes(
    doc: Doc, content: SpanRange, cue: SpanRange, quotes: list[SpanRange]
) -> tuple[SpanRange, str]:
    """The content grown over the quotes it touches, and its kind: direct when it is
    all quotation, mixed when partly, indirect when not at all."""
    start, end = content
    touched = [q for q in quotes if q[0] < end and start < q[1]]
    touched = [q for q in touched if not (q[0] <= cue[0] < q[1])] or touched
    for q_start, q_end in touched:
        if cue[0] >= q_end or cue[1] <= q_start:
            start, end = min(start, q_start), max(end, q_end)
    inside = sum(q_end - q_start for q_start, q_end in touched)
    punct = token_table(doc).punct
    words = (end - start) - sum(punct[start:end])
    quoted = sum((e - s) - sum(punct[s:e]) for s, e in touched)
    if not touched:
        kind = "indirect"
    elif inside >= (end - start) - 1 or quoted >= words > 0:
        kind = "direct"
    else:
        kind = "mixed"
    return trim_span(doc, start, end), kind


def quote_kind(doc: Doc, content: SpanRange, quotes: list[SpanRange]) -> str:
    """direct when the content is all quotation, mixed when partly, else indirect."""
    start, end = content
    punct = token_table(doc).punct
    words = [i for i in range(start, end) if not punct[i]]
    quoted = [i for i in words if any(s <= i < e for s, e in quotes)]
    if not quoted:
        return "indirect"
    return "direct" if len(quoted) == len(words) else "mixed"


def trim_span(doc: Doc, start: int, end: int) -> SpanRange:
    """Drop edge punctuation and spaces, but keep quote marks that open or close."""
    table = token_table(doc)
    while start < end - 1 and (table.space[start] or table.text[start] in ",;:—-"):
        start += 1
    return (start, trim_end(doc, start, end))


def trim_end(doc: Doc, start: int, end: int) -> int:
    """The end of a token range without trailing punctuation or spaces."""
    table = token_table(doc)
    while end > start + 1 and (table.space[end - 1] or table.text[end - 1] in ",;:.—-"):
        end -= 1
    return end


def from_word_start(doc: Doc, content: SpanRange, cue: SpanRange) -> SpanRange:
    """A content that starts inside a hyphenated word starts with the word, and
    with its 'to' ('agreed to re-establish relations', which the parse split
    into 're', '-' and 'establish', is not 'establish relations'); never in
    the cue."""
    start, end = content

    def joined(i: int) -> bool:  # the token before i runs into it
        return i > 0 and not doc[i - 1].whitespace_

    if not (joined(start) and "-" in (doc[start - 1].text, doc[start].text)):
        return content
    while joined(start) and (doc[start - 1].text == "-" or doc[start - 1].is_alpha):
        start -= 1
    if start > 0 and doc[start - 1].tag_ == "TO":
        start -= 1
    return content if cue[0] < end and start < cue[1] else (start, end)


def to_word_end(doc: Doc, content: SpanRange, cue: SpanRange) -> SpanRange:
    """A content that ends inside a hyphenated word ends with the word ('call
    for de-escalation', which the parse split into 'de', '-' and 'escalation',
    is not 'call for de'); never over the cue."""
    start, end = content

    def lower_word(i: int) -> bool:  # not a range's end ("July 23-August 8")
        return i < len(doc) and doc[i].is_alpha and doc[i].is_lower

    while 0 < end < len(doc) and not doc[end - 1].whitespace_:
        if doc[end].text == "-" and not doc[end].whitespace_ and lower_word(end + 1):
            end += 2
        elif lower_word(end) and doc[end - 1].text == "-":
            end += 1
        else:
            break
    return content if start < cue[1] and cue[0] < end else (start, end)


def balanced_marks(doc: Doc, content: SpanRange) -> SpanRange:
    """A content with both single marks of a quotation or neither: one that ends with a
    closing mark whose opening one stands just before it takes that one in
    ("said 'the world cannot afford another war'"), else the stray mark is left
    out; so for an opening mark without its closing one."""
    start, end = content
    if end - start < 2:
        return content
    table = token_table(doc)
    opens = [i for i in range(start, end) if _single(table, i, "``")]
    closes = [i for i in range(start, end) if _single(table, i, "''")]
    if closes and closes[-1] == end - 1 and not opens:
        if start > 0 and _single(table, start - 1, "``"):
            return start - 1, end
        return start, trim_end(doc, start, end - 1)
    if opens and opens[0] == start and not closes:
        if end < len(doc) and _single(table, end, "''"):
            return start, end + 1
        return start + 1, end
    return content


def _single(table: TokenTable, i: int, tag: str) -> bool:
    """A single quotation mark, opening (``) or closing (''): double ones are
    `to_quotation_end`'s."""
    return table.tag[i] == tag and table.text[i] in _SINGLE_MARKS


def to_quotation_end(
    doc: Doc, content: SpanRange, cue: SpanRange, quotes: list[SpanRange]
) -> SpanRange:
    """A content that opens a quotation after its cue ends where the quotation
    ends ('he said, "It happened under my watch. I get all the responsibility."'
    is both sentences; 'said, "They need to stand by us", while addressing the
    press' stops at the mark). A content whose words after the mark hang on a
    word of the quotation goes on ('admitted "one or two instances" where the
    donations slipped')."""
    for start, end in quotes:
        if cue[1] <= start and start <= content[0] <= start + 1:
            if content[1] > end and _continues(doc, (start, end), content[1]):
                return start, content[1]  # both marks, as the closing one is in
            marked = content[0] == start  # the content keeps the marks, or neither
            inner = end - 1 if not marked and doc[end - 1].is_quote else end
            return content[0], max(trim_end(doc, content[0], inner), content[0] + 1)
    return content


def _continues(doc: Doc, quote: SpanRange, until: int) -> bool:
    """Whether the first word after a quotation, before `until`, hangs (through
    words after the quotation only) on a word inside it."""
    start, end = quote
    first = next((i for i in range(end, until) if not doc[i].is_punct), None)
    if first is None:
        return False
    token = doc[first]
    while end <= token.i < until and token.head.i != token.i:
        token = token.head
    return start < token.i < end
