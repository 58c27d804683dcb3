"""Diplomatic acts worded as deeds, the second set: a meeting's work, texts
signed, plans presented, offers turned down, resolve under a condition, what
the sides look forward to, and an envoy summoned in protest.

Readouts report a consultation as a light verb and the noun of a meeting ('took
stock of X', 'held a round of dialogue on X') or as a meeting with a purpose
('met with X to discuss Y'); an agreement as the deed of initialling or signing
its text; a proposal as a plan presented; a rejection as an offer turned down; a
threat as resolve under a condition with no verb of saying ('will respond with
countermeasures if X', 'will take all necessary steps if X'); and an intent to
cooperate as a forward-looking attitude ('looked forward to X'). As in
`act_phrases.py`, only a state, a body or an official as the subject makes a
statement of any of these: 'the club signed a deal' is no diplomacy.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.act_phrases import Finder, act_attribution, found_by, official_subject
from extract.nlp.attribution import Attribution, child_of, subtree_of
from extract.nlp.lexicon import Lexicon
from extract.nlp.prep_phrases import is_setting
from extract.nlp.quotes import SpanRange, trim_end
from extract.nlp.stance_complements import noun_complement

_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_CONDITIONS = frozenset({"if", "unless", "should"})


def find_act_deeds(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attributions of the deeds above, in text order, one per cue verb."""
    finders: tuple[Finder, ...] = (
        _meeting_work,
        _meeting_purpose,
        _signing,
        _presenting,
        _turning_down,
        _conditional_resolve,
        _looking_forward,
        _door_left_open,
        _summoning,
    )
    return found_by(doc, lexicon, finders)


_PROTESTS = frozenset({"protest", "complain", "object"})
# Whom a state summons to protest: another state's envoy.
_ENVOYS = frozenset(
    {"ambassador", "envoy", "chargé", "charge", "d'affaires", "affaires", "diplomat",
     "representative", "consul", "attaché", "attache", "head"}
)  # fmt: skip


def _envoy(noun: Token) -> bool:
    """'the Japanese ambassador', 'France's chargé d'affaires', 'the head of the
    EU delegation': an envoy, not a council or a meeting."""
    return noun.lemma_.lower() in _ENVOYS or any(
        t.lemma_.lower() in _ENVOYS for t in noun.lefts
    )


_OVER = frozenset({"over", "about", "regarding", "concerning"})


def _summoning(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'China summoned the Japanese ambassador over the remarks', '… to protest
    (against) the sanctions', '… in protest at the arrests': a protest lodged
    through an envoy; the content is what is protested."""
    envoy = child_of(verb, "dobj")
    if verb.lemma_.lower() != "summon" or envoy is None or not _envoy(envoy):
        return None
    protested = _protested(verb, envoy)
    source = official_subject(verb, lexicon) if protested is not None else None
    if protested is None or source is None:
        return None
    return act_attribution(verb, source, verb.i + 1, subtree_of(protested))


def _protested(verb: Token, envoy: Token) -> Token | None:
    """What a summoning protests: the object of 'to protest (against)', of 'in
    protest at', or of 'over' on the verb or on the envoy summoned."""
    for child in (*verb.children, *envoy.children):
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in _PROTESTS:
            inner = child_of(child, "prep")
            return child_of(child, "dobj") or (
                child_of(inner, "pobj") if inner is not None else None
            )
        if child.dep_ == "prep" and child.lower_ in _OVER:
            protested = child_of(child, "pobj")
            if protested is not None and protested.ent_type_ not in ("DATE", "TIME"):
                return protested  # not "over the weekend"
        if child.dep_ == "prep" and child.lower_ == "in":
            noun = child_of(child, "pobj")
            if noun is not None and noun.lemma_.lower() == "protest":
                inner = child_of(noun, "prep")
                return child_of(inner, "pobj") if inner is not None else None
    return None


def _meeting_work(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The ministers took stock of X', 'the two sides held a round of strategic
    dialogue on X': a light verb and the noun of a meeting's work (through a
    partitive 'a round of'); the cue runs to the noun."""
    words = lexicon.act_phrases
    noun = child_of(verb, "dobj")
    if noun is None:
        return None
    inner = _partitive_object(noun, words.partitives)
    if f"{verb.lemma_.lower()} {inner.lemma_.lower()}" not in words.meeting_work:
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    found = (
        _noted(verb, inner)
        or noun_complement(inner)
        or noun_complement(verb, after=inner.i)
    )
    if found is None:
        return None
    cue_end, content = found
    return act_attribution(verb, source, cue_end, _with_verb_phrases(verb, content))


def _noted(verb: Token, noun: Token) -> tuple[int, SpanRange] | None:
    """What was taken note of: the whole object of the 'of' after 'note', on
    the noun or on the verb where the parse hung it ('took note of | the
    report', '| the leadership's stated commitment to X')."""
    if noun.lemma_.lower() != "note":
        return None
    prep = next(
        (
            c
            for c in (*noun.rights, *verb.rights)
            if c.dep_ == "prep" and c.i == noun.i + 1
        ),
        None,
    )
    pobj = child_of(prep, "pobj") if prep is not None and prep.lower_ == "of" else None
    if prep is None or pobj is None:
        return None
    start, end = subtree_of(pobj)
    return prep.i + 1, (start, trim_end(verb.doc, start, end))


def _meeting_purpose(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The Secretary met with X to discuss Y': the meeting's purpose is what
    was talked over; the cue is the verb of talk, its object the content."""
    words = lexicon.act_phrases
    if verb.lemma_.lower() not in words.meeting_verbs:
        return None
    purpose = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in words.talk_verbs
            and child_of(c, "aux", "to") is not None
        ),
        None,
    )
    obj = child_of(purpose, "dobj") if purpose is not None else None
    source = official_subject(verb, lexicon) if obj is not None else None
    if purpose is None or obj is None or source is None:
        return None
    content = _with_verb_phrases(purpose, subtree_of(obj))
    return act_attribution(purpose, source, purpose.i + 1, content)


