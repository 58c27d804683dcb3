"""Honorifics that stand for a person named before: "His Majesty" for "His
Majesty King Abdullah II of the Hashemite Kingdom of Jordan", "Her Excellency"
for "Her Excellency Ms X, Minister of Foreign Affairs of Y". Pure functions over
a Doc."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in

HONORIFICS = frozenset({"majesty", "highness", "excellency"})


def honoured_before(
    source: Span, registry: ActorRegistry, issuer: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The actor of the first earlier mention opening with the same honorific
    ("His Majesty" after "His Majesty King … of the Hashemite Kingdom of
    Jordan"; the release's principal, whom the first mention styles so), or the
    `issuer` when that mention names no state (a release's own minister); none
    when it names several, or when the source names a person or actor itself."""
    head = source.root
    if head.lower_ not in HONORIFICS or len(source) > 3:
        return ()
    if any(source.start <= s.start < source.end for s in source.doc.spans["actors"]):
        return ()
    doc = source.doc
    for token in doc[: source.start]:
        if token.lower_ != head.lower_:
            continue
        named = token
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head  # "His Majesty King Abdullah II ibn Al Hussein"
        if named.right_edge.i == token.i:
            continue  # a bare "His Majesty" adds nothing
        found = actors_in(doc[token.i : named.right_edge.i + 1], registry) or issuer
        return tuple(found) if len(set(found)) == 1 else ()
    return ()
