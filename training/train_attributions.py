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
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp.attribution import find_rule_attributions  # noqa: E402
from extract.nlp.attribution_finder import rule_hints  # noqa: E402
from extract.nlp.attribution_model import (  # noqa: E402
    AttributionModel,
    find_learned,
    save_model,
)
from extract.nlp.lexicon import load_lexicon  # noqa: E402
from training.fitting import fit  # noqa: E402
from training.gold import gold_attributions, parse, read_gold, span_chars  # noqa: E402


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
        (docs[name], gold_attributions(docs[name], text, atts, scorer))
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
                        "cue": span_chars(docs[name], f.cue),
                        "content": span_chars(docs[name], f.content),
                        "source": span_chars(docs[name], f.source)
                        if f.source
                        else None,
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
