"""A deed judged in the content: blamed on someone, or noted as good.

Blame: the content's own clause says that someone did a harmful deed, so the
speaker accuses them, whatever verb reports it.

'said Iran was [behind] the attack', 'believe the crown prince [ordered] the
killing', 'said the militia [carried out] the rocket attack', 'were [involved
in] the assassination', 'the bombing was [orchestrated] by Moscow'. Not a deed
denied ('was not behind'), hedged or forecast ('may have been behind'),
admitted by the speaker's own side ('we carried out the strike', 'Iran said it
was responsible'), nor a deed that harms no one ('responsible for security').

Commendation: 'noted the successful construction of the plant' (`commends`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Deeds a speaker can lay at someone's door.
DEEDS = frozenset(
    {"attack", "cyberattack", "strike", "airstrike", "explosion", "bombing", "blast",
     "sabotage", "killing", "assassination", "murder", "hack", "hacking", "crime",
     "massacre", "atrocity", "poisoning", "shelling", "shooting", "downing",
     "kidnapping", "abduction", "coup", "aggression", "genocide", "terrorism",
     "incident", "provocation", "violence", "interference"}
)  # fmt: skip
# Verbs whose doer is blamed for the deed they take: 'orchestrated the attack'.
_DOING = frozenset(
    {"orchestrate", "perpetrate", "mastermind", "commit", "stage", "order", "plot",
     "sponsor", "instigate", "organise", "organize"}
)  # fmt: skip
# Predicates of the doer with a preposition before the deed: 'responsible for'.
_PART_IN = {
    "responsible": "for", "culpable": "for", "guilty": "of", "involved": "in",
    "complicit": "in", "involve": "in", "part": "in", "participate": "in",
}  # fmt: skip
_HEDGES = frozenset({"may", "might", "could", "will", "would", "'ll", "should"})
_SELVES = frozenset({"we", "i", "it", "us"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def lays_blame(verb: Token, content: Span) -> bool:
    """Whether a clause of the content, its root or one coordinated with it,
    says that someone other than the speaker did a harmful deed."""
    root = content.root
    clauses = (root, *(c for c in root.children if c.dep_ == "conj"))
    return any(
        _blames(clause, verb)
        for clause in clauses
        if clause.pos_ in ("VERB", "AUX") and not _denied_or_hedged(clause)
    )


def _blames(clause: Token, cue: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and (subject.lower_ in _SELVES or _own(subject, cue)):
        return False
    lemma = clause.lemma_.lower()
    if _passive_deed(clause, subject):
        return True
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma in _DOING or (lemma == "carry" and _has_particle(clause, "out")):
        return any(_deed(o) for o in objects)
    if lemma == "take" and any(o.lower_ == "part" for o in objects):
        return _deed_after(clause, "in")
    if lemma in _PART_IN:  # 'participated in', 'were involved in' (the verb itself)
        return _deed_after(clause, _PART_IN[lemma])
    for child in clause.children:
        word = child.lemma_.lower()
        if child.dep_ == "prep" and child.lower_ == "behind" and lemma == "be":
            return _deed_after_prep(child)
        if child.dep_ in ("acomp", "attr", "oprd") and word in _PART_IN:
            return _deed_after(child, _PART_IN[word])
    return False


def _passive_deed(clause: Token, subject: Token | None) -> bool:
    """'the bombing was orchestrated by Moscow': a deed done, with its doer."""
    if subject is None or subject.dep_ != "nsubjpass" or not _deed(subject):
        return False
    lemma = clause.lemma_.lower()
    doing = lemma in _DOING or (lemma == "carry" and _has_particle(clause, "out"))
    return doing and any(c.dep_ == "agent" for c in clause.children)


def _deed_after(word: Token, preposition: str) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == preposition and _deed_after_prep(c)
        for c in word.children
    )


def _deed_after_prep(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and _deed(c) for c in preposition.children)


def _deed(noun: Token) -> bool:
    """A harmful deed, or a coordination of them ('the killing and the cover-up')."""
    return noun.lemma_.lower() in DEEDS or any(
        c.dep_ == "conj" and c.lemma_.lower() in DEEDS for c in noun.children
    )


def _has_particle(verb: Token, particle: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _denied_or_hedged(clause: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HEDGES)
        for c in clause.children
    )


def _own(subject: Token, cue: Token) -> bool:
    """The clause's subject names an actor the cue's source also names
    ('Iran's foreign ministry said Iran was responsible'): an admission."""
    source = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if source is None:
        return False
    spans = subject.doc.spans.get("actors", [])

    def named(token: Token) -> set[str]:
        start, end = token.left_edge.i, token.right_edge.i + 1
        return {s.label_ for s in spans if start <= s.start and s.end <= end}

    return bool(named(subject) & named(source))


_WORKS = frozenset(
    {"work", "implementation", "construction", "effort", "contribution", "role",
     "mediation", "organisation", "organization", "leadership", "performance",
     "completion", "conduct", "hosting", "cooperation", "assistance"}
)  # fmt: skip
_PRAISING = frozenset(
    {"successful", "positive", "productive", "fruitful", "effective", "excellent",
     "good", "outstanding", "constructive", "tremendous", "invaluable", "valuable",
     "remarkable"}
)  # fmt: skip


def commends(verb: Token, content: Span) -> bool:
    """'noted the successful construction of the plant', 'noted the positive
    work of their advisors': the content names a deed or an effort and calls it
    good; 'noted a positive dynamic in tourism' names a trend, 'noted the
    construction of the plant' judges nothing."""
    head = content.root
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in _WORKS
        and any(
            c.dep_ == "amod" and c.lemma_.lower() in _PRAISING for c in head.children
        )
    )
