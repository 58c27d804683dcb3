"""Fit the learned attribution finder: cue span growth, cue scorer, span rankers."""

from __future__ import annotations

from collections import Counter

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, Token

from extract.nlp.attribution import find_rule_attributions
from extract.nlp.attribution_finder import rule_hints
from extract.nlp.attribution_model import (
    AttributionModel,
    LinearScorer,
    is_cue_candidate,
)
from extract.nlp.cue_features import (
    CUE_GROWTH,
    cue_features,
    cue_growth_keys,
    cue_range,
    cue_vector,
    is_circumstance,
)
from extract.nlp.lexicon import load_lexicon
from extract.nlp.quotes import SpanRange, quote_spans
from extract.nlp.span_features import (
    content_candidates,
    content_features,
    content_vector,
    quoted_tokens,
    source_candidates,
    source_features,
    source_vector,
)
from training.gold import span_chars


def fit(examples: list, config: dict, *, threshold: float) -> AttributionModel:
    """Fit the three scorers on the examples."""
    settings = config["train"]
    heads = Counter(
        doc[g.head].lemma_.lower() for doc, golds in examples for g in golds
    )
    lemmas = frozenset(
        lemma for lemma, n in heads.items() if n >= settings["min_cue_count"]
    )
    include = _cue_include(examples, settings["min_include_count"])
    cue_x: list = []
    cue_y: list = []
    content_groups: list = []
    source_groups: list = []
    lexicon = load_lexicon(None)
    for doc, golds in examples:
        quotes = quote_spans(doc)
        quoted = quoted_tokens(quotes)
        hints = rule_hints(find_rule_attributions(doc, lexicon))
        by_head = {g.head: g for g in golds}
        for token in doc:
            if token.i in hints.cues or is_cue_candidate(token, lemmas):
                features = cue_features(token, quoted, hints.cues)
                cue_x.append((features, cue_vector(token)))
                cue_y.append(token.i in by_head)
        for g in golds:
            head = doc[g.head]
            cue = cue_range(head, include)
            rule_content, rule_source = hints.content(g.head), hints.source(g.head)
            content_rows = _content_rows(doc, head, cue, quotes, quoted, rule_content)
            content_groups.append((content_rows, g.content))
            source_rows = _source_rows(doc, head, cue, quoted, rule_source)
            source_groups.append((source_rows, g.source))
    return AttributionModel(
        cue=_logistic(cue_x, cue_y, settings["c_cue"]),
        content=_listwise(content_groups, settings["c_content"]),
        source=_listwise(source_groups, settings["c_source"]),
        cue_lemmas=lemmas,
        cue_include=include,
        threshold=threshold,
        version=config["model"]["version"],
    )


def _content_rows(
    doc: Doc,
    head: Token,
    cue: SpanRange,
    quotes: list[SpanRange],
    quoted: frozenset[int],
    rule: SpanRange | None,
) -> list[tuple]:
    """The content ranker's rows for a gold cue: each candidate with its letters."""
    candidates = content_candidates(head, cue, quotes, rule)
    others = tuple(span for _, span in candidates)
    return [
        (
            (
                content_features(head, cue, name, span, quoted, rule, others),
                content_vector(doc, span),
            ),
            _letters(doc, span),
        )
        for name, span in candidates
    ]


def _source_rows(
    doc: Doc,
    head: Token,
    cue: SpanRange,
    quoted: frozenset[int],
    rule: SpanRange | None,
) -> list[tuple]:
    """The source ranker's rows for a gold cue: no source, then each candidate."""
    none = np.zeros(doc.tensor.shape[1], dtype="float32")
    sources = source_candidates(head, cue, rule)
    count = len(sources)
    no_source = source_features(head, cue, "none", None, quoted, rule, count)
    return [((no_source, none), None)] + [
        (
            (
                source_features(head, cue, name, span, quoted, rule, count),
                source_vector(doc, span),
            ),
            _letters(doc, span),
        )
        for name, span in sources
    ]


