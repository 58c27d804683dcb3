"""A source that speaks together with others: "Russia, together with Turkey and
Iran, has proposed X", "Putin along with Erdogan said". Those it names
"together with" or "along with" speak too: their actors follow the source's
(a person's as the text gave them, else as the registry has them that day)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.speaker import Speaker

_TOGETHER = frozenset({"together", "along"})


def with_companions(
    speaker: Speaker,
    source: Span,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """The speaker joined by the actors of those the source names it speaks
    together with; the speaker as it was when it has no actor or names none."""
    if not speaker.actor_ids:
        return speaker
    companions = [
        word
        for prep in source.root.children
        if _together_with(prep, source)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for word in (pobj, *pobj.conjuncts)
    ]
    found: list[str] = []
    for word in companions:
        actors = _actors_of(word, source, known, registry)
        if not actors:
            return speaker  # "along with his aides": not all of them speak for one
        found += actors
    if not found:
        return speaker
    actors = tuple(dict.fromkeys((*speaker.actor_ids, *found)))
    return Speaker(source.text, speaker.mention, actors, False)


def _together_with(prep: Token, source: Span) -> bool:
    """'together with' / 'along with' inside the source."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and prep.i < source.end
        and any(c.lower_ in _TOGETHER for c in prep.children if c.i < prep.i)
        and not any(  # "Japan, as co-chair of X together with India and France,":
            t.lower_ == "as" and t.dep_ == "prep"  # whom it chairs with
            for t in source.doc[source.root.i : prep.i]
        )
    )


def _actors_of(
    word: Token,
    source: Span,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> tuple[str, ...]:
    """The actor a state or body named by `word` is, or a person's: known
    before in the text, else the office the registry gives them that day."""
    doc = source.doc
    for span in doc.spans.get("actors", []):
        if span.root == word:
            return (span.label_,)
    for span in doc.spans.get("people", []):
        if span.start <= word.i < span.end:
            person = registry.person(span.label_)
            held = person.actors_on(doc._.published) if person is not None else ()
            return known.get(span.label_, held)
    return ()
