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
from extract.nlp.memo import once_per_doc
from extract.nlp.officials import TITLES, not_official
from extract.nlp.people import extended, person_mentions
from extract.nlp.places import official_of_place

# What a mention may add of a person: "Stoltenberg, who returned to Norway,".
_SAID_MORE = frozenset({"relcl", "acl", "appos"})


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
    # the document's word when the registry has no office for that day; in a
    # document without a day, the office a title gave the person earlier in it
    # ("NATO's Stoltenberg … Stoltenberg added" is not the registry's latest)
    undated = _titled_earlier(source, name, registry) if day is None else ()
    actors = undated or (person.actors_on(day) if person else ()) or known.get(name, ())
    wide = extended(source)
    if person is not None and actors:  # "President William Ruto, who chairs an
        wide = before_relative(wide)  # IGAD committee": the registry's office
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


def before_relative(wide: Span) -> Span:
    """A person's phrase up to its first relative clause: what a clause says
    they do ("who chairs an IGAD committee") is no office the registry's
    overrides."""
    starts = [
        c.left_edge.i
        for t in wide
        for c in t.children
        if c.dep_ == "relcl" and wide.start <= c.i < wide.end
    ]
    end = min(starts, default=wide.end)
    while end > wide.start + 1 and wide.doc[end - 1].is_punct:
        end -= 1
    return wide.doc[wide.start : end]


def _titled_earlier(
    source: Span, name: str, registry: ActorRegistry
) -> tuple[str, ...]:
    """The one actor a title or owner before the name gave a registry person at
    their last earlier mention whose verb names no year ("NATO Secretary
    General Jens Stoltenberg", "NATO's Stoltenberg"; not "Former NATO chief X",
    "Kremlin critic X"); none when this mention says more of them
    ("Stoltenberg, who returned to Norwegian politics", "Stoltenberg, speaking
    in Oslo,")."""
    person = registry.person(name)
    if person is None or any(c.dep_ in _SAID_MORE for c in source.root.children):
        return ()
    doc = source.doc
    mentions = once_per_doc(doc, "person_mentions", person_mentions)
    for start, end, other in reversed(mentions):
        if end > source.start or registry.person(other) is not person:
            continue
        mention = doc[start:end]
        before = doc[extended(mention).start : end]  # the title, not a clause after
        titled = actors_in(before, registry)
        owned = any(t.dep_ == "poss" and t.head.i >= start for t in before)
        governs = bool(role_in(before, TITLES)) or owned  # not "Kremlin critic X"
        if governs and not not_official(before) and event_day(mention.root) is None:
            return titled if len(titled) == 1 else ()
    return ()


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
