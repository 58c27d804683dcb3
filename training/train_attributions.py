"""Train the learned attribution finder on PolNeAR train and write its weights.

Usage: .venv/bin/python training/train_attributions.py [--config FILE] [--cache FILE]

Parses the training texts with the base spaCy model, learns a cue scorer
(logistic regression, scikit-learn), a content ranker and a source ranker
(a softmax over each attribution's candidate spans, fitted with SciPy's L-BFGS)
and which dependents join a cue span, picks the cue threshold on a held-out part
of train, refits on all of train and writes
`extract/nlp/data/attribution-model.json.gz`. Same data and config give the same
file. Needs the `train` extra: `pip install -e .[train]`.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import spacy
from scipy.optimize import minimize
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin, Token

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp.attribution import find_rule_attributions, rule_hints  # noqa: E402
from extract.nlp.attribution_model import (  # noqa: E402
    AttributionModel,
    LinearScorer,
    find_learned,
    is_cue_candidate,
    save_model,
)
from extract.nlp.features import (  # noqa: E402
    CUE_GROWTH,
    content_candidates,
    content_features,
    content_vector,
    cue_features,
    cue_growth_keys,
    cue_range,
    cue_vector,
    quoted_tokens,
    source_candidates,
    source_features,
    source_vector,
)
from extract.nlp.lexicon import load_lexicon  # noqa: E402
from extract.nlp.quotes import quote_spans  # noqa: E402


@dataclass(frozen=True)
class Gold:
    """One gold attribution as token-level facts."""

    head: int
    cue: frozenset[int]
    content: frozenset[int]  # character offsets of letters and digits
    source: frozenset[int] | None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, default=ROOT / "training" / "attributions.toml"
    )
    parser.add_argument("--out", type=Path, help="where to write the model")
    parser.add_argument("--cache", type=Path, help="parsed-doc cache file (.spacy)")
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument(
        "--draft-out",
        type=Path,
        help="also write the model fitted without the held-out documents",
    )
    args = parser.parse_args()
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    gold_dir = (args.config.parent / config["data"]["gold"]).resolve()
    out = args.out or (args.config.parent / config["data"]["out"]).resolve()
    scorer = _load_scorer((args.config.parent / config["data"]["scorer"]).resolve())

    gold = read_gold(gold_dir, scorer)
    if args.limit:
        gold = dict(list(gold.items())[: args.limit])
    docs = parse(gold, config["model"]["base"], args.cache)
    examples = [
        (docs[name], _gold(docs[name], text, atts, scorer))
        for name, (text, atts) in gold.items()
    ]
    print(f"{len(examples)} documents, {sum(len(g) for _, g in examples)} attributions")

    held = config["train"]["holdout_every"]
    fit_part = [ex for i, ex in enumerate(examples) if i % held]
    tune_part = [ex for i, ex in enumerate(examples) if not i % held]
    draft = fit(fit_part, config, threshold=0.0)
    threshold, weight = pick_threshold(draft, tune_part, gold, scorer, config)
    print(
        f"threshold {threshold:.2f}, doubt weight {weight:.2f} chosen on"
        f" {len(tune_part)} held-out documents"
    )
    if args.draft_out:
        save_model(_with(draft, threshold, weight), args.draft_out)
    model = _with(fit(examples, config, threshold=threshold), threshold, weight)
    save_model(model, out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


def read_gold(gold_dir: Path, scorer) -> dict:
    """The scorer's view of the gold (first annotator per document), skipping
    the few malformed lines some training annotation files have."""
    gold = {}
    for txt in sorted((gold_dir / "text").glob("*.txt")):
        anns = sorted((gold_dir / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        lines = anns[0].read_text(encoding="utf-8").splitlines()
        ann = "\n".join(line for line in lines if line.count("\t") >= 1)
        gold[txt.stem] = (txt.read_text(encoding="utf-8"), scorer.parse_ann(ann))
    return gold


def parse(gold: dict, base: str, cache: Path | None) -> dict[str, Doc]:
    """Parse every gold text with the base model (cached when asked)."""
    nlp = spacy.load(base)
    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        by_name = {d.user_data["name"]: d for d in docs}
        if set(gold) <= set(by_name) and all("tensor" in d.user_data for d in docs):
            for doc in docs:
                doc.tensor = doc.user_data.pop("tensor")
            return by_name
    texts = ((text, name) for name, (text, _) in gold.items())
    by_name = {}
    for doc, name in nlp.pipe(texts, as_tuples=True, batch_size=16, n_process=2):
        doc.user_data["name"] = name
        by_name[name] = doc
    if cache:
        for doc in by_name.values():
            doc.user_data["tensor"] = doc.tensor  # DocBin keeps no tensors
        DocBin(store_user_data=True, docs=by_name.values()).to_disk(cache)
        for doc in by_name.values():
            del doc.user_data["tensor"]
    return by_name


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
            candidates = content_candidates(head, cue, quotes, rule_content)
            others = tuple(span for _, span in candidates)
            content_groups.append(
                (
                    [
                        (
                            (
                                content_features(
                                    head, cue, name, span, quoted, rule_content, others
                                ),
                                content_vector(doc, span),
                            ),
                            _letters(doc, span),
                        )
                        for name, span in candidates
                    ],
                    g.content,
                )
            )
            none = np.zeros(doc.tensor.shape[1], dtype="float32")
            sources = source_candidates(head, cue, rule_source)
            count = len(sources)
            no_source = source_features(
                head, cue, "none", None, quoted, rule_source, count
            )
            source_groups.append(
                (
                    [((no_source, none), None)]
                    + [
                        (
                            (
                                source_features(
                                    head, cue, name, span, quoted, rule_source, count
                                ),
                                source_vector(doc, span),
                            ),
                            _letters(doc, span),
                        )
                        for name, span in sources
                    ],
                    g.source,
                )
            )
    return AttributionModel(
        cue=_logistic(cue_x, cue_y, settings["c_cue"]),
        content=_listwise(content_groups, settings["c_content"]),
        source=_listwise(source_groups, settings["c_source"]),
        cue_lemmas=lemmas,
        cue_include=include,
        threshold=threshold,
        version=config["model"]["version"],
    )


def pick_threshold(
    draft: AttributionModel, tune: list, gold: dict, scorer, config: dict
) -> tuple[float, float]:
    """The cue threshold and doubt weight with the best attribution-soft F1 on
    held-out documents."""
    lexicon = load_lexicon(None)
    found = {
        doc.user_data["name"]: find_learned(
            doc,
            _with(draft, -99.0, 0.0),
            rule_hints(find_rule_attributions(doc, lexicon)),
        )
        for doc, _ in tune
    }
    tune_gold = {doc.user_data["name"]: gold[doc.user_data["name"]] for doc, _ in tune}
    best = (-1.0, 0.0, 0.0)
    docs = {doc.user_data["name"]: doc for doc, _ in tune}
    for weight in config["train"]["doubt_weights"]:
        for threshold in config["train"]["thresholds"]:
            preds = {
                name: [
                    {
                        "cue": _chars(docs[name], f.cue),
                        "content": _chars(docs[name], f.content),
                        "source": _chars(docs[name], f.source) if f.source else None,
                    }
                    for f in fs
                    if f.confidence(weight) > threshold
                ]
                for name, fs in found.items()
            }
            f1 = scorer.score(tune_gold, preds)["attribution_soft"]["f1"]
            print(
                f"  doubt weight {weight:.2f}, threshold {threshold:+.2f}:"
                f" attribution-soft F1 {f1:.3f}"
            )
            best = max(best, (f1, threshold, weight))
    return best[1], best[2]


def _with(model: AttributionModel, threshold: float, weight: float) -> AttributionModel:
    return replace(model, threshold=threshold, doubt_weight=weight)


def _chars(doc: Doc, span: tuple[int, int]) -> list[int]:
    return [doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])]


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
    start, end = _chars(doc, span)
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
                if abs(child.i - head.i) > CUE_GROWTH:
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


def _gold(doc: Doc, text: str, atts: list[dict], scorer) -> list[Gold]:
    out = []
    for a in atts:
        if not a["cue"] or not a["content"]:
            continue
        cue = _tokens(doc, a["cue"])
        if not cue:
            continue
        head = _head(doc, cue)
        out.append(
            Gold(
                head=head,
                cue=frozenset(cue),
                content=scorer.letters(text, a["content"]),
                source=scorer.letters(text, a["source"]) if a["source"] else None,
            )
        )
    return out


def _tokens(doc: Doc, frags: Iterable[tuple[int, int]]) -> list[int]:
    out: set[int] = set()
    for start, end in frags:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return sorted(out)


def _head(doc: Doc, tokens: list[int]) -> int:
    """The token of a span whose head lies outside it (the first such)."""
    inside = set(tokens)
    for i in tokens:
        token: Token = doc[i]
        if token.head.i not in inside or token.head.i == i:
            return i
    return tokens[0]


def _load_scorer(path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_attributions", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    raise SystemExit(main())
