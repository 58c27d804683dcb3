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
    """`found` with each cue verb that has no subject of its own, and follows a
    comma after an earlier reported act hung on it (or is joined to a verb so
    mended), given that act's source in place of none or of a source the parse
    made of an object ('noted | the importance of X' as its own source)."""
    by_verb: dict[int, tuple[int, int]] = {}
    out = []
    for one in sorted(found, key=lambda a: a.cue[0]):
        verb = _verb(doc, one)
        source = _series_source(doc, one, verb, found, by_verb) if verb else None
        if source is not None and verb is not None:
            one = replace(one, source=source)
            by_verb[verb.i] = source
        out.append(one)
    return sorted(out, key=lambda a: (a.content[0], a.cue[0]))


def _series_source(
    doc: Doc,
    one: Attribution,
    verb: Token,
    found: list[Attribution],
    mended: dict[int, tuple[int, int]],
) -> tuple[int, int] | None:
    """The source of the earlier act of a series `verb` continues, when its own
    is missing or made of an object."""
    if one.source is not None and not _made_of_an_object(doc, one):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.i in mended:
        return mended[verb.head.i]  # ', and underscored': the mended verb's
    earlier = _earlier_act(verb)
    if earlier is None:
        return None
    subject = _subject(earlier)
    for other in found:
        source = other.source
        if (
            source is not None
            and other.cue[0] <= earlier.i < other.cue[1]
            and subject is not None
            and source[0] <= subject.i < source[1]
        ):
            return source
    return None


def _made_of_an_object(doc: Doc, one: Attribution) -> bool:
    """A source that overlaps the content or is an object, not a subject."""
    start, end = one.source or (0, 0)
    content = range(*one.content)
    if start in content or end - 1 in content:
        return True
    return doc[start:end].root.dep_ in ("dobj", "pobj", "attr")


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
            and child.tag_ == verb.tag_  # 'raised …, noted': one tense
            and child.right_edge.i + 1 == before
            and not any(c.dep_ in ("mark", "aux") for c in child.children)
        ):
            return child  # not a clause of its own ('As we've noted, X …')
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
