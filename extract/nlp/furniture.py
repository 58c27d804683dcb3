"""A page's furniture read as speech: words before a colon that are no one
speaking, and lists of links.

A score ("Hurricanes 4, Blackhawks 2: ..."), a footnote ("[2] Joint Commission
National Patient Safety Goal: ..."), a title inside quotation marks (In his
book "Financial Freedom: A Proven Path ...") and a newsletter's list of links
("Overnight Energy: X | Y | Z") open a line with a name and a colon, as a
speaker's line does (`Lopez: "We will not give up."`). A vertical bar
separates a page's links and headlines (and the cells of a table, whose text
may hold statements): no speaker's name holds one. Pure functions over spaCy
spans.
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


Range = tuple[int, int]


def in_link_list(doc: Doc, source: Range | None, cue: Range, said: Range) -> bool:
    """Whether a statement's source holds a vertical bar ("| Lawmakers spar over
    …"), or its words do after a colon ("Goal: Alarm Management | ECRI …"): a
    headline in a list of links."""
    colon = any(t.text == ":" for t in doc[cue[0] : cue[1]])
    parts = [p for p in (source, said if colon else None) if p is not None]
    return any(t.text == "|" for start, end in parts for t in doc[start:end])


def _in_title(name: Span) -> bool:
    """Whether the name opens a quotation inside a line of prose (`his book
    "Financial Freedom: …`), not a quoted line of a transcript (`"WALLACE: …`)."""
    doc, at = name.doc, name.start - 1
    if at < 1 or doc[at].text not in _OPENING or doc[at].whitespace_:
        return False
    word = doc[at - 1]
    return word.is_alpha and "\n" not in word.whitespace_
