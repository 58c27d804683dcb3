"""The one a relative pronoun stands for: "the Special Envoy of the ASEAN
Chair, who reported that ...": "who" is the Special Envoy; and the institution
a sentence-opening "It" goes on speaking for; in an official document, the
source "which" of "European nations, which promised X" drawn as the nations.
Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution
from extract.nlp.officials import ORGANS
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import token_table

# Pronouns of a person ("which" and "that" stand for things: a resolution or a
# report that says something speaks for no one).
_RELATIVES = frozenset({"who"})


def relative_antecedent(source: Span) -> Span | None:
    """The noun phrase a relative clause hangs on, when the source is that
    clause's relative pronoun ("X, who said ..."): the phrase up to the clause,
    without its comma; None for any other source."""
    if len(source) != 1 or source.root.lower_ not in _RELATIVES:
        return None
    noun = _antecedent(source.root)
    if noun is None:
        return None
    clause = source.root.head
    end = clause.left_edge.i
    while end > noun.i + 1 and not source.doc[end - 1].is_alpha:
        end -= 1  # ", who": the comma is no part of the name
    return source.doc[noun.left_edge.i : end]


# Nouns of a message one leader sends another ("a cable of thanks from X").
_MESSAGES = frozenset(
    {"cable", "letter", "message", "telegram", "note", "reply", "missive"}
)


def message_sender(source: Span) -> Span | None:
    """The sender of a message whose "in which" clause the source, "he" or
    "she", speaks in ("received a cable of thanks from the President of Kenya,
    in which he expressed …"): the phrase after "from", up to the clause."""
    if len(source) != 1 or source.root.lower_ not in ("he", "she"):
        return None
    clause = source.root.head
    opener = clause.doc[clause.left_edge.i : clause.left_edge.i + 2]
    if clause.dep_ != "relcl" or [t.lower_ for t in opener] != ["in", "which"]:
        return None
    noun = clause.head
    if noun.lemma_.lower() in _MESSAGES:
        sent = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
        noun = next((c for p in sent for c in p.children if c.dep_ == "pobj"), noun)
    elif (
        noun.dep_ != "pobj"
        or noun.head.lower_ != "from"
        or not any(t.lemma_.lower() in _MESSAGES for t in noun.head.ancestors)
    ):
        return None
    if noun.lemma_.lower() in _MESSAGES or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # "his letter from Moscow, in which he": a place, no sender
    end = min(clause.left_edge.i, noun.right_edge.i + 1)
    while end > noun.i + 1 and not source.doc[end - 1].is_alpha:
        end -= 1  # ", in which": the comma is no part of the name
    return source.doc[noun.left_edge.i : end]


def institution_before(source: Span) -> Span | None:
    """The institution a sentence-opening "It" continues: the subject of the
    sentence before, a state, body or organ the text names ("The EU welcomes the
    talks. It condemns the attack."), when no other singular noun there that
    could speak (a body, a warrant, a ruling, a statement it issued; not the
    attack it condemned) could be what "it" means; None otherwise."""
    if len(source) != 1 or source.root.lower_ != "it":
        return None
    pronoun = source.root
    doc = source.doc
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.tag_ not in ("NN", "NNP")
        or not _institution(subject)
    ):
        return None
    others = [  # "Russia denounced the arrest warrant. It accuses …": the warrant
        t
        for t in before
        if t.dep_ in ("dobj", "pobj", "attr", "appos", "conj")
        and t.tag_ in ("NN", "NNP")
        and not subject.left_edge.i <= t.i <= subject.i
        and _may_speak(t)  # not "condemned the attack. It called on X"
    ]
    if others:
        return None
    return doc[subject.left_edge.i : subject.i + 1]


# Things said or written that "it" may mean as a source: a text ("the warrant
# … It accuses"), a decision, a plan; an event or a state of affairs (an
# attack, the adoption of a law, the situation) says nothing.
_TEXTS = frozenset(
    {"statement", "resolution", "report", "warrant", "ruling", "law", "bill",
     "letter", "declaration", "communique", "document", "text", "decision", "order",
     "decree", "note", "message", "plan", "proposal", "agreement", "treaty",
     "constitution", "charter", "article", "study", "survey", "poll", "indictment",
     "complaint", "lawsuit", "petition", "motion", "verdict", "judgment", "notice",
     "memo", "memorandum", "directive", "regulation", "policy", "strategy", "paper",
     "book", "film", "ad", "video", "tweet", "post", "page", "website", "account",
     "initiative", "framework", "roadmap", "deal", "package", "budget", "draft",
     "sanction", "measure", "move", "step", "program", "programme", "project"}
)  # fmt: skip


