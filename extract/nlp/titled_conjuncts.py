"""A bare title coordinated with a named person: "The Secretary and Secretary
Manalo discussed X". The named conjunct gives its person's actors; the bare
title is whom the document says it is (`bare_titles`) when the document named
that holder in full before ("Secretary of State Antony J. Blinken met …"), and
both speak. A guest's own title ("President William Ruto of Kenya … The
President and Foreign Minister Mudavadi") is never the host's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.bare_titles import bare_title, bare_title_holder, named_holders
from extract.nlp.officials import TITLES
from extract.nlp.speaker import Speaker
from extract.nlp.voices import DocumentVoices


def with_titled_conjuncts(
    speaker: Speaker,
    source: Span,
    voices: DocumentVoices | None,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """The named speaker joined by the holders of the bare titles coordinated
    with them, their actors in text order; the speaker alone when no bare title
    is coordinated or the document does not say whose it is."""
    before: list[str] = []
    after: list[str] = []
    for conjunct in conjuncts(source):
        title = bare_title(conjunct)
        if title is None:
            continue
        holder = bare_title_holder(conjunct, title, voices, known, registry)
        named = named_holders(conjunct, title, known, registry)
        if holder is not None and holder.actor_ids in named:
            side = before if conjunct.start < source.root.i + 1 else after
            side += holder.actor_ids
    if not before and not after:
        return speaker
    actors = (*before, *speaker.actor_ids, *after)
    return Speaker(source.text, speaker.mention, tuple(dict.fromkeys(actors)), False)


def conjuncts(source: Span) -> list[Span]:
    """The coordinated noun phrases of a source headed by its first conjunct
    ("The Secretary" and "Secretary Manalo" of "The Secretary and Secretary
    Manalo"); none when the source is no coordination."""
    head = source.root
    joins = [
        c for c in head.children if c.dep_ in ("cc", "conj", "punct") and c.i > head.i
    ]
    conjs = [c for c in head.children if c.dep_ == "conj"]
    if not conjs or not any(c.dep_ == "cc" for c in joins):
        return []
    doc = source.doc
    first = doc[source.start : min(c.i for c in joins)]
    rest = [doc[c.left_edge.i : c.right_edge.i + 1] for c in conjs]
    return [first, *rest]


def with_paired_titles(
    speaker: Speaker,
    source: Span,
    voices: DocumentVoices | None,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """Bare titles coordinated in a readout of a call or meeting ("The Secretary
    and the Foreign Minister discussed X") are its participants, one each: a
    title the document does not resolve is the participant the others leave.
    The speaker as it was unless every conjunct is a bare title, there are as
    many as participants, and all but one are named holders who are participants
    (named by name, or by their state: "Qatari Prime Minister"; a title only the
    issuer's habit resolves, "the Foreign Minister" in a White House readout, is
    no holder)."""
    group = voices.group if voices is not None and voices.meeting else ()
    joined = conjuncts(source)
    if len(joined) < 2 or len(joined) != len(group):
        return speaker
    titled = [(c, t) for c in joined if (t := bare_title(c)) is not None]
    if len(titled) < len(joined) or len({t for _, t in titled}) < len(titled):
        return speaker
    sides: list[str | None] = []
    for conjunct, title in titled:
        holder = bare_title_holder(conjunct, title, voices, known, registry)
        named = holder is not None and (  # the document named them, or their state
            holder.is_person
            or holder.actor_ids in named_holders(conjunct, title, known, registry)
        )
        actors = holder.actor_ids if holder is not None and named else ()
        if len(actors) > 1 or (actors and actors[0] not in group):
            return speaker
        sides.append(actors[0] if actors else None)
    resolved = [s for s in sides if s is not None]
    left = [a for a in group if a not in resolved]
    if not resolved or len(set(resolved)) < len(resolved) or len(left) != 1:
        return speaker
    actors = tuple(s or left[0] for s in sides)
    return Speaker(source.text, speaker.mention, actors, False)


_OFFICES = TITLES | {"prince", "sheikh"}  # "The Crown Prince", "Sheikh"


def with_each_title(
    speaker: Speaker, source: Span, resolve: Callable[[Span], Speaker]
) -> Speaker:
    """Offices coordinated ("The Crown Prince and the French President
    discussed X"), none named by a name: each speaks as it would alone
    (`resolve`), all of them, when every one resolves and together they name
    more than the speaker did."""
    joined = conjuncts(source)
    if len(joined) < 2 or any(
        c.root.lemma_.lower() not in _OFFICES or any(t.ent_type_ == "PERSON" for t in c)
        for c in joined
    ):
        return speaker
    if any(not _determined(c) for c in joined[1:]):
        return speaker  # "Qatar's Prime Minister and Foreign Minister": one person
    each = [resolve(c).actor_ids for c in joined]
    if not all(each):
        return speaker
    actors = tuple(dict.fromkeys(a for one in each for a in one))
    if set(actors) <= set(speaker.actor_ids):
        return speaker
    return Speaker(source.text, speaker.mention, actors, False)


def _determined(office: Span) -> bool:
    """An office with its own article, owner or state ("the French President",
    "Qatar's Emir"), not a second title of the person before ("Prime Minister
    and Foreign Minister")."""
    return any(t.dep_ in ("det", "poss") for t in office.root.children) or any(
        office.start <= s.start < office.end for s in office.doc.spans.get("actors", [])
    )
