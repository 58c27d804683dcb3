"""A series of reported acts sharing one subject: "President Biden raised
concerns about X, noted Y, and underscored Z". The parse often hangs the first
verb, with its subject, as the clause the second one reports ("noted" the
root, "raised" its complement), so the second has no subject of its own and
the third is read as joined to what the second reported. The first act's
source is the series' speaker. Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution

# How the parse hangs the earlier verb of a series on a later one.
_HUNG = frozenset({"ccomp", "advcl", "conj"})


def with_series_subjects(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each cue verb that has no subject, and follows a comma after
    an earlier reported act hung on it, given that act's source."""
    sources = {
        i: a.source for a in found if a.source is not None for i in range(*a.cue)
    }
    out = []
    for one in found:
        verb = _verb(doc, one)
        earlier = _earlier_act(verb) if one.source is None and verb else None
        source = sources.get(earlier.i) if earlier is not None else None
        subject = _subject(earlier) if earlier is not None else None
        if source is None or subject is None or not source[0] <= subject.i < source[1]:
            out.append(one)
        else:
            out.append(replace(one, source=source))
    return out


def _verb(doc: Doc, one: Attribution) -> Token | None:
    """The cue's verb, when the cue opens with it (after adverbs: 'also noted')."""
    for token in doc[one.cue[0] : one.cue[1]]:
        if token.pos_ == "VERB":
            return token
        if token.pos_ != "ADV":
            return None
    return None


def _earlier_act(verb: Token) -> Token | None:
    """An earlier verb with a subject of its own that the parse hung on `verb`,
    and that ends at a comma right before it (', [also] noted')."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and doc[before].pos_ == "ADV" and doc[before].head == verb:
        before -= 1
    if doc[before].text != ",":
        return None
    for child in verb.children:
        if (
            child.dep_ in _HUNG
            and child.i < verb.i
            and child.pos_ == "VERB"
            and child.right_edge.i + 1 == before
        ):
            return child
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
