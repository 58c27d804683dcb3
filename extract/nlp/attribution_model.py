"""The learned attribution finder: linear scorers over cue and span features.

Trained by `training/train_attributions.py` (the shipped learned-7 on PolNeAR
train and the diplomatic gold's train split, counted 3 times); the weights ship
as gzipped JSON in `extract/nlp/data/`. A cue's content and source are the
best-scoring candidates; the cue is kept when its score, less the rankers'
doubt about them (weighted as trained), passes the trained threshold.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from extract.nlp.cue_features import cue_features, cue_range
from extract.nlp.feature_weights import FeatureWeights
from extract.nlp.quotes import SpanRange, quote_spans
from extract.nlp.run_on_contents import run_on
from extract.nlp.span_features import (
    content_candidates,
    content_features,
    quoted_tokens,
    source_candidates,
    source_features,
)
from extract.nlp.token_table import token_table
from extract.nlp.turn_labels import turn_label_tokens
from kernel.errors import ModelError

DEFAULT_MODEL_PATH = Path(__file__).parent / "data" / "attribution-model.json.gz"


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """A linear model: the weights of the sparse features present, plus a dense
    weight vector over the parser's contextual token vectors (`doc.tensor`)."""

    weights: Mapping[str, float]
    dense: np.ndarray | None = None
    table: FeatureWeights = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", FeatureWeights(self.weights))

    def scores(self, rows: list[list[str]]) -> np.ndarray:
        """The sparse part of each row's score: the sum of its features' weights."""
        return self.table.sums(rows)


@dataclass(frozen=True, slots=True)
class AttributionModel:
    """Everything the learned finder needs, as trained."""

    cue: LinearScorer
    content: LinearScorer
    source: LinearScorer
    cue_lemmas: frozenset[str]
    cue_include: frozenset[str]
    threshold: float
    version: str
    # how much the rankers' doubt about content and source counts against a cue
    doubt_weight: float = 0.0


@dataclass(frozen=True, slots=True)
class Hints:
    """What the dependency rules found, for the model to weigh: the tokens of
    their cues, and the content and source of the cue each token belongs to."""

    cues: frozenset[int] = frozenset()
    spans: Mapping[int, tuple[SpanRange, SpanRange | None]] = field(
        default_factory=dict
    )

    def content(self, head: int) -> SpanRange | None:
        found = self.spans.get(head)
        return found[0] if found else None

    def source(self, head: int) -> SpanRange | None:
        found = self.spans.get(head)
        return found[1] if found else None


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution found by the model, as token ranges."""

    cue: SpanRange
    content: SpanRange
    source: SpanRange | None
    head: int
    score: float
    doubt: float = 0.0  # -log p of the chosen content and source among their candidates

    def confidence(self, doubt_weight: float) -> float:
        """The cue's score less the weighted doubt about its content and source."""
        return self.score - doubt_weight * self.doubt


def find_learned(
    doc: Doc,
    model: AttributionModel,
    hints: Hints | None = None,
    official: bool = False,
) -> list[Found]:
    """Attributions the model finds in a parsed Doc, one per cue, in text order.

    `hints` are the rules' findings: features the model has learned to weigh;
    `official`: the Doc is an official document (its contents run on).
    """
    hints = hints or Hints()
    quotes = quote_spans(doc)
    quoted = quoted_tokens(quotes)
    dense = DenseScores.of(doc, model)
    candidates = _cue_candidates(doc, model.cue_lemmas, hints.cues)
    rows = [cue_features(doc[i], quoted, hints.cues) for i in candidates]
    scores = model.cue.scores(rows) + dense.cues(candidates)
    scored = [
        (score, doc[i])
        for score, i in zip(scores.tolist(), candidates, strict=True)
        if score > model.threshold
    ]
    ranked = sorted(scored, key=lambda pair: -pair[0])
    heads = [head for _, head in ranked]
    cues = [cue_range(head, model.cue_include) for head in heads]
    contents = best_contents(
        heads, cues, quotes, quoted, (model, hints, dense), official
    )
    sources = best_sources(heads, cues, quoted, model, hints, dense)
    found: list[Found] = []
    taken: set[int] = set()
    for (score, head), cue, (content, content_doubt), (source, source_doubt) in zip(
        ranked, cues, contents, sources, strict=True
    ):
        if content is None or any(i in taken for i in range(*cue)):
            continue
        one = Found(cue, content, source, head.i, score, content_doubt + source_doubt)
        if one.confidence(model.doubt_weight) <= model.threshold:
            continue
        taken.update(range(*cue))
        found.append(one)
    return sorted(found, key=lambda f: f.cue)


