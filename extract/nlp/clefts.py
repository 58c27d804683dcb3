"""The verbs that go on from a cleft sentence's clause share its subject: "It was
in this vein that we considered X, and agreed to Y", "It is these goals that we
highlighted, calling on the sides to cease fire". The parse hangs "agreed" and
"calling" on the copula of "It was", whose subject is the empty "It", so the
finders give them no source; the clause's subject ("we") is theirs, or, when
that subject is the relative "that", the focus ("It was Hungary that vetoed
the package, insisting …"). Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import noun_phrase

# how the parse hangs the clause of a cleft: on the copula ("It was in this
# vein that we considered") or on its focus ("It is these goals that we")
_CLAUSES = frozenset({"ccomp", "relcl"})
_RELATIVES = frozenset({"that", "who", "which"})


def with_cleft_subjects(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each cue verb that has no source and no subject, and goes on
    from a cleft sentence's clause (joined to its copula, or a participle
    after a comma), given the clause's subject as source; and the clause's own
    verb, when its source is the relative 'that', given the focus."""
    out = []
    for one in found:
        if one.source is None:
            subject = _cleft_subject(doc, one)
        else:
            subject = _focus_of_relative(doc, one.source)
        out.append(replace(one, source=noun_phrase(doc, subject.i)) if subject else one)
    return out


def _focus_of_relative(doc: Doc, source: tuple[int, int]) -> Token | None:
    """For a source that is the relative 'that' of a subject cleft ('It was
    Hungary that vetoed the package'), the cleft's focus."""
    if source[1] - source[0] != 1 or doc[source[0]].lower_ not in _RELATIVES:
        return None
    pronoun = doc[source[0]]
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in _CLAUSES:
        return None
    copula = clause.head if clause.dep_ == "ccomp" else clause.head.head
    if not _is_cleft(copula) or _clause(copula) != clause:
        return None
    return _focus(copula)


def _cleft_subject(doc: Doc, one: Attribution) -> Token | None:
    verb = next(
        (t for t in doc[one.cue[0] : one.cue[1]] if t.pos_ in ("VERB", "AUX")), None
    )
    if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    copula = verb.head
    goes_on = verb.dep_ == "conj" or (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and doc[verb.i - 1].text == ","
    )
    if not goes_on or not _is_cleft(copula):
        return None
    clause = _clause(copula)
    if clause is None or clause.i > verb.i:
        return None
    if any(t.dep_ == "parataxis" for t in doc[clause.i : verb.i]):
        return None  # 'It was not Ukraine that attacked, Zelensky said, and accused'
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVES:
        return _focus(copula)  # 'It was Hungary that vetoed it, insisting'
    return subject


def _focus(copula: Token) -> Token | None:
    """A subject cleft's focus ('Hungary' of 'It was Hungary that vetoed'), when
    it is someone named, not a question word ('Who was it that')."""
    focus = next((c for c in copula.children if c.dep_ == "attr"), None)
    if focus is None or focus.tag_ in {"WP", "WDT"} or focus.pos_ == "PRON":
        return None
    return focus


def _is_cleft(copula: Token) -> bool:
    """'It is' or 'It was' opening a cleft: the empty 'it' as subject of 'be'."""
    return copula.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children
    )


def _clause(copula: Token) -> Token | None:
    """The cleft's clause: opened by 'that', hung on the copula or its focus (a
    noun, or a phrase's noun: 'It is precisely for this reason that we')."""
    focus = [c for c in copula.children if c.dep_ == "attr"]
    for prep in (c for c in copula.children if c.dep_ == "prep"):
        focus += [o for o in prep.children if o.dep_ == "pobj"]
    for token in (copula, *focus):
        for child in token.children:
            if child.dep_ in _CLAUSES and _opened_by_that(child):
                return child
    return None


def _opened_by_that(clause: Token) -> bool:
    return any(c.lower_ == "that" and c.i < clause.i for c in clause.children)
