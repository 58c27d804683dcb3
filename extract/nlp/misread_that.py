"""A 'that' clause the parse read as an object: in 'reaffirmed that terrorism
in all its forms constitutes a threat' it made 'that' a determiner, 'that
terrorism' the verb's object and 'constitutes …' an adverbial clause of the
cue's. The content is the whole clause, as the rules draw it, not the object."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end

_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def with_that_clause(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with its content run on over the misread clause's
    predicate, when its content is such an object."""
    start, end = found.content
    first = doc[start]
    noun = first.head
    if not (
        first.lower_ == "that"
        and first.dep_ == "det"
        and noun.dep_ == "dobj"
        and noun.right_edge.i + 1 >= end
        and found.cue[0] <= noun.head.i < found.cue[1]
    ):
        return found
    predicate = _predicate(noun.head, noun)
    if predicate is None:
        return found
    return replace(
        found, content=(start, trim_end(doc, start, predicate.right_edge.i + 1))
    )


def _predicate(cue: Token, noun: Token) -> Token | None:
    """The finite verb the parse hung on the cue after its object, with no
    subject or opening word of its own: the object's predicate."""
    for child in cue.rights:
        if (
            child.dep_ == "advcl"
            and child.i > noun.i
            and (child.tag_ in _FINITE or any(a.dep_ == "aux" for a in child.lefts))
            and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in child.children)
        ):
            return child
    return None
