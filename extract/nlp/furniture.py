"""A page's furniture read as speech: words before a colon that are no one
speaking, and lists of links.

A score ("Hurricanes 4, Blackhawks 2: ..."), a footnote ("[2] Joint Commission
National Patient Safety Goal: ..."), a title inside quotation marks (In his
book "Financial Freedom: A Proven Path ...") and a newsletter's list of links
("Overnight Energy: X | Y | Z") open a line with a name and a colon, as a
speaker's line does (`Lopez: "We will not give up."`). A vertical bar
separates a page's links and headlines, never a sentence's words: no statement
holds one. Pure functions over spaCy spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_OPENING = frozenset({'"', "“"})


def not_a_speaker(name: Span, said: Span) -> bool:
    """Whether `name`, a colon and `said` are no one's words (see above)."""
    return (
        _in_title(name)
        or any(t.like_num for t in name)
        or any(t.text == "|" for t in said)
    )


def _in_title(name: Span) -> bool:
    """Whether the name opens a quotation inside a line of prose (`his book
    "Financial Freedom: …`), not a quoted line of a transcript (`"WALLACE: …`)."""
    doc, at = name.doc, name.start - 1
    if at < 1 or doc[at].text not in _OPENING or doc[at].whitespace_:
        return False
    word = doc[at - 1]
    return word.is_alpha and "\n" not in word.whitespace_


def in_link_list(doc: Doc, *parts: tuple[int, int] | None) -> bool:
    """Whether the words from the first part's start to the last one's end (a
    statement's source, cue and content) hold a vertical bar: a list of links."""
    spans = [p for p in parts if p is not None]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    return any(t.text == "|" for t in doc[start:end])
