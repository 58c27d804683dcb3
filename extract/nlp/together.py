"""When a "we" at a joint appearance is every speaker, not the speaker's own
state: the sentence says so ("together", "both", "our two countries"), the cue
takes two ("we discussed", "we agreed", "we held talks"), or it tells what the
meeting did ("we noted", "we have approved") rather than a stance of the
speaker's own ("we believe", "we call on"). A verb joined to another shares its
subject ("we have discussed X and agreed", "we conducted a discussion, pointing
out"); a habit older than the meeting ("we have repeatedly stressed"), a partner
"with" whom, an addressee ("your efforts") or a condition ("if we agree")
makes "we" one side, and so does a view held ("we consider X timely")."""

from __future__ import annotations

from spacy.tokens import Span, Token

_FEW = frozenset({"two", "three", "four", "five"})  # "our two / three countries"

# Verbs whose "we" at a joint appearance is both sides: what takes two to do.
_RECIPROCAL = frozenset(
    {"discuss", "agree", "talk", "exchange", "negotiate", "meet", "review",
     "consider", "touch", "sign", "coordinate", "reach", "converse", "confer",
     "debate", "examine", "cover", "address", "outline", "focus", "share",
     "speak"}
)  # fmt: skip
# Adverbs of a habit older than the meeting: "we have repeatedly stressed".
_HABITUAL = frozenset(
    {"repeatedly", "always", "often", "constantly", "consistently", "continually",
     "frequently", "never", "long", "traditionally", "invariably", "regularly"}
)  # fmt: skip
_PARTNERS = frozenset(
    {"partner", "participant", "colleague", "counterpart", "side", "country",
     "state", "government", "leader", "friend", "ally", "neighbour", "neighbor",
     "delegation", "president", "minister"}
)  # fmt: skip
_CONDITIONS = frozenset({"if", "unless", "provided"})
# How a clause names a party to it: "we want India to cooperate".
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
_CLAUSES = frozenset({"ccomp", "xcomp"})
# Reciprocal verbs that in the present simple judge: "we consider X timely".
_JUDGING = frozenset({"consider", "examine"})
_SPANS = frozenset({"year", "decade", "month", "week", "century"})
# Verbs that hold talks: "we held talks", "we had an exchange of views" (not
# "we support talks", a stance of one side).
_HOLDING = frozenset(
    {"hold", "have", "conduct", "carry", "continue", "resume", "begin", "start",
     "launch", "complete", "conclude", "finish"}
)  # fmt: skip
_TALKS = frozenset(
    {"talk", "exchange", "discussion", "consultation", "negotiation", "meeting",
     "conversation", "dialogue"}
)  # fmt: skip


def said_together(sentence: Span, cue: Token | None = None) -> bool:
    """A sentence that speaks of the speakers together: "together", "both",
    "jointly", "each other", "our two countries". (Another speaker's state named
    in it is no sign: "we hope that Russia …" is the speaker's own "we"; nor
    are these words inside the clause the cue takes: "we believe that our
    partnership serves both our peoples", "we are ready to negotiate a deal
    fair to both sides" are the speaker's own; nor those
    of an owner: "we call on the agencies of both countries".)"""
    said = set()
    if cue is not None:
        # what one side is ready for ("we are ready to negotiate a deal fair
        # to both sides"), not what takes two ("we agreed to work together")
        takes_two = cue.lemma_.lower() in _RECIPROCAL
        clauses = ("ccomp",) if takes_two else _CLAUSES
        heads = [cue, *(c for c in cue.children if c.dep_ == "acomp")]
        said = {
            t.i
            for h in heads
            for c in h.children
            if c.dep_ in clauses
            and not (c.dep_ == "xcomp" and c.lemma_.lower() in _RECIPROCAL)
            for t in c.subtree
        }  # "we are happy to have signed these agreements together": both
    words = {t.lower_ for t in sentence if t.i not in said and not _owners(t)}
    if words & {"together", "both", "jointly", "mutual", "bilateral"}:
        return True
    each_other = "each" in words and "other" in words
    return each_other or ("our" in words and bool(words & _FEW))


def _owners(word: Token) -> bool:
    """ "both" of the owner of another thing ("the agencies [of both]
    countries"): it says whose the thing is, not who acts."""
    noun = word.head
    return (
        word.lower_ == "both"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
    )


