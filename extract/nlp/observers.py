"""Observers a body sends ("EU observers", "the AU observers", "the Pacific
Islands Forum Election Observer Mission"): they speak for the body, though an
observer named with a state ("Russian observers") speaks for none. Pure
functions over spaCy spans."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry

_WATCHING = frozenset({"observer", "monitor"})
_OWNING = frozenset({"compound", "poss", "amod", "nmod"})
_SOME = frozenset({"some", "many", "most", "several", "few", "other", "veteran"})


def body_observers(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one body whose observers or observer mission the source names, by
    the body's name owning its head; none otherwise."""
    head = source.root
    words = [head, *(t for t in head.children if t.dep_ in ("compound", "amod"))]
    if not any(t.lemma_.lower() in _WATCHING for t in words):
        return ()
    if any(  # "Veteran NATO observers", "Some EU observers": who watch the body
        (c.dep_ == "amod" and c.pos_ == "ADJ") or c.lower_ in _SOME
        for c in head.children
    ):
        return ()
    found = []
    for mention in source.doc.spans.get("actors", []):
        if not source.start <= mention.start < head.i:
            continue
        actor = registry.actors.get(mention.label_)
        if actor is None:
            continue
        if actor.kind == "state":
            return ()  # "The Palestinian UN observer mission": a state's at the UN
        if actor.kind != "body":
            continue
        node = mention[-1]  # "The AU": its name, not its article
        while (
            node.dep_ in _OWNING | {"case"} and node.head.i <= head.i and node != head
        ):
            node = node.head
        if node == head:
            found.append(mention.label_)
    found = list(dict.fromkeys(found))
    return tuple(found) if len(found) == 1 else ()