def _signing(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'Both delegations initialled the text of the agreement': the deed of
    agreeing, when what is signed is a text of agreement."""
    words = lexicon.act_phrases
    obj = child_of(verb, "dobj")
    if verb.lemma_.lower() not in words.signing or obj is None:
        return None
    texts = {obj.lemma_.lower()} | {
        p.lemma_.lower()
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    }
    if not texts & words.agreement_texts:
        return None
    source = official_subject(verb, lexicon)
    return act_attribution(verb, source, verb.i + 1, subtree_of(obj))


def _presenting(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The envoy presented a peace plan to both parties': a plan laid before
    others (a plan, not an award or credentials)."""
    words = lexicon.act_phrases
    obj = child_of(verb, "dobj")
    if verb.lemma_.lower() not in words.presenting or obj is None:
        return None
    if obj.lemma_.lower() not in words.plans:
        return None
    source = official_subject(verb, lexicon)
    return act_attribution(verb, source, verb.i + 1, subtree_of(obj))


def _turning_down(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'Armenia firmly turned down the offer of mediation'."""
    obj = child_of(verb, "dobj")
    particle = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("prt", "advmod")
            and f"{verb.lemma_.lower()} {c.lower_}" in lexicon.act_phrases.turning_down
        ),
        None,
    )
    if obj is None or particle is None or particle.i > obj.i:
        return None
    source = official_subject(verb, lexicon)
    return act_attribution(verb, source, particle.i + 1, subtree_of(obj))


def _conditional_resolve(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'China will respond with resolute countermeasures if X', 'Russia will
    take all necessary steps to ensure Y if X': a response in the future under
    a condition; the content is the response and its condition."""
    words = lexicon.act_phrases
    lemma = verb.lemma_.lower()
    obj = child_of(verb, "dobj")
    if lemma not in words.responses and not (
        lemma in words.measure_verbs
        and obj is not None
        and obj.lemma_.lower() in words.measures
    ):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return None
    if not _has_condition(verb):
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    end = verb.right_edge.i + 1
    return act_attribution(verb, source, verb.i + 1, (verb.i + 1, end))


def _looking_forward(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'The two sides looked forward to strengthening X': a forward-looking
    attitude; the cue runs to 'to'."""
    words = lexicon.act_phrases
    adverb = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advmod", "prt")
            and f"{verb.lemma_.lower()} {c.lower_}" in words.looking_forward
        ),
        None,
    )
    if adverb is None:
        return None
    to = next(
        (t for t in verb.doc[adverb.i + 1 : adverb.i + 2] if t.lower_ == "to"), None
    )
    if to is None or to.i + 1 >= len(verb.doc):
        return None
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    end = max([to.i + 1, *(c.right_edge.i + 1 for c in verb.rights if c.i > to.i)])
    return act_attribution(verb, source, to.i + 1, (to.i + 1, end))


_KEPT = frozenset({"leave", "keep", "hold"})
_TALKS = frozenset(
    {"talk", "negotiation", "dialogue", "diplomacy", "discussion", "compromise",
     "deal", "meeting", "summit", "engagement", "cooperation", "consultation",
     "settlement", "contact"}
)  # fmt: skip


def _door_left_open(verb: Token, lexicon: Lexicon) -> Attribution | None:
    """'Minister Fidan left the door open to talks with Athens', 'leaving the
    door open to more talks': an intent to negotiate; the cue runs to 'to'."""
    door = child_of(verb, "dobj")
    if verb.lemma_.lower() not in _KEPT or door is None or door.lower_ != "door":
        return None
    if child_of(verb, "neg") is not None:
        return None  # "did not leave the door open to talks"
    opened = next(
        (c for c in (*door.children, *verb.children) if c.lower_ == "open"), None
    )
    to = child_of(opened, "prep", "to") if opened is not None else None
    target = child_of(to, "pobj") if to is not None else None
    if to is None or target is None or target.lemma_.lower() not in _TALKS:
        return None  # not "left the door open to military action"
    source = official_subject(verb, lexicon)
    if source is None:
        return None
    return act_attribution(verb, source, to.i + 1, subtree_of(target))


def _partitive_object(noun: Token, partitives: frozenset[str]) -> Token:
    """The noun a partitive governs ('a round | of | dialogue'), or the noun."""
    if noun.lemma_.lower() not in partitives:
        return noun
    of = child_of(noun, "prep", "of")
    pobj = child_of(of, "pobj") if of is not None else None
    return pobj if pobj is not None else noun


def _with_verb_phrases(verb: Token, content: SpanRange) -> SpanRange:
    """A content grown over the verb's prepositional phrases after it that say
    what about, not when or where ('took stock of progress | in implementing X')."""
    end = content[1]
    for child in verb.rights:
        pobj = child_of(child, "pobj") or child_of(child, "pcomp")
        if child.dep_ != "prep" or child.i < content[0] or pobj is None:
            continue
        if is_setting(child.lower_, pobj.ent_type_):
            break
        end = max(end, child.right_edge.i + 1)
    return (content[0], end)


def _has_condition(verb: Token) -> bool:
    """An 'if' (or 'unless') clause on the verb or on a clause it governs."""
    return any(
        t.dep_ == "mark" and t.lower_ in _CONDITIONS and t.head.dep_ == "advcl"
        for t in verb.subtree
    )
