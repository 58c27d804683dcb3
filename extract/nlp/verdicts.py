"""A verdict the content passes: its main predicate judges something.

'believe [that the sanctions are the wrong path]', 'noted [that Hamas has long
been an impediment]', 'pointed out [that the resolution contradicts the Minsk
agreements]', 'designated [the IRGC as a terrorist organization]': the word
that judges is the predicate of the content's own clause (a copula's
complement, the clause's verb, a verbless clause's adjective ('consider [the
measures illegal]'), or what the cue's object is named as), so the
speaker judges, whatever verb reports it. A word in a clause that describes
something ('the talks, which were a failure'), in the subject ('the failure of
the talks was discussed') or under someone else's thinking ('believes [they
find it wrong]') passes no verdict of the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.praise_withheld import FAVOUR, thought_denied, withheld

# how a judging word hangs on its clause's verb: 'the [wrong] path', 'is
# [wrong]', 'is a [failure]', 'found it [absurd]', 'contradicts … and [undermines]'
_UP = frozenset({"amod", "compound", "acomp", "attr", "oprd", "xcomp", "conj"})
_SELVES = frozenset({"i", "we"})
_BEING = frozenset({"constitute", "represent"})  # verbs that say what a thing is
_THINKING = frozenset({"believe", "think", "feel", "consider", "find", "reckon"})
# 'it is wrong to say that X' denies X; it judges no deed
_CLAIMS = frozenset({"say", "think", "believe", "claim", "assume", "suggest", "argue"})


def passes_verdict(starts: list[int], content: Span) -> bool:
    """Whether a judging word starting at one of `starts` is the predicate of the
    content's own clause: climbing from it to the clause's verb passes only
    modifiers and complements, and a clause it passes through to reach the
    content's root is said by the speaker ('we can say [that it is a stab in
    the back]') or by no one ('it is important to point out [that X infringes]')."""
    if thought_denied(content):  # "we did not find the report biased"
        return False
    return _not_an_assessment(content) and any(
        _predicate(content.doc[i], content) for i in starts
    )


def _not_an_assessment(content: Span) -> bool:
    """A verb of thinking passes a verdict only in the first person ('we believe
    the sanctions are the wrong path'); 'the analyst believes the drills were
    provocative' assesses."""
    verb = content.root.head
    inside = content.start <= verb.i < content.end
    if inside or verb.lemma_.lower() not in _THINKING:
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ in _SELVES for s in subjects)


def _predicate(token: Token, content: Span) -> bool:
    if any(
        c.dep_ == "xcomp" and c.lemma_ in _CLAIMS
        for c in (*token.children, *token.head.children)
    ):
        return False
    inside = range(content.start, content.end)
    node: Token | None = token
    while node is not None and node.head != node and node.head.i in inside:
        node = _up(node)
    if node is None:
        return False
    named_as = node.dep_ == "prep" and node.lower_ == "as"
    if _denied(node, token):
        return False
    if token.lemma_.lower() in FAVOUR and withheld(token, content):
        return False
    return (
        node.pos_ in ("VERB", "AUX")
        or node.dep_ == "ROOT"
        or named_as
        or _small_clause(node)
    )


def _small_clause(node: Token) -> bool:
    """An adjective with its own subject and no verb: the predicate of 'we
    consider [these measures illegal]', 'we find [the remarks irresponsible]'."""
    verb = node.head
    return (
        node.pos_ == "ADJ"
        and node.dep_ in ("ccomp", "oprd")
        and any(c.dep_ == "nsubj" for c in node.children)
        and not any(c.dep_ in ("neg", "mark") for c in verb.children)
    )  # not "we do not consider …", "if we found …"


_DENIALS = frozenset({"not", "n't", "never", "hardly", "scarcely", "neither", "nor"})
_NO_ONE = frozenset({"nothing", "none", "nobody", "neither"})


def _denied(verb: Token, word: Token) -> bool:
    """A verdict denied: 'was not useful', 'neither wise nor justified', 'was
    hardly wise', 'nothing about it was constructive'."""
    words = (word, word.head) if word.dep_ == "conj" else (word,)
    doc = verb.doc
    return any(
        c.lower_ in _DENIALS
        and c.dep_ in ("neg", "advmod", "preconj", "cc")
        and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "but")  # cannot but
        for c in (*verb.children, *(c for w in words for c in w.children))
    ) or any(c.dep_ == "nsubj" and c.lower_ in _NO_ONE for c in verb.children)


def _up(node: Token) -> Token | None:
    """The word a judging word's phrase hangs on, on the way to its clause's
    verb; None when it hangs as no predicate does."""
    if node.dep_ == "ccomp":
        return node.head if _said_by_speaker(node.head) else None
    if _amounts_to(node):  # "amounts [to] a crime"
        return node.head.head
    being = node.dep_ == "dobj" and node.head.lemma_ in _BEING  # "constitute X"
    return node.head if node.dep_ in _UP or _as(node) or being else None


def _amounts_to(node: Token) -> bool:
    """The object of 'amounts to', which is what the subject is."""
    to = node.head
    return node.dep_ == "pobj" and to.lower_ == "to" and to.head.lemma_ == "amount"


def _as(node: Token) -> bool:
    """What the cue's object is named as ('designated the IRGC [as] a terrorist
    organization'): the object of 'as'."""
    return node.dep_ == "pobj" and node.head.lower_ == "as"


def _said_by_speaker(verb: Token) -> bool:
    """A clause's verb whose subject is the speaker ('we can say') or that has
    none ('to point out')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or all(s.lower_ in _SELVES for s in subjects)
