"""Which words of a cue name its act: the adjective of a copular cue, the
reporting verb a chained cue runs on to, the nouns of light-verb and stance cues,
and the verb of a quotation that performs an act in the first person."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.memo import actor_ranges

_COPULAS = frozenset({"be", "remain", "stay", "feel", "seem", "become", "stand"})
_NOT_STANCES = frozenset({"interest", "attention"})  # 'noted with interest'
# Verbs that answer, describe, name or take in what another did or felt: the
# noun after them is that other's ('responded to the allegations', 'defended its
# decision', 'called the decision a landmark', 'understand the outrage'), not
# the speaker's act.
_ANSWERING = frozenset(
    {"respond", "react", "reply", "answer", "address", "defend", "describe", "call",
     "question", "investigate", "comment", "explain", "justify", "challenge",
     "understand", "remember", "recall", "notice", "acknowledge"}
)  # fmt: skip
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})
# Verbs of aspect and of wanting: a cue that runs on from them to a reporting
# verb ('are going to discuss', 'want to thank') does what that verb does.
CHAINING = frozenset(
    {"continue", "tend", "manage", "keep", "look", "begin", "start", "go", "want",
     "wish", "like", "intend"}
)  # fmt: skip


def act_cue_lemma(cue_span: Span, cue_lemma: str) -> str:
    """The word that names a copular cue, as the attitude cues name it: the
    adjective after the copula ('are [committed] to', 'remains [open] to',
    'was [grateful] for'); the reporting verb a chained cue runs on to ('are
    going to [discuss]', 'look forward to [discussing]', 'want to [thank]');
    otherwise the cue's own lemma."""
    root = cue_span.root
    if root.lemma_.lower() in CHAINING:
        chained = _chained_verb(cue_span, root)
        if chained is not None:
            return chained.lemma_.lower()
    if cue_lemma not in _COPULAS and root.pos_ != "AUX":
        return cue_lemma
    inside = range(cue_span.start, cue_span.end)
    for child in root.children:
        if child.dep_ == "acomp" and child.i in inside:
            return child.lower_
    return cue_lemma


def _chained_verb(cue_span: Span, root: Token) -> Token | None:
    """The verb complement of a verb of aspect or wanting inside the cue
    ('continue to [support]'), past the preposition of a phrasal verb ('look
    forward to [discussing]')."""
    inside = range(cue_span.start, cue_span.end)
    for child in root.children:
        if child.i not in inside:
            continue
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next(
                (g for g in child.children if g.dep_ == "pcomp" and g.i in inside),
                None,
            )
    return None


# Subjects that are the speaker in their own indirect report.
_SELVES = (["it"], ["we"], ["i"], ["they"], ["he"], ["she"])


def quoted_performative(content: Span) -> tuple[Token, str, Span] | None:
    """The act verb of a quotation whose main clause performs it in the first
    person and present tense ('"We call on Iraq to', '"we are ready to'): the
    verb, the lemma that names it and its cue span; None otherwise.

    Only a direct quotation: an indirect report of one's own act ('noted that
    we agreed', 'mentioned we support') states, as the reporting verb does."""
    doc = content.doc
    before = doc[content.start - 1].text if content.start > 0 else ""
    if not len(content) or (
        content[0].text not in _QUOTE_MARKS and before not in _QUOTE_MARKS
    ):
        return None
    verb = content.root
    present = ("VBP", "VBZ")
    if verb.tag_ not in present and not any(  # 'we do not support'
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in present
        for c in verb.children
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if [s.lower_ for s in subjects] not in (["we"], ["i"]):
        return None
    # with its adjective: 'we are [ready] to'
    last = max([verb.i, *(c.i for c in verb.children if c.dep_ == "acomp")])
    span = doc[verb.i : last + 1]
    return verb, act_cue_lemma(span, verb.lemma_.lower()), span


# Nouns of what one issues that a participle says the act of: "issued a
# statement denouncing X", "released a communique welcoming X".
_ISSUED = frozenset({"statement", "communique", "communiqué", "declaration", "note"})


def issued_participle(cue: Span, content: Span) -> tuple[Token, str, Span] | None:
    """The participle that opens the content of a statement issued ("issued a
    statement [denouncing] the exercise"): its verb, lemma and span; None
    otherwise."""
    if not len(content):
        return None
    verb = content[0]
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    if (
        not any(t.lemma_.lower() in _ISSUED for t in cue)
        and verb.head.lemma_.lower() not in _ISSUED
    ):
        return None
    return verb, verb.lemma_.lower(), content[:1]


# What a state is disposed to do, said of it by name, restates its policy
# ("the United States remains committed to the one China policy").
_POLICIES = frozenset(
    {"committed", "ready", "determined", "prepared", "resolved", "willing", "open"}
)


def reported_attitude(
    content: Span, own: frozenset[int] = frozenset()
) -> tuple[Token, str, Span] | None:
    """The attitude the speaker reports of itself in an indirect report ('said
    [it was worried] by', 'said [we are disappointed]'): the predicate, the
    word that names it (as a copular cue is named) and its span; None when the
    content's main clause is no copular or passive predicate of 'it', 'we', 'I',
    'they', 'he' or 'she' ('the president said [he was grateful] for'), or of
    the speaker's own side named (`own`: 'Erdogan stated [Turkiye is deeply
    concerned]'). A reported act of one's own ('noted that we agreed') is no
    attitude: it states, as the reporting verb does."""
    verb = content.root
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = len(subjects) == 1 and subjects[0].i in own  # "said Turkiye is worried"
    if [s.lower_ for s in subjects] not in _SELVES and not named:
        return None
    if named and any(c.lower_ in _POLICIES for c in verb.children):
        return None  # "said the United States remains committed to": its policy
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.lemma_ in _COPULAS:
        predicate = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if predicate is None:
            return None
        return verb, predicate.lower_, verb.doc[verb.i : predicate.i + 1]
    passive = any(a.dep_ == "auxpass" and a.lemma_ in _COPULAS for a in auxes)
    if verb.tag_ != "VBN" or not passive:
        return None
    return verb, verb.lower_, verb.doc[min(a.i for a in auxes) : verb.i + 1]


def own_side_tokens(
    content: Span, actors: list[str] | tuple[str, ...]
) -> frozenset[int]:
    """The content's tokens inside a name of one of the speaker's actors ("the
    spokesperson said [China] firmly opposes"), from the Doc's actor spans, and
    the speaker's own country as the content calls it ("said [his country]
    would respond")."""
    named = {
        i
        for start, end, label in actor_ranges(content.doc)
        if label in actors and content.start <= start and end <= content.end
        for i in range(start, end)
    }
    named |= {
        t.i
        for t in content
        if actors
        and t.lemma_.lower() in _OWN_COUNTRY
        and any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in t.children)
        and not _told_by_another(t, content)
    }
    return frozenset(named)


def _told_by_another(word: Token, content: Span) -> bool:
    """A word inside what someone else in the content said ("said Putin had
    made clear that his country would …"): "his" is that one's."""
    node = word
    while node.head != node and content.start <= node.head.i < content.end:
        node = node.head
        if (
            any(
                c.dep_ == "nsubj"
                and c.i != word.i
                and c.lower_ not in ("he", "she", "it")
                for c in node.children
            )
            and node.i != word.head.i
        ):
            return True
    return False


# The speaker's own country in what they say of it: "his country", "its government".
_OWN_COUNTRY = frozenset({"country", "government", "nation"})
_OWNERS = frozenset({"his", "her", "its", "our"})  # ("their" is often the others')


def reported_stance(
    content: Span, own: frozenset[int] = frozenset(), cue: Token | None = None
) -> tuple[Token, str, Span] | None:
    """A body's own stance in an indirect report, in the present tense ('the
    ministry said it [regrets] any decision', 'said it [welcomes] the deal';
    'the spokesperson said China firmly [opposes] X' when the name is among
    `own`, the tokens naming the speaker's own actors; 'both ministers
    confirmed that [they] strongly [oppose] X', a group's of itself under the
    `cue`): the verb, its lemma and its span; None for a past act reported
    ('noted that it agreed') or a stance of others ('he said they support')."""
    verb = content.root
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = len(subjects) == 1 and subjects[0].i in own
    named = named or (  # a group's own stance, not 'they need to wait'
        cue is not None
        and _they_themselves(cue, subjects)
        and verb.lemma_.lower() in _STANCES
    )
    if [s.lower_ for s in subjects] != ["it"] and not named:
        return None  # 'we support', 'I regret' are found as statements of their own
    if any(c.dep_ in ("aux", "neg") for c in verb.children):
        return None  # 'it does not support', 'we will support': left to the rules
    return verb, verb.lemma_.lower(), verb.doc[verb.i : verb.i + 1]


# Stances (not deeds) a past report may give in the past tense for the present
# ("the embassy said it condemned the strike" reports "we condemn the strike"); a
# deed in the past ("said it agreed", "said it denied visas") stays a report.
_STANCES = frozenset(
    {"welcome", "regret", "condemn", "deplore", "denounce", "support", "back",
     "oppose", "reject", "urge", "praise", "commend", "applaud", "appreciate", "hail"}
)  # fmt: skip
_PAST_REPORTS = frozenset({"VBD", "VBN"})
# A body or side speaking of itself: "he" or "she" may be anyone the report names
# ("Asked about Meloni, Trump said she backed the plan").
_BODY_SELVES = (["it"], ["we"])
_QUOTE_OPENERS = frozenset({'"', "\u201c", "\u00ab", "'", "\u2018"})
# Words that date a past stance, set it in a time or a condition of its own or
# deny something in it: then it is a past act, not a stance reported in the
# sequence of tenses ("said it condemned the strike at the time", "said he
# supported Israel when he was first in office", "regretted not having met").
_DATING = frozenset({"DATE", "TIME"})
_THEN = frozenset(
    {"then", "previously", "earlier", "once", "already", "initially", "originally",
     "ago", "since", "time", "past", "formerly", "last", "previous", "former",
     "first", "when", "before", "after", "while", "until", "during", "if",
     "unless", "not", "never", "n't", "as"}
)  # fmt: skip


def backshifted_stance(
    cue: Token, content: Span, own: frozenset[int] = frozenset()
) -> tuple[Token, str, Span] | None:
    """A stance a body or side reports of itself in the past tense under a past
    reporting verb ('the embassy said [it condemned] the strike', 'Sikorski said
    [Poland backed] it' when the name is among `own`): the verb, its lemma and
    its span; None for a deed ('said it agreed', 'welcomed 3,000 evacuees'), a
    dated clause ('said it condemned it at the time'), a quotation, a present
    report ('says it welcomed') or a person's ('she' may be anyone named); a
    group's "they" is the group ('the two leaders said [they opposed] X')."""
    verb = content.root
    if cue.tag_ not in _PAST_REPORTS or verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in _STANCES or content[0].text in _QUOTE_OPENERS:
        return None  # a quotation's past is the past: '"I opposed the war," he said'
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = len(subjects) == 1 and subjects[0].i in own
    selves = [s.lower_ for s in subjects] in _BODY_SELVES or _they_themselves(
        cue, subjects
    )
    if not selves and not named:
        return None
    if any(
        c.dep_ in ("aux", "neg", "prt")
        or (c.dep_ == "mark" and c.lower_ != "that")
        or (c.i == verb.i + 1 and c.lower_ in ("out", "off", "away", "down", "up"))
        for c in verb.children
    ):
        return None  # 'did not support', 'since it welcomed', 'backed out of'
    if any(_hosted(c) for c in verb.children if c.dep_ == "dobj"):
        return None  # 'said it welcomed 3,000 evacuees', 'welcomed him': a deed
    if any(t.ent_type_ in _DATING or t.lower_ in _THEN for t in content):
        return None  # dated, or set in a time or condition of its own
    return verb, verb.lemma_.lower(), verb.doc[verb.i : verb.i + 1]


def _they_themselves(cue: Token, subjects: list[Token]) -> bool:
    """ "they" of a group that says it of itself ("the two leaders said [they
    opposed] X", "Russia and China said they opposed X"); not of one speaker,
    whose "they" is others."""
    if [s.lower_ for s in subjects] != ["they"]:
        return False
    speakers = [c for c in cue.children if c.dep_ == "nsubj"]
    return len(speakers) == 1 and (
        speakers[0].tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in speakers[0].children)
    )


