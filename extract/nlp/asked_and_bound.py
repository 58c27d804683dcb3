"""What a cue asks of others or binds its speaker to, as act rules read it
(`act_senses.SENSES`): a quotation exhorting its hearers ('"let's discuss
this"'), a 'should' that advises rather than forecasts, someone told to do
something ('advised citizens to leave'), a fact insisted on ('insisted it had
met its obligations', no demand), a course the speaker binds itself
to from now on ('we will endeavour to'), and resolve to make another pay
('resolved to continue imposing costs on Russia')."""

from __future__ import annotations

from spacy.tokens import Span, Token

_SELVES = frozenset({"we", "i"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WILL = frozenset({"will", "shall", "'ll"})


# What 'let us' does not ask of anyone: a hope, a word of the speaker's own, a
# turn of the conversation ('let's go to the next question', 'let us consider
# the facts', 'let's wait and see').
_NOT_ASKED = frozenset(
    {"hope", "say", "note", "recall", "remember", "see", "assume", "imagine",
     "be", "wish", "pray", "thank", "wait", "go", "consider", "face", "put", "call",
     "move", "look", "turn", "talk", "begin", "think", "start", "speak", "ask",
     "answer", "take", "get", "leave", "return", "proceed", "suppose", "admit"}
)  # fmt: skip
_OPENINGS = frozenset({'"', "\u201c", "\u00ab"})  # a direct quotation's first mark


def exhorts(verb: Token, content: Span) -> bool:
    """'"Members of the G7, let's discuss this emergency"', '"Let us make this
    moment an opportunity"': a quotation that asks its hearers to act with the
    speaker; 'let us hope that X', 'let me say' ask nothing of anyone."""
    doc = content.doc
    before = doc[content.start - 1].text if content.start > 0 else ""
    if not len(content) or not {content[0].text, before} & _OPENINGS:
        return False
    inside = range(content.start, content.end)
    for let in content:
        own = let.dep_ in ("ROOT", "conj") or let.head.i not in inside
        if let.lower_ != "let" or not own:  # its clause is the speaker's own
            continue
        for asked in (c for c in let.children if c.dep_ in ("ccomp", "xcomp")):
            words = (*let.children, *asked.children)
            us = any(w.lower_ in ("us", "'s") and w.i > let.i for w in words)
            denied = any(c.dep_ == "neg" for c in asked.children)
            if us and not denied and asked.lemma_.lower() not in _NOT_ASKED:
                return True
    return False


# What 'should be' forecasts rather than advises: 'should be able to top up'.
_EXPECTED = frozenset({"able", "possible", "likely", "ready", "available", "complete"})


def advises(verb: Token, content: Span) -> bool:
    """'suggested there should be a UN presence': the content's 'should' says
    what ought to be done; 'suggesting that the car should be able to charge
    in an hour' forecasts, and 'should have thought about it' reproaches."""
    return not any(
        t.lower_ == "should"
        and any(
            (c.dep_ == "acomp" and c.lemma_.lower() in _EXPECTED)
            or (c.dep_ == "aux" and c.lower_ == "have")  # 'should have thought'
            for c in t.head.children
        )
        for t in content
    )


def directs(verb: Token, content: Span) -> bool:
    """'advised U.S. citizens to leave': the cue tells someone to do
    something; 'advised that flights were cancelled' informs."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children)
        for c in children
    )


_FACTUAL = frozenset({"VBD", "VBZ"})  # 'had met', 'is responsible': no subjunctive
_BIDDING = frozenset({"must", "should", "need", "ought", "shall"})
_PRESENT = frozenset({"VBP", "VBZ", "VBD"})


def asserts(verb: Token, content: Span) -> bool:
    """'insisted his country had met its obligations', 'insists that it is not
    involved': a clause of fact, held to; 'insisted that Washington abide by',
    'insisted that Russia must withdraw', 'insisted on X' demand."""
    inside = range(content.start, content.end)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i in inside]
    if not clauses:
        return False
    clause = clauses[0]
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _BIDDING for a in auxes):
        return False
    if (clause.lemma_ == "be" and clause.tag_ != "VB") or any(
        a.lemma_ in ("be", "do") and a.tag_ in _PRESENT for a in auxes
    ):  # "insist they are neutral", "they do not want", "are not subsidised";
        return True  # not the subjunctive "insisted that Ukraine be neutral"
    return clause.tag_ in _FACTUAL or any(
        a.tag_ in _FACTUAL or a.lower_ in ("will", "would") for a in auxes
    )


def binds_ahead(verb: Token, content: Span) -> bool:
    """'we will endeavour to', 'we strive to', 'Russia will strive to': a state,
    a body or the speaker binds itself to what it will do; 'Russia has always
    strived to' reports a past course, 'the athletes will strive to win' no
    one's policy."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    selves = any(s.lower_ in _SELVES for s in subjects)
    if any(a in _WILL for a in auxes):
        return selves or any(s.ent_type_ in ("GPE", "ORG", "NORP") for s in subjects)
    return verb.tag_ == "VBP" and not auxes and selves


# Making another pay: 'impose costs on X', 'isolate X', 'hold X accountable'.
_PUNISHING = frozenset({"impose", "isolate", "hold", "punish", "sanction", "retaliate"})
_PENALTIES = frozenset({"cost", "sanction", "measure", "penalty", "price"})
_CALLED_TO_ACCOUNT = frozenset({"accountable", "responsible"})
_FORGONE = frozenset({"avoid", "prevent", "refrain", "stop"})


def punishes_another(verb: Token, content: Span) -> bool:
    """'resolved to continue imposing costs on Russia', 'determination to hold
    President Putin accountable', 'resolved to isolate Russia': resolve to make
    a named other pay; not 'to isolate the virus', 'to make the police
    accountable', 'to avoid new sanctions'."""
    for word in content:
        lemma = word.lemma_.lower()
        if lemma not in _PUNISHING or _forgone(word, content):
            continue
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if lemma == "retaliate":
            return True
        if lemma == "impose":
            if any(o.lemma_.lower() in _PENALTIES for o in objects):
                return True
        elif lemma == "hold":
            if _called_to_account(word):
                return True
        elif any(_named(o) for o in objects):
            return True
    return False


def _called_to_account(hold: Token) -> bool:
    """'hold Russia accountable', and 'hold [Putin and his regime accountable]'
    as the parse reads it, a small clause."""
    for child in hold.children:
        if child.lemma_.lower() in _CALLED_TO_ACCOUNT:
            held = [c for c in child.children if c.dep_ == "nsubj"]
            held += [c for c in hold.children if c.dep_ == "dobj"]
            return any(_named(h) for h in held)
    return False


def _named(noun: Token) -> bool:
    """A state, body, group or person named ('Russia', 'President Putin and his
    regime'), not a thing ('the virus') or a class of people ('the officials')."""
    return any(
        t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.lemma_.lower() == "regime"
        for t in noun.subtree
    )


def _forgone(word: Token, content: Span) -> bool:
    """'to avoid new sanctions', 'not to isolate Russia': the deed is not done."""
    node = word
    inside = range(content.start, content.end)
    while True:
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.lemma_.lower() in _FORGONE and node is not word:
            return True
        if node.head == node or node.head.i not in inside:
            return False
        node = node.head
