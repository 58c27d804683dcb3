"""A position stated as the subject of "be": "Our position is that X", "The
official position remained that X", "Russia's view is that X". The noun and
the verb are the cue, its owner the source, the that-clause the content.
Pure functions over a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.attribution import Attribution, subtree_of
from extract.nlp.lexicon import Lexicon

POSITIONS = frozenset(
    {"position", "view", "stance", "belief", "conviction", "assessment",
     "understanding"}
)  # fmt: skip


def position_is(token: Token, lexicon: Lexicon) -> Attribution | None:
    """The attribution of a position noun that a that-clause states."""
    del lexicon  # the register's finders share one signature
    if token.lemma_.lower() not in POSITIONS or token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.lemma_.lower() not in ("be", "remain") or verb.i < token.i:
        return None
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    source = (owner.left_edge.i, owner.right_edge.i + 1) if owner else None
    start = token.i if owner is not None else token.left_edge.i
    return Attribution(
        cue=(start, verb.i + 1),
        content=subtree_of(clause),
        source=source,
        cue_lemma=token.lemma_.lower(),
        form="light",
    )
