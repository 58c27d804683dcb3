"""The header a pasted page may open with: a title, a place and date, a byline
(short paragraphs that end in no sentence's punctuation, before the first
paragraph of prose). Headlines and titles are not statements, the opening
sentence of a document is the first of its prose, and a header that says on
whose behalf the document speaks names its voice. Pure functions over a Doc."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from extract.nlp.memo import doc_text, once_per_doc

# Header paragraphs: at most this many, each short and ending in no sentence's
# punctuation.
_HEADER_PARAGRAPHS = 4
_HEADER = 300
_CLOSING = frozenset(".!?:;,")  # a resolution's paragraphs end in ";" or ","
_AFTER_STOP = frozenset(')"”’')  # close a sentence after its stop only
_BEHALF = " on behalf of "
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
# A header line may end in an initialism's stop ("Washington, D.C."): no sentence.
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def first_paragraph(doc: Doc) -> tuple[int, int]:
    """Where the first paragraph of prose starts and ends (characters; the end
    is -1 when it is the last)."""
    return once_per_doc(doc, "first_paragraph", lambda d: _first(doc_text(d)))


def in_header(doc: Doc, char: int) -> bool:
    """Whether a character offset falls in the header."""
    return char < first_paragraph(doc)[0]


def _first(text: str) -> tuple[int, int]:
    start = 0
    for _ in range(_HEADER_PARAGRAPHS):
        end = text.find("\n\n", start)
        paragraph = text[start:end].strip() if end > 0 else ""
        closed = _closed(paragraph) and not _place_line(paragraph)
        if not paragraph or closed or len(paragraph) > _HEADER:
            break
        start = end + 2
    return start, text.find("\n\n", start)


def _closed(paragraph: str) -> bool:
    """Ends as a sentence does; a bracket or a quote mark closes one only after a
    sentence's stop ("… (as agreed.)", '… said "no."'), not a title's note or
    quoted word ("Leaders' Declaration (excerpt)", 'warn of "catastrophe"')."""
    if paragraph[-1:] in _AFTER_STOP:
        return paragraph[-2:-1] in (".", "!", "?")
    return paragraph[-1:] in _CLOSING


def _place_line(paragraph: str) -> bool:
    """A last line that ends in an initialism and holds no lower-case word
    ("Washington, D.C."): a place, not a sentence ("… talks with the U.S.")."""
    last = paragraph.rsplit("\n", 1)[-1]
    return bool(_INITIALISM.search(last)) and not re.search(r"\b[a-z]", last)


def header_lines(doc: Doc) -> list[str]:
    """The lines of the header, before the first paragraph of prose."""
    start = first_paragraph(doc)[0]
    return [line.strip() for line in doc_text(doc)[:start].splitlines() if line.strip()]


def header_title(doc: Doc) -> str | None:
    """The header's first line, the page's title when the text opens with one;
    None when the text opens with prose or the line is a headline (a finite
    verb: "Joint statement by X and Y calls for …")."""
    start = first_paragraph(doc)[0]
    if start == 0:
        return None
    text = doc_text(doc)
    begin = len(text) - len(text.lstrip())
    end = text.find("\n", begin)
    span = doc.char_span(begin, end if 0 <= end < start else start, "expand")
    if span is None or any(t.tag_ in _FINITE for t in span):
        return None
    return span.text.strip() or None


def behalf_of(doc: Doc) -> tuple[str, ...]:
    """The one actor the header says the document speaks for ("Declaration by
    the High Representative on behalf of the EU"); none otherwise."""
    start = first_paragraph(doc)[0]
    text = doc_text(doc)
    at = text.find(_BEHALF, 0, start)
    if at < 0:
        return ()
    after = at + len(_BEHALF)
    named = [s for s in doc.spans.get("actors", []) if after <= s.start_char < start]
    first = min(named, key=lambda s: s.start_char, default=None)
    if first is None or text[after : first.start_char].strip() not in ("", "the"):
        return ()
    return (first.label_,)


# What may stand between the states a delegation names ("Denmark, Estonia, …,
# Sweden and my own country, Latvia"), and before the first ("the Nordic-Baltic
# countries: ").
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:and\s+)?(?:my own country,\s*)?(?:the\s+)?")
_LIST_OPENING = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:countries|states|members)?\s*:?\s*"
)
_OPENING_PARAGRAPHS = 3


def behalf_of_several(doc: Doc) -> tuple[str, ...]:
    """The states or bodies a delegation says, near the top, it speaks for ("I
    have the honour to speak on behalf of the Nordic-Baltic countries: Denmark,
    Estonia, … and my own country, Latvia"; "on behalf of Mexico, Costa Rica and
    Uruguay"): two or more, listed with nothing but commas and "and" between
    them, up to the sentence's end; none otherwise ("on behalf of my
    Government, I thank Russia and China" lists no one)."""
    text = doc_text(doc)
    start = first_paragraph(doc)[0]
    end = start
    for _ in range(_OPENING_PARAGRAPHS):
        found = text.find("\n\n", end + 1)
        end = len(text) if found < 0 else found
    at = text.find(_BEHALF, start, end)
    if at < 0:
        return ()
    after = at + len(_BEHALF)
    stop = min((i for i in (text.find(".", after), end) if i >= 0), default=end)
    named = sorted(
        (s for s in doc.spans.get("actors", []) if after <= s.start_char < stop),
        key=lambda s: s.start_char,
    )
    if (
        len(named) < 2
        or _LIST_OPENING.fullmatch(text[after : named[0].start_char]) is None
    ):
        return ()
    gaps = [text[a.end_char : b.start_char] for a, b in pairwise(named)]
    if any(_LIST_GAP.fullmatch(gap) is None for gap in gaps):
        return ()
    if text[named[-1].end_char : stop].strip(" ,"):
        return ()
    return tuple(dict.fromkeys(s.label_ for s in named))
