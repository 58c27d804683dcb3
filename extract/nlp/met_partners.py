"""Whom the speaker met, when a later "we" of the same sentence is the two of
them: "I met Indonesian President Prabowo in Jakarta and we agreed to expand
cooperation", "I spoke with the President of Kenya, and we discussed trade".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.voices import DocumentVoices

# Verbs of meeting someone: the object ('met X', 'hosted X') or the object of
# 'with' / 'to' ('spoke with X', 'talked to X') is the partner.
_MEETING = frozenset(
    {"meet", "host", "receive", "welcome", "call", "phone", "speak", "talk", "visit"}
)
_WITH = frozenset({"with", "to"})


def partners_met(source: Span, voices: DocumentVoices) -> tuple[str, ...]:
    """The actors named in the partner of a meeting the speaker ('I') had
    earlier in the source's sentence, in text order: a state or body named, or
    an office-holder the registry knows ('I met with Secretary Rubio'); none
    when there is none."""
    for verb in source.sent:
        if verb.i >= source.start:
            break
        if verb.lemma_.lower() not in _MEETING or not _by_the_speaker(verb):
            continue
        named = [
            actor for partner in _partners(verb) for actor in _named_in(partner, voices)
        ]
        if named:
            return tuple(dict.fromkeys(named))
    return ()


def _named_in(partner: Token, voices: DocumentVoices) -> list[str]:
    """The actors a partner's phrase names, in text order: those of a state or
    body's name, or of an office-holder's (on the document's date)."""
    doc = partner.doc
    start, end = partner.left_edge.i, partner.right_edge.i + 1
    found = [
        (s.start, (s.label_,))
        for s in doc.spans.get("actors", [])
        if start <= s.start and s.end <= end
    ] + [
        (s.start, voices.actors_of(s.label_))
        for s in doc.spans.get("people", [])
        if start <= s.start and s.end <= end
    ]
    return [a for _, actors in sorted(found) for a in actors]


def _by_the_speaker(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def _partners(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return found