@dataclass(frozen=True, slots=True)
class DenseScores:
    """The dense part of the three scorers' scores in one Doc: the token vectors
    projected once on each weight vector, so a candidate's part is a lookup (a
    content span's mean vector scores as the mean of its tokens' projections).
    The same scores as `dense @ cue_vector(...)` etc., to float rounding."""

    cue_own: np.ndarray  # per token, and per token as a cue's syntactic head
    cue_head: np.ndarray
    content_sums: np.ndarray  # running sums: a span's is sums[end] - sums[start]
    source_last: np.ndarray  # per token, as a source's last token

    @classmethod
    def of(cls, doc: Doc, model: AttributionModel) -> DenseScores:
        n = len(doc)
        tensor = (
            np.asarray(doc.tensor, np.float64)  # converted once, for all four
            if doc.tensor is not None and len(doc.tensor) == n
            else None
        )

        def project(weights: np.ndarray | None) -> np.ndarray:
            if tensor is None or weights is None:
                return np.zeros(n)
            return tensor @ np.asarray(weights, np.float64)

        cue = model.cue.dense
        width = tensor.shape[1] if tensor is not None else 0
        own = project(cue[:width] if cue is not None else None)
        head = project(cue[width:] if cue is not None else None)
        content = project(model.content.dense)
        return cls(
            cue_own=own,
            cue_head=head[token_table(doc).head],
            content_sums=np.concatenate(([0.0], np.cumsum(content))),
            source_last=project(model.source.dense),
        )

    def cues(self, heads: list[int]) -> np.ndarray:
        return self.cue_own[heads] + self.cue_head[heads]

    def contents(self, spans: list[SpanRange]) -> np.ndarray:
        starts, ends = np.array(spans, dtype=np.int64).reshape(-1, 2).T
        return (self.content_sums[ends] - self.content_sums[starts]) / (ends - starts)

    def sources(self, spans: list[SpanRange]) -> np.ndarray:
        ends = np.array([end for _, end in spans], dtype=np.int64)
        return self.source_last[ends - 1]


def _cue_candidates(
    doc: Doc, lemmas: frozenset[str], rule_cues: frozenset[int]
) -> list[int]:
    """Indices of the tokens worth scoring as cue heads (`is_cue_candidate`, or a
    rule's cue), read from the Doc's token table."""
    table = token_table(doc)
    return [
        i
        for i, lemma in enumerate(table.lemma)
        if i in rule_cues or (lemma in lemmas and not table.lower[i].isspace())
    ]


def is_cue_candidate(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether the token is worth scoring as a cue head."""
    return token.lemma_.lower() in lemmas and not token.is_space


def best_contents(
    heads: list[Token],
    cues: list[SpanRange],
    quotes: list[SpanRange],
    quoted: frozenset[int],
    scoring: tuple[AttributionModel, Hints, DenseScores],
    official: bool = False,
) -> list[tuple[SpanRange | None, float]]:
    """For each cue, the best-scoring content candidate (None when there is
    none; in an official document, one that runs on from it: `run_on`) and
    the ranker's doubt about its best (-log of its probability among the
    candidates); a Doc's candidates are scored at once."""
    model, hints, dense = scoring
    groups: list[list[SpanRange]] = []
    rows: list[list[str]] = []
    labels = turn_label_tokens(heads[0].doc) if heads else frozenset()
    for head, cue in zip(heads, cues, strict=True):
        rule = hints.content(head.i)
        candidates = [  # a turn's label is who speaks, never what is said
            (name, span)
            for name, span in content_candidates(head, cue, quotes, rule)
            if not labels.intersection(range(*span))
        ]
        spans = [span for _, span in candidates]
        others = tuple(spans)
        groups.append(spans)
        rows.extend(
            content_features(head, cue, name, span, quoted, rule, others)
            for name, span in candidates
        )
    flat = [span for spans in groups for span in spans]
    scores = (model.content.scores(rows) + dense.contents(flat)).tolist()
    best: list[tuple[SpanRange | None, float]] = []
    for head, spans, mine in zip(heads, groups, _split(scores, groups), strict=True):
        if not spans:
            best.append((None, 0.0))
            continue
        top = max(zip(mine, spans, strict=True))
        span = top[1]
        if official:  # the ranker's doubt stays its doubt about its best
            span = run_on(head, top, list(zip(mine, spans, strict=True)))[1]
        best.append((span, _doubt(top[0], mine)))
    return best


