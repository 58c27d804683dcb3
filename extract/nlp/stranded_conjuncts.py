"""A speech act joined to the clause a speaker reported, not to the speaker:
"Jaiswal said [the claims were baseless] and called on Pakistan to stop …".
The parse hangs "called" on the reported clause's verb, so its subject would
be "the claims"; a thing does not call on anyone, the speaker does. When the
reported clause's subject is no one who can speak (not a person, state, body,
speaker noun or pronoun), the joined cue is the speaker's own act: its source
is the speaker's, and the reported clause ends before "and". So is an act in
the past joined to a judgement of a state or body in the past ("Lavrov said
Ukraine was not serious and accused the EU of …"): reported speech would put
the state's own act back a tense ("had accused"); a person's whereabouts are
no judgement ("said Blinken was in Cairo and called for a ceasefire"). Only
after a clause of being: after an act ("the protesters gathered and condemned
…") the joined act is the subject's own. Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.officials import AGENTS
from extract.nlp.quotes import trim_end

_SPEAKING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Acts of addressing others that a thing cannot perform: "called on", "urged",
# "expressed hope"; not "found" or "feared", which a thing's people may.
_ADDRESSING = frozenset(
    {"call", "urge", "express", "appeal", "demand", "reiterate", "stress",
     "emphasise", "emphasize", "underline", "underscore", "insist", "vow",
     "pledge", "welcome", "condemn", "denounce", "praise", "accuse", "reject",
     "warn"}
)  # fmt: skip


def reattached_conjuncts(
    doc: Doc, found: list[Attribution], lexicon: Lexicon
) -> list[Attribution]:
    """`found` with each cue stranded on a reported clause given the reporting
    speaker's source (added when no finder found it), and that speaker's
    content ending before the joined cue."""
    by_cue = {a.cue[0]: i for i, a in enumerate(found)}
    out = list(found)
    added: list[Attribution] = []
    for i, outer in enumerate(found):
        if outer.source is None or outer.kind == "direct":
            continue
        clause = doc[outer.content[0] : outer.content[1]].root
        joined = _stranded(clause, lexicon)
        if joined is None or not outer.content[0] < joined.i < outer.content[1]:
            continue
        cc = [
            c
            for c in clause.children
            if c.dep_ == "cc" and c.i < joined.i and c.lower_ == "and"
        ]
        if not cc:
            continue
        end = trim_end(doc, outer.content[0], cc[-1].i)
        out[i] = replace(outer, content=(outer.content[0], end))
        inner = by_cue.get(joined.i)
        if inner is not None:
            out[inner] = replace(found[inner], source=outer.source)
            continue
        start, stop = joined.i + 1, joined.right_edge.i + 1
        stop = trim_end(doc, start, stop)
        if stop > start:
            added.append(
                Attribution(
                    cue=(joined.i, joined.i + 1),
                    content=(start, stop),
                    source=outer.source,
                    cue_lemma=joined.lemma_.lower(),
                )
            )
    return sorted([*out, *added], key=lambda a: (a.content[0], a.cue[0]))


def _stranded(clause: Token, lexicon: Lexicon) -> Token | None:
    """The cue verb joined to a reported clause whose subject cannot speak,
    or cannot be its subject: a plural one before a verb in the third person
    singular ("Demands that all parties cease hostilities and insists that …"
    of a communiqué's operative paragraph)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    # "the protesters gathered and condemned": their own act
    being = clause.lemma_.lower() == "be" and (
        _mute(subjects[0], lexicon) or _a_state_judged(clause, subjects[0])
    )
    for joined in (c for c in clause.children if c.dep_ == "conj"):
        if (
            joined.pos_ != "VERB"
            or joined.lemma_.lower() not in _ADDRESSING
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children)
        ):
            continue
        if (
            (being and joined.tag_ == "VBD")
            or (joined.tag_ == "VBZ" and subjects[0].tag_ in ("NNS", "NNPS"))
            or _addresses_itself(subjects[0], joined)
        ):
            return joined
    return None


def _addresses_itself(subject: Token, joined: Token) -> bool:
    """A joined act whose object names the subject's own state ("said India
    was behind the blasts and accused New Delhi"): no state accuses itself, so
    the act is the reporting speaker's."""
    objects = [c for c in joined.children if c.dep_ == "dobj"]
    if len(objects) != 1 or joined.lemma_.lower() not in _BLAMING:
        return False  # "urged Hungarian voters": a state may urge its own
    named = joined.doc.spans.get("actors", [])
    if not any(s.start <= objects[0].i < s.end for s in named):
        return False  # the object is the state itself ("New Delhi"), not its people
    mine, theirs = _named(subject), _named(objects[0])
    return bool(mine) and mine == theirs


_BLAMING = frozenset({"accuse", "blame", "condemn", "denounce"})


def _named(head: Token) -> frozenset[str]:
    """The actors the phrase a token heads names."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    spans = head.doc.spans.get("actors", [])
    return frozenset(s.label_ for s in spans if start <= s.start and s.end <= end)


def _a_state_judged(clause: Token, subject: Token) -> bool:
    """A reported past judgement of a state or body ("said Ukraine was not
    serious"), not where a person was ("said Blinken was in Cairo and called
    for a ceasefire": Blinken's own call)."""
    named = subject.doc.spans.get("actors", [])
    return (
        clause.tag_ == "VBD"
        and subject.ent_type_ != "PERSON"
        and any(s.start <= subject.i < s.end for s in named)
        and any(c.dep_ in ("acomp", "attr") for c in clause.children)
    )


def _mute(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that cannot speak: a common noun naming no one, with no state,
    people or body among its words up to it ("the claims", "the talks", "the
    drone attacks on CPC infrastructure"; not "the delegation", "officials",
    "the Houthi rebels")."""
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]  # not what a
    # phrase after it names ("the recent drone attacks | on CPC infrastructure"),
    # nor whose it is ("Russia's violation of Polish airspace")
    owners = {  # (but "China's navy" speaks, as an organ or force does)
        t.i
        for c in subject.children
        if c.dep_ == "poss" and subject.lemma_.lower() not in AGENTS
        for t in c.subtree
    }
    return (
        subject.pos_ == "NOUN"
        and not any(t.ent_type_ in _SPEAKING_ENTS for t in phrase if t.i not in owners)
        and subject.lower_ not in lexicon.speaker_nouns
        and subject.lemma_.lower() not in lexicon.speaker_nouns
    )
