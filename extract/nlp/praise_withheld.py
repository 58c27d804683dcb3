"""When a word in favour passes no verdict of praise or support.

'The talks were constructive' praises; irony, hedges and advice do not, and
words in favour carry them more often than words against: 'useful for
Washington's propaganda', 'constructive in tone but produced nothing', 'a
positive step, if the EU means it', 'anything but productive', 'supposedly
constructive', '"useful"', 'it is useful to recall', 'our meeting will be
useful', 'we do not believe it was useful', 'the media called the talks
constructive'. Only the copula's own clause is read ('the talks were [useful]'),
not a relative or joined clause after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FAVOUR = frozenset(
    {"useful", "fruitful", "productive", "constructive", "substantive", "right",
     "justified", "justifiable", "wise", "positive", "good", "welcome"}
)  # fmt: skip
_AIMS = frozenset({"for", "toward", "towards", "to", "backward", "backwards"})
_HEDGES = frozenset({"but", "if", "unless", "although", "though", "yet", "only", "not"})
_DOUBTS = frozenset({"supposedly", "allegedly", "so-called", "ostensibly", "anything"})
_COPULAS = frozenset({"be", "remain", "prove", "seem"})
_FUTURE = frozenset({"will", "'ll", "shall"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_OWN_CLAUSE = frozenset({"relcl", "conj", "acl", "advcl", "ccomp"})


def withheld(word: Token, content: Span) -> bool:
    """Whether the word in favour, the predicate of its copula's clause, is
    taken back, aimed elsewhere, doubted, quoted, advice, a forecast or
    another's ('called the talks constructive': no copula)."""
    clause = word
    while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
        clause = clause.head
    return (
        clause.lemma_.lower() not in _COPULAS
        or any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children)
        or _aimed(word)
        or _hedged(clause, word)
        or _doubted(word)
        or _advice(clause, word)
        or thought_denied(content)
    )


def _aimed(word: Token) -> bool:
    """'useful for X', 'the right decision for NATO', 'a step toward X'."""
    nouns = (word, word.head) if word.dep_ == "amod" else (word,)
    return any(
        c.dep_ in ("prep", "advmod") and c.lower_ in _AIMS
        for n in nouns
        for c in n.children
    )


def _hedged(verb: Token, word: Token) -> bool:
    """A 'but', 'if', 'only' or 'not' after the word in its own clause."""
    outside = {
        t.i
        for c in verb.children
        if c.dep_ in _OWN_CLAUSE and c.i > word.i
        for t in c.subtree
    }
    conditions = any(  # 'a wise step, if you want war', 'although difficult'
        m.dep_ == "mark" and m.lower_ in _HEDGES
        for c in verb.children
        if c.dep_ == "advcl" and c.i > word.i
        for m in c.children
    )
    return conditions or any(
        t.lower_ in _HEDGES and t.i not in outside for t in verb.subtree if t.i > word.i
    )


def _doubted(word: Token) -> bool:
    """'supposedly constructive', 'anything but productive', '"useful"'."""
    doc = word.doc
    before = doc[max(word.i - 2, 0) : word.i]
    quoted = word.i > 0 and doc[word.i - 1].text in _QUOTES
    return quoted or any(t.lower_ in _DOUBTS for t in before)


def _advice(verb: Token, word: Token) -> bool:
    """'it is useful to recall X', 'it would be wise for Kyiv to accept'."""
    subject = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    clauses = ("xcomp", "ccomp", "advcl")
    return subject and any(c.dep_ in clauses for c in (*verb.children, *word.children))


def thought_denied(content: Span) -> bool:
    """'We do not believe that this meeting was useful'."""
    verb = content.root.head
    inside = content.start <= verb.i < content.end
    return not inside and any(c.dep_ == "neg" for c in verb.children)
