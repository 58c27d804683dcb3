"""Sources resolved once every speaker is known: "I" or "we" inside a quotation,
"it" of a body that spoke just before ("South Korea's Joint Chiefs of Staff
said … It said …"), and a person's own office ("Ruto offered to host talks,
his office said"). Each fills a speaker left without an actor, never changes
one the source's own words resolved. Pure functions over a Doc."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from extract.nlp.actors import ActorRegistry
from extract.nlp.antecedents import owner_named_before, quoting
from extract.nlp.attribution import Attribution
from extract.nlp.people import earlier_title
from extract.nlp.speaker import Speaker
from extract.nlp.token_table import sentence_bounds

# A person's own staff and offices, which speak for the person's side.
_OWN_STAFF = frozenset(
    {"office", "spokesman", "spokeswoman", "spokesperson", "government", "aide",
     "administration", "ministry", "cabinet", "press office", "team"}
)  # fmt: skip


def quoted_first_person(
    doc: Doc, attributions: list[Attribution], result: list[Speaker | None]
) -> None:
    """ "I" or "we" inside a quotation that names no one else: the quoted
    speaker (`The commissioner said, "We haven't yet agreed on ..."`)."""
    for index, speaker in enumerate(result):
        if speaker is None or speaker.actor_ids:
            continue
        found = quoting(doc, attributions, index)
        said_by = result[found] if found is not None else None
        if said_by is not None and said_by.actor_ids:
            first = speaker.mention.lower() == "i"
            result[index] = Speaker(
                said_by.name, speaker.mention, said_by.actor_ids, first
            )


def body_it(
    doc: Doc, attributions: list[Attribution], result: list[Speaker | None]
) -> None:
    """ "It" as the source right after a body or state spoke, in its sentence
    or the next: that body ("The U.S. Indo-Pacific Command said … it said")."""
    starts, _ = sentence_bounds(doc)
    order = sorted(
        (i for i, a in enumerate(attributions) if a.source is not None),
        key=lambda i: attributions[i].cue[0],
    )
    for before, index in pairwise(order):
        speaker, earlier = result[index], result[before]
        source = attributions[index].source
        if speaker is None or earlier is None or source is None or speaker.actor_ids:
            continue
        if source[1] - source[0] != 1 or doc[source[0]].lower_ != "it":
            continue
        if earlier.is_person or not earlier.actor_ids:
            continue
        said = attributions[before].source
        assert said is not None
        sentence = starts[source[0]]
        previous = starts[sentence - 1] if sentence > 0 else sentence
        if said[0] >= previous:
            result[index] = Speaker(
                earlier.name, speaker.mention, earlier.actor_ids, False
            )


def own_offices(
    doc: Doc,
    attributions: list[Attribution],
    result: list[Speaker | None],
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> None:
    """ "his office", "her spokesman" as the source: the side of the person
    named last before it in its sentence, when the document gives them one."""
    for index, speaker in enumerate(result):
        source = attributions[index].source
        if speaker is None or source is None or speaker.actor_ids:
            continue
        span = doc[source[0] : source[1]]
        owner = [c for c in span.root.children if c.lower_ in ("his", "her")]
        if span.root.lemma_.lower() not in _OWN_STAFF or not owner:
            continue
        named = owner_named_before(
            doc[owner[0].i : owner[0].i + 1], people, known, registry
        )
        actors = named.actor_ids
        if not actors and named.name:
            actors = earlier_title(named.name, source[0], people, doc, registry)
        if actors:
            result[index] = Speaker(speaker.name, speaker.mention, actors, False)
