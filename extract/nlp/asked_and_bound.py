"""What a cue asks of others or binds its speaker to, as act rules read it
(`act_senses.SENSES`): a quotation exhorting its hearers ('"let's discuss
this"'), a 'should' that advises rather than forecasts, someone told to do
something ('advised citizens to leave'), and a course the speaker binds itself
to from now on ('we will endeavour to')."""

from __future__ import annotations

from spacy.tokens import Span, Token

_SELVES = frozenset({"we", "i"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WILL = frozenset({"will", "shall", "'ll"})


# What 'let us' does not ask of anyone: a hope, a word of the speaker's own.
_NOT_ASKED = frozenset(
    {"hope", "say", "note", "recall", "remember", "see", "assume", "imagine",
     "be", "wish", "pray", "thank"}
)  # fmt: skip
_OPENINGS = frozenset({'"', "\u201c", "\u00ab"})  # a direct quotation's first mark


def exhorts(verb: Token, content: Span) -> bool:
    """'"Members of the G7, let's discuss this emergency"', '"Let us make this
    moment an opportunity"': a quotation that asks its hearers to act with the
    speaker; 'let us hope that X', 'let me say' ask nothing of anyone."""
    doc = content.doc
    before = doc[content.start - 1].text if content.start > 0 else ""
    if not len(content) or not {content[0].text, before} & _OPENINGS:
        return False
    inside = range(content.start, content.end)
    for let in content:
        own = let.dep_ in ("ROOT", "conj") or let.head.i not in inside
        if let.lower_ != "let" or not own:  # its clause is the speaker's own
            continue
        for asked in (c for c in let.children if c.dep_ in ("ccomp", "xcomp")):
            words = (*let.children, *asked.children)
            us = any(w.lower_ in ("us", "'s") and w.i > let.i for w in words)
            denied = any(c.dep_ == "neg" for c in asked.children)
            if us and not denied and asked.lemma_.lower() not in _NOT_ASKED:
                return True
    return False


# What 'should be' forecasts rather than advises: 'should be able to top up'.
_EXPECTED = frozenset({"able", "possible", "likely", "ready", "available", "complete"})


def advises(verb: Token, content: Span) -> bool:
    """'suggested there should be a UN presence': the content's 'should' says
    what ought to be done; 'suggesting that the car should be able to charge
    in an hour' forecasts."""
    return not any(
        t.lower_ == "should"
        and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _EXPECTED for c in t.head.children
        )
        for t in content
    )


def directs(verb: Token, content: Span) -> bool:
    """'advised U.S. citizens to leave': the cue tells someone to do
    something; 'advised that flights were cancelled' informs."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children)
        for c in children
    )


def binds_ahead(verb: Token, content: Span) -> bool:
    """'we will endeavour to', 'we strive to': the speaker binds itself to what
    it will do; 'Russia has always strived to' reports a past course."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if any(a in _WILL for a in auxes):
        return True
    subjects = [c.lower_ for c in verb.children if c.dep_ in _SUBJECTS]
    return verb.tag_ == "VBP" and not auxes and any(s in _SELVES for s in subjects)
