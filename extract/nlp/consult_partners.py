"""Whom a consultation was held with: the partner's actors join the speaker's,
as a consultation is both sides' ("Modi held talks with Brazilian President
Lula, discussing trade", "Vieira discussed Gaza with his Egyptian counterpart",
"I discussed the settlement with Secretary Rubio"). Only an office-holder
the registry knows or a partner a state's title names counts: "discussed
relations with China" names the subject, not whom the talks were with; an
opposition or movement leader, a commander, a cleric or an analyst speaks for
no state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.officials import not_official

# Verbs whose 'with' is the partner of talks; the light verbs whose noun of
# talks takes one ('held talks with', 'had a call with'; not 'discussed the
# meeting with Putin', which names a meeting as the subject).
_TALKING = frozenset(
    {"meet", "hold", "have", "speak", "talk", "discuss", "exchange", "confer",
     "consult", "review", "conduct"}
)  # fmt: skip
_LIGHT = frozenset({"hold", "have", "conduct"})
# Objects no 'with' can modify: the parser's 'with' on them is the verb's
# ('discussed [that] with the Chinese side').
_PRONOUNS = frozenset({"that", "this", "it", "these", "those", "them"})
_TALKS = frozenset(
    {"talk", "meeting", "call", "conversation", "discussion", "consultation",
     "exchange", "negotiation", "dialogue", "conference"}
)  # fmt: skip
# Titles that make a partner a state's official (a leader, chief, commander or
# cleric may lead a movement, a militia or a faction: no state's).
_OFFICIALS = frozenset(
    {"counterpart", "minister", "president", "premier", "chancellor", "secretary",
     "envoy", "ambassador", "king", "prince", "emir", "sultan",
     "spokesperson", "government", "side"}
)  # fmt: skip
# Words that make a partner no one's official now ("former president X's lawyer"),
# or a rival authority's ("the Libyan eastern-based prime minister").
_NOT_NOW = frozenset(
    {"former", "ex", "retired", "late", "exiled", "opposition", "rebel", "rival",
     "breakaway", "parallel", "based", "self", "unrecognised", "unrecognized",
     "separatist"}
)  # fmt: skip
# How far a cue's clause may hang from the verb of the meeting ('held talks
# with X, [discussing] Y', 'met X and [discussed] Y').
_FROM_MEETING = frozenset({"advcl", "conj", "xcomp"})


def consult_partners(
    cue: Token,
    speaker_actors: Sequence[str],
    registry: ActorRegistry,
    day: date | None,
) -> tuple[str, ...]:
    """The speaker's actors, then those of whom the consultation at `cue` was
    held with (in text order, each once); the speaker's alone when no partner
    that is a person or an official is named."""
    partners = [
        actor
        for partner in _partners(cue)
        for actor in _partner_actors(partner, registry, day)
    ]
    return tuple(dict.fromkeys([*speaker_actors, *partners]))


def _partners(cue: Token) -> list[Span]:
    """The objects of 'with' on the cue's verb (or on a noun of talks or a
    pronoun it takes), and on the meeting verb the cue's clause hangs from."""
    verbs = [cue]
    if cue.dep_ in _FROM_MEETING and cue.head.lemma_.lower() in _TALKING:
        verbs.append(cue.head)
    found = []
    for verb in verbs:
        light = verb.lemma_.lower() in _LIGHT
        holders = [verb] + [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and ((light and c.lemma_.lower() in _TALKS) or c.lower_ in _PRONOUNS)
        ]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    found += [
                        cue.doc[c.left_edge.i : c.right_edge.i + 1]
                        for c in prep.children
                        if c.dep_ == "pobj"
                    ]
    return found


def _partner_actors(
    partner: Span, registry: ActorRegistry, day: date | None
) -> tuple[str, ...]:
    """The actors a partner phrase speaks for: an office-holder the registry
    knows, or a person or official a governing title gives a state or body."""
    if not_official(partner) or any(t.lower_ in _NOT_NOW for t in partner):
        return ()
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in partner.root.children):
        return ()  # "Hezbollah chief Naim Qassem's deputy": whoever they serve
    people = partner.doc.spans.get("people", [])
    known = [
        person.actors_on(day)
        for s in people
        if partner.start <= s.start
        and s.end <= partner.end
        and (person := registry.person(s.label_)) is not None
    ]
    if known:
        return tuple(a for actors in known for a in actors)
    if not any(t.lemma_.lower() in _OFFICIALS for t in partner):
        return ()  # "Syrian Kurdish leader Mazloum Abdi", "Iraqi Shiite cleric X"
    return actors_in(partner, registry)
