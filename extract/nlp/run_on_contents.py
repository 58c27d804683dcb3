"""Contents that run on in official documents: readouts, joint statements and
transcripts state a position to the end of its list or clause ('discussed X,
improving Y and ensuring Z', 'hope that the efforts, particularly as regards
X, will succeed') where the news the content ranker mostly learned from stops
at the first comma. Of the ranker's candidates, one that runs on from its best
is taken when it scores close enough and adds no clause of its own ('X, and
we reject Y') and no phrase of when or with whom the cue's verb happened
('will discuss this [with other partners]').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.quotes import SpanRange
from extract.nlp.token_table import token_table

# How far below the ranker's best a candidate that runs on from it may score
# and still be taken, in an official document (a site that declares its
# issuer). Chosen on 5 folds of the diplomatic train split
# (bench/attribution_folds.py, attribution-soft F1): 0 → 0.721, 0.5 → 0.724,
# 1 → 0.728, 1.5 and 2 → 0.729; the lightest within 0.001 of the best.
OFFICIAL_REACH = 1.0
# how a phrase of time, manner or company hangs on the cue's verb, and the
# prepositions that open one ('by', 'at', 'about' open what an attitude is
# about as often: 'expressed our bewilderment at X')
_CIRCUMSTANCES = frozenset({"advmod", "npadvmod"})
_WHEN_AND_WITH = frozenset(
    {"with", "during", "after", "before", "since", "until", "throughout"}
)


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
    """Whether the words a run-on adds hold a phrase that tells how, where or
    when the cue's verb happened ('discussed X [in detail] [during the
    meeting]', 'will discuss X [with other participants]')."""
    return any(
        end <= c.i < span[1]
        and (
            c.dep_ in _CIRCUMSTANCES
            or (c.dep_ == "prep" and c.lower_ in _WHEN_AND_WITH)
        )
        for c in head.children
    )


def _adds_a_clause(doc: Doc, span: SpanRange, end: int) -> bool:
    """Whether the words a run-on adds after `end` hold a clause of their own:
    a coordinated verb with its own subject ('X, and we reject Y') or
    coordinated with a word before the span ('has called for X and continues
    to support Y'); 'discussed X, improving Y and ensuring Z' adds none."""
    table = token_table(doc)
    for j in range(end, span[1]):
        if table.dep[j] != "conj" or table.pos[j] not in ("VERB", "AUX"):
            continue
        own = any(table.dep[c] in ("nsubj", "nsubjpass") for c in table.children[j])
        if own or table.head[j] < span[0]:
            return True
    return False
