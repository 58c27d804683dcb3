"""The sense a cue verb is used in, where only one sense performs an act: asking
a question is no appeal ('asked about X', 'asked whether X', '"…?" he asked'),
concluding that something is so is no agreement ('the study concluded that X'),
and talking about something now, or about how it is, consults no one ('we are
talking about X', 'I talked about how X works'); and a plan is a state's
policy only when a state makes it; naming a deed a fault gives the deed a
name. An act rule names the sense it needs (`sense`
in `data/acts.toml`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extract.nlp.act_clauses import FUTURE
from extract.nlp.asked_and_bound import (
    advises,
    asserts,
    binds_ahead,
    directs,
    exhorts,
    punishes_another,
)
from extract.nlp.deeds_judged import commends
from extract.nlp.memo import actor_ranges
from extract.nlp.officials import not_official
from extract.nlp.passed_over import topic_not_passed_over
from extract.nlp.shared_views import reaches_a_shared_view

_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
_YES_NO = frozenset({"if", "whether"})
_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2019"})
_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "was", "were", "be", "been"})
_HAVE = frozenset({"have", "has", "had", "'ve"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STATE_NOUNS = frozenset(
    {"government", "country", "nation", "state", "administration", "ministry",
     "side", "kingdom", "republic", "leadership", "cabinet", "authority", "we"}
)  # fmt: skip


def asks_a_question(verb: Token, content: Span) -> bool:
    """'asked about X', 'asked if X', 'asked him why X', '"…?" he asked', and
    the one asked ('was asked why', 'Asked for an example'): the cue asks a
    question or the speaker answers one; 'asked X to do Y', 'asked for Y',
    'businesses have been asked to close' request."""
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    if verb.tag_ == "VBN" and "nsubj" not in deps and "xcomp" not in deps:
        return True  # 'was asked why', 'Asked later for an example': asked, not asking
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True
    if len(content) and (content[0].tag_ in _WH or content[0].lower_ in _YES_NO):
        return True
    if any(c.dep_ == "ccomp" and _opens_a_question(c) for c in children):
        return True
    return content.text.rstrip("".join(_QUOTE_MARKS) + " ,").endswith("?")


def _opens_a_question(clause: Token) -> bool:
    first = clause.left_edge
    return first.tag_ in _WH or first.lower_ in _YES_NO


def without_object(verb: Token, content: Span) -> bool:
    """'concluded that X', '"…," he concluded': the cue takes a clause or a
    quotation, not an object ('concluded an agreement')."""
    return not any(c.dep_ == "dobj" for c in verb.children)


def judges(verb: Token, content: Span) -> bool:
    """'decided that X': the cue takes a clause of its own, not an infinitive
    ('decided to X')."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def decided_alone(verb: Token, content: Span) -> bool:
    """'The US decided to withdraw from Syria', 'WADA has decided to ban X': one
    state or body decides for itself, which is no agreement; 'we decided to',
    'the leaders decided to', 'Putin and Erdogan decided to', 'it was decided
    to', a decision taken together ('together with Seoul') and a decision to
    agree ('decided to accept the proposal', 'to join the talks') commit."""
    subject = _source(verb)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return False
    if subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in subject.children
    ):
        return False
    if _jointly(verb) or _agreeing(verb):
        return False
    named = subject.ent_type_ in ("GPE", "ORG", "NORP") or subject.pos_ == "PROPN"
    return named or subject.lemma_.lower() in _STATE_NOUNS - {"side", "we"}


# What deciding to do agrees to: 'decided to accept the proposal', 'to join the
# talks', 'to resume cooperation'.
_AGREEING = frozenset(
    {"accept", "join", "resume", "sign", "ratify", "cooperate", "participate",
     "agree", "negotiate", "conclude", "approve", "endorse", "establish"}
)  # fmt: skip


def _jointly(verb: Token) -> bool:
    """'decided, together with Seoul, to X', 'jointly decided'."""
    return any(c.lower_ in ("together", "jointly") for c in verb.subtree)


def _agreeing(verb: Token) -> bool:
    """'decided to accept the proposal', 'decided to resume cooperation'."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _AGREEING for c in verb.children
    )


# What is seconded: a proposal, not an officer ('seconded to NATO').
_MOTIONS = frozenset(
    {"motion", "proposal", "resolution", "nomination", "amendment", "call", "idea",
     "recommendation", "initiative", "plan", "request", "suggestion", "appeal"}
)  # fmt: skip


def seconds_a_motion(verb: Token, content: Span) -> bool:
    """'seconded Macron's recommendation', 'the call was seconded by X'."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MOTIONS
        for c in verb.children
    )


