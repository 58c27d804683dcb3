"""Train the learned attribution finder on PolNeAR train and the diplomatic
gold's train split, and write its weights.

Usage: .venv/bin/python training/train_attributions.py [--config FILE] [--cache FILE]

Parses the training texts with the base spaCy model, learns a cue scorer
(logistic regression, scikit-learn), a content ranker and a source ranker
(a softmax over each attribution's candidate spans, fitted with SciPy's L-BFGS)
and which dependents join a cue span. Every fifth document of each gold set is
held out: for each weighting of the diplomatic documents (each counted 0, 1, 3
or 10 times) a draft is fitted on the rest, and the weighting, the cue threshold
and the doubt weight with the best mean of the two held-out attribution-soft F1
are kept (the lightest weighting within `weight_tolerance` of the best mean).
Then it refits on all of train and writes
`extract/nlp/data/attribution-model.json.gz`. The diplomatic test split is never
read. Same data and config give the same file. Needs the `train` extra:
`pip install -e .[train]`.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, replace
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
from training.gold import (  # noqa: E402
    gold_attributions,
    parse,
    read_gold,
    read_train_split,
    span_chars,
)


@dataclass(frozen=True)
class Choice:
    """A draft's best setting on the held-out documents, and its F1 on each set."""

    news: float  # attribution-soft F1 on held-out PolNeAR train
    register: float  # on the held-out diplomatic train documents
    threshold: float
    doubt: float

    @property
    def score(self) -> float:
        """What the choice maximises: the mean of the two F1."""
        return (self.news + self.register) / 2


def main() -> int:
    args = _arguments()
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    here = args.config.parent
    out = args.out or (here / config["data"]["out"]).resolve()
    scorer = _load_scorer((here / config["data"]["scorer"]).resolve())
    gold = read_gold((here / config["data"]["gold"]).resolve(), scorer)
    if args.limit:
        gold = dict(list(gold.items())[: args.limit])
    register = read_train_split((here / config["data"]["register"]).resolve(), scorer)
    every = gold | register
    docs = parse(every, config["model"]["base"], args.cache)
    news, dipl = _examples(gold, docs, scorer), _examples(register, docs, scorer)
    for label, examples in (("PolNeAR", news), ("diplomatic", dipl)):
        count = sum(len(g) for _, g in examples)
        print(f"{label} train: {len(examples)} documents, {count} attributions")

    held = config["train"]["holdout_every"]
    fit_news, tune_news = _split(news, held)
    fit_dipl, tune_dipl = _split(dipl, held)
    tried: list[tuple[Choice, int, AttributionModel]] = []
    for times in config["train"]["register_weights"]:
        draft = fit(fit_news + fit_dipl * times, config, threshold=0.0)
        choice = pick_threshold(draft, (tune_news, tune_dipl), every, scorer, config)
        print(
            f"diplomatic x{times}: threshold {choice.threshold:+.2f}, doubt weight"
            f" {choice.doubt:.2f}; held-out attribution-soft F1 PolNeAR"
            f" {choice.news:.3f}, diplomatic {choice.register:.3f},"
            f" mean {choice.score:.3f}"
        )
        tried.append((choice, times, draft))
    choice, times, draft = _lightest(tried, config["train"]["weight_tolerance"])
    print(
        f"chose diplomatic x{times}, threshold {choice.threshold:.2f}, doubt weight"
        f" {choice.doubt:.2f} on {len(tune_news)} + {len(tune_dipl)} held-out documents"
    )
    if args.draft_out:
        save_model(_with(draft, choice), args.draft_out)
    model = fit(news + dipl * times, config, threshold=choice.threshold)
    save_model(_with(model, choice), out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


def pick_threshold(
    draft: AttributionModel, tune: tuple[list, list], gold: dict, scorer, config: dict
) -> Choice:
    """The cue threshold and doubt weight with the best mean attribution-soft F1
    on the two sets of held-out documents."""
    lexicon = load_lexicon(None)
    docs = {doc.user_data["name"]: doc for part in tune for doc, _ in part}
    found = {
        name: find_learned(
            doc,
            _with(draft, Choice(0.0, 0.0, -99.0, 0.0)),
            rule_hints(find_rule_attributions(doc, lexicon)),
        )
        for name, doc in docs.items()
    }
    parts = [[doc.user_data["name"] for doc, _ in part] for part in tune]
    best = Choice(-1.0, -1.0, 0.0, 0.0)
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
            news, register = (
                scorer.score({n: gold[n] for n in names}, {n: preds[n] for n in names})[
                    "attribution_soft"
                ]["f1"]
                for names in parts
            )
            choice = Choice(news, register, threshold, weight)
            if choice.score > best.score:
                best = choice
    return best


def _lightest(tried: list[tuple], tolerance: float) -> tuple:
    """The smallest diplomatic weighting whose mean held-out F1 is within
    `tolerance` of the best: the diplomatic held-out part is a few documents, so
    smaller differences are noise, and the lighter weighting departs less from
    PolNeAR."""
    if not tried:
        raise SystemExit("the config lists no register_weights")
    top = max(choice.score for choice, _, _ in tried)
    return min(
        (entry for entry in tried if entry[0].score >= top - tolerance),
        key=lambda entry: entry[1],
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, default=ROOT / "training" / "attributions.toml"
    )
    parser.add_argument("--out", type=Path, help="where to write the model")
    parser.add_argument("--cache", type=Path, help="parsed-doc cache file (.spacy)")
    parser.add_argument("--limit", type=int, help="only the first N PolNeAR docs")
    parser.add_argument(
        "--draft-out",
        type=Path,
        help="also write the chosen draft, fitted without the held-out documents",
    )
    return parser.parse_args()


def _examples(gold: dict, docs: dict, scorer) -> list:
    """Each gold document's parse with its gold attributions as token facts."""
    return [
        (docs[name], gold_attributions(docs[name], text, atts, scorer))
        for name, (text, atts) in gold.items()
    ]


def _split(examples: list, every: int) -> tuple[list, list]:
    """The documents fitted on, and every `every`-th document, held out."""
    fitted = [ex for i, ex in enumerate(examples) if i % every]
    return fitted, [ex for i, ex in enumerate(examples) if not i % every]


def _with(model: AttributionModel, choice: Choice) -> AttributionModel:
    return replace(model, threshold=choice.threshold, doubt_weight=choice.doubt)


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
