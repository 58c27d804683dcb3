"""The cues of the diplomatic register: light verbs, attitude predicates, passives.

Readouts and joint statements report stance with a light verb and an eventive
noun ('expressed concern about X', 'held an exchange of views on X', 'drew
attention to X'), with an attitude predicate ('are committed to X', 'is open to
X', 'are convinced that X'; in a turn also 'I am confident that X') and with a
passive that names no agent ('X was discussed', 'It was affirmed that X'), whose
source is the meeting's participants. Each finder reads the dependency tree; the
word classes are general English (light verbs, stance nouns, attitude adjectives)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attitude_sayings import with_saying
from extract.nlp.attribution import (
    Attribution,
    child_of,
    source_range,
    subtree_of,
    verb_source,
)
from extract.nlp.datelines import past_dateline
from extract.nlp.decisions_reached import (
    MUTUAL_NOUNS,
    PASSIVE_LIGHT_VERBS,
    another_occasion,
    decision_noun,
    decision_reached,
)
from extract.nlp.documents import passive_participants
from extract.nlp.existential_talks import there_were_talks
from extract.nlp.groups import singular
from extract.nlp.lexicon import Lexicon
from extract.nlp.positions import POSITIONS, position_is
from extract.nlp.prep_phrases import (
    stranded_end,
    with_clause_after,
)
from extract.nlp.quotes import trim_end
from extract.nlp.speakers import Speaker
from extract.nlp.stance_complements import (
    ATTITUDE_PREPS,
    STANCE_NOUNS,
    WHOSE_NOUNS,
    noun_complement,
)
from extract.nlp.token_table import token_table
from extract.nlp.turn_labels import turn_labels
from extract.nlp.voices import DocumentVoices
from extract.nlp.watched_with import WATCHING, watched_with

# Verbs that carry an eventive noun: the noun says what is done.
LIGHT_VERBS = frozenset(
    {"express", "convey", "voice", "raise", "hold", "exchange", "offer", "share",
     "extend", "pay", "draw", "lodge", "issue", "reaffirm", "reiterate", "confirm",
     "state", "register"}
)  # fmt: skip
# 'have' is light only with a noun of talk, of a view formed or of an intent ('had
# a discussion of X', 'I have the impression that X', 'have no intention of X');
_HAVE = "have"  # 'have an interest in X' is no speech
_HAVE_NOUNS = frozenset(
    {"discussion", "conversation", "talk", "exchange", "consultation", "impression",
     "intention"}
)  # fmt: skip
# After these the noun belongs to the cue; after reaffirm and its kind, to the
# content ('reaffirmed | their support for …', docs/annotation.md).
# Verbs of a belief "it is ... that" gives no one: "it is believed that".
_BELIEFS = frozenset(
    {"believe", "understand", "think", "know", "expect", "assume", "feel",
     "suppose", "rumour", "rumor", "estimate", "fear"}
)  # fmt: skip
NOUN_IN_CONTENT = frozenset({"reaffirm", "reiterate", "confirm", "state"})
# Adjectives (and participles) of attitude after 'be': 'are committed to'.
ATTITUDE_ADJECTIVES = frozenset(
    {"committed", "concerned", "convinced", "confident", "determined", "resolved",
     "prepared", "ready", "willing", "open", "grateful", "thankful", "proud", "pleased",
     "glad", "happy", "disappointed", "alarmed", "worried", "satisfied", "hopeful",
     "optimistic", "pessimistic", "certain", "sure", "aware", "clear", "adamant",
     "eager", "keen", "unanimous", "united", "dedicated", "opposed", "appreciative",
     "supportive", "critical", "troubled", "dismayed", "outraged", "saddened",
     "encouraged", "interested", "unwilling", "reluctant", "appalled", "shocked"}
)  # fmt: skip
# Verbs of stance and the prepositions that take what they are about.
STANCE_VERBS = {
    "commit": ("to",),
    "stand": ("with", "by", "behind"),
    "coordinate": ("on",),
    "focus": ("on",),
    "agree": ("on", "upon"),
    "adhere": ("to",),
    "subscribe": ("to",),
    "sign": ("on", "onto"),
    "concur": ("on", "upon", "with"),  # Japan's readouts: "concurred on X"
}
# Stance verbs whose "to" clause is what they hold: "The two leaders concurred
# to further strengthen cooperation" (the news-trained finder passes it over).
_CONCUR = "concur"
# Verbs whose passive without an agent reports what a meeting did.
PASSIVE_VERBS = frozenset(
    {"discuss", "address", "consider", "review", "examine", "raise", "cover",
     "mention", "note", "stress", "emphasize", "emphasise", "underline",
     "underscore", "affirm", "reaffirm", "agree", "decide", "express", "pay",
     "give", "welcome", "condemn", "highlight", "confirm", "reiterate", "exchange",
     "point", "acknowledge", "recognize", "recognise", "touch", "focus"}
)  # fmt: skip
# Passives that judge, whatever modal they take ('must be condemned').
_JUDGED = frozenset({"welcome", "condemn"})
# What a meeting gives to a topic: 'Special attention was given to X' (not
# 'Assistance was given to X', a deed).
_FOCUS = frozenset({"attention", "priority", "emphasis", "consideration", "importance"})
# What a stance is about ('concern [about] X', 'support [for] X'); not where or
# with whom ('held talks in Geneva', 'talks with X'); an attitude may also be
# 'concerned with', 'disappointed by', 'alarmed at', 'interested in'.
_BODY_NOUNS = frozenset(
    {"leader", "side", "party", "country", "state", "government", "nation",
     "delegation", "participant", "minister", "ministry", "president", "union",
     "alliance", "administration", "council", "member", "partner", "signatory",
     "mission", "embassy", "commission"}
)  # fmt: skip


def find_register_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attributions of light-verb, attitude and agentless passive cues, in text
    order, one per cue."""
    found: list[Attribution] = []
    for token in (doc[i] for i in _may_cue(doc)):
        for finder in (
            _light_verb,
            _attitude,
            _stance_verb,
            _agentless_passive,
            decision_reached,
            _for_or_against,
            watched_with,  # "is following with deep concern X"
            position_is,  # "Our position is that X"
        ):
            attribution = finder(token, lexicon)
            if attribution is not None:
                found.append(attribution)
                break
    return found