def _hosted(thing: Token) -> bool:
    """An object a deed is done to, not a stance's: a person, a pronoun or a
    number of them ('welcomed him', 'rejected 200 visa requests')."""
    return (
        thing.pos_ == "PRON"
        or thing.ent_type_ in ("PERSON", "CARDINAL")
        or any(c.dep_ == "nummod" for c in thing.children)
    )


# Verbs that carry a stance noun, which a passive makes their subject
# ("Concerns were expressed", "Support was reaffirmed for").
_CARRYING = frozenset({"express", "voice", "convey", "reiterate", "reaffirm", "extend"})


def act_words(cue_span: Span, content: Span) -> frozenset[str]:
    """Lemmas of the cue span beyond its root (or of its root when the cue is a
    noun: 'the [initiative] to hold a summit'), and of the content's head when
    it is a noun right after the cue: the nouns of light-verb and stance cues.
    Between cue and content, the cue's object ('issued [a threat] to close')
    and the preposition that takes the content ('spoke with X [about] it')."""
    root = cue_span.root
    words = {t.lemma_.lower() for t in cue_span if t != root or t.pos_ == "NOUN"}
    words.update(_manner_words(cue_span))
    if root.lemma_.lower() in _CARRYING:  # "Concerns were expressed by some"
        words.update(
            c.lemma_.lower()
            for c in root.children
            if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
        )
    doc = cue_span.doc
    gap = doc[cue_span.end : max(cue_span.end, content.start)]
    for t in gap if root.pos_ == "VERB" else ():
        light_object = t.dep_ == "dobj" and t.pos_ == "NOUN" and t.head == root
        if light_object or (t.pos_ == "ADP" and content.root.head == t):
            words.add(t.lemma_.lower())
    if 0 <= content.start - cue_span.end <= 2 and root.lemma_.lower() not in _ANSWERING:
        # the content's head, or each noun the cue governs should the parser
        # have split the phrase ('reaffirmed [the United States'] [firm support]')
        words.update(
            t.lemma_.lower()
            for t in content[:7]
            if t.pos_ in ("NOUN", "PROPN")
            and (t == content.root or t.head == root)
            and not _a_phone_call(t)
        )
        if root.lemma_.lower() in _CARRYING:
            words.update(_owned_noun(content) + _opening_noun(content))
        words.update(_position_taken(content.root))
    return frozenset(words)