def did_together(cue: Token | None, source: Span) -> bool:
    """A cue in the simple past or the present perfect whose subject is "we":
    at a joint appearance it reports what the meeting did ("we noted", "we
    instructed", "we have approved"); a progressive ("we have been talking"), a
    modal or a present tense is the speaker's own."""
    if cue is None or not _own_subject(cue, source) or one_side(cue):
        return False
    if cue.lemma_ == "be" and cue.tag_ == "VBN":  # "we have been clear that"
        return False  # a stance held till now, no deed of the meeting
    return any(_in_past(verb) for verb in _event(cue))


def names_another(cue: Token, source: Span, others: set[str]) -> bool:
    """The clause the cue takes names another side of the meeting ("we have been
    clear that we want India to cooperate"): "we" is the speaker's own side."""
    clauses = {cue.i}
    for _ in range(2):  # "clear that | we want | India to cooperate"
        clauses |= {
            c.i for i in clauses for c in cue.doc[i].children if c.dep_ in _CLAUSES
        }
    return any(
        s.label_ in others and _party(s.root, clauses)
        for s in cue.doc.spans.get("actors", [])
        if not (source.start <= s.start < source.end)
    )


def _party(word: Token, clauses: set[int]) -> bool:
    """A subject or object of one of the clauses, or in a phrase on one ("to
    Israel"); not a modifier ("the Russian-Chinese partnership") nor deeper
    ("a congress held at the initiative of the Russian Federation")."""
    if word.dep_ == "pobj":
        word = word.head
        return word.dep_ == "prep" and word.head.i in clauses
    return word.dep_ in _PARTIES and word.head.i in clauses


def own_state_before(
    source: Span, start: int, own: tuple[str, ...], others: set[str]
) -> bool:
    """The sentence before, inside the same turn (from `start`), has the
    speaker's own state alone for its subject, or goes on with "we" from one
    that has ("India has consistently condemned terrorism. We have called for
    X. We also welcomed Y"): "we" goes on speaking for it."""
    doc = source.doc
    spans = doc.spans.get("actors", [])
    sentence = source.sent
    while sentence.start > start:
        sentence = doc[sentence.start - 1].sent
        if sentence.start < start:
            return False
        subjects = {s.label_ for s in spans if _in(s, sentence) and _subject(s.root)}
        if subjects:
            return not subjects & others and bool(subjects & set(own))
        we = [doc[t.i : t.i + 1] for t in sentence if t.lower_ == "we" and _subject(t)]
        if not we or said_together(sentence) or takes_two(we[0].root.head, we[0]):
            return False  # "we held talks": the meeting's, before
    return False


def _in(span: Span, sentence: Span) -> bool:
    return sentence.start <= span.start and span.end <= sentence.end


def _subject(word: Token) -> bool:
    """A subject, or joined to one ("Russia and Germany have")."""
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


# Verbs addressed to people: "we urged them", not "we discussed them".
_ADDRESSING = frozenset(
    {"urge", "tell", "thank", "inform", "warn", "ask", "assure", "remind", "brief",
     "encourage", "invite", "press", "advise", "caution", "implore", "congratulate"}
)  # fmt: skip


_OTHERS = frozenset({"he", "she", "they"})


def _negated(cue: Token) -> bool:
    """A rule of one side, in the present ("we do not discuss operational
    details"); not what the meeting did not leave out ("we did not neglect X")."""
    present = cue.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in cue.children
    )
    return present and any(c.dep_ == "neg" for c in cue.children)


_TELLING = frozenset(
    {"say", "tell", "make", "talk", "speak", "explain", "convey", "repeat",
     "state", "stress", "communicate", "signal"}
)  # fmt: skip


def _told_others(cue: Token) -> bool:
    """ "we made clear to our counterparts", "we're talking to the Israelis",
    "we have said so at every NATO meeting": told to others than the meeting,
    or wherever one side speaks."""
    if cue.lemma_.lower() not in _TELLING:
        return False  # "we agreed to the plan": the meeting's
    heads = [cue, *(c for c in cue.children if c.dep_ in ("acomp", "oprd", "ccomp"))]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "to" and objects:
            return True
        if prep.lower_ == "at" and any(
            d.lower_ in ("every", "each", "all") for o in objects for d in o.children
        ):
            return True
    return False


def _answering(cue: Token) -> bool:
    """ "he proposed X, and we said we would study it": a "we" joined to
    another's clause answers them."""
    joined = [cue.head] if cue.dep_ == "conj" else []
    joined += [c for c in cue.children if c.dep_ == "conj"]
    return any(
        c.dep_ == "nsubj" and c.lower_ in _OTHERS for v in joined for c in v.children
    )


