"""Actor and person mentions in a Doc: registry matches, with ambiguous names
resolved from the rest of the document and names of people set aside."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.nlp.actors import ActorRegistry
from extract.nlp.officials import AGENTS

PERSON_PREFIX = "person:"
# Words that may open a person's name before a known surname and still name
# that person ("Mr Biden", "Senator Biden"), besides the titles of `AGENTS`.
_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "madame", "lady", "lord",
     "dame", "rep", "sen", "gov", "gen", "vice", "former", "first"}
)  # fmt: skip


def actor_mentions(
    doc: Doc, matches: Iterable[tuple[str, int, int]], registry: ActorRegistry
) -> tuple[list[Span], list[Span]]:
    """Spans of actors (label = actor id) and of known people (label = name).

    `matches` are (surface, start, end) triples from the registry's phrase
    matcher; a surface of a person is prefixed with "person:".
    """
    people = filter_spans(
        Span(doc, s, e, label=registry.people[surface[len(PERSON_PREFIX) :]].name)
        for surface, s, e in matches
        if surface.startswith(PERSON_PREFIX)
    )
    people = [p for p in people if not _another_given_name(p, registry)]
    taken = {i for span in people for i in range(span.start, span.end)}
    found = filter_spans(
        Span(doc, s, e, label=surface)
        for surface, s, e in matches
        if not surface.startswith(PERSON_PREFIX) and not taken.intersection(range(s, e))
    )
    inside = {i for span in found for i in range(span.start, span.end)}
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    named = [
        m
        for m in found
        if not _part_of_a_name(m, registry, inside)
        and not _inside_a_place(m, places, inside)
        and not _tail_of_a_name(m, inside)
        and not _shouted_word(m, registry)
    ]
    context = frozenset(
        registry.surfaces[m.label_] for m in named if m.label_ in registry.surfaces
    )
    actors = []
    for mention in named:
        ambiguity = registry.ambiguous.get(mention.label_)
        if ambiguity and {t.text for t in mention.sent} & ambiguity.unless:
            continue
        actor_id = registry.lookup(mention.label_, context)
        if actor_id is not None:
            actors.append(Span(doc, mention.start, mention.end, label=actor_id))
    return actors, people


def _another_given_name(span: Span, registry: ActorRegistry) -> bool:
    """ "Jill Biden", "Michelle Obama": a known person's surname that closes a
    name the NER reads as one, opened by given names not theirs, names someone
    else (but "Joseph Robinette Biden", "Mr Biden", "Senator Biden")."""
    person = registry.people.get(span.label_)
    doc = span.doc
    if person is None or span[0].ent_iob_ != "I" or span[0].ent_type_ != "PERSON":
        return False
    start = span.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = [t for t in doc[start : span.start] if t.is_alpha and len(t.text) > 1]
    own = set(person.name.replace(",", " ").split())
    return bool(before) and not any(
        t.text in own or t.lower_ in _ADDRESS or t.lower_ in AGENTS for t in before
    )


def _shouted_word(mention: Span, registry: ActorRegistry) -> bool:
    """ "WHO" in a line written in capitals ("WHO WILL PAY?"): a body's
    initialism that is also an English word names the body only in mixed-case
    text (a state's, "US", is the state either way)."""
    word = mention.text
    if len(mention) != 1 or not word.isupper() or not mention[0].is_stop:
        return False
    actor = registry.actors.get(registry.surfaces.get(word, ""))
    if actor is None or actor.kind == "state":
        return False
    letters = [t.text for t in mention.sent if t.is_alpha and len(t.text) > 1]
    return sum(w.isupper() for w in letters) * 2 > len(letters)


def _inside_a_place(mention: Span, places: list[Span], inside: set[int]) -> bool:
    """'Inner Mongolia', 'New Jersey', 'Northern Ireland': a state's name that is
    the tail of a longer place name (one the NER reads as a place, opened by
    capitalised words the registry does not know: not in `inside`, the tokens of
    registry matches) names another place."""
    doc = mention.doc
    for ent in places:
        if ent.start < mention.start < ent.end and mention.end <= ent.end:
            before = doc[ent.start : mention.start]
            return all(t.text[:1].isupper() and t.i not in inside for t in before)
    return False


def _tail_of_a_name(mention: Span, inside: set[int]) -> bool:
    """ "Ascom North America", "Bosnian Serb": a state's name that closes a longer
    name the NER reads as one (a person, body or group), opened by proper nouns
    the registry does not know, names something else."""
    doc = mention.doc
    first = doc[mention.start]
    if first.ent_iob_ != "I" or first.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    start = mention.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start : mention.start]
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in inside for t in before
    )


def _part_of_a_name(mention: Span, registry: ActorRegistry, inside: set[int]) -> bool:
    """'Denzel Washington', 'Chad Smith', 'the Washington Post': a place name that
    is only part of a longer proper name."""
    if mention.label_ not in registry.person_names:
        return False
    doc, root = mention.doc, mention.root

    def name_word(i: int) -> bool:
        token = doc[i]
        return token.pos_ == "PROPN" and token.text.istitle() and token.i not in inside

    before = mention.start - 1
    if (
        before >= 0
        and name_word(before)
        and doc[before].head.i in range(mention.start, mention.end)
    ):
        return True
    return (
        root.dep_ == "compound"
        and root.head.i >= mention.end
        and name_word(root.head.i)
    )
