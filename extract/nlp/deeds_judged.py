"""A deed judged in the content: blamed on someone, or noted as good.

Blame: the content's own clause says that someone did a harmful deed, so the
speaker accuses them, whatever verb reports it.

'said Iran was [behind] the attack', 'believe the crown prince [ordered] the
killing', 'said the militia [carried out] the rocket attack', 'were [involved
in] the assassination', 'the bombing was [orchestrated] by Moscow'. Not a deed
denied ('was not behind', 'nobody was responsible'), hedged or forecast ('may
have been behind'), claimed or admitted ('they carried out the attack', 'its
jets carried out strikes', 'by our forces', a doer the speaker's own words name
as its side, an official document's own forces; a person, whose side this
cannot tell), nor a deed that harms no one
('responsible for security', 'carried out the attack perfectly', 'workers
carried out the strike').

Commendation: 'noted the successful construction of the plant' (`commends`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Deeds a speaker can lay at someone's door.
_DEEDS = frozenset(
    {"attack", "cyberattack", "strike", "airstrike", "explosion", "bombing", "blast",
     "sabotage", "killing", "assassination", "murder", "hack", "hacking", "crime",
     "massacre", "atrocity", "poisoning", "shelling", "shooting", "downing",
     "kidnapping", "abduction", "coup", "aggression", "genocide", "terrorism",
     "provocation", "interference"}
)  # fmt: skip
# Deeds that are harmful only as acts of war: 'the attack on the embassy', 'a
# missile strike'; not 'carried out the attack perfectly', 'the strike for wages'.
_OF_WAR = frozenset({"attack", "strike"})
# Verbs whose doer is blamed for the deed they take: 'orchestrated the attack'.
_DOING = frozenset(
    {"orchestrate", "perpetrate", "mastermind", "commit", "stage", "stag", "order",
     "plot", "sponsor", "instigate", "organise", "organize"}
)  # fmt: skip
# Harms a deed or a doer causes: 'the escalation was caused by X'.
_HARMS = frozenset(
    {"escalation", "crisis", "tension", "conflict", "war", "violence", "instability",
     "deterioration", "suffering", "casualty", "death", "destruction"}
)  # fmt: skip
_CAUSING = frozenset({"cause", "provoke", "trigger", "unleash", "fuel", "spark"})
_DOERS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Predicates of the doer with a preposition before the deed: 'responsible for'.
_PART_IN = {
    "responsible": "for", "culpable": "for", "guilty": "of", "involved": "in",
    "complicit": "in", "involve": "in", "part": "in", "participate": "in",
}  # fmt: skip
_HEDGES = frozenset({"may", "might", "could", "will", "would", "'ll", "should"})
_NO_ONE = frozenset({"nobody", "none", "nothing", "neither"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def lays_blame(verb: Token, content: Span, own: frozenset[int] = frozenset()) -> bool:
    """Whether a clause of the content, its root or one coordinated with it,
    says that someone other than the speaker did a harmful deed (`own`: the
    content's tokens naming the speaker's actors)."""
    root = content.root
    clauses = (root, *(c for c in root.children if c.dep_ == "conj"))
    return any(
        _blames(clause, own)
        for clause in clauses
        if clause.pos_ in ("VERB", "AUX") and not _denied_or_hedged(clause)
    )


def _blames(clause: Token, own: frozenset[int]) -> bool:
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and not _another(subject, own):
        return False
    lemma = clause.lemma_.lower()
    if _passive_deed(clause, subject, own) or _caused_by(clause, subject, own):
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


def _another(doer: Token, own: frozenset[int]) -> bool:
    """A doer that is someone else than the speaker: no pronoun ('they carried
    out', 'he ordered'), no one's own ('its jets', 'our forces'), no one at all
    ('nobody was responsible'), not named as the speaker's side, and in an
    official document one named as another actor than the issuer (its own
    forces go unnamed: 'the Aerospace Forces carried out a strike')."""
    words = list(doer.subtree)
    if doer.pos_ == "PRON" or doer.lower_ in _NO_ONE:
        return False
    if any(w.dep_ == "det" and w.lower_ == "no" for w in doer.children):
        return False
    if any(w.dep_ == "poss" and w.pos_ == "PRON" for w in words):
        return False
    if any(w.i in own for w in words):
        return False
    if _a_person(doer, words):  # 'Peskov said President Putin ordered the strike':
        return False  # whose side a person is on, the registry knows, not this
    issuer = doer.doc._.issuer
    if issuer is None:
        return True
    start, end = words[0].i, words[-1].i + 1
    named = {
        s.label_
        for s in doer.doc.spans.get("actors", [])
        if start <= s.start and s.end <= end
    }
    return bool(named - {issuer})


def _a_person(doer: Token, words: list[Token]) -> bool:
    start, end = words[0].i, words[-1].i + 1
    people = doer.doc.spans.get("people", [])
    return any(w.ent_type_ == "PERSON" for w in words) or any(
        start <= p.start and p.end <= end for p in people
    )


def _passive_deed(clause: Token, subject: Token | None, own: frozenset[int]) -> bool:
    """'the bombing was orchestrated by Moscow': a deed done, with its doer."""
    if subject is None or subject.dep_ != "nsubjpass" or not _deed(subject):
        return False
    lemma = clause.lemma_.lower()
    doing = lemma in _DOING or (lemma == "carry" and _has_particle(clause, "out"))
    doers = [
        o
        for agent in clause.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
    ]
    return doing and any(_another(d, own) for d in doers)


def _caused_by(clause: Token, subject: Token | None, own: frozenset[int]) -> bool:
    """'the escalation was caused by provocations by the Ukrainian forces', 'the
    crisis was provoked by Washington': a harm caused, by another or by
    another's deed."""
    if subject is None or subject.dep_ != "nsubjpass":
        return False
    if clause.lemma_.lower() not in _CAUSING or subject.lemma_.lower() not in _HARMS:
        return False
    for agent in (c for c in clause.children if c.dep_ == "agent"):
        for doer in (o for o in agent.children if o.dep_ == "pobj"):
            if _deed(doer):  # "by provocations by the Ukrainian forces"
                doer = next(
                    (
                        o
                        for p in doer.children
                        if p.dep_ == "prep" and p.lower_ in ("by", "of")
                        for o in p.children
                        if o.dep_ == "pobj"
                    ),
                    doer,
                )
                if doer.lemma_.lower() in _DEEDS:
                    continue
            named = doer.pos_ == "PROPN" or _named(doer)
            if named and _another(doer, own):
                return True
    return False


def _named(noun: Token) -> bool:
    """A phrase that names its doer, a state or a group by its adjective ("the
    Ukrainian security forces")."""
    return any(c.ent_type_ in _DOERS for c in noun.subtree)


def _deed_after(word: Token, preposition: str) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == preposition and _deed_after_prep(c)
        for c in word.children
    )


def _deed_after_prep(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and _deed(c) for c in preposition.children)


def _deed(noun: Token) -> bool:
    """A harmful deed, or a coordination of them ('the killing and the cover-up')."""
    return _harmful(noun) or any(
        c.dep_ == "conj" and _harmful(c) for c in noun.children
    )


def _harmful(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma not in _DEEDS:
        return False
    if lemma not in _OF_WAR:
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in ("on", "against"))
        or c.dep_ in ("compound", "amod", "nmod")
        for c in noun.children
    )


def _has_particle(verb: Token, particle: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _denied_or_hedged(clause: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HEDGES)
        for c in clause.children
    )


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
