"""Candidate content and source spans of a cue, and their features.

Shared by inference (`extract/nlp/attribution_model.py`) and training
(`training/train_attributions.py`). The candidates are built from the dependency
tree and the quotations; the learned finder ranks them.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from extract.nlp.memo import once_per_doc
from extract.nlp.quotes import SpanRange, sentence_ends, sentence_starts, trim_span

# Dependents of a cue head that can hold its content.
CONTENT_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "dobj",
        "prep",
        "advcl",
        "nsubjpass",
        "acl",
        "oprd",
        "attr",
        "parataxis",
        "relcl",
        "pobj",
        "conj",
        "nsubj",
        "dative",
    }
)
# Dependents of a cue head (or of its head) that can name its source.
SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "dobj", "pobj"})
_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "("})
# Reporting verbs: one inside a candidate content span marks a nested attribution.
_REPORTING = frozenset(
    {"say", "tell", "add", "note", "claim", "argue", "state", "insist", "ask"}
    | {"announce", "suggest", "report", "write", "explain", "warn", "believe", "think"}
)


def content_candidates(
    head: Token,
    cue: SpanRange,
    quotes: list[SpanRange],
    rule: SpanRange | None = None,
) -> list[tuple[str, SpanRange]]:
    """Named candidate content spans for a cue headed by `head` (`rule`: the
    content the dependency rules found for it)."""
    doc = head.doc
    sent = head.sent
    out: list[tuple[str, SpanRange]] = [("rule", rule)] if rule else []
    for child in head.children:
        in_cue = cue[0] <= child.i < cue[1]
        if child.dep_ in CONTENT_DEPS and (not in_cue or child.dep_ == "prep"):
            span = _outside(_subtree(child), cue)
            if child.dep_ == "prep":
                out.append((f"prep:{child.lower_}", span))
                pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if pobj:
                    out.append((f"pobj:{child.lower_}", _subtree(pobj[0])))
            else:
                out.append((child.dep_, span))
            for grand in child.children:
                if grand.dep_ in ("xcomp", "acl", "relcl", "ccomp"):
                    out.append((f"{child.dep_}>{grand.dep_}", _subtree(grand)))
    if head.head.i != head.i:
        whole = _subtree(head.head)
        mine = _subtree(head)
        if mine[0] > whole[0]:
            out.append(("head<", (whole[0], mine[0])))
        if mine[1] < whole[1]:
            out.append(("head>", (mine[1], whole[1])))
    if cue[1] < sent.end:
        out.append(("after", (cue[1], sent.end)))
    if sent.start < cue[0]:
        out.append(("before", (sent.start, cue[0])))
    before: SpanRange | None = None
    for start, end in quotes:
        if 0 < start - cue[1] <= 6 or 0 <= cue[0] - end <= 6:
            side = "qafter" if start >= cue[1] else "qbefore"
            out.append((side, (start, end)))
            run = _quote_run(doc, (start, end), quotes)
            if run != (start, end):
                out.append((f"{side}+", run))
            if side == "qbefore":
                before = (start, end)
            elif before is not None:
                out.append(("qboth", (before[0], run[1])))
    out.extend(
        (f"{name}|cut", cut) for name, span in list(out) if (cut := _cut(doc, span))
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
    doc = head.doc
    lemma = head.lemma_.lower()
    length = span[1] - span[0]
    inside = sum(1 for i in range(*span) if i in quoted)
    first = doc[span[0]]
    after = span[0] >= cue[1]
    starts = sentence_starts(doc)
    sents = len({starts[span[0]], starts[span[1] - 1]})
    kind = "q" if inside == length else ("m" if inside else "n")
    return [
        *_boundary_features(head, name, span),
        *_rank_features(name, span, others),
        "bias",
        f"n={name}",
        f"rule={span == rule}",
        f"n|rule={name}|{span == rule}",
        f"n|l={name}|{lemma}",
        f"n|p={name}|{head.pos_}",
        f"n|d={name}|{head.dep_}",
        f"n|k={name}|{kind}",
        f"k={kind}",
        f"len={_bucket(length)}",
        f"n|len={name}|{_bucket(length)}",
        f"after={after}",
        f"first={first.lower_ if first.is_stop or first.is_punct else first.pos_}",
        f"n|first={name}|{first.pos_}",
        f"sents={sents}",
        f"gap={_bucket(span[0] - cue[1] if after else cue[0] - span[1])}",
    ]


def source_candidates(
    head: Token, cue: SpanRange, rule: SpanRange | None = None
) -> list[tuple[str, SpanRange]]:
    """Named candidate source spans for a cue headed by `head` (`rule`: the
    source the dependency rules found for it)."""
    out: list[tuple[str, SpanRange]] = [("rule", rule)] if rule else []
    for child in head.children:
        if cue[0] <= child.i < cue[1] and child.dep_ not in ("agent", "prep"):
            continue
        if child.dep_ in SOURCE_DEPS:
            out.append((child.dep_, _subtree(child)))
            out.append((f"{child.dep_}:np", _noun_phrase(child)))
        elif child.dep_ in ("agent", "prep"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.append((f"{child.dep_}:{child.lower_}", _subtree(pobj)))
                    out.append((f"{child.dep_}:{child.lower_}:np", _noun_phrase(pobj)))
    parent = head.head
    if parent.i != head.i:
        for sib in parent.children:
            if sib.i != head.i and sib.dep_ in ("nsubj", "nsubjpass", "dobj"):
                out.append((f"up:{sib.dep_}", _subtree(sib)))
                out.append((f"up:{sib.dep_}:np", _noun_phrase(sib)))
        if head.dep_ in ("compound", "amod", "poss", "pobj"):
            out.append((f"head:{head.dep_}", _noun_phrase(parent)))
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
    lemma = head.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    shared = [f"ncand={_bucket(count)}", f"cq={head.i in quoted}"]
    if span is None:
        return [*_no_source_features(head, lemma, passive, quoted, rule), *shared]
    doc = head.doc
    start, end = span
    root = max(
        doc[start:end],
        key=lambda t: t.i == t.head.i or not (start <= t.head.i < end),
    )
    length = end - start
    before = end <= cue[0]
    in_quote = any(i in quoted for i in range(start, end))
    return [
        "bias",
        f"n={name}",
        f"rule={span == rule}",
        f"n|rule={name}|{span == rule}",
        f"n|l={name}|{lemma}",
        f"n|p={name}|{head.pos_}",
        f"n|pass={name}|{passive}",
        f"n|d={name}|{head.dep_}",
        f"rp={root.pos_}",
        f"n|rp={name}|{root.pos_}",
        f"re={root.ent_type_ or '-'}",
        f"n|re={name}|{root.ent_type_ or '-'}",
        f"len={_bucket(length)}",
        f"n|len={name}|{_bucket(length)}",
        f"before={before}",
        f"n|before={name}|{before}",
        f"gap={_bucket(cue[0] - end if before else start - cue[1])}",
        f"rl={root.lower_ if root.pos_ == 'PRON' or root.is_stop else root.pos_}",
        f"rt={root.tag_}",
        f"n|rt={name}|{root.tag_}",
        f"inq={in_quote}",
        f"n|inq={name}|{in_quote}",
        f"rdep={root.dep_}",
        f"fw={_word_class(doc[start])}",
        *shared,
    ]


def content_vector(doc: Doc, span: SpanRange) -> np.ndarray | None:
    """The mean contextual vector of a candidate content span."""
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc):
        return None
    return tensor[span[0] : span[1]].mean(axis=0)


def source_vector(doc: Doc, span: SpanRange) -> np.ndarray | None:
    """The contextual vector of a candidate source's last token."""
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc):
        return None
    return tensor[span[1] - 1]