def best_sources(
    heads: list[Token],
    cues: list[SpanRange],
    quoted: frozenset[int],
    model: AttributionModel,
    hints: Hints,
    dense: DenseScores,
) -> list[tuple[SpanRange | None, float]]:
    """For each cue, the best-scoring source candidate (None when 'no source'
    scores best) and the ranker's doubt about it; scored at once."""
    groups: list[list[SpanRange | None]] = []
    rows: list[list[str]] = []
    for head, cue in zip(heads, cues, strict=True):
        rule = hints.source(head.i)
        candidates = source_candidates(head, cue, rule)
        count = len(candidates)
        groups.append([None, *(span for _, span in candidates)])
        rows.append(source_features(head, cue, "none", None, quoted, rule, count))
        rows.extend(
            source_features(head, cue, name, span, quoted, rule, count)
            for name, span in candidates
        )
    spans = [span for group in groups for span in group]
    vectors = dense.sources([span for span in spans if span is not None])
    scores = model.source.scores(rows)
    scores[[span is not None for span in spans]] += vectors
    best: list[tuple[SpanRange | None, float]] = []
    for group, mine in zip(groups, _split(scores.tolist(), groups), strict=True):
        top: tuple[float, SpanRange | None] = (mine[0], None)
        for score, span in zip(mine[1:], group[1:], strict=True):
            if score > top[0]:
                top = (score, span)
        best.append((top[1], _doubt(top[0], mine)))
    return best


def _split(scores: list[float], groups: list[list[Any]]) -> list[list[float]]:
    """The scores of each group of candidates, in order."""
    out, start = [], 0
    for group in groups:
        out.append(scores[start : start + len(group)])
        start += len(group)
    return out


def _doubt(best: float, scores: list[float]) -> float:
    """-log of the best candidate's softmax probability among all the scores."""
    top = max(scores)
    return float(np.log(sum(np.exp(s - top) for s in scores))) + top - best


def load_model(path: Path | None = None) -> AttributionModel:
    """Read a model written by `save_model`."""
    path = path or DEFAULT_MODEL_PATH
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError) as err:
        raise ModelError(f"cannot read the attribution model {path}: {err}") from err
    return AttributionModel(
        cue=_scorer(data["cue"], data.get("cue_dense")),
        content=_scorer(data["content"], data.get("content_dense")),
        source=_scorer(data["source"], data.get("source_dense")),
        cue_lemmas=frozenset(data["cue_lemmas"]),
        cue_include=frozenset(data["cue_include"]),
        threshold=float(data["threshold"]),
        version=str(data["version"]),
        doubt_weight=float(data.get("doubt_weight", 0.0)),
    )


def save_model(model: AttributionModel, path: Path) -> None:
    """Write the model as gzipped JSON, byte-identical for identical weights."""
    data = {
        "version": model.version,
        "threshold": model.threshold,
        "doubt_weight": model.doubt_weight,
        "cue_lemmas": sorted(model.cue_lemmas),
        "cue_include": sorted(model.cue_include),
        "cue": dict(sorted(model.cue.weights.items())),
        "content": dict(sorted(model.content.weights.items())),
        "source": dict(sorted(model.source.weights.items())),
    }
    for role in ("cue", "content", "source"):
        dense = getattr(model, role).dense
        if dense is not None:
            data[f"{role}_dense"] = [round(float(w), 4) for w in dense]
    raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(raw, mtime=0))


def _scorer(weights: dict[str, float], dense: list[float] | None) -> LinearScorer:
    vector = np.asarray(dense, dtype=np.float32) if dense else None
    return LinearScorer(weights, vector)
