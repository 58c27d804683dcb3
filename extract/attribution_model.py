"""The learned attribution finder: linear scorers over `extract/features.py`.

Trained on PolNeAR train by `training/train_attributions.py`; the weights ship
as gzipped JSON in `extract/data/`. A cue is kept when its score passes the
trained threshold; its content and source are the best-scoring candidates.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from extract.errors import ModelError
from extract.features import (
    content_candidates,
    content_features,
    content_vector,
    cue_features,
    cue_range,
    cue_vector,
    quoted_tokens,
    source_candidates,
    source_features,
    source_vector,
)
from extract.quotes import SpanRange, quote_spans

DEFAULT_MODEL_PATH = Path(__file__).parent / "data" / "attribution-model.json.gz"


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """A linear model: the weights of the sparse features present, plus a dense
    weight vector over the parser's contextual token vectors (`doc.tensor`)."""

    weights: Mapping[str, float]
    dense: np.ndarray | None = None

    def score(self, features: list[str], vector: np.ndarray | None = None) -> float:
        get = self.weights.get
        total = sum(get(f, 0.0) for f in features)
        if self.dense is not None and vector is not None:
            total += float(self.dense @ vector)
        return total


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


def find_learned(
    doc: Doc, model: AttributionModel, hints: Hints | None = None
) -> list[Found]:
    """Attributions the model finds in a parsed Doc, one per cue, in text order.

    `hints` are the rules' findings: features the model has learned to weigh.
    """
    hints = hints or Hints()
    quotes = quote_spans(doc)
    quoted = quoted_tokens(quotes)
    scored = []
    for token in doc:
        if token.i in hints.cues or is_cue_candidate(token, model.cue_lemmas):
            features = cue_features(token, quoted, hints.cues)
            score = model.cue.score(features, cue_vector(token))
            if score > model.threshold:
                scored.append((score, token))
    found: list[Found] = []
    taken: set[int] = set()
    for score, head in sorted(scored, key=lambda pair: -pair[0]):
        cue = cue_range(head, model.cue_include)
        if any(i in taken for i in range(*cue)):
            continue
        content = best_content(head, cue, quotes, quoted, model, hints)
        if content is None:
            continue
        taken.update(range(*cue))
        source = best_source(head, cue, model, hints)
        found.append(Found(cue, content, source, head.i, score))
    return sorted(found, key=lambda f: f.cue)


def is_cue_candidate(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether the token is worth scoring as a cue head."""
    return token.lemma_.lower() in lemmas and not token.is_space


def best_content(
    head: Token,
    cue: SpanRange,
    quotes: list[SpanRange],
    quoted: frozenset[int],
    model: AttributionModel,
    hints: Hints,
) -> SpanRange | None:
    """The best-scoring content candidate, or None when there is none."""
    rule = hints.content(head.i)
    candidates = content_candidates(head, cue, quotes, rule)
    if not candidates:
        return None
    scores = [
        (
            model.content.score(
                content_features(head, cue, name, span, quoted, rule),
                content_vector(head.doc, span),
            ),
            span,
        )
        for name, span in candidates
    ]
    return max(scores)[1]


def best_source(
    head: Token, cue: SpanRange, model: AttributionModel, hints: Hints
) -> SpanRange | None:
    """The best-scoring source candidate; None when 'no source' scores best."""
    rule = hints.source(head.i)
    best: tuple[float, SpanRange | None] = (
        model.source.score(source_features(head, "none", None, rule), None),
        None,
    )
    for name, span in source_candidates(head, cue, rule):
        score = model.source.score(
            source_features(head, name, span, rule), source_vector(head.doc, span)
        )
        if score > best[0]:
            best = (score, span)
    return best[1]


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
    )


def save_model(model: AttributionModel, path: Path) -> None:
    """Write the model as gzipped JSON, byte-identical for identical weights."""
    data = {
        "version": model.version,
        "threshold": model.threshold,
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