_CALLS_MADE = frozenset(
    {"confirm", "hold", "have", "make", "receive", "take", "place", "report",
     "announce", "describe", "end", "welcome"}
)  # fmt: skip


def _a_phone_call(noun: Token) -> bool:
    """ "confirmed the call", "the phone call": a call made, not one for
    anything ("reaffirmed their call for a ceasefire", "its call on all
    parties", "renewed their call to end the war", "the call for")."""
    if noun.lemma_.lower() != "call" or noun.head.lemma_.lower() not in _CALLS_MADE:
        return False  # "renewed the call to end the war", "echoed the call"
    if any(c.lower_ in ("phone", "telephone", "video") for c in noun.children):
        return True
    return not any(
        c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ != "with")
        for c in noun.children
    )


# A position and what it is "in" ("its position in support of X"): the stance.
_POSITIONS = frozenset({"position", "stance"})
_TAKEN = frozenset({"support", "favour", "favor", "opposition"})


def _position_taken(head: Token) -> list[str]:
    """ "Russia's principled position [in support of] X": the stance the
    position is in, as the noun the rules read."""
    if head.lemma_.lower() not in _POSITIONS:
        return []
    return [
        o.lemma_.lower()
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _TAKEN
    ]


# Words of the noun phrase a content opens with, before its head noun.
_PHRASE_WORDS = frozenset({"DET", "PRON", "ADJ", "CCONJ", "ADV", "NOUN"})