def names_a_deed(verb: Token, content: Span) -> bool:
    """'calling the drills a grave provocation', 'described the move as a
    mistake': the cue gives its object a name (an object's complement or an
    'as'); not 'called on X to refrain from provocation' nor 'described
    repeated violations'."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        (c.dep_ == "oprd" and c.pos_ != "PROPN")  # not 'called | President X'
        or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    ) or any(  # the parse hangs the 'as' on the object: 'described the move as'
        g.dep_ == "prep" and g.lower_ == "as" for o in objects for g in o.children
    )


def refers(verb: Token, content: Span) -> bool:
    """'we are talking about X', 'people were talking about X' (progressive:
    what one refers to), 'I talked about how X works' (a description): no
    consultation; 'we have been talking about it' is."""
    # the forms, not the lemmas: "'s" is 'is' or 'has'; "’" is written as "'"
    auxes = [c.lower_.replace("\u2019", "'") for c in verb.children if c.dep_ == "aux"]
    progressive = (  # 'are talking about', 'were talking about'; not 'have been'
        verb.tag_ == "VBG"
        and any(a in _BE for a in auxes)
        and not any(a in _HAVE for a in auxes)
    )
    about = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"]
    described = any(
        g.dep_ == "pcomp" and _opens_a_question(g)
        for prep in about
        for g in prep.children
    ) or (len(content) > 0 and content[0].tag_ in _WH)
    return progressive or described


def by_a_state(verb: Token, content: Span) -> bool:
    """The cue's subject is a state or its government ('Russia plans to', 'the
    government intends to'), whose plans are policy; a firm's or a team's are
    not ('McClatchy is planning to', 'The Lakers plan to')."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    named = subject.ent_type_ == "GPE" and subject.pos_ == "PROPN"
    return named or subject.lemma_.lower() in _STATE_NOUNS


_SELVES = frozenset({"we", "i"})
# The verbs whose clause must be the speaker's own: "agree to", "reserve the right".
_OWN_VERBS = frozenset({"agree", "reserve"})
_PAST = frozenset({"VBD", "VBN"})
_SUCCESS = frozenset({"successful", "success", "fruitful"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})
_EFFORTS = frozenset({"effort", "initiative", "mediation", "endeavour", "endeavor"})


def of_itself(verb: Token, content: Span) -> bool:
    """The content's clause of agreeing or reserving a right speaks of the
    source itself, now or to come: its subject is "we", "I", "it" for a source
    that names an actor, or an actor the source's own words name ("Pakistan's
    spokeswoman said [Pakistan] reserves the right to respond"); not another's
    refusal reported ("Blinken said Hamas would not agree to it"), an empty
    "it" ("it was not true that …"), a past fact ("had not agreed to") or an
    analyst's reading."""
    source = _source(verb)
    if source is None or not_official(_phrase(source)):
        return False
    own = _actors(source)
    for subject in _main_subjects(content):
        itself = subject.lower_ == "it" and bool(own)
        if subject.lower_ in _SELVES or itself or _actors(subject) & own:
            return True
    return False


def of_its_own_side(verb: Token, content: Span) -> bool:
    """The content's main clause is about the source's own side: its subject is
    "we", "I", "it" for a source that names an actor, or an actor the source
    names ("A White House spokesperson said Washington had no involvement");
    not another's ("Moscow said Kyiv had no role in the talks")."""
    source = _source(verb)
    if source is None:
        return False
    own = _actors(source)
    subjects = [c for c in content.root.children if c.dep_ in _SUBJECTS]
    itself = {"it"} if own else set()
    return any(s.lower_ in _SELVES | itself or bool(_actors(s) & own) for s in subjects)


def not_anothers(verb: Token, content: Span) -> bool:
    """The content's main clause is not another side's, reported: its subject
    names no actor, or one the source also names ("Blinken, the US Secretary of
    State, said Hamas would not accept it" is Hamas's refusal, not America's)."""
    source = _source(verb)
    own = _actors(source) if source is not None else set()
    root = content.root
    for clause in (root, *(c for c in root.children if c.dep_ == "conj")):
        for subject in (c for c in clause.children if c.dep_ in _SUBJECTS):
            named = _actors(subject)
            if own and named and not named & own:
                return False
    return True


