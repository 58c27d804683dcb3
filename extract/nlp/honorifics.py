"""Honorifics that stand for a person named before: "His Majesty" for "His
Majesty King Abdullah II of the Hashemite Kingdom of Jordan", "Her Excellency"
for "Her Excellency Ms X, Minister of Foreign Affairs of Y". Pure functions over
a Doc."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in

HONORIFICS = frozenset({"majesty", "highness", "excellency"})


def honoured_before(
    source: Span, registry: ActorRegistry, issuer: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The actor of the earlier mentions opening with the same honorific
    ("His Majesty" after "His Majesty King … of the Hashemite Kingdom of
    Jordan"; a mention naming no state is the `issuer`'s own, a release's
    minister) when they all name one; when they name several, the one styled
    so as the subject of the sentence before, if it alone is styled there
    ("His Majesty King Mohammed VI expressed solidarity … His Majesty said");
    none when the source names a person or actor itself."""
    head = source.root
    if head.lower_ not in HONORIFICS or len(source) > 3:
        return ()
    if any(source.start <= s.start < source.end for s in source.doc.spans["actors"]):
        return ()
    doc = source.doc
    styled: list[tuple[Token, tuple[str, ...]]] = []
    for token in doc[: source.start]:
        if token.lower_ != head.lower_:
            continue
        named = token
        while named.dep_ in ("compound", "nmod") and named.head.i > named.i:
            named = named.head  # "His Majesty King Abdullah II ibn Al Hussein"
        if named.right_edge.i == token.i:
            continue  # a bare "His Majesty" adds nothing
        phrase = doc[token.i : named.right_edge.i + 1]
        found = actors_in(phrase, registry) or _people_s(phrase, registry) or issuer
        styled.append((named, tuple(dict.fromkeys(found))))
    every = {actors for _, actors in styled}
    if len(every) == 1 and len(next(iter(every))) == 1:
        return next(iter(every))
    start = doc[source.sent.start - 1].sent.start if source.sent.start > 0 else 0
    recent = [(named, actors) for named, actors in styled if named.i >= start]
    if len(recent) == 1 and len(recent[0][1]) == 1:
        named, actors = recent[0]
        return actors if named.dep_ in ("nsubj", "nsubjpass") else ()
    return ()


def _people_s(phrase: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The actors of the registry people the phrase names ("His Highness Sheikh
    Mohamed bin Zayed"), as of the document's date."""
    found: list[str] = []
    for span in phrase.doc.spans.get("people", []):
        person = registry.person(span.label_)
        if person is not None and phrase.start <= span.start < phrase.end:
            found.extend(person.actors_on(phrase.doc._.published))
    return tuple(dict.fromkeys(found))
