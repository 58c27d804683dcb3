"""A predicate the parse hung on its subject: "The African Union Commission
chairperson, Mahmoud Ali Youssouf, called on both countries … and said …" reads
"called" as a clause of "chairperson" (acl) and "said" as the sentence's verb. A
verb in the past tense right after the apposition's closing comma is the
subject's own predicate. Pure functions over a Token."""

from __future__ import annotations

from spacy.tokens import Token


def apposed_subject(verb: Token) -> Token | None:
    """The subject a finite verb the parse made its clause belongs to, or None."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    apposed = any(c.dep_ == "appos" and c.i < verb.i for c in noun.children)
    return noun if apposed else None
