"""The one a relative pronoun stands for: "the Special Envoy of the ASEAN
Chair, who reported that ...": "who" is the Special Envoy. Pure functions over
a Doc."""

from __future__ import annotations

from spacy.tokens import Span

# Pronouns of a person ("which" and "that" stand for things: a resolution or a
# report that says something speaks for no one).
_RELATIVES = frozenset({"who"})


def relative_antecedent(source: Span) -> Span | None:
    """The noun phrase a relative clause hangs on, when the source is that
    clause's relative pronoun ("X, who said ..."): the phrase up to the clause,
    without its comma; None for any other source."""
    if len(source) != 1 or source.root.lower_ not in _RELATIVES:
        return None
    pronoun = source.root
    clause = pronoun.head
    if pronoun.tag_ != "WP" or clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    end = clause.left_edge.i
    while end > noun.i + 1 and not source.doc[end - 1].is_alpha:
        end -= 1  # ", who": the comma is no part of the name
    return source.doc[noun.left_edge.i : end]