def _may_cue(doc: Doc) -> list[int]:
    """Indices of the tokens a register finder may start from (the finders' own
    first tests, on the token table): the object noun of a light verb, an
    attitude word, a stance or passive verb."""
    table = token_table(doc)
    return [
        i
        for i, (lemma, pos, lower, dep) in enumerate(
            zip(table.lemma, table.pos, table.lower, table.dep, strict=True)
        )
        if (
            dep == "dobj"
            and pos == "NOUN"
            and (
                table.lemma[table.head[i]] in LIGHT_VERBS
                or (table.lemma[table.head[i]] == _HAVE and lemma in _HAVE_NOUNS)
            )
        )
        or (lower in ATTITUDE_ADJECTIVES and pos in ("ADJ", "VERB"))
        or (lemma in POSITIONS and dep == "nsubj")
        or (
            lower in _SIDES_TAKEN
            and dep == "prep"
            and table.lemma[table.head[i]] == "be"
        )
        or (
            pos == "VERB"
            and (
                lemma in STANCE_VERBS
                or lemma in PASSIVE_VERBS
                or lemma in PASSIVE_LIGHT_VERBS
                or lemma in WATCHING
            )
        )
    ]


def is_agentless_passive(doc: Doc, found: Attribution) -> bool:
    """Whether the attribution names no source and its cue is a passive without
    an agent ('X was discussed', 'it was agreed that'): the meeting's
    participants are its source."""
    if found.source is not None:
        return False
    if there_were_talks(doc, found.cue):  # 'There was a discussion of X'
        return True
    verbs = [t for t in doc[found.cue[0] : found.cue[1]] if t.pos_ == "VERB"]
    return any(
        child_of(v, "auxpass") is not None and child_of(v, "agent") is None
        for v in verbs
    )


def statement_actors(
    doc: Doc,
    found: Attribution,
    speaker: Speaker | None,
    voices: DocumentVoices | None,
) -> list[str]:
    """For whom a statement speaks: its speaker's actors; for a passive that
    names no one ('X was discussed'), the participants of the meeting."""
    if speaker is not None:
        return list(speaker.actor_ids)
    if voices is None or not is_agentless_passive(doc, found):
        return []
    turn = voices.turn_at(found.cue[0])
    if (turn is not None and turn.floor) or _impersonal(doc, found):
        return []  # the floor speaks for nobody; "it is believed" is no one's
    verbs = [t for t in doc[found.cue[0] : found.cue[1]] if t.pos_ == "VERB"]
    decided = [n for n in map(decision_noun, verbs) if n is not None]
    if decided:  # 'An agreement was reached': the meeting's; a proposal, no one's
        mutual = all(n.lemma_.lower() in MUTUAL_NOUNS for n in decided)
        return list(voices.meeting_sides()) if mutual else []
    held = there_were_talks(doc, found.cue)
    if not held and not any(v.lemma_.lower() in PASSIVE_VERBS for v in verbs):
        return []  # "X is seen as", "Y is expected to": no meeting's doing
    if voices.group or turn is None:
        return list(voices.meeting_sides())
    if any(another_occasion(c) for v in verbs for c in v.children):
        return []  # 'raised in the Armenian parliament', 'discussed last year'
    return list(passive_participants(voices, turn))  # who speaks at the meeting


