"""Candidate content and source spans of a cue, and their features.

Shared by inference (`extract/nlp/attribution_model.py`) and training
(`training/train_attributions.py`). The candidates are built from the dependency
tree and the quotations; the learned finder ranks them.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from extract.nlp.quotes import SpanRange, sentence_ends, sentence_starts, trim_span
from extract.nlp.span_boundaries import boundary_features, word_class
from extract.nlp.token_table import TokenTable, noun_phrase, subtree, token_table

# Dependents of a cue head that can hold its content.
CONTENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "advcl", "nsubjpass", "acl", "oprd", "attr"}
    | {"parataxis", "relcl", "pobj", "conj", "nsubj", "dative"}
)
# Dependents of a cue head (or of its head) that can name its source.
SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "dobj", "pobj"})
_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "("})


def content_candidates(
    head: Token,
    cue: SpanRange,
    quotes: list[SpanRange],
    rule: SpanRange | None = None,
) -> list[tuple[str, SpanRange]]:
    """Named candidate content spans for a cue headed by `head` (`rule`: the
    content the dependency rules found for it)."""
    doc, i = head.doc, head.i
    table = token_table(doc)
    dep, lower = table.dep, table.lower
    out: list[tuple[str, SpanRange]] = [("rule", rule)] if rule else []
    for child in table.children[i]:
        in_cue = cue[0] <= child < cue[1]
        if dep[child] in CONTENT_DEPS and (not in_cue or dep[child] == "prep"):
            span = _outside(subtree(doc, child), cue)
            if dep[child] == "prep":
                out.append((f"prep:{lower[child]}", span))
                pobj = [c for c in table.children[child] if dep[c] in ("pobj", "pcomp")]
                if pobj:
                    out.append((f"pobj:{lower[child]}", subtree(doc, pobj[0])))
            else:
                out.append((dep[child], span))
            for grand in table.children[child]:
                if dep[grand] in ("xcomp", "acl", "relcl", "ccomp"):
                    out.append((f"{dep[child]}>{dep[grand]}", subtree(doc, grand)))
    if table.head[i] != i:
        whole = subtree(doc, table.head[i])
        mine = subtree(doc, i)
        if mine[0] > whole[0]:
            out.append(("head<", (whole[0], mine[0])))
        if mine[1] < whole[1]:
            out.append(("head>", (mine[1], whole[1])))
    sent_start, sent_end = sentence_starts(doc)[i], sentence_ends(doc)[i]
    if cue[1] < sent_end:
        out.append(("after", (cue[1], sent_end)))
    if sent_start < cue[0]:
        out.append(("before", (sent_start, cue[0])))
    before: SpanRange | None = None
    for start, end in quotes:
        if 0 < start - cue[1] <= 6 or 0 <= cue[0] - end <= 6:
            side = "qafter" if start >= cue[1] else "qbefore"
            out.append((side, (start, end)))
            run = _quote_run(table, (start, end), quotes)
            if run != (start, end):
                out.append((f"{side}+", run))
            if side == "qbefore":
                before = (start, end)
            elif before is not None:
                out.append(("qboth", (before[0], run[1])))
    out.extend(
        (f"{name}|cut", cut) for name, span in list(out) if (cut := _cut(table, span))
    )
    spans: dict[SpanRange, str] = {}
    for name, (start, end) in out:
        span = trim_span(doc, start, end)
        if span[1] > span[0] and span not in spans:
            spans[span] = name
    return [(name, span) for span, name in spans.items()]


def content_features(
    head: Token,
    cue: SpanRange,
    name: str,
    span: SpanRange,
    quoted: frozenset[int],
    rule: SpanRange | None = None,
    others: tuple[SpanRange, ...] = (),
) -> list[str]:
    """Features of a candidate content span for the cue headed by `head`;
    `others` are all the candidates for that cue (the span among them)."""
    doc, i = head.doc, head.i
    table = token_table(doc)
    lemma = table.lemma[i]
    length = span[1] - span[0]
    inside = sum(1 for j in range(*span) if j in quoted)
    first = span[0]
    after = span[0] >= cue[1]
    starts = sentence_starts(doc)
    sents = len({starts[span[0]], starts[span[1] - 1]})
    kind = "q" if inside == length else ("m" if inside else "n")
    return [
        *boundary_features(doc, table, i, name, span),
        *_rank_features(name, span, others),
        "bias",
        f"n={name}",
        f"rule={span == rule}",
        f"n|rule={name}|{span == rule}",
        f"n|l={name}|{lemma}",
        f"n|p={name}|{table.pos[i]}",
        f"n|d={name}|{table.dep[i]}",
        f"n|k={name}|{kind}",
        f"k={kind}",
        f"len={_bucket(length)}",
        f"n|len={name}|{_bucket(length)}",
        f"after={after}",
        f"first={word_class(table, first)}",
        f"n|first={name}|{table.pos[first]}",
        f"sents={sents}",
        f"gap={_bucket(span[0] - cue[1] if after else cue[0] - span[1])}",
    ]


def source_candidates(
    head: Token, cue: SpanRange, rule: SpanRange | None = None
) -> list[tuple[str, SpanRange]]:
    """Named candidate source spans for a cue headed by `head` (`rule`: the
    source the dependency rules found for it)."""
    doc, i = head.doc, head.i
    table = token_table(doc)
    dep, lower = table.dep, table.lower
    out: list[tuple[str, SpanRange]] = [("rule", rule)] if rule else []
    for child in table.children[i]:
        if cue[0] <= child < cue[1] and dep[child] not in ("agent", "prep"):
            continue
        if dep[child] in SOURCE_DEPS:
            out.append((dep[child], subtree(doc, child)))
            out.append((f"{dep[child]}:np", noun_phrase(doc, child)))
        elif dep[child] in ("agent", "prep"):
            for pobj in table.children[child]:
                if dep[pobj] == "pobj":
                    name = f"{dep[child]}:{lower[child]}"
                    out.append((name, subtree(doc, pobj)))
                    out.append((f"{name}:np", noun_phrase(doc, pobj)))
    parent = table.head[i]
    if parent != i:
        for sib in table.children[parent]:
            if sib != i and dep[sib] in ("nsubj", "nsubjpass", "dobj"):
                out.append((f"up:{dep[sib]}", subtree(doc, sib)))
                out.append((f"up:{dep[sib]}:np", noun_phrase(doc, sib)))
        if dep[i] in ("compound", "amod", "poss", "pobj"):
            out.append((f"head:{dep[i]}", noun_phrase(doc, parent)))
    spans: dict[SpanRange, str] = {}
    for name, span in out:
        span = _outside(span, cue)
        if span[1] > span[0] and span not in spans:
            spans[span] = name
    return [(name, span) for span, name in spans.items()]


def source_features(
    head: Token,
    cue: SpanRange,
    name: str,
    span: SpanRange | None,
    quoted: frozenset[int],
    rule: SpanRange | None = None,
    count: int = 0,
) -> list[str]:
    """Features of a candidate source span (None: the cue has no source);
    `count` is the number of candidate spans for the cue."""
    table, i = token_table(head.doc), head.i
    lemma = table.lemma[i]
    passive = any(table.dep[c] in ("auxpass", "nsubjpass") for c in table.children[i])
    shared = [f"ncand={_bucket(count)}", f"cq={i in quoted}"]
    if span is None:
        return [*_no_source_features(table, i, passive, quoted, rule), *shared]
    start, end = span
    root = next(
        (
            j
            for j in range(start, end)
            if not start <= table.head[j] < end or table.head[j] == j
        ),
        start,
    )
    length = end - start
    before = end <= cue[0]
    in_quote = any(j in quoted for j in range(start, end))
    pos, ent, tag = table.pos[root], table.ent[root] or "-", table.tag[root]
    return [
        "bias",
        f"n={name}",
        f"rule={span == rule}",
        f"n|rule={name}|{span == rule}",
        f"n|l={name}|{lemma}",
        f"n|p={name}|{table.pos[i]}",
        f"n|pass={name}|{passive}",
        f"n|d={name}|{table.dep[i]}",
        f"rp={pos}",
        f"n|rp={name}|{pos}",
        f"re={ent}",
        f"n|re={name}|{ent}",
        f"len={_bucket(length)}",
        f"n|len={name}|{_bucket(length)}",
        f"before={before}",
        f"n|before={name}|{before}",
        f"gap={_bucket(cue[0] - end if before else start - cue[1])}",
        f"rl={table.lower[root] if pos == 'PRON' or table.stop[root] else pos}",
        f"rt={tag}",
        f"n|rt={name}|{tag}",
        f"inq={in_quote}",
        f"n|inq={name}|{in_quote}",
        f"rdep={table.dep[root]}",
        f"fw={word_class(table, start)}",
        *shared,
    ]


def content_vector(doc: Doc, span: SpanRange) -> np.ndarray | None:
    """The mean contextual vector of a candidate content span."""
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc):
        return None
    # `mean(axis=0)` without its Python overhead: numpy's own sum, then its own
    # in-place division by the count as an intp, so the same float32 vector
    rows = tensor[span[0] : span[1]]
    total = np.add.reduce(rows, axis=0)
    return np.true_divide(total, np.intp(len(rows)), out=total, casting="unsafe")


def source_vector(doc: Doc, span: SpanRange) -> np.ndarray | None:
    """The contextual vector of a candidate source's last token."""
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc):
        return None
    return tensor[span[1] - 1]


