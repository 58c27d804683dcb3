"""Diplomatic acts worded without a verb of saying.

A state does things with words that news and readouts report as deeds: it
lodges representations with X over Y, levels accusations against X, holds X
responsible for Y, will not accept or does not recognise X, speaks highly of X,
invites X to Y, objects to X, and X is welcomed (condemned, rejected) by it. Each finder
reads one such pattern from the dependency tree (subject, verb, object and
complement); the words are data (`[act_phrases]` in lexicon.toml). Only a
state, a body or an official as the subject (or agent) makes a statement of
it: 'the insurer held the driver responsible' and 'the machine does not
accept coins' are no diplomacy.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, child_of, source_range, subtree_of
from extract.nlp.lexicon import ActPhrases, Lexicon
from extract.nlp.quotes import SpanRange, trim_end
from extract.nlp.stance_complements import noun_complement

FORM = "act"  # the `form` of these attributions
_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "xcomp"})
# A rule that finds a deed at one verb.
Finder = Callable[[Token, Lexicon], Attribution | None]
_REFLEXIVES = frozenset({"themselves", "itself", "ourselves", "himself", "herself"})
_ABOUT = frozenset({"on", "about", "over", "regarding", "concerning", "for"})


def find_act_phrases(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attributions of diplomatic acts worded as deeds, in text order, one
    per cue verb."""
    finders: tuple[Finder, ...] = (
        _light_act,
        _refusal,
        _blame,
        _praise,
        _passive_act,
        _appeal,
        _proposal,
        _pledge,
        _consultation,
        _prepositional,
    )
    return found_by(doc, lexicon, finders)


def found_by(
    doc: Doc, lexicon: Lexicon, finders: tuple[Finder, ...]
) -> list[Attribution]:
    """One attribution per clause verb: the first the finders give, in order."""
    found: list[Attribution] = []
    for verb in doc:
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # ", leaving X"
        if verb.pos_ != "VERB" or (verb.dep_ not in _CLAUSES and not participle):
            continue
        for finder in finders:
            attribution = finder(verb, lexicon)
            if attribution is not None:
                found.append(attribution)
                break
    return found


def is_official(token: Token, words: ActPhrases) -> bool:
    """Whether the head of a subject speaks for a state or body: a state, a
    registry body or person, or an office ('the foreign ministry', 'ASEAN
    leaders'); not a firm, a thing or an event."""
    doc = token.doc
    for key in ("actors", "people"):
        if any(s.start <= token.i < s.end for s in doc.spans.get(key, [])):
            return True
    if token.ent_type_ in ("GPE", "NORP"):
        return True
    if token.lower_ in _STYLES:  # "His Highness the Amir": the one so styled
        return any(is_official(c, words) for c in token.children if c.dep_ == "appos")
    if token.ent_type_ == "PERSON" and any(  # "Prince Faisal", "Minister Wong"
        c.dep_ == "compound" and c.lemma_.lower() in words.officials
        for c in token.children
    ):
        return True
    return token.lower_ in words.officials or token.lemma_.lower() in words.officials


_STYLES = frozenset({"highness", "majesty", "excellency"})


