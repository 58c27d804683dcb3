"""A content that runs on into a command to the listener: in 'I know the cost
is heavy, but make no mistake' the parse joined 'make no mistake' to what is
known. A verb in the bare form with no subject and no auxiliary of its own,
coordinated with a finite clause, is said to the hearer, not reported: the
content ends before it, with its conjunction and comma. A quotation stays
whole. Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import quote_spans, trim_end

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def without_imperative_tail(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with its content cut before a coordinated command."""
    start, end = found.content
    if any(a < end and start < b for a, b in quote_spans(doc)):
        return found  # "…, make yourself heard," she said: her words, all of them
    for verb in doc[start:end]:
        if not (
            verb.dep_ == "conj"
            and verb.tag_ == "VB"
            and start <= verb.head.i < verb.i
            and verb.head.tag_ in _FINITE  # not 'agreed to X, and continue Y'
            and any(c.dep_ in _SUBJECTS for c in verb.head.children)  # a clause
            and _alone(verb)  # not a series ('postpone X, make sure Y, and Z')
            and not start <= verb.head.head.i < end  # the content's own clause
            and not any(c.dep_ in _OWN for c in verb.children)
        ):
            continue
        joints = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
        cut = joints[-1].i if joints else verb.i
        if cut > start and doc[cut - 1].text == ",":
            return replace(found, content=(start, trim_end(doc, start, cut)))
    return found


def _alone(verb: Token) -> bool:
    """The one verb joined to its head, joining none of its own."""
    joined = [c for c in verb.head.children if c.dep_ == "conj"]
    return joined == [verb] and not any(c.dep_ == "conj" for c in verb.children)