def _their_deed(cue: Token) -> bool:
    """ "we appreciated the President's decision", "his initiative": the
    object is the other side's, whom "we" answers."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "poss"
        and (c.lower_ in ("his", "her") or c.lemma_.lower() in _PARTNERS)
        for o in objects
        for c in o.children
    )


def one_side(cue: Token) -> bool:
    """A "we" that is one side, not the meeting: a habit older than it ("we
    have repeatedly stressed", "we always supported", "for many years"), a
    partner "with" whom in a plan or a stance ("we agree with Mr Putin", "will
    discuss this with the Americans"), an addressee it speaks of ("your
    efforts", "we urged them", "the President's decision") or answers ("he
    proposed X, and we said …")."""
    if habitual(cue) or _conditional(cue):
        return True
    for child in cue.children:
        if child.dep_ != "prep":
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ == "with" and any(map(_partner, objects)):
            return not _in_past(cue)  # "we have agreed with Mr Xi" is the meeting
        if child.lower_ in ("for", "since") and any(
            o.lemma_.lower() in _SPANS or o.ent_type_ == "DATE" for o in objects
        ):
            return True
    if cue.lemma_.lower() in _ADDRESSING and any(
        c.lower_ == "them" and c.dep_ in ("dobj", "dative") for c in cue.children
    ):
        return True  # "we urged them to": the others are whom we urged
    if _negated(cue) or _told_others(cue):
        return True  # "we do not discuss operational details": a side's rule;
        # "we made clear to our counterparts", "we're talking to the Israelis"
    if cue.lemma_.lower() not in _RECIPROCAL and (_answering(cue) or _their_deed(cue)):
        return True  # not "we reviewed his proposals", "she presented X, and we
        # discussed it": what takes two is the meeting's still
    return any(
        t.lower_ in ("you", "your", "yours") and t.dep_ not in ("nsubj", "nsubjpass")
        for t in cue.subtree
    )


def habitual(cue: Token | None) -> bool:
    """A cue of a habit older than the meeting: "often", "always", "repeatedly"."""
    return cue is not None and any(
        c.dep_ in ("advmod", "npadvmod", "neg") and c.lower_ in _HABITUAL  # "never"
        for c in cue.children
    )


def _conditional(cue: Token) -> bool:
    """ "if we agree to ...": a condition, not what the meeting did."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in cue.children)


def _judging(verb: Token) -> bool:
    """ "we consider X timely": in the present simple, a view held, not a
    matter taken up together ("we considered the issues")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = verb.tag_ in ("VBP", "VBZ") and not helpers
    return present and verb.lemma_.lower() in _JUDGING


def _partner(token: Token) -> bool:
    """Someone to talk with, not a manner ("with satisfaction")."""
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
        or token.lemma_.lower() in _PARTNERS
    )


def _in_past(cue: Token) -> bool:
    helpers = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    said = {(c.lemma_.lower(), c.tag_) for c in helpers}
    if cue.tag_ == "VBD":
        return not helpers
    if cue.tag_ == "VB":  # "we did not bypass"
        return said == {("do", "VBD")}
    return cue.tag_ == "VBN" and {lemma for lemma, _ in said} == {"have"}


def _own_subject(cue: Token, source: Span) -> bool:
    """The source is the cue verb's subject, its own or the one it shares with
    the verb it is joined to ("we discussed X and agreed", "we conducted a
    discussion, pointing out")."""
    verb = cue
    while _shares_subject(verb):
        verb = verb.head
    return source.root.head.i == verb.i and source.root.dep_ in ("nsubj", "nsubjpass")


def _shares_subject(verb: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    return joined or _participle(verb)


def _participle(verb: Token) -> bool:
    """ "pointing out" in "we conducted a discussion, pointing out": an adjunct
    of its head's event."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"


def _event(cue: Token) -> list[Token]:
    """The cue verb and, for a participle adjunct, the verb whose event it is
    part of."""
    return [cue, cue.head] if _participle(cue) and not one_side(cue.head) else [cue]


def takes_two(cue: Token | None, source: Span) -> bool:
    """A cue verb whose subject "we" is the speakers together: talks take two
    ("we discussed", "we agreed", "we exchanged views", "we held talks"); "we"
    must be the verb's own subject."""
    if cue is None or not _own_subject(cue, source) or one_side(cue):
        return False
    return any(
        (verb.lemma_.lower() in _RECIPROCAL and not _judging(verb)) or _held_talks(verb)
        for verb in _event(cue)
    )


def _held_talks(verb: Token) -> bool:
    """ "we held talks", "we had an exchange of views"; not "we support talks"."""
    return verb.lemma_.lower() in _HOLDING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TALKS for c in verb.children
    )