def _opening_noun(content: Span) -> list[str]:
    """The head of the noun phrase a content opens with, however the parse
    read the words before it ('its [firm] and unequivocal [opposition] to X',
    where 'firm' may be taken for a noun): its last noun."""
    nouns = []
    for t in content[:8]:
        if t.pos_ not in _PHRASE_WORDS:
            break
        if t.pos_ == "NOUN":
            nouns.append(t.lemma_.lower())
    return nouns[-1:]


# Words that may stand before an owned stance noun: "the Kingdom of Saudi
# Arabia's strong [condemnation]".
_OWNER_WORDS = frozenset({"DET", "PROPN", "PART", "PRON", "ADJ"})


def _owned_noun(content: Span) -> list[str]:
    """The lemma of a content's first common noun when an owner names it and
    only the owner's name comes before ("expresses | the Kingdom of Saudi
    Arabia's [condemnation] of X", which the parse may hang on "of"); none for
    a clause or another noun first ("that Trump's request", "gratitude for his
    initiative"). Read after a verb that carries a stance noun only."""
    for t in content[:9]:
        if t.pos_ == "NOUN":
            owned = any(c.dep_ == "poss" for c in t.children)
            return [t.lemma_.lower()] if owned else []
        if t.pos_ not in _OWNER_WORDS and t.lower_ != "of":
            return []
    return []


def _manner_words(cue_span: Span) -> set[str]:
    """The stance a cue's 'with' names, whatever the parse made of it: 'noted
    with [regret]', 'learned with [concern]'; not a person met ('met with
    [Blinken]'), nor mere attention ('noted with interest')."""
    return {
        c.lemma_.lower()
        for t in cue_span
        if t.lower_ == "with" and t.head == cue_span.root
        for c in t.children
        if c.dep_ in ("pobj", "pcomp")
        and c.pos_ not in ("PROPN", "PRON")
        and c.lemma_.lower() not in _NOT_STANCES
    }
