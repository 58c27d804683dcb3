"""Whom the speaker met, when a later "we" of the same sentence is the two of
them: "I met Indonesian President Prabowo in Jakarta and we agreed to expand
cooperation", "I spoke with the President of Kenya, and we discussed trade".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs of meeting someone: the object ('met X', 'hosted X') or the object of
# 'with' / 'to' ('spoke with X', 'talked to X') is the partner.
_MEETING = frozenset(
    {"meet", "host", "receive", "welcome", "call", "phone", "speak", "talk", "visit"}
)
_WITH = frozenset({"with", "to"})


def partners_met(source: Span) -> tuple[str, ...]:
    """The actors named in the partner of a meeting the speaker ('I') had
    earlier in the source's sentence, in text order; none when there is none."""
    for verb in source.sent:
        if verb.i >= source.start:
            break
        if verb.lemma_.lower() not in _MEETING or not _by_the_speaker(verb):
            continue
        named = [
            s.label_
            for partner in _partners(verb)
            for s in source.doc.spans.get("actors", [])
            if partner.left_edge.i <= s.start and s.end <= partner.right_edge.i + 1
        ]
        if named:
            return tuple(dict.fromkeys(named))
    return ()


def _by_the_speaker(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def _partners(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return found