def quoted_tokens(quotes: list[SpanRange]) -> frozenset[int]:
    """Indexes of the tokens inside quotations."""
    return frozenset(i for start, end in quotes for i in range(start, end))


def _cut(table: TokenTable, span: SpanRange) -> SpanRange | None:
    """The span up to its first clause break (a comma, dash, semicolon, colon,
    bracket, line break or coordinating conjunction), if it has one: PolNeAR's
    content often stops there ('the very concept of superdelegates - a position
    that …')."""
    start, end = span
    for i in range(start + 2, end - 1):
        text = table.text[i]
        if text in _BREAKS or "\n" in text or table.dep[i] == "cc":
            return (start, i)
    return None


def _quote_run(
    table: TokenTable, first: SpanRange, quotes: list[SpanRange]
) -> SpanRange:
    """A quotation extended over the quotations that continue it in the next
    sentences of the same paragraph ('"…," he said. "…"')."""
    start, end = first
    for q_start, q_end in quotes:
        if q_start < end:
            continue
        between = table.text[end:q_start]
        if q_start - end > 8 or any("\n" in t for t in between):
            break
        end = q_end
    return (start, end)


def _rank_features(
    name: str, span: SpanRange, others: tuple[SpanRange, ...]
) -> list[str]:
    """How many candidates for the same cue are longer than this one."""
    longer = min(4, sum(1 for a, b in others if b - a > span[1] - span[0]))
    return [
        f"rank={longer}",
        f"n|rank={name}|{longer}",
        f"ncand={_bucket(len(others))}",
    ]


def _no_source_features(
    table: TokenTable,
    i: int,
    passive: bool,
    quoted: frozenset[int],
    rule: SpanRange | None,
) -> list[str]:
    """Features of the choice that the cue headed by token `i` has no source."""
    subject = any(
        table.dep[c] in ("nsubj", "nsubjpass", "csubj") for c in table.children[i]
    )
    return [
        "bias",
        "none",
        f"none|rule={rule is None}",
        f"none|l={table.lemma[i]}",
        f"none|d={table.dep[i]}",
        f"none|pass={passive}",
        f"none|p={table.pos[i]}",
        f"none|subj={subject}",
        f"none|q={i in quoted}",
        f"none|t={table.tag[i]}",
        f"none|hl={table.lemma[table.head[i]]}",
    ]


def _outside(span: SpanRange, cue: SpanRange) -> SpanRange:
    """The span without a cue at its edge."""
    start, end = span
    if cue[0] <= start < cue[1]:
        start = cue[1]
    if cue[0] < end <= cue[1]:
        end = cue[0]
    return (start, max(start, end))


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 13, 21, 34):
        if n <= limit:
            return str(limit)
    return "55+"
