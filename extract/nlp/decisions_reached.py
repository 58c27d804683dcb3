"""Decisions a meeting reports with no one named: 'An agreement was reached to
open X', 'Proposals were put forward to X', 'A decision was taken to X' (a
finder of `register.py`), and the phrases that make a passive another
occasion's ('in 1996', 'at the NATO summit in Vilnius', 'following talks in
Cairo'), which `register.statement_actors` also asks of a passive in a turn."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.attribution import Attribution, child_of, subtree_of
from extract.nlp.lexicon import Lexicon
from extract.nlp.prep_phrases import is_setting, stranded_end
from extract.nlp.quotes import trim_end

# A decision or agreement reached with no one named: 'An agreement was reached
# to open X', 'Proposals were made to X', 'A decision was taken to X'. The noun
# is what was done; the verb only carries it, so it is no passive cue alone.
PASSIVE_LIGHT_VERBS = frozenset({"reach", "achieve", "take", "adopt", "make", "put"})
DECISION_NOUNS = frozenset(
    {"agreement", "consensus", "decision", "understanding", "accord", "arrangement",
     "proposal", "commitment", "pledge", "promise"}
)  # fmt: skip
# Of these, what only the parties can reach together: the meeting's, when it
# names no parties; whose decision or proposal a passive does not say.
MUTUAL_NOUNS = frozenset(
    {"agreement", "consensus", "understanding", "accord", "arrangement"}
)
# 'at the last session', 'at the next summit': another occasion than this one
_OTHER_TIMES = frozenset({"last", "previous", "next", "recent", "earlier", "upcoming"})
# Verbs of another's report hung on a decision's verb (', the ombudsman said')
_REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "write"}
)
# Prepositions that name who reached it ('an agreement between A and B').
_PARTIES = frozenset({"between", "among", "amongst", "within", "with", "by"})
_ABOUT_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})


def decision_reached(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'An agreement was reached to open X', 'Proposals were made to X', 'A
    decision was taken that X', 'An understanding was reached on X': a
    decision of the meeting reported, with no one named, whose content
    follows the verb (`decision_noun`), in a main clause that is no question."""
    noun = decision_noun(token)
    main = token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
    if noun is None or not main or token.sent[-1].text == "?":
        return None  # not one inside a report ('told X that a …'), nor asked
    particles = [  # 'put forward'
        c.i + 1
        for c in token.rights
        if c.dep_ in ("prt", "advmod") and c.i == token.i + 1
    ]
    cue_end = max([stranded_end(token), *particles])
    clauses = [
        subtree_of(c)
        for c in token.rights
        if (  # 'to open two corridors', 'that the sides would meet'
            c.dep_ in ("advcl", "xcomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        )
        or (c.dep_ == "ccomp" and child_of(c, "mark") is not None)
    ]
    topics = [
        (subtree_of(pobj), c.i + 1)
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS
        for pobj in [child_of(c, "pobj") or child_of(c, "pcomp")]
        if pobj is not None and not is_setting("on", pobj.ent_type_)
    ]  # 'on the need to X', not 'on Tuesday'
    if clauses:
        content = clauses[0]
    elif topics:
        content, cue_end = topics[0]
    else:
        return None
    doc = token.doc
    content = (content[0], trim_end(doc, content[0], content[1]))
    return Attribution(
        cue=(noun.left_edge.i, cue_end),
        content=content,
        source=None,
        cue_lemma=noun.lemma_.lower(),
        form="passive",
    )


def decision_noun(verb: Token) -> Token | None:
    """The noun of a decision a passive light verb carries with no agent ('An
    agreement [was reached]', 'Proposals [were made]'): one newly reached, not
    a known one ('the agreement'), nor one not reached ('No / hardly any
    agreement was', 'will be'), nor one of others or of another time or place
    ('between A and B', 'in 1996', 'last year', 'in Vilnius')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSIVE_LIGHT_VERBS:
        return None
    if child_of(verb, "auxpass") is None or child_of(verb, "agent") is not None:
        return None
    noun = child_of(verb, "nsubjpass")
    if noun is None or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return None  # 'the agreement', 'no agreement', 'any consensus'
    if any(
        c.dep_ in ("neg", "aux") and c.lower_ not in ("has", "have", "had")
        for c in verb.children
    ):
        return None  # 'was not reached', 'will be', 'could be', 'is to be'
    for child in (*noun.children, *verb.children):
        if child.dep_ == "prep" and child.lower_ in _PARTIES:
            return None  # 'An agreement was reached between A and B': theirs
        if another_occasion(child) or _reported_by_another(child):
            return None
    return noun


def _reported_by_another(child: Token) -> bool:
    """'…, according to Ukraine's ombudsman', '…, the ombudsman said': a
    decision someone else reports, not one the document reports of its meeting."""
    if child.dep_ == "prep" and child.lower_ == "according":
        return True
    return child.dep_ in ("parataxis", "ccomp", "advcl") and (
        child.lemma_.lower() in _REPORTING_VERBS
    )


def another_occasion(child: Token) -> bool:
    """A phrase of time or place on the verb or its noun: a decision of
    another day or venue ('last spring', 'in 1996', 'in Vilnius', 'at the UN
    Security Council', 'on the sidelines of X'), not the meeting reported."""
    if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
        return True
    if child.dep_ == "advmod" and child.lower_ in ("there", "then"):
        return True  # 'concern was expressed there'
    if child.dep_ == "prep" and child.lower_ in ("following", "after", "before"):
        return True  # 'Following talks in Cairo, an agreement was reached'
    if child.dep_ != "prep" or child.lower_ not in ("in", "at", "on", "over", "during"):
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if child.lower_ == "in" and any(o.tag_ in ("NNS", "NNPS") for o in objects):
        return True  # 'reached in Western capitals', not 'in principle'
    if child.lower_ != "on" and any(  # 'at the NATO summit in Vilnius', 'during
        t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "EVENT")  # the
        for o in objects  # European Council'
        for t in o.subtree
    ):
        return True
    return any(  # 'on Tuesday'; 'on Gaza' is a topic
        o.ent_type_ in ("DATE", "TIME", "EVENT")
        or o.lemma_.lower() in ("sideline", "margin")
        or any(c.dep_ == "amod" and c.lower_ in _OTHER_TIMES for c in o.children)
        for o in objects
    )
