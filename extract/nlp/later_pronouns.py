"""Sources resolved once every speaker is known: "I" or "we" inside a quotation,
a person's own office ("Ruto offered to host talks, his office said"), and
the speaker's own country in what they say ("Lavrov said his country was
ready").
Each fills a speaker left without an actor, never changes one the source's
own words resolved. Pure functions over a Doc."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.antecedents import owner_named_before, quoting
from extract.nlp.attribution import Attribution
from extract.nlp.people import earlier_title
from extract.nlp.speaker import Speaker

# A person's own staff and offices, which speak for the person's side.
_OWN_STAFF = frozenset(
    {"office", "spokesman", "spokeswoman", "spokesperson", "government", "aide",
     "administration", "ministry", "cabinet", "team"}
)  # fmt: skip


def quoted_first_person(
    doc: Doc, attributions: list[Attribution], result: list[Speaker | None]
) -> None:
    """ "I" or "we" inside a quotation that names no one else: the quoted
    speaker (`The commissioner said, "We haven't yet agreed on ..."`), also
    when the document gave it another side (a guest's envoy quoted on the
    host's page: `Ambassador Park said: "I convey …"` is Korea's, not Kenya's)."""
    for index, speaker in enumerate(result):
        if speaker is None:
            continue
        found = quoting(doc, attributions, index)
        said_by = result[found] if found is not None else None
        if said_by is None or not said_by.actor_ids:
            continue
        if not speaker.actor_ids or not set(speaker.actor_ids) & set(said_by.actor_ids):
            first = speaker.mention.lower() == "i"
            result[index] = Speaker(
                said_by.name, speaker.mention, said_by.actor_ids, first
            )


def own_offices(
    doc: Doc,
    attributions: list[Attribution],
    result: list[Speaker | None],
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> None:
    """ "his office", "her spokesman" reporting what one person did ("Ruto
    offered to host talks, his office said"): that person's side, when the
    reported clause's subject is the one person it names and the document
    gives them a side ("Netanyahu spoke with Biden, his office said" names two:
    no one)."""
    for index, found, speaker, span in _owned(doc, attributions, result, _OWN_STAFF):
        named = [
            (s, e, n) for s, e, n in people if found.content[0] <= s < found.content[1]
        ]
        verb = doc[found.content[0] : found.content[1]].root
        if len(named) != 1 or verb.pos_ not in ("VERB", "AUX"):
            continue
        _, end, name = named[0]
        if not end <= verb.i:
            continue  # the person is not the reported clause's subject
        person = owner_named_before(doc[end : end + 1], people, known, registry)
        actors = person.actor_ids or earlier_title(
            person.name or name, span.start, people, doc, registry
        )
        if actors:
            result[index] = Speaker(speaker.name, speaker.mention, actors, False)


# A speaker's own state, named by their possessive: "said his country was ready".
_OWN_STATE = frozenset({"country", "nation", "government", "administration"})


def own_country(
    doc: Doc,
    attributions: list[Attribution],
    result: list[Speaker | None],
    people: list[tuple[int, int, str]],
) -> None:
    """ "his country" or "her government" as the source of a stance inside what
    one person says ("Lavrov said his country was ready for talks"): that
    person's state, when no one else is named between them."""
    for index, _, speaker, span in _owned(doc, attributions, result, _OWN_STATE):
        if len(span) != 2:
            continue
        outer = _saying(attributions, result, span.start)
        if outer is None:
            continue
        said, by = outer
        between = range(said.source[1] if said.source else 0, span.start)
        if by.is_person and not any(s in between for s, _, _ in people):
            result[index] = Speaker(speaker.name, speaker.mention, by.actor_ids, False)


def _saying(
    attributions: list[Attribution], result: list[Speaker | None], at: int
) -> tuple[Attribution, Speaker] | None:
    """The statement whose content holds token `at`, with its speaker, when
    that speaker has actors."""
    for other, speaker in zip(attributions, result, strict=True):
        inside = other.content[0] <= at < other.content[1]
        if inside and speaker is not None and speaker.actor_ids:
            return other, speaker
    return None


def _owned(
    doc: Doc,
    attributions: list[Attribution],
    result: list[Speaker | None],
    nouns: frozenset[str],
) -> Iterator[tuple[int, Attribution, Speaker, Span]]:
    """(index, attribution, speaker, source) of each source without actors that
    is "his" or "her" and one of the nouns ("his office", "her country")."""
    for index, speaker in enumerate(result):
        found = attributions[index]
        if speaker is None or found.source is None or speaker.actor_ids:
            continue
        span = doc[found.source[0] : found.source[1]]
        owner = [c for c in span.root.children if c.lower_ in ("his", "her")]
        if span.root.lemma_.lower() in nouns and owner:
            yield index, found, speaker, span
