"""The clause around an act phrase of a statement's content: whether it says
what someone will do, as a threat is worded, and who its subject is."""

from __future__ import annotations

from spacy.tokens import Span, Token

_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_READY = frozenset({"ready", "prepared", "determined"})
_CONDITIONS = frozenset({"if", "unless", "once", "should"})
# the speaker itself in reported speech: 'Ankara said [it] would retaliate'
_OWN = frozenset({"we", "i", "it", "they"})
_PREDICATES = frozenset({"acomp", "attr", "oprd"})


def is_resolve(token: Token, content: Span) -> bool:
    """Whether the verb starting an act phrase is what someone will do, in
    the content: under a future modal or a readiness ('will retaliate', 'stands
    ready to impose'), not negated, and conditional ('if they cross the line,
    we will strike back'), passive ('will be held accountable') or the
    speaker's own ('it would retaliate')."""
    if token.pos_ != "VERB" or token.i not in range(content.start, content.end):
        return False
    verb = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    clause = _future_clause(verb)
    if clause is None or _negated(verb) or _negated(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in token.children)
    subjects = {c.lower_ for c in clause.children if c.dep_ == "nsubj"}
    return passive or bool(subjects & _OWN) or _is_conditional(clause)


def subject_lemmas(token: Token) -> frozenset[str]:
    """The lemmas of the subject of the clause a word predicates or heads:
    'the [accusations] were groundless', 'the [claims] are a fabrication'."""
    verb = token.head if token.dep_ in _PREDICATES else token
    return frozenset(
        c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
    )


def _future_clause(verb: Token) -> Token | None:
    """The verb that carries the future ('[will] respond') or the readiness
    ('[stands] ready to impose') of the verb; None when it has neither."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return verb
    ready = verb.head
    if verb.dep_ == "xcomp" and ready.lower_ in _READY and ready.dep_ == "acomp":
        return ready.head
    return None


def _is_conditional(clause: Token) -> bool:
    """A condition hangs on the clause: 'if ...', 'unless ...', 'should they ...'."""
    for child in clause.children:
        if child.dep_ != "advcl":
            continue
        first = child.left_edge.lower_
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if marks & _CONDITIONS or first == "should":
            return True
    return False


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)
