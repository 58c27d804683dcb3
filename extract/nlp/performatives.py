"""Stance verbs institutions use in the present tense ("The Secretary-General
deplores the attack", "The Council underlines that", "The Government of Kenya
denies these allegations") and threats of a deed made
by a title ("The Israeli Prime Minister has threatened military action"), which
the learned model, trained on news, passes some of; and "hails from", which is
no stance. Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon

_PERFORMATIVE = frozenset(
    {"deplore", "regret", "condemn", "denounce", "decry", "commend", "welcome",
     "applaud", "hail", "reaffirm", "reiterate", "underline", "underscore",
     "stress", "emphasise", "emphasize", "lament", "salute", "praise", "deny",
     "reject", "refute", "urge"}
)  # fmt: skip


def performative(doc: Doc, found: Attribution, lexicon: Lexicon) -> bool:
    """A verb whose only use is a stance taken in speech ('deplores the
    attack', 'underlines that'), in the present tense, as a main clause's verb
    whose subject is a state, body, person or speaker ('The Secretary-General
    deplores'): the model, trained on past-tense news, passes some over. Not
    under 'if' or 'when', in a question, or 'hails from'."""
    verb = doc[found.cue[0]]
    if found.source is None or verb.lemma_.lower() not in _PERFORMATIVE:
        return False
    if verb.tag_ != "VBZ" or verb.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ == "mark" or c.lower_ in ("from", "to") for c in verb.children):
        return False  # 'if it condemns', 'hails from', 'welcomes the King to'
    if any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or c.lemma_.lower() in lexicon.speaker_nouns)
        for c in verb.children
    ):
        return False  # 'welcomes the King of Jordan': a host's greeting
    if [t for t in verb.sent if not t.is_space][-1].text == "?":
        return False
    if verb.lemma_.lower() in _REFUSING and not _refuses_words(verb):
        return False  # "rejects a third of asylum applications", "denies bail"
    return _speaks(doc, found, lexicon)


# Verbs of refusal that are stances only when what they refuse is words or a
# position ("denies these allegations", "rejects the proposal", "denies that").
_REFUSING = frozenset({"deny", "refute", "reject"})
_WORDS_REFUSED = frozenset(
    {"allegation", "accusation", "claim", "report", "charge", "assertion",
     "statement", "remark", "proposal", "demand", "plan", "idea", "notion",
     "attempt", "narrative", "version", "suggestion", "position", "decision",
     "ultimatum", "characterisation", "characterization", "conclusion",
     "finding", "interference", "insinuation", "rumour", "rumor", "speculation",
     "criticism", "call", "initiative", "resolution", "assessment", "premise"}
)  # fmt: skip


def _refuses_words(verb: Token) -> bool:
    """A clause refused ("denies that X"), or words or a position ("these
    allegations", "the proposal")."""
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_REFUSED for c in verb.children
    )


def threat_made(doc: Doc, found: Attribution, lexicon: Lexicon) -> bool:
    """A threat of a deed ("The Israeli Prime Minister has threatened military
    action"), which the model, trained on news where things threaten ("a case
    that threatened to cripple unions"), passes over when a title and not a name
    makes it: a main verb whose subject a state, body, person or speaker noun
    heads and whose object is a deed of `_DEEDS` (not what is endangered: "the
    ceasefire"); not negated, modal, under 'if', asked, or by no one."""
    verb = doc[found.cue[0]]
    if found.source is None or verb.lemma_.lower() != "threaten":
        return False
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    if not main or any(
        c.dep_ in ("mark", "neg") or c.tag_ == "MD" for c in verb.children
    ):
        return False  # "would not allow any country to threaten", "has not", "could"
    deed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if deed is None or deed.lemma_.lower() not in _DEEDS:
        return False  # "threatened the ceasefire": endangered, not threatened with
    if any(t.text == "?" for t in verb.sent) or _no_one(verb):
        return False  # a question; "No country has threatened"
    return _speaks(doc, found, lexicon)


# What a speaker threatens to do ("threatened military action", "sanctions",
# "retaliation"); other objects are endangered ("threatens the two-state
# solution", "the region's security").
_DEEDS = frozenset(
    {"action", "retaliation", "response", "sanction", "measure", "countermeasure",
     "force", "strike", "attack", "war", "reprisal", "consequence", "tariff",
     "duty", "veto", "boycott", "expulsion", "invasion", "blockade", "embargo",
     "punishment", "escalation", "lawsuit", "withdrawal", "suspension", "ban"}
)  # fmt: skip


def _no_one(verb: Token) -> bool:
    """A subject that names no one who did it ("No country", "Neither Russia
    nor China")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        t.lower_ in ("no", "neither", "none", "nobody") for t in subject.subtree
    )


def _speaks(doc: Doc, found: Attribution, lexicon: Lexicon) -> bool:
    """The source's head names an actor, a person or a speaker."""
    if found.source is None:
        return False
    head = doc[found.source[0] : found.source[1]].root
    named = any(s.start <= head.i < s.end for s in doc.spans.get("actors", []))
    return (
        named
        or head.ent_type_ == "PERSON"
        or head.lemma_.lower() in lexicon.speaker_nouns
    )


def hails_from(doc: Doc, found: Attribution) -> bool:
    """ "The new ambassador hails from Ohio": where one comes from, not praise."""
    verb = doc[found.cue[0]]
    return verb.lemma_.lower() == "hail" and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
    )
