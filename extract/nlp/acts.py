"""What a statement does: its act and its topics (whom it addresses and where:
`addressees.py`).

Pure functions over a Doc and the attributions found in it; `components.py`
writes the result on the Doc as plain dicts with character offsets.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from extract.nlp.act_clauses import (
    is_resolve,
    is_subjunctive,
    object_lemmas,
    subject_lemmas,
)
from extract.nlp.act_cues import (
    act_cue_lemma,
    act_words,
    backshifted_stance,
    issued_participle,
    quoted_performative,
    reported_attitude,
    reported_stance,
)
from extract.nlp.act_senses import SENSES
from extract.nlp.datelines import past_dateline
from extract.nlp.deeds_judged import lays_blame
from extract.nlp.quotes import SpanRange
from extract.nlp.taxonomy import Act
from extract.nlp.token_table import token_table
from extract.nlp.verdicts import passes_verdict

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# A modal under a forecast, a hedge, or of anyone at all obliges no one.
_FORECASTS = frozenset({"will", "would", "'ll", "wo", "may", "might", "could"})
_HEDGES = frozenset({"likely", "probably", "perhaps", "possibly", "necessarily"})
_ANYONE = frozenset({"everyone", "everybody", "one", "individual"})
_LEADS = "leads"  # the sense of a rule whose content phrase opens the content
# verbs that name their object 'as' something: 'regard X as a step'
_NAMING = frozenset({"regard", "consider", "view", "see", "treat", "describe"})
_VERDICT = "verdict"  # a rule whose content phrase is the content's predicate
_BLAME = "blame"  # a rule whose content lays a harmful deed on another


class PhraseIndex:
    """Where phrases occur in one Doc, as lemmas or as words, found once per
    phrase: asking about a span then costs a lookup, not a scan of the span."""

    def __init__(self, doc: Doc) -> None:
        table = token_table(doc)
        self.lemmas, self.words = table.lemma, table.lower  # read only
        self._starts: dict[str, list[int]] = {}
        for i, (lemma, word) in enumerate(zip(self.lemmas, self.words, strict=True)):
            self._starts.setdefault(lemma, []).append(i)
            if word != lemma:
                self._starts.setdefault(word, []).append(i)
        self._found: dict[str, tuple[list[int], list[int], list[int]]] = {}
        self._present: dict[tuple[str, ...], tuple[str, ...]] = {}

    def in_doc(self, phrases: tuple[str, ...]) -> tuple[str, ...]:
        """Those of the phrases that occur anywhere in the Doc (found once per
        tuple), so a statement asks only about them."""
        if phrases not in self._present:
            found = tuple(p for p in phrases if self._occurrences(p)[0])
            self._present[phrases] = found
        return self._present[phrases]

    def has(self, phrase: str, span: Span, negated: bool) -> bool:
        """Whether the phrase occurs in the span with (or without) a negation in
        the three tokens of the span before it."""
        size = len(phrase.split())
        every, plain, denied = self._occurrences(phrase)
        last = span.end - size  # the last place the phrase may start
        # a negation window cut short by the span's start: look at it again
        k, stop = bisect_left(every, span.start), min(span.start + 3, last + 1)
        while k < len(every) and every[k] < stop:
            if self._negation_before(every[k], span.start) == negated:
                return True
            k += 1
        found = denied if negated else plain
        j = bisect_left(found, span.start + 3)
        return j < len(found) and found[j] <= last

    def starts(self, phrase: str, span: Span) -> list[int]:
        """Where the phrase starts inside the span."""
        last = span.end - len(phrase.split())
        every = self._occurrences(phrase)[0]
        return every[bisect_left(every, span.start) : bisect_left(every, last + 1)]

    def _occurrences(self, phrase: str) -> tuple[list[int], list[int], list[int]]:
        """Start of every occurrence; those with no negation before; with one."""
        if phrase not in self._found:
            tokens = phrase.split()
            size = len(tokens)
            candidates = (
                self._starts.get(tokens[0], [])
                if tokens
                else range(len(self.lemmas) + 1)
            )
            every = [
                i
                for i in candidates
                if self.lemmas[i : i + size] == tokens
                or self.words[i : i + size] == tokens
            ]
            denied = [i for i in every if self._negation_before(i, 0)]
            plain = [i for i in every if not self._negation_before(i, 0)]
            self._found[phrase] = (every, plain, denied)
        return self._found[phrase]

    def _negation_before(self, i: int, start: int) -> bool:
        """A negation in the three tokens before i, save one of hesitating
        ('would not hesitate to retaliate' resolves to retaliate)."""
        return any(
            (self.lemmas[k] in _NEGATIONS or self.words[k] in _NEGATIONS)
            and self.lemmas[k + 1] != "hesitate"
            for k in range(max(start, i - 3), i)
        )


def classify_act(
    cue: Token,
    cue_lemma: str,
    content: Span,
    acts: tuple[Act, ...],
    phrases: PhraseIndex | None = None,
    cue_span: Span | None = None,
    own: frozenset[int] = frozenset(),
) -> Act:
    """The first act rule that matches the cue, its negation and the content.

    A rule's conditions all hold: its `cues` (the cue's lemma), its `words` (a
    lemma of the cue span or the content's head noun: 'expressed concern',
    'reaffirmed their support for') and its `content` phrases. A negated cue
    never triggers its rules ('did not reject' is no rejection); a negated
    phrase only triggers rules that ask for it ('did not rule out talks'
    expresses intent to negotiate). A copular cue is named by its adjective
    ('are committed to'); a rule marked `not_passive` skips a passive cue. When
    no rule matches, a quotation that performs an act in the first person ('"We
    call on Kyiv to'), or the speaker's attitude reported of itself ('said it
    was worried by', or of the speaker's own side: `own`, the tokens naming
    the speaker's actors), takes that act, as if its verb were the cue. Pass the
    Doc's `phrases` when classifying many statements of one Doc.
    """
    cue_span = cue_span if cue_span is not None else cue.doc[cue.i : cue.i + 1]
    index = phrases if phrases is not None else PhraseIndex(content.doc)
    lemma = act_cue_lemma(cue_span, cue_lemma)
    # the verb a chain's lemma is ('continues to insist' -> 'insist') is the
    # one whose clause the rules' senses read
    verb = next(
        (t for t in cue_span if t.pos_ == "VERB" and t.lemma_.lower() == lemma), cue
    )
    found = _rule_act(verb, lemma, cue_span, content, acts, index, own)
    if found is not acts[-1]:
        return found
    performative = (
        issued_participle(cue_span, content)  # "issued a statement denouncing X"
        or quoted_performative(content)
        or reported_attitude(content, own)
        or reported_stance(content, own, cue)
        or backshifted_stance(cue, content, own)
    )
    if performative is None:
        return found
    verb, lemma, span = performative
    return _rule_act(verb, lemma, span, content, acts, index, own)


def _rule_act(
    cue: Token,
    cue_lemma: str,
    cue_span: Span,
    content: Span,
    acts: tuple[Act, ...],
    index: PhraseIndex,
    own: frozenset[int] = frozenset(),
) -> Act:
    """The first act rule that matches: see `classify_act`."""
    negated_cue = is_negated(cue)
    words = act_words(cue_span, content)
    passive = _is_passive(cue)
    led = _with_own_infinitive(cue, cue_span, content)  # "refused [to say] whether"
    for act in acts[:-1]:
        if act.not_passive and passive:
            continue
        if act.not_naming and (_names_object(cue) or _phoned(cue)):
            continue
        if act.speakers and not _speaking_subject(cue, act.speakers):
            continue
        if cue_lemma in act.not_cues:
            continue
        if act.cues and cue_lemma not in act.cues:
            continue
        if act.words and not act.words & words:
            continue
        if act.subjunctive and not is_subjunctive(content):
            continue
        if act.sense in SENSES and not SENSES[act.sense](cue, content):
            continue
        if act.sense == _BLAME and not lays_blame(cue, content, own):
            continue
        if act.content:
            # a rule with cues wants its cue negated or not, its phrases plain
            cued = bool(act.cues or act.words)
            if cued and negated_cue != act.negated:
                continue
            span = led if act.sense == _LEADS else content
            if any(
                index.has(p, span, act.negated and not cued)
                and _clause_holds(act, index, p, span, own)
                for p in index.in_doc(act.content)
            ):
                return act
        elif negated_cue == act.negated:
            return act
    return acts[-1]


def _with_own_infinitive(cue: Token, cue_span: Span, content: Span) -> Span:
    """The content with the infinitive the cue span took in before it
    ("refused to say | whether X": "to say whether X"), else the content."""
    doc = cue_span.doc
    verbs = [
        c
        for c in cue.children
        if c.dep_ == "xcomp" and cue_span.start < c.i < cue_span.end
    ]
    if not verbs or content.start < verbs[0].i or doc[verbs[0].i - 1].lower_ != "to":
        return content
    return doc[verbs[0].i - 1 : max(content.end, verbs[0].i + 1)]


def _is_passive(verb: Token) -> bool:
    """'is stipulated in', 'stipulated and coordinated by': no active voice."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps or (verb.tag_ == "VBN" and "aux" not in deps)


def _names_object(verb: Token) -> bool:
    """'called the vehicle a concept', 'regard this decision as a step': the
    object gets a name, nobody an appeal or an agreement."""
    return any(
        c.dep_ == "oprd"
        or (c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_.lower() in _NAMING)
        for c in verb.children
    )


def _phoned(verb: Token) -> bool:
    """'called him on Monday' (no 'on X to', 'for X', 'to do'): a telephone
    call, nobody an appeal."""
    deps = {c.dep_ for c in verb.children}
    asks = {"xcomp", "ccomp", "dative"} & deps or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and not _when(c)
        for c in verb.children
    )
    return verb.lemma_.lower() == "call" and "dobj" in deps and not asks


def _when(preposition: Token) -> bool:
    """'on Monday': a preposition of time."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def _speaking_subject(verb: Token, speakers: frozenset[str]) -> bool:
    """Whether the verb's subject can speak: a pronoun, a name, a person, body
    or place, or one of the speakers' lemmas; a verb without one (a passive, a
    participle) passes."""
    subject = past_dateline(next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # 'the automaker, which has focused on'
    if subject is None or subject.pos_ in ("PRON", "PROPN"):
        return True
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if subject.text[:1].isupper() and subject.i != subject.sent.start:
        return True  # a name the tagger took for a noun ('Wikileaks welcomed')
    return subject.lemma_.lower() in speakers


def _clause_holds(
    act: Act, index: PhraseIndex, phrase: str, content: Span, own: frozenset[int]
) -> bool:
    """Whether the rule's conditions on the phrase's clause hold: in the main
    clause, what someone will do, with the rule's subjects and objects."""
    if act.main_clause and not _in_main_clause(index, phrase, content, own):
        return False
    if act.sense == _LEADS and not _opens(index, phrase, content):
        return False
    if act.sense == _VERDICT and not passes_verdict(
        index.starts(phrase, content), content
    ):
        return False
    doc = content.doc
    starts = [
        i
        for i in index.starts(phrase, content)
        if not _described_or_supposed(doc[i], content)
    ]
    if not starts:
        return False  # only where it describes ('X, who refused to') or supposes
    if not act.future and not act.subjects and not act.objects:
        return True
    for start in starts:
        if act.future and not is_resolve(doc[start], content, own):
            continue
        if act.subjects and not subject_lemmas(doc[start]) & act.subjects:
            continue
        if act.objects and not object_lemmas(doc[start]) & act.objects:
            continue
        return True
    return False


