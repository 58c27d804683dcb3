"""Who spoke: each attribution's source resolved to a speaker and its actors.

Pure functions over a Doc and the attributions found in it; `components.py`
writes the result on the Doc as plain dicts with character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.acts import cue_verb
from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import SpanRange

_TITLES = frozenset(
    {
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chancellor",
        "secretary",
        "premier",
        "diplomat",
        "leader",
        "king",
        "emir",
        "amir",
        "representative",
        "official",
    }
)
_SIDES = frozenset({"side", "perspective", "standpoint", "part"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who spoke: the name as resolved, the mention as written, and for whom."""

    name: str | None
    mention: str
    actor_ids: tuple[str, ...]
    is_person: bool


def resolve_speakers(
    doc: Doc, attributions: list[Attribution], registry: ActorRegistry, lexicon: Lexicon
) -> list[Speaker | None]:
    """One Speaker per attribution (None when it has no source), in order.

    Pronouns and role descriptions ('he', 'the minister') resolve to the last
    named person who spoke; surnames expand to the full name used earlier.
    Speakers naming no actor (analysts, unknown people) keep no actor.
    """
    people = _person_mentions(doc)
    known: dict[str, tuple[str, ...]] = {}  # person name -> actors
    last_person: Speaker | None = None
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].cue[0])
    result: list[Speaker | None] = [None] * len(attributions)
    for index in order:
        attribution = attributions[index]
        if attribution.source is None:
            continue
        source = doc[attribution.source[0] : attribution.source[1]]
        speaker = _resolve(source, people, known, last_person, registry, lexicon)
        if not speaker.actor_ids:
            side = _side_of(doc, attribution.cue, registry)
            speaker = Speaker(speaker.name, speaker.mention, side, speaker.is_person)
        if speaker.is_person and speaker.name:
            known[speaker.name] = speaker.actor_ids or known.get(speaker.name, ())
            last_person = speaker
        result[index] = speaker
    return result


def actors_in(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """Actor ids named in a span (via the 'actors' span group), states first."""
    found = [
        s.label_
        for s in span.doc.spans.get("actors", [])
        if s.start >= span.start and s.end <= span.end
    ]
    states = [a for a in found if registry.actors[a].kind != "body"]
    bodies = [a for a in found if registry.actors[a].kind == "body"]
    return tuple(dict.fromkeys(states + bodies))


def char_range(doc: Doc, span: SpanRange) -> tuple[int, int]:
    """Character offsets of a token range."""
    piece = doc[span[0] : span[1]]
    return (piece.start_char, piece.end_char)


def _resolve(
    source: Span,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    last_person: Speaker | None,
    registry: ActorRegistry,
    lexicon: Lexicon,
) -> Speaker:
    mention = source.text
    head = source.root
    named = [n for s, e, n in people if s >= source.start and e <= source.end]
    if not named and head.pos_ == "PROPN":
        named = [n for n in known if n.split()[-1] == head.text]
    if named:
        name = _full_name(named[0], people, source.start, registry)
        person = registry.person(name)
        actors = (person.actor_id,) if person else known.get(name, ())
        if not actors:
            actors = actors_in(_extended(source), registry)
        return Speaker(name, mention, actors, is_person=True)
    if head.lower_ in lexicon.pronouns_person:
        if last_person is not None:
            return Speaker(last_person.name, mention, last_person.actor_ids, True)
        return Speaker(None, mention, (), is_person=True)
    own_actors = actors_in(source, registry)
    if head.lemma_.lower() in _TITLES and head.lower_ == head.lemma_.lower():
        determiner = source[0].lower_ in ("the", "this")
        if (
            determiner
            and last_person is not None
            and (not own_actors or own_actors == last_person.actor_ids)
        ):
            return Speaker(last_person.name, mention, last_person.actor_ids, True)
    return Speaker(mention, mention, own_actors, is_person=False)


def _side_of(doc: Doc, cue: SpanRange, registry: ActorRegistry) -> tuple[str, ...]:
    """Actors of a 'From Moscow's side, ...' phrase on the cue verb."""
    verb = cue_verb(doc, cue)
    for prep in verb.children if verb is not None else ():
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "from" and pobj is not None and pobj.lemma_ in _SIDES:
            return actors_in(doc[pobj.left_edge.i : pobj.i], registry)
    return ()


def _person_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """Token ranges of people: the 'people' span group, then PERSON entities."""
    found = [(s.start, s.end, s.label_) for s in doc.spans.get("people", [])]
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not any(
            s < ent.end and ent.start < e for s, e, _ in found
        ):
            found.append((ent.start, ent.end, _strip_possessive(ent.text)))
    return sorted(found)


def _full_name(
    name: str, people: list[tuple[int, int, str]], before: int, registry: ActorRegistry
) -> str:
    """'Lavrov' -> 'Sergey Lavrov' when the longer name was used earlier."""
    person = registry.person(name)
    if person is not None:
        return person.name
    if " " in name:
        return name
    for start, _, other in people:
        if start < before and other.split()[-1] == name and other != name:
            return other
    return name


def _extended(source: Span) -> Span:
    """The source with its relative clauses and appositions: 'Zhang Jun, who served
    as China's permanent representative' tells whom he speaks for."""
    head = source.root
    return source.doc[head.left_edge.i : head.right_edge.i + 1]


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text).strip()
