"""Statements whose source is a thing: 'The drought raised concerns among
farmers', 'The bank refused to lend money'.

A deed (a verb of the register's acts worded as deeds: 'refused', 'did not
rule out', 'signed') or a light verb with its stance noun in the cue ('raised
concerns') whose subject is a thing reports what happened, not what someone
said: only people, bodies and states take positions. A source whose head is a
common noun that names no speaker (not a person, an actor, a place, an office,
a talk that reports its own content, or a noun the lexicon lists as a speaker:
'the report', 'the ministry', 'analysts'), owned by no one and naming no one in
it ('our citizens', 'executives of Gazprom' speak), is no source of a deed
whose content is a noun phrase or an infinitive. A clause or a quotation keeps
it: 'the data show that X' is the verb rules' to weigh.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.act_phrases import is_official
from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.stance_complements import STANCE_NOUNS

_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DEEDS = frozenset({"light", "act"})
_FORMS = _DEEDS | {"verb"}  # not an attitude, 'according to' or a noun cue


def without_thing_sources(
    doc: Doc, found: list[Attribution], lexicon: Lexicon
) -> list[Attribution]:
    """The attributions less those of a deed whose source is a thing."""
    return [a for a in found if not _thing_deed(doc, a, lexicon)]


def _thing_deed(doc: Doc, found: Attribution, lexicon: Lexicon) -> bool:
    if found.source is None or found.kind != "indirect" or found.form not in _FORMS:
        return False
    if not _is_deed(doc, found, lexicon):
        return False  # a verb of saying: 'the carmaker called X a concept'
    source = doc[found.source[0] : found.source[1]]
    if _can_speak(source.root, lexicon) or _names_someone(source):
        return False
    return not _is_clause(doc, found)


def _can_speak(head: Token, lexicon: Lexicon) -> bool:
    """A pronoun, a name, an entity that speaks, an actor or an office, or a
    speaker noun of the lexicon."""
    if head.pos_ != "NOUN" or head.ent_type_ in _SPEAKER_ENTS:
        return True
    if is_official(head, lexicon.act_phrases):
        return True
    if head.lemma_.lower() in STANCE_NOUNS:
        return True  # 'the discussion focused on X': a talk's own content
    words = lexicon.speaker_nouns
    return head.lower_ in words or head.lemma_.lower() in words


def _is_deed(doc: Doc, found: Attribution, lexicon: Lexicon) -> bool:
    """An act worded as a deed, or a deed of the register's act words
    ('refused', 'did not rule out', 'signed', 'covered'), or a light verb with
    its stance noun in the cue ('raised concerns')."""
    if found.form in _DEEDS:
        return True
    stance = STANCE_NOUNS | lexicon.cue_nouns
    cue = doc[found.cue[0] : found.cue[1]]
    if any(t.dep_ == "dobj" and t.lemma_.lower() in stance for t in cue):
        return True
    return found.cue_lemma in deed_verbs(lexicon)


def deed_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of the acts worded as deeds (`[act_phrases]` in lexicon.toml),
    each phrase by its verb: 'rule out' by 'rule'."""
    words = lexicon.act_phrases
    phrases = (
        words.deeds | words.refusals | words.turning_down | words.proposals
        | words.prepositional | words.signing | words.presenting | words.pledges
        | words.blame_verbs | words.appeals | words.responses
    )  # fmt: skip
    return frozenset(p.split()[0] for p in phrases)


def _names_someone(source: Span) -> bool:
    """Someone's ('our citizens', 'Mr Trump's colleagues') or of a named body
    or person ('top executives of Gazprom', 'the producer Energean')."""
    if any(c.dep_ == "poss" for c in source.root.children):
        return True
    if any(t.ent_type_ in _SPEAKER_ENTS for t in source):
        return True
    actors = source.doc.spans.get("actors", [])
    return any(source.start <= s.start < source.end for s in actors)


def _is_clause(doc: Doc, found: Attribution) -> bool:
    """Whether the content is a finite clause ('that X', 'X will Y'), not a
    noun phrase or an infinitive ('to lend money')."""
    content = doc[found.content[0] : found.content[1]]
    if content[0].lower_ in ("that", "whether", "if"):
        return True
    root = content.root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children
    )
