"""A speaker announcing their own next words is no attribution.

In a press conference a speaker says what they will do in the conversation ('I
would like to ask Mr X the same question', 'I would like to say a few words about
Libya', 'I would like to talk about Libya'): that is taking a turn, not a
reported stance, and the gold leaves it out. 'I would like to say that X' and 'I
would like to ask everyone to respect X' stay: they carry what is said.

So is a chair giving the floor ('I call on the representative of France', 'I
now call upon Ms. Smith'); 'I call on all parties to exercise restraint' is an
appeal.
"""

from __future__ import annotations

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import TokenTable

_WANTING = frozenset({"like", "want", "wish"})
# Verbs of taking a turn, and the object that makes them one ('ask … a question',
# 'say a few words'); None: the verb is one without a clause ('talk about X').
_TURNS = {"ask": "question", "say": "word", "talk": None, "speak": None, "follow": None}


def is_turn_taking(table: TokenTable, found: Attribution) -> bool:
    """Whether the finding is the speaker announcing their own next words: 'I'
    wanting (cue) to ask a question, say some words, talk about something."""
    wants = [
        i
        for i in range(*found.cue)
        if table.lemma[i] in _WANTING
        and any(
            table.dep[c] == "nsubj" and table.lower[c] == "i" for c in table.children[i]
        )
    ]
    return gives_the_floor(table, found) or any(
        _announces(table, c) for w in wants for c in _complements(table, w)
    )


def gives_the_floor(table: TokenTable, found: Attribution) -> bool:
    """'I call on X' with nothing X is called on to do: the chair names the
    next speaker."""
    return any(
        table.lemma[i] == "call"
        and any(
            table.dep[c] == "nsubj" and table.lower[c] == "i" for c in table.children[i]
        )
        and any(
            table.dep[c] == "prep" and table.lower[c] in ("on", "upon")
            for c in table.children[i]
        )
        and not any(table.dep[c] in _CLAUSES for c in table.children[i])
        for i in range(*found.cue)
    )


_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "dobj"})


def _complements(table: TokenTable, verb: int) -> list[int]:
    return [c for c in table.children[verb] if table.dep[c] == "xcomp"]


def _announces(table: TokenTable, verb: int) -> bool:
    lemma = table.lemma[verb]
    if lemma not in _TURNS:
        return False
    children = table.children[verb]
    if any(table.dep[c] in ("ccomp", "xcomp") for c in children):
        return False
    needed = _TURNS[lemma]
    return needed is None or any(
        table.dep[c] == "dobj" and table.lemma[c] == needed for c in children
    )
