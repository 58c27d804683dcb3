"""Whether a subject names the sides of talks: 'we', 'the two leaders', 'The
Parties', 'Ms Merkel and I'; not one party named alone ('Kyiv', 'The EU'),
nor others the speaker speaks of ('they', 'Western states', 'Kyiv and
Warsaw', 'The Americans and the British'), whose views and deeds a
statement reports or judges rather than shares."""

from __future__ import annotations

from spacy.tokens import Token

_SIDES = frozenset(
    {"we", "sides", "leaders", "parties", "presidents", "participants",
     "delegations"}
)  # fmt: skip
_SELVES = frozenset({"i", "we"})


def the_sides(subject: Token) -> bool:
    """Whether the subject names the sides of talks (see the module)."""
    if subject.lower_ in _SIDES:  # 'we', 'the sides', 'The Parties'
        return True
    conjuncts = [c for c in subject.subtree if c.dep_ == "conj"]
    return any(c.lower_ in _SELVES for c in conjuncts)
