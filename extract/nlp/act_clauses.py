"""The clause around an act phrase of a statement's content: whether it says
what someone will do, as a threat is worded, who its subject is, what its verb
acts on, and whether the content is a mandative subjunctive."""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
_READY = frozenset({"ready", "prepared", "determined"})
_CONDITIONS = frozenset({"if", "unless", "once", "should"})
# the speaker itself in reported speech: 'Ankara said [it] would retaliate'
_OWN = frozenset({"we", "i", "it", "they"})
_PREDICATES = frozenset({"acomp", "attr", "oprd"})
_HESITATE = "hesitate"
_PAST = frozenset({"VBD", "VBN"})


def is_resolve(token: Token, content: Span, own: frozenset[int] = frozenset()) -> bool:
    """Whether the verb starting an act phrase is what someone will do, in
    the content: under a future modal or a readiness ('will retaliate', 'stands
    ready to impose'), not negated, and conditional ('if they cross the line,
    we will strike back'), passive ('will be held accountable') or the
    speaker's own ('it would retaliate'; 'China will take measures' from a
    Chinese spokesperson: `own`, the content's tokens naming the speaker's
    actors)."""
    if token.pos_ != "VERB" or token.i not in range(content.start, content.end):
        return False
    verb = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    clause = _future_clause(verb)
    if clause is None or _negated(verb):
        return False
    if clause.lemma_ == _HESITATE:
        return True  # 'would not hesitate to retaliate': its negation is the resolve
    if _negated(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in token.children)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    mine = any(s.lower_ in _OWN or s.i in own for s in subjects)
    return passive or mine or _is_conditional(clause)


def subject_lemmas(token: Token) -> frozenset[str]:
    """The lemmas of the subject of the clause a word predicates or heads:
    'the [accusations] were groundless', 'the [claims] are a fabrication'; or of
    the object it describes: 'described [the accusations] as a fabrication',
    'called [the reports] a fabrication'."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as":
        token, head = head, head.head  # 'as' on the object or on the verb
        if head.pos_ == "NOUN":
            return frozenset({head.lemma_.lower()})
    if token.dep_ in ("oprd", "prep") or any(c.lower_ == "as" for c in token.children):
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < token.i]
        if objects:
            return frozenset(c.lemma_.lower() for c in objects)
    verb = token.head if token.dep_ in _PREDICATES else token
    return frozenset(
        c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
    )


def object_lemmas(token: Token) -> frozenset[str]:
    """The lemmas of what a verb, neither past nor negated, acts on: its objects
    ('to deepen [cooperation] and [ties]'), the noun it qualifies ('continuing
    [cooperation]'), or the verb it goes on with ('continue to [cooperate]');
    empty for any other word; working together or with someone is 'work
    together'."""
    if token.pos_ != "VERB" or token.tag_ in _PAST or _negated(token):
        return frozenset()
    objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if token.dep_ == "amod":
        objects.append(token.head)
    return frozenset(_joint(o) for o in objects)


def _joint(word: Token) -> str:
    """A word's lemma, and 'work together' for working together or with
    someone ('continue to work closely with the US'), not on something."""
    lemma = word.lemma_.lower()
    if word.pos_ != "VERB" or lemma != "work":
        return lemma
    together = any(c.lower_ in ("together", "with") for c in word.children)
    return "work together" if together else lemma


def is_subjunctive(content: Span) -> bool:
    """Whether the content's main clause is a mandative subjunctive: a bare verb
    with a subject ('that the two countries [establish]', 'that the meeting [be]
    held'), not an indicative ('that they are refusing', 'that it was held').
    Read after a cue in the past, where a present verb would be backshifted."""
    verb = content.root
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ != "VERB" or not subject:
        return False
    if verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.lemma_ not in ("be", "have")):
        return not auxes  # 'that the two countries establish': VBP to the tagger
    return verb.tag_ == "VBN" and [a.tag_ for a in auxes] == ["VB"]


def _future_clause(verb: Token) -> Token | None:
    """The verb that carries the future ('[will] respond'), the readiness
    ('[stands] ready to impose') or the resolve ('would not [hesitate] to
    impose') of the verb; None when it has none."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        return verb
    ready = verb.head
    if verb.dep_ == "xcomp" and ready.lower_ in _READY and ready.dep_ == "acomp":
        return ready.head
    if verb.dep_ == "xcomp" and ready.lemma_ == _HESITATE and _negated(ready):
        return ready if _future_clause(ready) is ready else None
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
