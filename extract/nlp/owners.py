"""A source that is someone's: "Putin's spokesman, Dmitry Peskov", "Erdogan's
adviser Ibrahim Kalin", "Merkel's government", "Trump's lawyer Rudy Giuliani",
"Mr Trump's colleagues".

The owner is not the speaker: the spokesman is, by the name the source gives
them, else by the phrase. The owner's state passes to one who serves the owner
(a spokesman, an adviser, a government: `AGENTS`), never to one who does not (a
lawyer, a son); a named speaker the registry knows keeps their own office.
Others of the owner ("Mr Trump's colleagues", "North Korea's partners") speak
for no one the text names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.officials import AGENTS
from extract.nlp.openings import OTHERS
from extract.nlp.people import full_name
from extract.nlp.speaker import Speaker, named_person


def owned_speaker(
    source: Span,
    named: list[str],
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker | None:
    """The speaker of a source headed by a common noun that a named person owns
    ("Putin's spokesman"), or of others of a person or an actor; None for any
    other source (`named`: the people the source names)."""
    head = source.root
    if (
        head.lemma_.lower() in OTHERS
        and head.tag_ == "NNS"
        and (named or _others_of_an_actor(head, registry))
    ):
        return Speaker(source.text, source.text, (), is_person=False)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.pos_ != "NOUN" or owner is None:
        return None
    held = range(owner.left_edge.i, owner.i + 1)
    owners = [n for s, _, n in people if s in held]
    if not owners:
        return None  # "the Kremlin's spokesman": a body's, as before
    theirs = [
        n
        for s, e, n in people
        if source.start <= s and e <= source.end and s not in held
    ]
    serves = head.lemma_.lower() in AGENTS
    owner_name = full_name(owners[0], people, source.start, registry)
    owned = named_person(owner_name, "", source, known, registry)
    actors = owned.actor_ids if serves else ()
    if not theirs:
        return Speaker(source.text, source.text, actors, is_person=False)
    name = full_name(theirs[0], people, source.start, registry)
    own = named_person(name, source.text, source, known, registry)
    return Speaker(name, source.text, own.actor_ids or actors, is_person=True)


def _others_of_an_actor(head: Token, registry: ActorRegistry) -> bool:
    """ "North Korea's partners", "the allies of Russia": the actor named in the
    possessive or the `of` phrase is the other side ("our Chinese partners" are
    Chinese: an adjective names who they are)."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of"):
            owner = doc[child.left_edge.i : child.right_edge.i + 1]
            if actors_in(owner, registry):
                return True
    return False