def _source(verb: Token) -> Token | None:
    """The subject of the cue, or of the verb a participle hangs on ("…, saying")."""
    source = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if source is None and verb.dep_ in ("conj", "advcl", "xcomp"):
        source = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    return source


def _main_subjects(content: Span) -> list[Token]:
    """The subjects of the content's main clauses of agreeing or reserving, now
    or to come ("Israel | would not agree", "we | reserve"; and "Pakistan" of
    "Pakistan reserves the right", which the parse reads as a noun compound)."""
    root = content.root
    found = []
    for word in (root, *(c for c in root.children if c.dep_ in ("conj", "nsubj"))):
        if word.pos_ in ("VERB", "AUX") and word.dep_ != "nsubj":
            if word.lemma_.lower() in _OWN_VERBS and not _past(word):
                found += [c for c in word.children if c.dep_ in _SUBJECTS]
        elif word.lower_ == "reserves" and word.dep_ == "nsubj":
            found += [c for c in word.children if c.dep_ == "compound"]
    return found


def wishes_others_success(verb: Token, content: Span) -> bool:
    """'hope that the efforts taken by Russia and Turkey will be successful',
    in an official document: the success hoped for is of another's effort,
    which the hope supports;
    not one's own ('our efforts', 'the efforts of the Government' in its own
    statement), nor anything else hoped to succeed ('the
    new measures', 'the summit'), nor a hope given up ('no longer hope'), nor
    a success qualified, as gibes are ('as successful as their
    counteroffensive', 'successful in discrediting the court itself')."""
    clause = content.root
    if content.doc._.issuer is None:  # 'Fans hope that the club's efforts …'
        return False
    if clause.head.i in range(content.start, content.end) or _given_up(verb):
        return False
    judged = [
        c
        for c in clause.children
        if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _SUCCESS
    ]
    if not judged and clause.lemma_.lower() != "succeed":
        return False
    words = [t for t in content if not t.is_punct]
    if not words or words[-1] not in (*judged, clause):
        return False  # 'as successful as their counteroffensive', 'successful in X'
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and subject.lemma_.lower() in _EFFORTS
        and not any(t.lower_ in _FIRST_PERSON for t in subject.subtree)
        and _anothers(subject)
    )


def _anothers(effort: Token) -> bool:
    """Whether an effort is named as another's than the issuer's: by a person,
    or by an actor not the document's issuer ('the efforts of Turkey', not 'the
    efforts of the Government' in the government's own statement)."""
    doc = effort.doc
    start, end = effort.left_edge.i, effort.right_edge.i + 1
    named = {m.label_ for m in doc.spans.get("actors", []) if start <= m.start < end}
    people = any(t.ent_type_ == "PERSON" for t in doc[start:end])
    return people or bool(named - {doc._.issuer})


def _given_up(verb: Token) -> bool:
    """'no longer hope', 'do not hope'."""
    return any(
        c.dep_ == "neg" or (c.lower_ == "longer" and c.left_edge.lower_ == "no")
        for c in verb.children
    )


def _past(clause: Token) -> bool:
    """'did not agree', 'had not agreed': a fact reported, not a refusal."""
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(a.lemma_ in ("will", "would", "can", "could", "shall") for a in auxes):
        return False
    return clause.tag_ in _PAST or any(a.tag_ in _PAST for a in auxes)


# Talks that go on: "hope that meetings … will continue", "said contacts at all
# levels will continue", "said the talks would resume".
_TALKS = frozenset(
    {"meeting", "talk", "contact", "dialogue", "consultation", "negotiation",
     "cooperation", "exchange", "conversation"}
)  # fmt: skip
_GOING_ON = frozenset({"continue", "resume"})


