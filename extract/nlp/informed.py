"""Whom a speaker informs is no part of what they inform them of: "President
Zelenskyy briefed the Prime Minister [on the counter-offensive]" has the
content "the counter-offensive", as the gold draws "fully briefed X on Y"; the
one briefed is the addressee. Pure functions over spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.officials import AGENTS

# Verbs of informing someone of something: their object is the one informed.
INFORMING = frozenset({"brief", "inform", "update", "apprise", "debrief"})
_OF = frozenset({"on", "about", "of", "regarding", "concerning"})
# Verbs of informing that have other senses: "updated the software".
_SOMETIMES = frozenset({"update", "apprise"})
_WHO = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WHEN = frozenset({"DATE", "TIME"})
# Who may be informed besides agents: "his counterpart", "reporters"
_LISTENERS = frozenset(
    {"counterpart", "colleague", "partner", "ally", "interlocutor", "guest", "member",
     "reporter", "journalist", "press", "public", "participant", "audience"}
)  # fmt: skip


def past_the_informed(cue: Span, content: tuple[int, int]) -> tuple[int, int]:
    """A content that opens with the one its cue's verb of informing informs
    ("briefed X on Y", "wanted to update you on Y"), cut to what they were
    informed of; the content as it is otherwise."""
    verbs = [t for t in cue if t.lemma_.lower() in INFORMING]
    verb = verbs[-1] if verbs else cue.root
    informed = _informed(verb)
    if informed is None or content[0] != informed.left_edge.i:
        return content
    about = informed_of(verb, informed)
    if about is None or about.right_edge.i + 1 > content[1]:
        return content
    return (about.i + 1, content[1])


def informed_of(verb: Token, informed: Token | None = None) -> Token | None:
    """The preposition after the one informed that says of what ("on X",
    "about X"), on the verb or, as the parse may hang it, on its object."""
    if verb.lemma_.lower() not in INFORMING:
        return None
    informed = informed if informed is not None else _informed(verb)
    if informed is None:
        return None
    for head in (verb, informed):
        for prep in head.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in _OF
                and prep.i > informed.i
                and any(
                    c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in _WHEN
                    for c in prep.children
                )
            ):
                return prep
    return None


def informs_no_one(verb: Token) -> bool:
    """Whether a verb that informs only in some senses ("updated the Prime
    Minister on X", not "the software was updated") informs no one here: no one
    informed, and nothing they are informed of."""
    if verb.lemma_.lower() not in _SOMETIMES:
        return False
    about = any(c.dep_ == "prep" and c.lower_ in _OF for c in verb.children)
    return _informed(verb) is None and not about


def _informed(verb: Token) -> Token | None:
    """The one a verb of informing informs: its object, when it names someone
    ("updated the Prime Minister", not "updated the software")."""
    if verb.lemma_.lower() not in INFORMING:
        return None
    informed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if informed is None:
        return None
    lemma = informed.lemma_.lower()
    person = informed.pos_ == "PRON" and informed.lower_ not in ("it", "this", "that")
    if person or informed.ent_type_ in _WHO or lemma in AGENTS | _LISTENERS:
        return informed  # "the Prime Minister", "him", "his counterpart"
    return None
