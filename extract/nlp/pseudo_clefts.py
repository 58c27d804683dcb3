"""Sayings and stances put as a pseudo-cleft: "What I'm asking for is an
immediate ceasefire", "What I want to stress is that the talks must go on",
"What we propose is a freeze", "What China rejects is X". The parse makes the
clause of "what" the subject of "is"; its verb is the cue, its subject the
source, and what "is" names the content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, subtree_of

# verbs whose object is a saying, not a need or a belief ("What the country
# needs is X"); "want to X" and "would like to X" lend the cue to the verb they
# govern
_SAYING = frozenset(
    {"say", "ask", "stress", "emphasize", "emphasise", "underline", "underscore",
     "highlight", "propose", "suggest", "demand", "urge", "insist", "reiterate",
     "repeat", "recommend", "call", "offer"}
    # and of stance: "What China rejects is X", "What we will not accept is X"
    | {"reject", "accept", "oppose", "condemn", "welcome", "support", "deny"}
)  # fmt: skip
_WANTING = frozenset({"want", "like", "wish"})


def find_pseudo_clefts(doc: Doc) -> list[Attribution]:
    """One attribution per "What X VERB … is Y", in text order."""
    found: list[Attribution] = []
    for copula in doc:
        if copula.lemma_ != "be":
            continue
        clause = next((c for c in copula.children if c.dep_ == "csubj"), None)
        named = [c for c in copula.children if c.dep_ in ("attr", "ccomp")]
        if clause is None or len(named) != 1 or named[0].i < copula.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        verb = _saying_verb(clause)
        if subject is None or verb is None or not _opens_with_what(clause):
            continue
        found.append(
            Attribution(
                cue=(clause.i, verb.i + 1),
                content=subtree_of(named[0]),
                source=subtree_of(subject),
                cue_lemma=verb.lemma_.lower(),
                form="pseudo_cleft",
            )
        )
    return found


def _saying_verb(clause: Token) -> Token | None:
    """The clause's verb of saying: itself, or the verb "want to" or "would like
    to" governs ("What I want to stress")."""
    lemma = clause.lemma_.lower()
    if lemma in _WANTING:
        governed = [c for c in clause.children if c.dep_ == "xcomp"]
        if governed and governed[0].lemma_.lower() in _SAYING:
            return governed[0]
    return clause if lemma in _SAYING else None


def _opens_with_what(clause: Token) -> bool:
    """Whether "what" opens the clause, as its first word."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "what" and first.tag_ == "WP"