def quoted_tokens(quotes: list[SpanRange]) -> frozenset[int]:
    """Indexes of the tokens inside quotations."""
    return frozenset(i for start, end in quotes for i in range(start, end))


def _cut(doc: Doc, span: SpanRange) -> SpanRange | None:
    """The span up to its first clause break (a comma, dash, semicolon, colon,
    bracket, line break or coordinating conjunction), if it has one: PolNeAR's
    content often stops there ('the very concept of superdelegates - a position
    that …')."""
    start, end = span
    for i in range(start + 2, end - 1):
        token = doc[i]
        if token.text in _BREAKS or "\n" in token.text or token.dep_ == "cc":
            return (start, i)
    return None


def _quote_run(doc: Doc, first: SpanRange, quotes: list[SpanRange]) -> SpanRange:
    """A quotation extended over the quotations that continue it in the next
    sentences of the same paragraph ('"…," he said. "…"')."""
    start, end = first
    for q_start, q_end in quotes:
        if q_start < end:
            continue
        between = doc[end:q_start]
        if q_start - end > 8 or any("\n" in t.text for t in between):
            break
        end = q_end
    return (start, end)


def _reporting_verbs(doc: Doc) -> bytes:
    """1 for each token that is a reporting verb, else 0 (bytes: a Doc's user
    data crosses processes as msgpack)."""
    return bytes(t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING for t in doc)