def talks_go_on(verb: Token, content: Span) -> bool:
    """Whether the content's main clause says talks or contacts will go on
    ("that meetings between Russia and Germany will continue"), not that they
    went on ("the talks had continued") nor that they will not."""
    clause = content.root
    if clause.lemma_.lower() not in _GOING_ON or clause.pos_ != "VERB":
        return False
    if clause.tag_ in _PAST or any(c.dep_ == "neg" for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(a.tag_ in _PAST and a.lemma_ != "would" for a in auxes):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _TALKS


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _actors(phrase: Token) -> set[str]:
    """The actors the doc's actor spans name inside a phrase."""
    start, end = phrase.left_edge.i, phrase.right_edge.i + 1
    ranges = actor_ranges(phrase.doc)
    return {actor for s, e, actor in ranges if start <= s and e <= end}


# What one commits to do or give, not a cause one stands for: "committed to
# further measures", "commit to providing aid".
_UNDERTAKINGS = frozenset(
    {"measure", "step", "action", "sanction", "assistance", "aid", "support",
     "funding", "fund", "troop", "contribution", "coordination", "cooperation",
     "target", "reform", "process", "plan", "deal", "agreement", "ceasefire",
     "implementation", "pledge", "investment", "package", "dialogue", "talk",
     "exchange", "release", "withdrawal", "delivery", "transfer", "return"}
)  # fmt: skip
# Endings of nouns of a deed: "the reconstruction of Gaza", "the settlement".
_DEED_ENDINGS = ("tion", "sion", "ment")


def names_a_cause(verb: Token, content: Span) -> bool:
    """'we commit to Ukraine's sovereignty and integrity', 'has committed itself
    to green energy': a cause or a principle, a noun phrase, that one stands for;
    not a deed to do ('commit to imposing measures', 'committed to further
    measures', 'committed to the reconstruction of Gaza')."""
    first = content[0] if len(content) else content.root
    if first.lower_ == "to" and first.head.pos_ in ("VERB", "AUX"):
        return False  # "committed | to reinforce our support"
    if first.pos_ in ("VERB", "AUX") or first.tag_ == "VBG":
        return False  # "remains committed to | helping achieve the exchange"
    objects = [  # what "to" takes on the cue, else the content's head
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    root = objects[0] if objects else content.root
    word = root.lemma_.lower()
    deed = word in _UNDERTAKINGS or word.endswith(_DEED_ENDINGS)
    return root.pos_ in ("NOUN", "PROPN") and not deed


def to_do(verb: Token, _content: Span) -> bool:
    """The cue takes a deed to do ("agreed with our Qatari brothers [to continue]
    mediation"), not only a view agreed with ("agreed with the President")."""
    return any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


_POINTING = frozenset({"that", "this", "these", "those"})


def shares_anothers(verb: Token, content: Span) -> bool:
    """ "We share that view", "they share our call for X", "I share the
    minister's assessment": a view someone else holds, held too (the present
    tense); not "share the view that X", a view of one's own, nor one's own
    view told ("I would like to share our views", "shared Mexico's approach
    with X")."""
    if verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    ):
        return False
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    owners = {
        c.lower_
        for t in content
        if t.dep_ == "dobj" and t.head == verb
        for c in t.children
        if c.dep_ == "poss"
    }
    if subjects & {"i", "we"} and owners & {"our", "my"}:
        return False  # "I would like to share our views": to tell them
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("like", "want"):
        return False  # "I would like to share": to tell
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for noun in objects:
        if any(c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children):
            return False
        if any(
            (c.dep_ == "det" and c.lower_ in _POINTING) or c.dep_ == "poss"
            for c in noun.children
        ):
            return True
    return False


def will_answer(verb: Token, content: Span) -> bool:
    """ "would not go unanswered", "will not be left unanswered": what will
    not go unanswered, not what must not."""
    for word in content:
        if word.lower_ != "unanswered":
            continue
        heads = [word.head, word.head.head]
        if any(
            c.dep_ == "aux" and c.lower_ in FUTURE for h in heads for c in h.children
        ):
            return True
    return False


SENSES: dict[str, Callable[[Token, Span], bool]] = {
    "will_answer": will_answer,
    "anothers_view": shares_anothers,
    "to_do": to_do,
    "of_itself": of_itself,
    "of_its_own_side": of_its_own_side,
    "not_anothers": not_anothers,
    "by_a_state": by_a_state,
    "question": asks_a_question,
    "without_object": without_object,
    "judges": judges,
    "reference": refers,
    "naming": names_a_deed,
    "passed_over": lambda verb, content: topic_not_passed_over(verb) is not None,
    "shared_view": lambda verb, content: reaches_a_shared_view(verb),
    "others_success": wishes_others_success,
    "directs": directs,
    "asserts": asserts,
    "commends": commends,
    "decided_alone": decided_alone,
    "exhorts": exhorts,
    "advises": advises,
    "seconds_a_motion": seconds_a_motion,
    "punishes_another": punishes_another,
    "binds_ahead": binds_ahead,
    "names_a_cause": names_a_cause,
    "talks_go_on": talks_go_on,
}
