"""When a "we" at a joint appearance is every speaker, not the speaker's own
state: the sentence says so ("together", "both", "our two countries"), the cue
takes two ("we discussed", "we agreed", "we held talks"), or it tells what the
meeting did ("we noted", "we have approved") rather than a stance of the
speaker's own ("we believe", "we call on")."""

from __future__ import annotations

from spacy.tokens import Span, Token

_FEW = frozenset({"two", "three", "four", "five"})  # "our two / three countries"

# Verbs whose "we" at a joint appearance is both sides: what takes two to do.
_RECIPROCAL = frozenset(
    {"discuss", "agree", "talk", "exchange", "negotiate", "meet", "review",
     "consider", "touch", "sign", "coordinate", "reach", "converse", "confer",
     "debate", "examine", "cover", "address", "outline", "focus", "share",
     "speak"}
)  # fmt: skip
_TALKS = frozenset(
    {"talk", "exchange", "discussion", "consultation", "negotiation", "meeting",
     "conversation", "dialogue"}
)  # fmt: skip


def said_together(sentence: Span) -> bool:
    """A sentence that speaks of the speakers together: "together", "both",
    "jointly", "each other", "our two countries". (Another speaker's state named
    in it is no sign: "we hope that Russia …" is the speaker's own "we".)"""
    words = {t.lower_ for t in sentence}
    if words & {"together", "both", "jointly", "mutual", "bilateral"}:
        return True
    each_other = "each" in words and "other" in words
    return each_other or ("our" in words and bool(words & _FEW))


def did_together(cue: Token | None, source: Span) -> bool:
    """A cue in the simple past or the present perfect whose subject is "we":
    at a joint appearance it reports what the meeting did ("we noted", "we
    instructed", "we have approved"); a progressive ("we have been talking"), a
    modal or a present tense is the speaker's own."""
    if cue is None or not _own_subject(cue, source):
        return False
    helpers = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    said = {(c.lemma_.lower(), c.tag_) for c in helpers}
    if cue.tag_ == "VBD":
        return not helpers
    if cue.tag_ == "VB":  # "we did not bypass"
        return said == {("do", "VBD")}
    return cue.tag_ == "VBN" and {lemma for lemma, _ in said} == {"have"}


def _own_subject(cue: Token, source: Span) -> bool:
    return source.root.head.i == cue.i and source.root.dep_ in ("nsubj", "nsubjpass")


def takes_two(cue: Token | None, source: Span) -> bool:
    """A cue verb whose subject "we" is the speakers together: talks take two
    ("we discussed", "we agreed", "we exchanged views", "we held talks"); "we"
    must be the verb's own subject."""
    if cue is None or not _own_subject(cue, source):
        return False
    if cue.lemma_.lower() in _RECIPROCAL:
        return True
    return any(  # "we held talks", "we had an exchange of views"
        c.dep_ == "dobj" and c.lemma_.lower() in _TALKS for c in cue.children
    )