def _cue_include(examples: list, min_count: int) -> frozenset[str]:
    """Keys (`cue_growth_keys`) of the dependents the gold cue spans usually
    include, seen at least `min_count` times and inside the gold cue more often
    than not: with their subtree, or (keys ending in '/w') the word alone.
    PolNeAR puts some times in the cue ('said Friday'); the digest keeps them
    out, so `npadvmod` never joins."""
    seen: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for doc, golds in examples:
        for g in golds:
            head = doc[g.head]
            for child in head.children:
                if abs(child.i - head.i) > CUE_GROWTH or is_circumstance(child):
                    continue
                left, right = child.left_edge.i, child.right_edge.i + 1
                whole = right - left <= CUE_GROWTH and all(
                    i in g.cue for i in range(left, right)
                )
                for key in cue_growth_keys(head, child):
                    seen[key] += 1
                    kept[key] += whole
                    kept[f"{key}/w"] += not whole and child.i in g.cue
    return frozenset(
        key
        for key, n in kept.items()
        if seen[key.removesuffix("/w")] >= min_count
        and n / seen[key.removesuffix("/w")] > 0.5
        and not key.startswith("npadvmod")
    )


def _listwise(groups: list, c: float) -> LinearScorer:
    """A ranker trained with a softmax over each gold attribution's candidates
    (the one that best matches the gold span is the target; groups where none
    matches at Jaccard 0.5 are left out), L2-regularised with strength 1/c."""
    rows_x: list[tuple] = []
    starts: list[int] = []
    targets: list[int] = []
    for rows, want in groups:
        scores = [_jaccard(got, want) for _, got in rows]
        if not scores or max(scores) < 0.5:
            continue
        starts.append(len(rows_x))
        targets.append(len(rows_x) + scores.index(max(scores)))
        rows_x.extend(x for x, _ in rows)
    matrix, names = _design(rows_x)
    first, target = np.array(starts), np.array(targets)
    group = np.zeros(matrix.shape[0], dtype=int)
    group[first[1:]] = 1
    group = np.cumsum(group)
    transposed = matrix.T.tocsr()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = matrix @ w
        top = np.maximum.reduceat(s, first)
        e = np.exp(s - top[group])
        z = np.add.reduceat(e, first)
        p = e / z[group]
        p[target] -= 1
        value = -(s[target] - top - np.log(z)).sum() + 0.5 * w @ w / c
        return float(value), transposed @ p + w / c

    w = minimize(
        loss,
        np.zeros(matrix.shape[1]),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 500},
    ).x
    return _scorer(names, w)


def _jaccard(a: frozenset[int] | None, b: frozenset[int] | None) -> float:
    if a is None or b is None:
        return 1.0 if a is None and b is None else 0.0
    return len(a & b) / len(a | b) if a | b else 0.0


def _letters(doc: Doc, span: tuple[int, int]) -> frozenset[int]:
    start, end = span_chars(doc, span)
    text = doc.text  # built on each access: read it once
    return frozenset(i for i in range(start, end) if text[i].isalnum())


def _logistic(xs: list[tuple], ys: list[bool], c: float) -> LinearScorer:
    """Logistic regression over sparse features and the dense token vectors."""
    matrix, names = _design(xs)
    matrix.indices = matrix.indices.astype("int32")  # liblinear wants 32-bit
    matrix.indptr = matrix.indptr.astype("int32")
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(matrix, ys)
    return _scorer(names, model.coef_[0], float(model.intercept_[0]))


def _design(xs: list[tuple]) -> tuple[csr_matrix, list[str]]:
    """The design matrix of (features, dense vector) rows: one column per
    feature name, then the vector's columns; and the feature names."""
    vectorizer = DictVectorizer()
    sparse = vectorizer.fit_transform([dict.fromkeys(f, 1) for f, _ in xs])
    dense = np.vstack([v for _, v in xs])
    return hstack([sparse, csr_matrix(dense)]).tocsr(), vectorizer.feature_names_


def _scorer(
    names: list[str], coef: np.ndarray, intercept: float | None = None
) -> LinearScorer:
    """A LinearScorer from fitted coefficients (feature names first, then the
    dense vector's), rounded to 4 places; the intercept joins the bias."""
    weights = {
        name: round(float(w), 4)
        for name, w in zip(names, coef[: len(names)], strict=True)
        if abs(w) >= 1e-4
    }
    if intercept is not None:
        weights["bias"] = round(weights.get("bias", 0.0) + intercept, 4)
    return LinearScorer(weights, np.round(coef[len(names) :], 4).astype("float32"))
