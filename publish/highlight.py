"""Split article text into marked segments: speaker, cue and content of each statement.

Spans may overlap or nest (two statements in one sentence, a speaker inside a mixed
quote); the text is cut at every span boundary and each piece takes the innermost role,
so templates emit flat, well-nested markup and never need `|safe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from store.reads import StatementRow

ROLES = ("content", "speaker", "cue")  # lowest to highest priority where spans overlap


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a statement starts in the text, and its number in the article."""

    statement_id: str
    number: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text with one role (or none), and the anchors placed before it."""

    text: str
    role: str | None = None  # speaker | cue | content
    statements: tuple[int, ...] = ()  # numbers of the statements whose spans cover it
    anchors: tuple[Anchor, ...] = ()


@dataclass(frozen=True, slots=True)
class _Span:
    number: int
    role: str
    start: int
    end: int


Paragraph = tuple[Segment, ...]


def highlight(text: str, statements: Sequence[StatementRow]) -> tuple[Paragraph, ...]:
    """Paragraphs (text split on newlines) of segments, numbering statements from 1.

    A span whose offsets fall outside the text, or whose text differs from the stored
    one, is looked up by its stored text nearby and otherwise left unmarked; every
    statement still gets an anchor (at its first span, else at its sentence).
    """
    spans = [
        span
        for number, statement in enumerate(statements, start=1)
        for span in _spans(text, number, statement)
    ]
    anchors: dict[int, list[Anchor]] = {}
    for number, statement in enumerate(statements, start=1):
        own = [s.start for s in spans if s.number == number]
        at = min(own) if own else _clip(statement.sentence_start, len(text))
        anchors.setdefault(at, []).append(Anchor(statement.statement_id, number))

    paragraphs: list[Paragraph] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        here = {pos: anchors.pop(pos) for pos in list(anchors) if start <= pos <= end}
        if line.strip() or here:
            paragraphs.append(_segments(text, start, end, spans, here))
        start = end + 1
    return tuple(paragraphs)


def _segments(
    text: str,
    start: int,
    end: int,
    spans: Iterable[_Span],
    anchors: dict[int, list[Anchor]],
) -> Paragraph:
    """Cut text[start:end] at every span and anchor boundary; give each piece a role."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = {start, end, *anchors}
    for s in inside:
        cuts.update((max(s.start, start), min(s.end, end)))
    bounds = sorted(cuts)
    segments: list[Segment] = []
    for left, right in pairwise(bounds):
        covering = [s for s in inside if s.start <= left and s.end >= right]
        role = max((s.role for s in covering), key=ROLES.index, default=None)
        numbers = tuple(sorted({s.number for s in covering}))
        here = tuple(anchors.get(left, ()))
        segments.append(Segment(text[left:right], role, numbers, here))
    if end in anchors:  # a statement anchored at the very end of the paragraph
        segments.append(Segment("", anchors=tuple(anchors[end])))
    return tuple(segments)


def _spans(text: str, number: int, s: StatementRow) -> list[_Span]:
    wanted = [
        ("speaker", s.speaker_start, s.speaker_end, s.speaker_mention or s.speaker),
        ("cue", s.cue_start, s.cue_end, s.cue),
        ("content", s.content_start, s.content_end, s.content),
    ]
    spans = []
    for role, start, end, expected in wanted:
        found = _locate(text, start, end, expected)
        if found:
            spans.append(_Span(number, role, *found))
    return spans


def _locate(
    text: str, start: int | None, end: int | None, expected: str | None
) -> tuple[int, int] | None:
    """The span if it holds the expected text, else that text's nearest occurrence."""
    if (
        start is not None
        and end is not None
        and 0 <= start < end <= len(text)
        and (not expected or text[start:end] == expected)
    ):
        return start, end
    if not expected:
        return None
    hits = []
    at = text.find(expected)
    while at != -1:
        hits.append(at)
        at = text.find(expected, at + 1)
    if not hits:
        return None
    near = min(hits, key=lambda h: abs(h - (start or 0)))
    return near, near + len(expected)


def _clip(value: int, length: int) -> int:
    return min(max(value, 0), length)
