"""The topics of a statement's content, read from the topic matches in its Doc."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from extract.nlp.quotes import SpanRange
from extract.nlp.taxonomy import Topic


def classify_topics(
    content: Span, matches: Iterable[tuple[str, int, int]], topics: tuple[Topic, ...]
) -> list[str]:
    """Topic ids of the content, most central first; empty when none matches.

    `matches` are (topic id, start, end) token ranges in the Doc. The topic named
    in the content's subject comes first, then the one with the most matched words.
    """
    inside = [
        (t, s, e) for t, s, e in matches if s >= content.start and e <= content.end
    ]
    if not inside:
        return []
    longest = _longest(inside)
    subject = _subject_range(content)
    rank = {topic.id: i for i, topic in enumerate(topics)}
    score: dict[str, int] = {}
    in_subject: set[str] = set()
    for topic_id, start, end in longest:
        score[topic_id] = score.get(topic_id, 0) + (end - start)
        if subject and start >= subject[0] and end <= subject[1]:
            in_subject.add(topic_id)
    return sorted(
        score, key=lambda t: (t not in in_subject, -score[t], rank.get(t, len(rank)))
    )


def _longest(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop matches inside a longer one ('guarantee' inside 'security guarantee')."""
    kept: list[tuple[str, int, int]] = []
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(s <= match[1] and match[2] <= e for _, s, e in kept):
            kept.append(match)
    return kept


def _subject_range(content: Span) -> SpanRange | None:
    """Tokens of the subject of the content's main clause, if it has one."""
    inside = range(content.start, content.end)
    for head in (t for t in content if t.head.i not in inside or t.head == t):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in inside:
                return (child.left_edge.i, child.right_edge.i + 1)
    return None
