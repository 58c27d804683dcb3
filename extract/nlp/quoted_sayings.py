"""Sayings a medium quotes: "X was quoted as saying Y", "'Y,' X was quoted as
saying by IRNA", "X was quoted by IRNA as saying that Y". X is the source,
whoever quoted them; the cue is the passive verb with "as saying"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, subtree_of
from extract.nlp.quotes import grow_over_quotes, quote_spans

_SAYING = frozenset({"say", "tell", "state", "add", "warn"})


def find_quoted_sayings(doc: Doc) -> list[Attribution]:
    """One attribution per "was quoted as saying", in text order."""
    found: list[Attribution] = []
    quotes = quote_spans(doc)
    for token in doc:
        if token.lemma_.lower() != "quote" or token.tag_ != "VBN":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        saying = _as_saying(token)
        if subject is None or saying is None:
            continue
        clauses = [c for c in (*saying.children, *token.children) if c.dep_ == "ccomp"]
        if len(clauses) != 1:
            continue
        end = saying.i + 1 if saying.i == token.i + 2 else token.i + 1
        cue = (_auxiliary_start(token), end)
        content, kind = grow_over_quotes(doc, subtree_of(clauses[0]), cue, quotes)
        found.append(
            Attribution(
                cue=cue,
                content=content,
                source=subtree_of(subject),
                cue_lemma=saying.lemma_.lower(),  # acts read it as "said"
                kind=kind,
                form="quoted",
            )
        )
    return found


def _as_saying(verb: Token) -> Token | None:
    """The verb of saying an "as" after the passive takes ("quoted as saying")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for child in prep.children:
                if child.dep_ == "pcomp" and child.lemma_.lower() in _SAYING:
                    return child
    return None


def _auxiliary_start(verb: Token) -> int:
    """Where the passive's auxiliary starts the cue ("was quoted")."""
    auxiliaries = [c.i for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    return min(auxiliaries, default=verb.i)
