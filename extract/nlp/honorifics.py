"""Honorifics that stand for a person named before: "His Majesty" for "His
Majesty King Abdullah II of the Hashemite Kingdom of Jordan", "Her Excellency"
for "Her Excellency Ms X, Minister of Foreign Affairs of Y". Pure functions over
a Doc."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in

HONORIFICS = frozenset({"majesty", "highness", "excellency"})


def honoured_before(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one actor the earlier mentions opening with the same honorific name
    ("His Majesty" after "His Majesty King … of the Hashemite Kingdom of
    Jordan"); none when they name none or several, or when the source names a
    person or actor itself."""
    head = source.root
    if head.lower_ not in HONORIFICS or len(source) > 3:
        return ()
    if any(source.start <= s.start < source.end for s in source.doc.spans["actors"]):
        return ()
    doc = source.doc
    found: set[str] = set()
    for token in doc[: source.start]:
        if token.lower_ != head.lower_:
            continue
        named = token
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head  # "His Majesty King Abdullah II ibn Al Hussein"
        if named is token:
            continue  # a bare "His Majesty" adds nothing
        phrase = doc[token.i : named.right_edge.i + 1]
        found.update(actors_in(phrase, registry))
    return (found.pop(),) if len(found) == 1 else ()
