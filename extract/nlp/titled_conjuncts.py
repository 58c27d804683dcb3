"""A bare title coordinated with a named person: "The Secretary and Secretary
Manalo discussed X". The named conjunct gives its person's actors; the bare
title is whom the document says it is (`bare_titles`) when the document named
that holder in full before ("Secretary of State Antony J. Blinken met …"), and
both speak. A guest's own title ("President William Ruto of Kenya … The
President and Foreign Minister Mudavadi") is never the host's."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.bare_titles import bare_title, bare_title_holder, named_holders
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
    for conjunct in _conjuncts(source):
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


def _conjuncts(source: Span) -> list[Span]:
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
