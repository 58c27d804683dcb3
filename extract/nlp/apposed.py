"""A predicate the parse hung on its subject: "The African Union Commission
chairperson, Mahmoud Ali Youssouf, called on both countries … and said …" reads
"called" as a clause of "chairperson" (acl), and "said" as the sentence's verb
or as a conjunct of the noun. A verb in the past tense right after the
apposition's closing comma is the subject's own predicate, and so is a verb in
the past tense joined to that noun beside it. Pure functions over a Token."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "ROOT"})


def apposed_subject(verb: Token) -> Token | None:
    """The subject a finite verb the parse made its clause (or its conjunct)
    belongs to, or None."""
    noun = verb.head
    if verb.tag_ != "VBD" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ not in _SUBJECTS:
        return None
    if verb.dep_ == "conj":  # "… called on X and said": beside a predicate
        return noun if any(_predicate(c) for c in noun.children) else None
    return noun if _predicate(verb) else None


def _predicate(verb: Token) -> bool:
    """A past verb hung on a noun as its clause, right after the comma that
    closes the noun's apposition."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0:
        return False
    if verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "appos" and c.i < verb.i for c in noun.children)
