"""Who "the minister" or "this spokesman" is: the nearest earlier holder of
that title, or the person named last when the title names that person's actor
(unless the registry gives them only other offices). Pure functions over a
Doc."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.bare_titles import VISITING
from extract.nlp.governing import actors_in
from extract.nlp.officials import TITLES
from extract.nlp.people import full_name, person_mentions
from extract.nlp.speaker import Speaker


def title_holder(
    source: Span,
    own_actors: tuple[str, ...],
    last_person: Speaker | None,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker | None:
    """ "The minister", "this spokesman": the earlier holder of that title, or
    the person named last when the title names that person's actor, or no
    actor and no phrase of its own saying whose title it is."""
    head = source.root
    if head.lemma_.lower() not in TITLES or head.lower_ != head.lemma_.lower():
        return None
    if source[0].lower_ not in ("the", "this"):
        return None
    if any(t.lower_ in VISITING for t in source):
        return None  # "the guest leader": not whoever was named last
    earlier = _earlier_holder(source, last_person, known, registry)
    if not own_actors and earlier is not None:
        return earlier
    if not own_actors and any(c.dep_ in ("prep", "poss") for c in head.children):
        return None  # "the chairman of the Conservative Party" says whose
    if last_person is not None and _another_title(source, last_person):
        last_person = None  # "the Prime Minister" after "The Secretary said"
    if last_person is not None and (
        not own_actors or own_actors == last_person.actor_ids
    ):
        title = head.lemma_.lower()
        if _holds_another_office(
            title, last_person, registry, any_title=not own_actors
        ):
            return None  # "the President" after the press secretary spoke
        return Speaker(last_person.name, source.text, last_person.actor_ids, True)
    return None


def _another_title(source: Span, person: Speaker) -> bool:
    """The person is known only by a title (a bare "The Secretary") that is not
    the source's: someone else."""
    named = [w.lower().strip(".,") for w in (person.name or "").split()]
    if not named or any(not _title_word(w) and w != "the" for w in named):
        return False
    own = {t.lower_ for t in source if t.lower_ != "the"}
    return not own <= set(named)


def _title_word(word: str) -> bool:
    """A title, or a compound that opens with one ("secretary-general")."""
    return word in TITLES or word.split("-")[0] in TITLES


# Offices a registry role names by its title: "the President" is no one whose
# every role has another ("White House press secretary").
_OFFICES = frozenset(
    {"president", "minister", "chancellor", "premier", "secretary", "spokesperson",
     "spokesman", "spokeswoman", "king", "queen", "governor", "mayor", "ambassador",
     "chairman", "chairperson", "senator"}
)  # fmt: skip


def _holds_another_office(
    title: str, person: Speaker, registry: ActorRegistry, *, any_title: bool = False
) -> bool:
    """Whether the registry knows the person and none of their roles is this
    office (one of `_OFFICES`; `any_title`: any role word, as "the mediator" or
    "the official" naming no state is no Secretary of State named before)."""
    known = registry.person(person.name) if person.name else None
    if known is None or (title not in _OFFICES and not any_title):
        return False
    return not any(title in role.title.lower().split() for role in known.roles)


def _of_words(title: Token, end: int) -> set[str]:
    """The words of a title's "of" phrase before `end` ("commission" of "the
    President of the Commission")."""
    return {
        t.lower_
        for of in title.children
        if of.dep_ == "prep" and of.lower_ == "of" and of.i < end
        for t in of.subtree
        if t.is_alpha and t.lower_ not in ("of", "the")
    }


def _earlier_holder(
    source: Span,
    last_person: Speaker | None,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker | None:
    """ "the minister", "the spokesperson": the nearest earlier mention holding the
    same title ("Italian economic development minister Stefano Patuanelli", "an
    Interpol spokesperson"), when the last speaker was not named with it and
    that mention names a person or an actor."""
    title = source.root.lemma_.lower()
    if last_person is not None and title in last_person.mention.lower().split():
        return None
    doc = source.doc
    own = {t.lower_ for t in source[1:] if t.i < source.root.i and t.is_alpha}
    owner = _of_words(source.root, source.end)  # "the President of the Commission"
    for token in reversed(doc[: source.start]):
        if token.lemma_.lower() != title or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
            continue  # "Secretary" of "Secretary-General": another office
        root = token
        while root.dep_ == "compound" and root.head is not root:
            root = root.head
        phrase = doc[root.left_edge.i : root.i + 1]
        if not own <= {t.lower_ for t in doc[phrase.start : root.right_edge.i + 1]}:
            continue  # "the Foreign Minister" is not "Prime Minister X"
        if (
            phrase.start >= source.sent.start
            and root.dep_ not in ("nsubj", "nsubjpass")
            and any(
                t.lower_ in VISITING for t in doc[max(0, phrase.start - 2) : phrase.end]
            )
        ):
            continue  # "In honour of visiting President X, the President said"
        theirs = _of_words(root, len(doc))
        if owner and theirs and not owner <= theirs:
            continue  # "the President of the Commission": not "of Sierra Leone"
        actors = actors_in(phrase, registry)
        people = [
            (s, e, n)
            for s, e, n in person_mentions(doc)
            if phrase.start <= s < phrase.end
            or (root.dep_ == "appos" and s <= root.head.i < e)
        ]
        if people:
            name = full_name(people[0][2], people, people[0][0], registry)
            person = registry.person(name)
            found = actors or known.get(name, ())
            if not found and person is not None:
                found = person.actors_on(doc._.published)
            return Speaker(name, source.text, found, is_person=True)
        if actors:
            return Speaker(source.text, source.text, actors, is_person=False)
        if not own and root.dep_ in ("dobj", "pobj", "dative"):
            continue  # "thanked the Minister": whoever held it before
        if not own:
            return None  # a bare "the President" again: the last speaker decides
        # "the Prime Minister" again: the one that title named before it
    return None
