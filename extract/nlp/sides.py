"""Whether a subject names the sides of talks: 'we', 'they', 'the two
leaders', 'the parties', 'Russia and China', 'Ms Merkel and I'; not one
party named alone ('Kyiv', 'The EU'), nor a group of others ('Protesters',
'Kyiv and its curators')."""

from __future__ import annotations

from spacy.tokens import Token

_SIDES = frozenset({"we", "they"})
_PARTICIPANTS = frozenset(
    {"side", "leader", "party", "president", "minister", "participant",
     "delegation", "head", "country", "state"}
)  # fmt: skip
_SELVES = frozenset({"i", "we"})


def the_sides(subject: Token) -> bool:
    """Whether the subject names the sides of talks (see the module)."""
    if subject.lower_ in _SIDES:
        return True
    if subject.lemma_.lower() in _PARTICIPANTS and subject.tag_ == "NNS":
        return True
    conjuncts = [c for c in subject.subtree if c.dep_ == "conj"]
    return bool(conjuncts) and all(
        c.pos_ == "PROPN" or c.lower_ in _SELVES for c in (subject, *conjuncts)
    )
