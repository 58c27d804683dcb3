"""A resolved speaker, and what a named person speaks for: the registry's
office, what the document said of them, or the title that governs the name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.affiliations import role_in
from extract.nlp.event_dates import event_day
from extract.nlp.governing import actors_in
from extract.nlp.officials import TITLES
from extract.nlp.people import extended
from extract.nlp.places import official_of_place


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who spoke: the name as resolved, the mention as written, and for whom."""

    name: str | None
    mention: str
    actor_ids: tuple[str, ...]
    is_person: bool
    role: str | None = None  # the title in the text that gave the actor


def named_person(
    name: str,
    mention: str,
    source: Span,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """A named person's actor: the registry's, what the document said of them,
    or the title that governs the name; a registry person whose titles here
    name another actor first ("AU chairperson President el-Sisi of Egypt") is
    left null, and the role is kept when one title gave the actor."""
    person = registry.person(name)
    day = _day_spoken(source)
    # the document's word when the registry has no office for that day, or
    # when the document has no day ("NATO's Stoltenberg … Stoltenberg added" is
    # not the registry's latest office)
    said = known.get(name, ())
    undated = day is None and bool(said)
    actors = said if undated else (person.actors_on(day) if person else ()) or said
    wide = extended(source)
    titled = actors_in(wide, registry) or official_of_place(wide, registry)
    if person is not None and len(titled) > 1 and titled[:1] != actors[:1]:
        actors = ()
    elif person is not None and titled and titled != actors:
        # the title held here, not the registry's office ("NATO Secretary-General
        # Jens Stoltenberg"), when a title governs the name; else none
        actors = titled if role_in(wide, TITLES) else ()
    actors = actors or (titled if len(titled) == 1 else ())  # one office
    role = role_in(wide, TITLES) if titled == actors and len(actors) == 1 else None
    return Speaker(name, mention, actors, is_person=True, role=role)


def _day_spoken(source: Span) -> date | None:
    """The day the source's verb names with a year, when not after the
    article's; else the article's date (`event_dates`)."""
    published = source.doc._.published
    named = event_day(source.root)
    if named is not None and (published is None or named <= published):
        return named
    return published


def unnamed_person(source: Span) -> bool:
    """A person the text describes without a name we can read: a noun with a
    'who' clause or a name in apposition ("a shopkeeper who gave only her first
    name, Senait")."""
    head = source.root
    return any(
        (c.dep_ == "relcl" and any(g.lower_ in ("who", "whose") for g in c.children))
        or (c.dep_ == "appos" and c.ent_type_ == "PERSON")
        for c in head.children
    )
