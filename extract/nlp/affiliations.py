"""Affiliations learned with evidence: whom a person speaks for when the text
names them without a title, read from what stored statements showed by one.

A statement whose speaker's actor came from a governing title ("Russian Foreign
Minister Sergey Lavrov", "Kurt Volker, the US special envoy for Ukraine") is
evidence; the store keeps each (person, actor, role) with the dates it was
seen. A later bare "Sergey Lavrov said" takes the actor the evidence gives for
the article's date, or none when the evidence disagrees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from kernel.records import Affiliation

# How far from its first or last sighting evidence still counts.
_REACH_DAYS = 3 * 365


@dataclass(frozen=True, slots=True)
class Learned:
    """The stored affiliations, read as of one article's publication date."""

    affiliations: Mapping[str, tuple[Affiliation, ...]] = field(default_factory=dict)
    day: date | None = None

    def actors_of(self, person: str) -> tuple[str, ...]:
        """The one actor the evidence gives a full name on this day, or none:
        the evidence whose dates cover the day, else the nearest within reach;
        two actors at the same distance leave it unknown."""
        if " " not in person:
            return ()  # a surname alone could be anyone's
        found = self.affiliations.get(person, ())
        if not found:
            return ()
        if self.day is None:
            actors = {a.actor_id for a in found}
            return (actors.pop(),) if len(actors) == 1 else ()
        ranked = sorted((_distance(a, self.day), a.actor_id) for a in found)
        best = ranked[0][0]
        if best > _REACH_DAYS:
            return ()
        actors = {actor for distance, actor in ranked if distance == best}
        return (actors.pop(),) if len(actors) == 1 else ()


def _distance(affiliation: Affiliation, day: date) -> int:
    """Days between a day and the span an affiliation was seen in (0 inside)."""
    first, last = affiliation.first_seen, affiliation.last_seen
    if first is None or last is None:
        return _REACH_DAYS  # undated evidence: at the edge of reach
    if day < first:
        return (first - day).days
    return max(0, (day - last).days)


def role_in(span: Span, title_lemmas: frozenset[str]) -> str | None:
    """The title in a span that governs a name, with its modifiers and without
    the states it names: "Russian Foreign Minister Sergey Lavrov" -> "Foreign
    Minister"; "the US special envoy for Ukraine" -> "special envoy"."""
    named = {
        t.i
        for s in span.doc.spans.get("actors", [])
        if span.start <= s.start and s.end <= span.end
        for t in s
    }
    for token in span:
        if token.lemma_.lower() in title_lemmas and token.pos_ in ("NOUN", "PROPN"):
            words = [*_modifiers(token, named), token, *_office_of(token, named)]
            return " ".join(w.text for w in words)
    return None


def _office_of(title: Token, named: set[int]) -> list[Token]:
    """ "of State", "of Foreign Affairs" after a title: its office, when that
    names no actor ("Secretary of State", not "President of France")."""
    doc = title.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].lower_ != "of":
        return []
    words = []
    for token in doc[title.i + 2 :]:
        if token.i in named or token.ent_type_ == "PERSON" or token.pos_ == "VERB":
            break
        if not token.text[:1].isupper():
            break
        words.append(token)
    return [doc[title.i + 1], *words] if words else []


def _modifiers(title: Token, named: set[int]) -> list[Token]:
    """The words just left of a title that qualify it ("Foreign", "special")."""
    words: list[Token] = []
    i = title.i - 1
    while i >= 0:
        token = title.doc[i]
        if token.i in named or token.dep_ not in ("compound", "amod"):
            break
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        words.insert(0, token)
        i -= 1
    return words