def _boundary_features(head: Token, name: str, span: SpanRange) -> list[str]:
    """Where a candidate content span starts and ends: the words at and beyond
    its edges, the sentence edges, a reporting verb or the cue's subject inside."""
    doc = head.doc
    start, end = span
    sent_start, sent_end = sentence_starts(doc)[head.i], sentence_ends(doc)[head.i]
    first = _word_class(doc[start])
    reporting = once_per_doc(doc, "reporting_verbs", _reporting_verbs)
    nested = any(reporting[i] for i in range(start, end) if i != head.i)
    subject = any(
        start <= c.i < end for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
    )
    nxt = _word_class(doc[end]) if end < len(doc) else "</d>"
    return [
        f"last={_word_class(doc[end - 1])}",
        f"nxt={nxt}",
        f"prv={_word_class(doc[start - 1]) if start else '<d>'}",
        f"n|nxtp={name}|{doc[end].is_punct if end < len(doc) else 'E'}",
        f"endsent={end >= sent_end}",
        f"n|endsent={name}|{end >= sent_end}",
        f"startsent={start <= sent_start}",
        f"n|fw={name}|{first}",
        f"l|fw={head.lemma_.lower()}|{first}",
        f"nested={nested}",
        f"n|nested={name}|{nested}",
        f"subject={subject}",
        f"n|subject={name}|{subject}",
    ]


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
    head: Token,
    lemma: str,
    passive: bool,
    quoted: frozenset[int],
    rule: SpanRange | None,
) -> list[str]:
    """Features of the choice that the cue headed by `head` has no source."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children)
    return [
        "bias",
        "none",
        f"none|rule={rule is None}",
        f"none|l={lemma}",
        f"none|d={head.dep_}",
        f"none|pass={passive}",
        f"none|p={head.pos_}",
        f"none|subj={subject}",
        f"none|q={head.i in quoted}",
        f"none|t={head.tag_}",
        f"none|hl={head.head.lemma_.lower()}",
    ]


def _word_class(token: Token) -> str:
    """A stop word or punctuation as itself, any other word as its POS."""
    return token.lower_ if token.is_punct or token.is_stop else token.pos_


def _subtree(token: Token) -> SpanRange:
    return (token.left_edge.i, token.right_edge.i + 1)


def _noun_phrase(token: Token) -> SpanRange:
    """The token with its left modifiers only (no relative clause or apposition)."""
    start = token.i
    for child in token.lefts:
        start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end += 1
    return (start, end)


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