def _light_act(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'lodged stern representations with X over Y', 'levelled accusations of
    X against Y', 'paid tribute to X'; with nothing it is about, whom it was
    lodged with is the content ('lodged a strong protest | with | X'), else
    its own noun phrase."""
    words = lexicon.act_phrases
    noun = child_of(verb, "dobj")
    if verb.lemma_.lower() not in words.light_verbs or noun is None:
        return None
    if noun.lemma_.lower() not in words.act_nouns:
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    found = noun_complement(noun) or noun_complement(verb, after=noun.i)
    if found is None:
        found = _partner(noun) or (noun.left_edge.i, subtree_of(noun))
    cue_end, content = found
    return act_attribution(verb, source, cue_end, content)


def _refusal(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The EU will not accept X', 'Tehran does not recognise X', 'Ankara did
    not rule out talks', 'Poland does not accept that X becomes Y'."""
    obj = child_of(verb, "dobj")
    if obj is None and verb.lemma_.lower() in ("accept", "tolerate"):
        obj = child_of(verb, "ccomp")  # "does not accept that X" ("did not
        # recognise that X" is seeing, not refusing)
    found, particle = _phrasal(verb, lexicon.act_phrases.refusals)
    if not found or obj is None or child_of(verb, "neg") is None:
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    cue_end = max(verb.i, particle.i if particle and particle.i < obj.i else 0) + 1
    return act_attribution(verb, source, cue_end, subtree_of(obj))


def _blame(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'India held Pakistan responsible for X': the content is whom and for
    what ('Pakistan responsible for X'), as 'urged X to Y' has 'X to Y'."""
    words = lexicon.act_phrases
    obj = child_of(verb, "dobj") or _blamed_subject(verb, words.blame_predicates)
    if verb.lemma_.lower() not in words.blame_verbs or obj is None:
        return None
    predicates = [
        c
        for c in (*verb.children, *obj.children)
        if c.dep_ in ("oprd", "acomp", "amod", "ccomp")
        and c.lower_ in words.blame_predicates
        and c.i > obj.i
    ]
    source = official_subject(verb, lexicon) if predicates else None
    if source is None:
        return None
    end = max(obj.right_edge.i, predicates[0].right_edge.i) + 1
    return act_attribution(verb, source, verb.i + 1, (obj.left_edge.i, end))


def _blamed_subject(verb: Token, predicates: frozenset[str]) -> Token | None:
    """Whom a parse made the subject of the blame's predicate ('holds | India
    fully responsible': 'India' the subject of 'responsible')."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lower_ in predicates:
            return child_of(clause, "nsubj")
    return None


def _praise(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'Beijing spoke highly of X'."""
    words = lexicon.act_phrases
    if verb.lemma_.lower() not in words.praise_verbs:
        return None
    if not any(
        c.dep_ == "advmod" and c.lower_ in words.praise_adverbs for c in verb.children
    ):
        return None
    prep = child_of(verb, "prep", "of")
    pobj = child_of(prep, "pobj") if prep is not None else None
    source = official_subject(verb, lexicon) if pobj is not None else None
    if prep is None or pobj is None or source is None:
        return None
    return act_attribution(verb, source, prep.i + 1, subtree_of(pobj))


def _passive_act(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The agreement was welcomed by the African Union': the agent is the
    source, the subject the content. A person or body welcomed ('the
    delegation was welcomed by the minister') is received, not supported."""
    words = lexicon.act_phrases
    agent = child_of(verb, "agent")
    subject = child_of(verb, "nsubjpass")
    if verb.lemma_.lower() not in words.passive_acts or agent is None:
        return None
    pobj = child_of(agent, "pobj")
    if subject is None or pobj is None or not is_official(pobj, words):
        return None
    if is_official(subject, words) or subject.ent_type_ == "PERSON":
        return None
    source = source_range(pobj, lexicon)
    if source is None:
        return None
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    content = subtree_of(subject)
    return Attribution(
        cue=(min([verb.i, *aux]), verb.i + 1),
        content=(content[0], trim_end(verb.doc, *content)),
        source=source,
        cue_lemma=verb.lemma_.lower(),
        form=FORM,
    )


def _appeal(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The foreign ministry invited the parties to resume consultations': the
    content is the addressee and what it is asked to do."""
    obj = child_of(verb, "dobj")
    if verb.lemma_.lower() not in lexicon.act_phrases.appeals or obj is None:
        return None
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.i > obj.i and child_of(c, "aux", "to")
        ),
        None,
    )
    source = official_subject(verb, lexicon) if clause is not None else None
    if clause is None or source is None:
        return None
    return act_attribution(
        verb, source, verb.i + 1, (obj.left_edge.i, *subtree_of(clause)[1:])
    )


def _proposal(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'China put forward a position paper on X', 'Norway tabled a draft
    resolution': the text laid before others, with what it is on."""
    obj = child_of(verb, "dobj")
    found, particle = _phrasal(verb, lexicon.act_phrases.proposals)
    if obj is None or not found:
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    cue_end = (
        particle.i + 1 if particle is not None and particle.i < obj.i else verb.i + 1
    )
    ends = [obj.right_edge.i + 1] + [
        c.right_edge.i + 1
        for c in verb.rights
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _ABOUT
    ]
    return act_attribution(verb, source, cue_end, (obj.left_edge.i, max(ends)))


def _pledge(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The parties committed themselves to a ceasefire'."""
    obj = child_of(verb, "dobj")
    if verb.lemma_.lower() not in lexicon.act_phrases.pledges or obj is None:
        return None
    return _about(verb, lexicon, ("to",)) if obj.lower_ in _REFLEXIVES else None


def _consultation(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'Japan and the Philippines conferred on maritime cooperation'."""
    if verb.lemma_.lower() not in lexicon.act_phrases.consultations:
        return None
    return _about(verb, lexicon, ("on", "about", "over"))


def _prepositional(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The ministry objected to X', 'the parties consented to X', 'my
    delegation aligns itself with X'."""
    lemma = verb.lemma_.lower()
    if lemma in _SELF_ONLY and not any(c.lower_ in _REFLEXIVES for c in verb.children):
        return None  # 'the Kurds will now align with X' is no statement
    preps = tuple(
        c.lower_
        for c in verb.rights
        if c.dep_ == "prep"
        and f"{lemma} {c.lower_}" in lexicon.act_phrases.prepositional
    )
    return _about(verb, lexicon, preps) if preps else None


# Verbs a statement takes only with a reflexive: 'aligns itself with X'.
_SELF_ONLY = frozenset({"align", "associate"})


def _about(verb: Token, lexicon: Lexicon, preps: tuple[str, ...]) -> Attribution | None:
    """The act with its preposition as the end of the cue and the
    preposition's object as the content."""
    prep = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in preps), None
    )
    pobj = None if prep is None else child_of(prep, "pobj") or child_of(prep, "pcomp")
    source = official_subject(verb, lexicon) if pobj is not None else None
    if prep is None or pobj is None or source is None:
        return None
    return act_attribution(verb, source, prep.i + 1, subtree_of(pobj))


def _phrasal(verb: Token, phrases: frozenset[str]) -> tuple[bool, Token | None]:
    """Whether the verb, alone or with its particle, is one of the phrases
    ('tabled', 'put forward', 'rule out'), and that particle, which the parse
    may take for an adverb."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "advmod") and f"{lemma} {child.lower_}" in phrases:
            return True, child
    return lemma in phrases, None


def official_subject(verb: Token, lexicon: Lexicon) -> SpanRange | None:
    """The source range of the verb's subject (or, for a coordinated verb or a
    participle's clause, its head's), when that subject speaks for a state or
    body. Of two, the nearer ('Minister Hayashi: [Japan] has lodged': the parse
    took the label in)."""
    shared = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    holder = verb.head if shared and not _subjects(verb) else verb  # ", leaving"
    subjects = _subjects(holder)
    subject = subjects[-1] if subjects else None
    if subject is None or not is_official(subject, lexicon.act_phrases):
        return None
    return source_range(subject, lexicon)


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.lefts if c.dep_ == "nsubj"]


def act_attribution(
    verb: Token, source: SpanRange | None, cue_end: int, content: SpanRange
) -> Attribution | None:
    """The act with its cue from the verb's auxiliaries and negation ('will
    not accept') to `cue_end`; none without a source (see `official_subject`)."""
    if source is None:
        return None
    doc = verb.doc
    start, end = content[0], trim_end(doc, *content)
    if end <= start or start < cue_end:
        return None
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i >= source[1]]
    return Attribution(
        cue=(min([verb.i, *aux]), cue_end),
        content=(start, end),
        source=source,
        cue_lemma=verb.lemma_.lower(),
        form=FORM,
    )


def _partner(noun: Token) -> tuple[int, SpanRange] | None:
    """With nothing the act is about, whom it was lodged with is the content
    ('lodged a strong protest | with | North Korea'); the cue ends at the noun."""
    for child in noun.rights:
        pobj = child_of(child, "pobj")
        if child.dep_ == "prep" and child.lower_ in ("with", "to") and pobj:
            return noun.i + 1, subtree_of(pobj)
    return None