def _may_speak(noun: Token) -> bool:
    """A noun "it" could mean as a speaker: a body, a state or a text."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return False  # "on Monday"
    return _institution(noun) or noun.lemma_.lower() in _TEXTS or noun.pos_ == "PROPN"


def _institution(noun: Token) -> bool:
    named = any(s.start <= noun.i < s.end for s in noun.doc.spans.get("actors", []))
    return named or noun.lemma_.lower() in ORGANS


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun's clause hangs on, when the pronoun is the
    clause's subject."""
    clause = pronoun.head
    if pronoun.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl":
        return None
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return _named_before(pronoun, noun) or noun


# Names "who" may stand for: people, their peoples, bodies and states.
_WHO = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _named_before(pronoun: Token, noun: Token) -> Token | None:
    """The name right before ", who" when the parse hung the clause on a thing
    ("direct talks between his government and the Taliban, who have long
    refused"): "who" stands for someone, the name beside it."""
    if pronoun.lower_ != "who" or noun.ent_type_ in _WHO or pronoun.i < 2:
        return None
    before = pronoun.doc[pronoun.i - 1]
    before = before.nbor(-1) if before.is_punct else before
    if before.i == noun.i or before.ent_type_ not in _WHO or before.pos_ != "PROPN":
        return None
    return before


def antecedent_source(doc: Doc, found: Attribution) -> Attribution:
    """ "European nations, which promised X": a relative pronoun as the source
    is the noun phrase it stands for, as the diplomatic gold draws it."""
    source = found.source
    if source is None or source[1] - source[0] != 1:
        return found
    pronoun = doc[source[0]]
    noun = _antecedent(pronoun)
    if noun is None:
        return found
    top = noun
    while pronoun.lower_ == "who" and _named_of(top):
        top = top.head.head  # 'The Minister of Foreign Affairs of | Armenia X, who'
    start = top.left_edge.i
    end = trim_end(doc, start, pronoun.i)
    if end <= start or end > found.cue[0]:
        return found
    return replace(found, source=(start, end))


def _named_of(noun: Token) -> bool:
    """A noun that is the object of 'of' after another noun ('the Minister of
    Foreign Affairs of | Armenia'): the phrase goes on before it."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.i < noun.i
    )


def with_own_conjuncts(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """The speaker's verbs the parse joined to a relative clause ("We extend
    our condolences to the families of those who lost their lives and pray
    for …", "… and convey our condolences"): they are the main clause's, so a
    cue there takes that clause's "we" or "I" as its source, and a content
    ends where the joined verb's "and" begins."""
    table = token_table(doc)
    moved = {
        i: subject
        for i, dep in enumerate(table.dep)
        if dep == "conj"
        and table.dep[table.head[i]] == "relcl"
        and (subject := _own_subject(doc[i])) is not None
    }
    if not moved:
        return found
    cuts = [_joined_at(doc[i]) for i in moved]
    return [
        replace(
            a,
            source=(moved[a.cue[0]].i, moved[a.cue[0]].i + 1)
            if a.cue[0] in moved
            else a.source,
            content=_cut(doc, a.content, cuts),
        )
        for a in found
    ]


def _own_subject(verb: Token) -> Token | None:
    """The main clause's "we" or "I", for a verb joined to a relative clause
    on "who" or "that" that cannot be that clause's: a bare or present verb
    beside a past or third-person one ("who lost … and pray", "… and convey
    our condolences")."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "relcl" or verb.i < clause.i:
        return None
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun.lower_ not in _RELATIVES | {"that"}:
        return None
    if not (
        verb.tag_ in ("VB", "VBP")
        and clause.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return None  # 'a leader that can bring us together and lead us forward'
    main = next((t for t in clause.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if main is None:
        return None
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ in ("we", "i") else None


def _joined_at(verb: Token) -> int:
    """Where a joined verb's clause begins, over the "and" before it."""
    start = verb.left_edge.i
    joiners = [c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return max(joiners) if joiners else start


def _cut(doc: Doc, content: tuple[int, int], cuts: list[int]) -> tuple[int, int]:
    """A content ended before a joined verb's clause that falls inside it."""
    start, end = content
    for at in cuts:
        if start < at < end:
            end = trim_end(doc, start, at)
    return start, end
