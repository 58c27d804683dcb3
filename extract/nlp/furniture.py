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

from extract.nlp.token_table import sentence_bounds

_OPENING = frozenset({'"', "“"})
_STOPS = frozenset({".", "!", "?"})
_REACH = 40  # tokens after a statement searched for the bar that ends a headline


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
    …"), its words do after a colon ("Goal: Alarm Management | ECRI …") or
    between other words, or a bar ends it on its line before any full stop: a
    headline in a list of links."""
    colon = any(t.text == ":" for t in doc[cue[0] : cue[1]])
    parts = [p for p in (source, said if colon else _inner(doc, said)) if p]
    barred = any(t.text == "|" for start, end in parts for t in doc[start:end])
    opens = said[0] >= cue[1] and doc[said[0]].text == "|"  # "call for | Facebook"
    return barred or opens or _bar_ends_it(doc, max(cue[1], said[1]))


def _inner(doc: Doc, span: Range) -> Range | None:
    """The span without the bars and spaces at its edges: a table cell's
    sentence keeps the bars around it ("| “…,” Cooke said. |")."""
    start, end = span
    while start < end and (doc[start].text == "|" or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text == "|" or doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end else None


def _bar_ends_it(doc: Doc, end: int) -> bool:
    """Whether a vertical bar follows the statement in its sentence before any
    full stop ("Progressives oppose funding bill | Senators call for …"): a
    headline, not a sentence."""
    sentence_end = sentence_bounds(doc)[1][end - 1] if end > 0 else 0
    for token in doc[end : min(sentence_end, end + _REACH)]:
        if token.text == "|":
            return True
        if token.text in _STOPS or "\n" in token.text or "\n" in token.whitespace_:
            return False  # a full stop, or the end of the line
    return False


def _in_title(name: Span) -> bool:
    """Whether the name opens a quotation inside a line of prose (`his book
    "Financial Freedom: …`), not a quoted line of a transcript (`"WALLACE: …`)."""
    doc, at = name.doc, name.start - 1
    if at < 1 or doc[at].text not in _OPENING or doc[at].whitespace_:
        return False
    word = doc[at - 1]
    return word.is_alpha and "\n" not in word.whitespace_