def _impersonal(doc: Doc, found: Attribution) -> bool:
    """ "It is believed that", "it is commonly understood that": a belief held
    by no one in particular, not the meeting's."""
    verbs = [t for t in doc[found.cue[0] : found.cue[1]] if t.pos_ == "VERB"]
    return any(
        v.lemma_.lower() in _BELIEFS
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in v.children)
        for v in verbs
    )


def _light_verb(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'expressed concern about X', 'held an exchange of views on X'."""
    if token.dep_ != "dobj" or token.pos_ != "NOUN":
        return None
    verb = token.head
    light = verb.lemma_.lower()
    noun = token
    nouns = _HAVE_NOUNS if light == _HAVE else STANCE_NOUNS
    if verb.pos_ != "VERB" or (light not in LIGHT_VERBS and light != _HAVE):
        return None
    if noun.lemma_.lower() not in nouns:
        return None
    found = noun_complement(noun) or noun_complement(verb, after=noun.i)
    if found is None:
        return None
    cue_end, content = found
    if noun.lemma_.lower() in WHOSE_NOUNS and child_of(noun, "prep", "of"):
        cue_end = noun.i + 1  # 'drew the attention | of the minister to | X'
    source = verb_source(verb, lexicon)
    if source is None and child_of(verb, "nsubjpass") is None:
        return None
    if light in NOUN_IN_CONTENT:  # 'reaffirmed | their support for X'
        if verb.lemma_.lower() in lexicon.cue_verbs:
            return None  # the verb rules find it with the noun in its content
        cue_end, content = verb.i + 1, (noun.left_edge.i, content[1])
    return Attribution(
        cue=(verb.i, cue_end),
        content=content,
        source=source,
        cue_lemma=light,
        form="light",
    )


def _attitude(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'We are committed to X', 'Russia is open to X', 'are convinced that X'."""
    if token.lower_ not in ATTITUDE_ADJECTIVES or token.pos_ not in ("ADJ", "VERB"):
        return None
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    if token.lower_ == "aware" and len(after) and after[0].lower_ == "of":
        return None  # "I am aware of the statement": knowing of it, no stance
    words = [t.lower_ if t.tag_ != "VBG" else "-ing" for t in after]
    if token.lower_ == "concerned" and words == ["with", "-ing"]:
        return None  # "is concerned with mapping lunar water": deals with it
    if token.dep_ == "acomp":
        head = token.head
    elif token.dep_ == "ROOT" or token.dep_ in ("ccomp", "conj", "advcl"):
        head = token
        if child_of(token, "auxpass") is None and child_of(token, "cop") is None:
            return None
    else:
        return None
    if head.lemma_.lower() not in ("be", "remain", "stand", "feel") and head != token:
        return None
    found = noun_complement(token, preps=ATTITUDE_PREPS)
    if found is None and head != token:  # "have been very clear [that X]": on "be"
        found = noun_complement(head, after=token.i, preps=frozenset())
    if found is None:
        return None
    cue_end, content = with_saying(token.doc, token, found)  # 'pleased [to note]'
    subject = past_dateline(_subject_of(head))
    if subject is None and head.dep_ == "conj":  # "X thanked Y and [is] ready to"
        subject = child_of(head.head, "nsubj")
    if subject is None or not (
        _speaks_for_a_body(subject)
        or _speaker_in_turn(subject)
        or (token.lower_ == "clear" and subject.lower_ in ("he", "she"))
    ):  # "he has been very clear that X" says X; "he is glad" is a mood
        return None
    source = source_range(subject, lexicon)
    if source is None:
        return None
    cue_start = min(
        [token.i, head.i]
        + [c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    )
    if source[1] > cue_start:  # an apposition hung on the subject past the cue
        source = (
            source[0],
            trim_end(token.doc, source[0], max(cue_start, subject.i + 1)),
        )
    cue_start = max(cue_start, source[1])
    return Attribution(
        cue=(cue_start, cue_end),
        content=content,
        source=source,
        cue_lemma=token.lemma_.lower(),
        form="attitude",
    )


def _stance_verb(token: Token, lexicon: Lexicon) -> Attribution | None:
    """A verb of stance with its preposition: 'we commit to X', 'We stand with
    X', 'they coordinated on X', 'the leaders focused on X'."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma not in STANCE_VERBS:
        return None
    if lemma == _CONCUR and _to_clause(token) is not None:
        return _concurred_to(token, lexicon)
    if child_of(token, "auxpass") is not None or any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in token.children
    ):
        return None  # a clause or object: the verb rules find it
    prep = next(
        (
            c
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in STANCE_VERBS[lemma]
        ),
        None,
    )
    pobj = None if prep is None else child_of(prep, "pobj") or child_of(prep, "pcomp")
    source = verb_source(token, lexicon)
    if prep is None or pobj is None or source is None:
        return None
    if pobj.ent_type_ in ("DATE", "TIME"):
        return None  # "agreed on Thursday to X": when, not what
    subject = token.doc[source[1] - 1]
    if not (_speaks_for_a_body(subject) or subject.lower_ == "they"):
        return None
    doc = token.doc
    start, end = with_clause_after(doc, token_table(doc), token.i, subtree_of(pobj))
    aux = [c.i for c in token.children if c.dep_ in ("aux", "neg") and c.i > source[1]]
    return Attribution(
        cue=(min([token.i, *aux]), prep.i + 1),
        content=(start, trim_end(doc, start, end)),
        source=source,
        cue_lemma=lemma,
        form="attitude",
    )


def _to_clause(verb: Token) -> Token | None:
    """The "to" clause a verb takes, as the parse hangs it (an xcomp, or an
    advcl it read as a purpose: "concurred | to continue X")."""
    return next(
        (
            child
            for child in verb.children
            if child.dep_ in ("xcomp", "advcl")
            and child.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ),
        None,
    )


def _concurred_to(token: Token, lexicon: Lexicon) -> Attribution | None:
    """ "The two ministers concurred to continue close consultations": the
    clause is what they agreed."""
    source = verb_source(token, lexicon)
    clause = _to_clause(token)
    if source is None or clause is None:
        return None
    doc = token.doc
    start, end = subtree_of(clause)
    return Attribution(
        cue=(token.i, token.i + 1),
        content=(start, trim_end(doc, start, end)),
        source=source,
        cue_lemma=_CONCUR,
        form="attitude",
    )


def _agentless_passive(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'X was discussed', 'Special attention was paid to X': no one is named."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in PASSIVE_VERBS:
        return None
    if child_of(token, "auxpass") is None or child_of(token, "agent") is not None:
        return None
    if any(c.dep_ in ("ccomp", "mark") for c in token.children):
        return None  # 'it was agreed that …': the verb rules find it
    if token.dep_ in ("acl", "relcl", "amod", "advcl", "xcomp", "pcomp"):
        return None
    subject = child_of(token, "nsubjpass")
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "what"):
        return None
    if _supposed(subject):
        return None  # 'in case such a ceasefire is not agreed'
    if token.lemma_.lower() not in _JUDGED and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in token.children
    ):  # 'the question should be addressed to Kiev': no report; but 'X must
        return None  # be condemned' is the speaker's own judgement
    aux = [c.i for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]
    focus = subject.lemma_.lower() in _FOCUS  # 'attention was given to X'
    prep = next(
        (
            c
            for c in token.children
            if (c.dep_ == "prep" or (c.dep_ == "dative" and focus))
            and c.lower_ in ("to", "on", "upon", "about")
        ),
        None,
    )
    pobj = child_of(prep, "pobj") if prep is not None else None
    if token.lemma_.lower() in ("pay", "give", "focus", "point") or (
        subject.lemma_.lower() in STANCE_NOUNS and pobj is not None
    ):
        if prep is None or pobj is None:
            return None  # 'attention was paid' with nothing it was paid to
        cue = (subject.left_edge.i, prep.i + 1)
        content = subtree_of(pobj)
    else:
        cue = (min([token.i, *aux]), stranded_end(token))  # 'was touched on'
        content = subtree_of(subject)
    doc = token.doc
    content = (content[0], trim_end(doc, content[0], content[1]))
    if content[1] - content[0] < 2:
        return None
    return Attribution(
        cue=cue, content=content, source=None, cue_lemma=token.lemma_.lower(),
        form="passive",
    )  # fmt: skip


# Prepositions of a side taken: 'we are for X', 'Russia is against Y'.
_SIDES_TAKEN = frozenset({"for", "against"})
# What something is for that is no side ("not for sale", "for hire").
_NO_SIDE = frozenset({"sale", "rent", "hire", "lease", "grabs", "show"})
_FIRMLY = frozenset(
    {"not", "n't", "firmly", "strongly", "always", "definitely", "certainly",
     "categorically", "fully", "absolutely", "clearly", "resolutely", "also",
     "still", "all", "entirely", "totally", "consistently"}
)  # fmt: skip


def _for_or_against(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'We are for carrying on the process', 'Russia is firmly against X': a
    side taken, right after the verb 'be' (an adverb between), by "we", a
    state or a group or a speaker in a turn; not 'this is for you', 'we are
    here for talks', 'how grateful I am for X', 'X might be for Y'."""
    head = token.head
    if token.lower_ not in _SIDES_TAKEN or token.dep_ != "prep" or head.lemma_ != "be":
        return None
    between = token.doc[head.i + 1 : token.i]
    if not all(t.lower_ in _FIRMLY for t in between):
        return None  # 'we are here for talks'
    if any(
        c.dep_ in ("acomp", "attr") or (c.dep_ == "advmod" and c.i > token.i)
        for c in head.children
    ):
        return None  # 'how grateful I am for X'
    if any(c.tag_ == "MD" for c in head.children):
        return None  # 'the AfCFTA might be for African countries'
    taken = child_of(token, "pobj") or child_of(token, "pcomp")
    subject = _subject_of(head)
    if taken is None or subject is None or subject.i > head.i:
        return None
    if taken.lower_ in _NO_SIDE or taken.lower_.endswith(("self", "selves")):
        return None  # 'Greenland is not for sale', 'we are for ourselves'
    if not (_takes_sides(subject) or _speaker_in_turn(subject)):
        return None
    source = source_range(subject, lexicon)
    if source is None or source[1] > head.i:
        return None
    cue_start = min(
        [head.i]
        + [c.i for c in head.children if c.dep_ in ("aux", "neg") and c.i > subject.i]
    )
    return Attribution(
        cue=(cue_start, token.i + 1),
        content=(
            taken.left_edge.i,
            trim_end(token.doc, taken.left_edge.i, taken.right_edge.i + 1),
        ),
        source=source,
        cue_lemma="support" if token.lower_ == "for" else "oppose",
        form="attitude",
    )


def _takes_sides(subject: Token) -> bool:
    """'We', a state or a group of states may be for or against something; a
    body's name ('the AfCFTA') is too often what something is for."""
    if subject.lower_ == "we" or subject.ent_type_ in ("GPE", "NORP"):
        return True
    return subject.lemma_.lower() in _BODY_NOUNS


def _subject_of(head: Token) -> Token | None:
    """The subject of an attitude's verb, or of its auxiliary where the parse
    hung it there ("The three countries [are] committed to X")."""
    for word in (head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))):
        subject = child_of(word, "nsubj") or child_of(word, "nsubjpass")
        if subject is not None:
            return subject
    return None


def _speaks_for_a_body(subject: Token) -> bool:
    """A state, body or group takes an attitude ('We', 'Russia', 'the two
    leaders', 'the Government'); a person's mood ('I am glad') is no position."""
    if subject.lower_ == "we" or subject.ent_type_ in ("GPE", "ORG", "NORP"):
        return True
    if any(s.start <= subject.i < s.end for s in subject.doc.spans.get("actors", [])):
        return True  # "The Secretary-General is alarmed by": an office of a body
    return singular(subject) in _BODY_NOUNS  # "The Governments of A, B and C"


def _speaker_in_turn(subject: Token) -> bool:
    """'I' in a turn: the speaker, who speaks for a side ('I am confident')."""
    labels = turn_labels(subject.doc)
    return subject.lower_ == "i" and bool(labels) and subject.i > labels[0].colon


def _supposed(subject: Token) -> bool:
    """A passive in a clause of what may happen, the parse having read "in
    case" as a phrase of its own ("costs in case such a ceasefire is not
    agreed"): nothing was done."""
    start = subject.left_edge.i
    before = [t.lower_ for t in subject.doc[max(0, start - 2) : start]]
    return before == ["in", "case"] or before[-1:] in (["if"], ["unless"])
