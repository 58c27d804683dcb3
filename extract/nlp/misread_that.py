"""A 'that' clause the parse read as an object: in 'reaffirmed that terrorism
in all its forms constitutes a threat' it made 'that' a determiner, 'that
terrorism' the verb's object and 'constitutes …' an adverbial clause of the
cue's. The content is the whole clause, as the rules draw it, not the object.

Or as a relative clause of a place or time the cue names before it: in 'have
said from the start that we were not involved' the parse hung 'that we were
not involved' on 'the start'. The content is the clause, not the phrase.

And a content's subject the parse read as an apposition of the cue's object:
in 'As I told Mr Putin, Turkey will not remain silent' it made 'Turkey' an
apposition of 'Mr Putin'. The content takes its subject back."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end

_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# prepositions of a cue's medium, place or time ('said in a statement', 'at the
# summit', 'from the start that …'), never of its topic ('spoke of the fact that')
_SETTINGS = frozenset(
    {"on", "in", "at", "via", "during", "from", "since", "after", "before"}
    | {"throughout"}
)


def with_that_clause(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with its content run on over the misread clause's
    predicate, when its content is such an object."""
    start, end = found.content
    first = doc[start]
    clause = _clause_of_setting(doc, found)
    if clause is not None:
        return replace(found, content=(clause, end))
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


def _clause_of_setting(doc: Doc, found: Attribution) -> int | None:
    """Where the 'that' clause starts when the content opens with a setting of
    the cue's ('from the start', or its noun after the preposition: 'told
    reporters on | a conference call that X') whose noun the parse gave the
    clause: 'that' its opening word (not a relative pronoun), a subject of its
    own, running to the content's end."""
    start, end = found.content
    first = doc[start]
    if start > 0 and first.dep_ == "det" and first.head.dep_ == "pobj":
        first = first.head.head  # "told reporters on | a conference call that X"
        if first.i != start - 1:
            return None
    if not (
        first.lower_ in _SETTINGS
        and first.dep_ == "prep"
        and (
            found.cue[0] <= first.head.i < found.cue[1]
            or first.head.head.i in range(*found.cue)  # "told [reporters] on"
        )
    ):
        return None
    for noun in first.children:
        for clause in noun.children:
            opening = doc[clause.left_edge.i]
            if (
                noun.dep_ == "pobj"
                and clause.dep_ == "relcl"
                and opening.lower_ == "that"
                and opening.dep_ == "mark"
                and opening.head.i == clause.i
                and any(c.dep_ in _SUBJECTS for c in clause.children)
                and clause.right_edge.i + 1 >= end
            ):
                return opening.i
    return None


def with_subject_back(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with the subject of its content's clause, when the parse
    hung it on the cue's object as an apposition, right before the content."""
    start, end = found.content
    if start < 2 or found.cue[1] > start:
        return found
    noun = doc[start - 1]
    verb = doc[start].head if doc[start].dep_ in ("aux", "neg") else doc[start]
    if not (
        noun.dep_ == "appos"
        and noun.right_edge.i == start - 1
        and doc[noun.left_edge.i - 1].text == ","
        and found.cue[0] <= noun.head.head.i < found.cue[1]
        and start <= verb.i < end
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        return found
    return replace(found, content=(noun.left_edge.i, end))
