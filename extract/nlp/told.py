"""The one told is not the one telling: in "the ambassador was summoned and told
that …" the ambassador hears what the summoning state says. Pure functions over
spaCy tokens."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution

# Verbs whose passive subject is the one told ("the ambassador was summoned and
# told that …", "Kyiv was assured that …").
_TOLD = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "notify", "brief", "advise"}
)  # fmt: skip


# Of those, the verbs that take the one told in the active ("told him that"):
# without an object after a passive, they are passive too ("summoned and told").
_TOLD_ONLY = frozenset({"tell", "inform", "notify"})


def the_one_told(doc: Doc, found: Attribution) -> Attribution:
    """An attribution whose source is the passive subject of its verb of
    telling: the one told, not the speaker (no source then); as it is
    otherwise."""
    if found.source is None:
        return found
    for verb in doc[slice(*found.cue)]:
        if verb.lemma_.lower() not in _TOLD:
            continue
        told = _passive_subject(verb)
        if told is not None and found.source[0] <= told.i < found.source[1]:
            return replace(found, source=None)
    return found


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject of the verb, or of the passive verb it is coordinated
    with and shares it ("was summoned and told")."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own:
        return own[0]
    if any(c.dep_ in ("nsubj", "agent", "dobj") for c in verb.children):
        return None  # "and told him that": the one told is its object
    summoned = verb.head.lemma_.lower() == "summon"  # "was summoned and warned that"
    if verb.lemma_.lower() not in _TOLD_ONLY and not summoned:
        return None  # "was welcomed in Riyadh and warned that": warned himself
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":  # "told" tagged as past
        shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return shared[0] if shared else None
    return None
