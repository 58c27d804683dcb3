"""Who tells: the subject of 'tell us that X' is a speaker, whatever its noun.

A verb of telling with a first-person addressee and a clause ('Our colleagues
on the ground tell us that X', 'Partners have told me that X') reports what
people said; its subject is a source even when its noun is no speaker the
lexicon lists, as long as it is a group of people or someone's own ('our
colleagues', 'their contacts'): a plural or possessed noun. 'History tells us
that X' (a bare singular) is no one's speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.quotes import SpanRange

_TELLING = frozenset({"tell", "inform", "assure", "brief", "remind"})
_LISTENERS = frozenset({"us", "me"})


def teller(verb: Token) -> SpanRange | None:
    """The source range of a verb of telling a first person a clause, when its
    subject is a plural or possessed common noun (without its relative clause)."""
    if verb.lemma_.lower() not in _TELLING:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "ccomp" for c in children):
        return None
    if not any(
        c.dep_ in ("dobj", "dative") and c.lower_ in _LISTENERS for c in children
    ):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    possessed = any(c.dep_ == "poss" for c in subject.children)
    if subject.tag_ != "NNS" and not possessed:
        return None
    end = next(
        (c.left_edge.i for c in subject.rights if c.dep_ in ("relcl", "appos", "acl")),
        subject.right_edge.i + 1,
    )
    return (subject.left_edge.i, max(end, subject.i + 1))
