"""Mentions inside a speaker's turn that are not the speaker: "he" or "she" (the
speaker says "I"), and a vocative opening the turn ("Secretary General, the
Russian Foreign Minister said ...": the one addressed is not the source). Pure
functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.documents import OTHERS
from extract.nlp.officials import TITLES
from extract.nlp.turns import Turn
from extract.nlp.voices import DocumentVoices

# How the one a turn's "he" means may stand in its sentence before it.
_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"})


def past_vocative(source: Span, voices: DocumentVoices | None) -> Span:
    """The source without a vocative that opens its turn: words of the label of
    the one addressed, then a comma ("Secretary General, | the Russian Foreign
    Minister"; "Mr Price, | the Kremlin"); the source as it is otherwise."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if turn is None or voices is None or source.start != turn.start:
        return source
    comma = next((t.i for t in source if t.text == ","), None)
    if comma is None or comma + 1 >= source.end:
        return source
    addressed = voices.addressee_of(turn)
    label = set(addressed.label.lower().split()) if addressed is not None else set()
    words = [t.lower_.strip(".") for t in source.doc[source.start : comma]]
    if not words or not set(words) <= label | {"mr", "mrs", "ms", "madam"}:
        return source
    return source.doc[comma + 1 : source.end]


def named_before_in_turn(
    pronoun: Span, turn: Turn, people: list[tuple[int, int, str]]
) -> tuple[int, int, str] | Span | None:
    """Whom "he" or "she" in a turn means, never the speaker: the person last
    named in the turn before it, else a title or a counterpart earlier in its
    sentence ("I spoke with my Egyptian counterpart, and he assured me"), else
    no one."""
    named = [p for p in people if turn.start <= p[0] and p[1] <= pronoun.start]
    if named:
        return named[-1]
    doc = pronoun.doc
    for token in reversed(doc[pronoun.sent.start : pronoun.start]):
        lemma = token.lemma_.lower()
        if token.dep_ in _PLACES and lemma in TITLES | OTHERS and token.tag_ == "NN":
            return doc[token.left_edge.i : token.i + 1]
    return None