def _described_or_supposed(token: Token, content: Span) -> bool:
    """Whether the token is in a relative clause inside the content ('the
    Taliban, who have long refused to negotiate'): what it says describes the
    one it hangs on, and is not the speaker's act; nor is a condition's."""
    inside = range(content.start, content.end)
    node = token
    while node.head != node and node.head.i in inside:
        if node.dep_ == "relcl" or _supposed(node):
            return True
        node = node.head
    return False


def _supposed(clause: Token) -> bool:
    """A condition ('he would push for sanctions [if Moscow refused to
    engage]'): what it says is supposed, no one's act."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
    )


def _opens(index: PhraseIndex, phrase: str, content: Span) -> bool:
    """Whether the phrase opens the content, after an infinitive's 'to'
    ('declined [to comment]')."""
    first = content.start + (1 if len(content) and content[0].lower_ == "to" else 0)
    return first in index.starts(phrase, content)


def _in_main_clause(
    index: PhraseIndex, phrase: str, content: Span, own_names: frozenset[int]
) -> bool:
    """Whether the phrase is a present modal (not 'the need to', not 'had to') of
    one of the content's own clauses (or a clause coordinated with one, or the
    clause of its head noun: 'the imperative that the killing must stop'), and
    that clause's subject is not the speaker, nor names the speaker's own side
    (`own_names`: 'the United States and China must', said by the United States)."""
    doc, inside = content.doc, range(content.start, content.end)
    for start in index.starts(phrase, content):
        token = doc[start]
        if token.pos_ == "NOUN" or token.tag_ == "VBD":
            continue  # 'the need to X' names no one; 'had to' is a past obligation
        verb = token.head if token.dep_ in ("aux", "auxpass", "advmod") else token
        node = verb
        while node.head.i in inside and node.head != node:
            nominal = node.head.pos_ not in ("VERB", "AUX")
            if node.dep_ != "conj" and not (node.dep_ in ("acl", "ccomp") and nominal):
                break
            node = node.head
        own = node.head.i not in inside or node.head == node
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        mine = any(s.lower_ in ("we", "i") for s in subjects) or any(
            t.i in own_names for s in subjects for t in s.subtree
        )
        if own and not mine and not _foreseen(token, verb, subjects):
            return True
    return False


def _foreseen(modal: Token, verb: Token, subjects: list[Token]) -> bool:
    """A modal that forecasts or advises rather than obliges another: under a
    modal of its own ('will need to', 'would likely have to'), hedged ('should
    probably'), or of anyone at all ('you should expect', 'everyone has to')."""
    hedged = any(
        c.lower_ in _HEDGES
        or (c.dep_ == "aux" and c.lower_ in _FORECASTS and c != modal)
        for c in verb.children
    )
    return hedged or any(s.lemma_.lower() in _ANYONE for s in subjects)


def cue_verb(doc: Doc, cue: SpanRange) -> Token | None:
    """The verb of a cue ('urged', 'as stated by' -> 'stated', 'has repeatedly
    said' -> 'said'), if it has one: the cue's syntactic root when it is a verb,
    else its first main verb, else its first auxiliary."""
    tokens = doc[cue[0] : cue[1]]
    if tokens.root.pos_ in ("VERB", "AUX"):
        return tokens.root
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    verbs = verbs or [t for t in tokens if t.pos_ == "AUX"]
    return verbs[0] if verbs else None


def is_negated(token: Token) -> bool:
    """Whether a 'not', 'never' or 'no' governs the token, a 'no' the object
    of 'have' ('have no intention of') or 'failed to' ('failed to agree'); not
    an answer word the parse hung on it ('No. Germany supports …'), nor
    'cannot but'."""
    if _cannot_but(token):
        return False  # 'we cannot but express concern': we do
    if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
        return not is_negated(token.head)  # 'failed to agree'; 'never fails to'
    return any(
        (c.dep_ == "neg" or c.lower_ in _NEGATIONS) and not _answer_word(c)
        for c in token.children
    ) or (
        token.lemma_.lower() == "have"
        and any(
            d.dep_ == "det" and d.lower_ == "no"
            for c in token.children
            if c.dep_ == "dobj"
            for d in c.children
        )
    )


def _cannot_but(token: Token) -> bool:
    """'cannot but', 'could not but': a negation that affirms."""
    doc = token.doc
    return any(
        c.dep_ == "neg" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "but"
        for c in token.children
    )


def _answer_word(token: Token) -> bool:
    """'No' standing alone before a stop or comma."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "no" and after is not None and after.text in (".", ",", "!")
