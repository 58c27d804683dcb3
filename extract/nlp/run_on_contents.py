"""Contents that run on in official documents: readouts, joint statements and
transcripts state a position to the end of its list or clause ('discussed X,
improving Y and ensuring Z', 'hope that the efforts, particularly as regards
X, will succeed') where the news the content ranker mostly learned from stops
at the first comma. Of the ranker's candidates, one that runs on from its best
is taken when it scores close enough and adds no clause of its own ('X, and
we reject Y', 'X, while the minister stressed Y'), no second statement ('X,
adding that Y'), no apposition ('X, a commitment Sweden meets') and no phrase
of when, where, how or with whom the cue's verb happened ('will discuss this
[with other partners]', '[by telephone]', '[, for the second time]').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.quotes import SpanRange
from extract.nlp.token_table import token_table

# How far below the ranker's best a candidate that runs on from it may score
# and still be taken, in an official document (a site that declares its
# issuer). On 5 folds of the diplomatic train split (bench/attribution_folds.py,
# attribution-soft F1, with the guards below): 0 → 0.721, 0.5 → 0.724,
# 1 and 1.5 → 0.727, 2 → 0.728; 2 also took in circumstances the guards miss
# on a reviewer's 108 crafted documents ('…, following up on the summit'), 1
# none of them.
OFFICIAL_REACH = 1.0
# how a phrase of time, place, manner or means hangs on the cue's verb, and
# the prepositions that open what the verb is about instead
_CIRCUMSTANCES = frozenset({"advmod", "npadvmod", "agent"})
_ABOUT = frozenset({"about", "on", "of", "for", "at", "to", "against"})
# verbs of a second statement or another deed of the source, in a participle
# after the content (', adding that Y', ', echoing remarks by X', ', speaking
# at the opening', ', arriving in Kyiv on an unannounced visit')
_OTHER_DEEDS = frozenset(
    {"add", "say", "warn", "urge", "call", "stress", "note", "insist", "express",
     "reiterate", "emphasise", "emphasize", "underline", "ask", "tell", "point",
     "recall", "echo", "speak", "respond", "cite", "describe", "refer", "reply",
     "visit", "tour", "arrive", "leave", "travel", "attend", "address", "host",
     "receive", "meet", "chair", "open", "inaugurate", "return", "stop", "brief",
     "write", "post", "wrap", "conclude"}
)  # fmt: skip


def run_on(
    head: Token, top: tuple[float, SpanRange], scored: list[tuple[float, SpanRange]]
) -> tuple[float, SpanRange]:
    """The best candidate that runs on from the top one (same start, later end),
    scores within `OFFICIAL_REACH` of it and adds no clause of its own nor a
    circumstance of the cue's verb, else the top one."""
    score, (start, end) = top
    longer = [
        (v, span)
        for v, span in scored
        if span[0] == start
        and span[1] > end
        and v >= score - OFFICIAL_REACH
        and not _adds_a_clause(head.doc, span, end)
        and not _adds_a_circumstance(head, span, end)
    ]
    return max(longer) if longer else top


def _adds_a_circumstance(head: Token, span: SpanRange, end: int) -> bool:
    """Whether the words a run-on adds hold a phrase that tells when, where or
    how the cue's verb happened ('discussed X [in detail]', '[by telephone]',
    '[according to an official]', 'will discuss X [with other participants]')
    or a second statement or deed of the source ('X, [adding that Y]', 'X,
    [arriving in Kyiv]')."""
    added = range(end, span[1])
    return (
        any(
            c.i in added
            and (
                c.dep_ in _CIRCUMSTANCES
                or c.dep_ == "dobj"  # a second object: ', a commitment X meets'
                or (c.dep_ == "prep" and (c.lower_ not in _ABOUT or _set_off(c)))
            )
            for c in head.children
        )
        or any(
            t.dep_ == "advcl"
            and t.lemma_.lower() in _OTHER_DEEDS
            and (t.head == head or t.head.i in added)
            for t in head.doc[end : span[1]]
        )
    )


def _set_off(prep: Token) -> bool:
    """A phrase set off by a comma whose object is a noun: an occasion (', at
    a banquet', ', on his fourth visit', ', for the second time'), not what
    the verb is about (', for as long as it takes')."""
    doc = prep.doc
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.i > 0
        and doc[prep.i - 1].text == ","
        and any(o.pos_ in ("NOUN", "PROPN") for o in objects)
    )


def _adds_a_clause(doc: Doc, span: SpanRange, end: int) -> bool:
    """Whether the words a run-on adds hold a clause or a description of their
    own: a verb whose subject is among them and that hangs on no word among
    them ('X, while the minister stressed Y', 'X, which has seen Y'), a verb
    coordinated with a word before the span ('has called for X and continues
    to support Y'), an apposition ('X, a group responsible for Y');
    'discussed X, improving Y and ensuring Z' adds none."""
    table = token_table(doc)
    added = range(end, span[1])
    for j in added:
        if table.pos[j] not in ("VERB", "AUX"):
            continue
        own = any(
            table.dep[c] in ("nsubj", "nsubjpass") and c in added
            for c in table.children[j]
        )
        if own and (table.head[j] not in added or table.head[j] == j):
            return True
        if table.dep[j] == "conj" and table.head[j] < span[0]:
            return True
    # an apposition to the last words before the run-on describes, and states
    # nothing of the source's (', a commitment Sweden already meets')
    return any(table.dep[j] == "appos" and table.head[j] < end for j in added)
