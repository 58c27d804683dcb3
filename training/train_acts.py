"""Train the learned act classifier on the diplomatic gold's train split, and
write its weights if it beats the rules on held-out documents.

Usage: .venv/bin/python training/train_acts.py [--config FILE] [--cache FILE]

Every gold attribution of a train document is classified from its gold cue and
content (as `bench/acts.py --gold-spans` does): the rules' act, then features of
grammar and words (`extract/nlp/act_features.py`). A multinomial logistic
regression (scikit-learn) learns the gold act. The regularisation, class
weighting, the probability under which an act the rules did not find is `state`
and the one over which the model replaces the rules' act are chosen by grouped
cross-validation over documents (the best accuracy among the choices whose acts
other than `state` are at least as precise as the rules'); the figures printed for the
rules and the classifier are nested (each outer fold's choice is made on the other folds
alone), so they are held-out figures. The model is written only when the
classifier beats the rules there; otherwise a model written before is removed, so
the shipped state is always the trainer's verdict on the current rules. The
diplomatic test split is never read.
Same data and config give the same file. Needs the `train` extra.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from itertools import product
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp.act_features import act_features  # noqa: E402
from extract.nlp.act_model import ActModel, negated_acts, save_act_model  # noqa: E402
from extract.nlp.acts import PhraseIndex, classify_act  # noqa: E402
from extract.nlp.taxonomy import load_acts  # noqa: E402
from training.gold import brat_events, parse  # noqa: E402

FALLBACK = "state"
TO_OURS = {"intend_to_cooperate": "express_intent_to_negotiate"}  # gold id -> ours
MIN_CLASS = 5  # per-class recall is judged for acts with this many examples


def main() -> int:
    args = _arguments()
    config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    here = args.config.parent
    gold_dir = (here / config["data"]["gold"]).resolve()
    out = args.out or (here / config["data"]["out"]).resolve()
    gold = read_act_gold(gold_dir)
    docs = parse(gold, config["model"]["base"], args.cache)
    groups, features, rules, y = examples(gold, docs)
    print(f"diplomatic train: {len(gold)} documents, {len(y)} gold acts")
    settings = config["train"]
    outer = _folds(groups, settings["folds"])
    nested = np.empty(len(y), dtype=object)
    for train, test in outer:
        inner = _folds(groups[train], settings["folds"] - 1)
        choice = choose(features[train], y[train], rules[train], inner, settings)
        model = fit(features[train], y[train], choice)
        nested[test] = predict(model, features[test], rules[test], choice)
    plain = np.array([r.split("|")[0] for r in rules])
    report(y, {"rules": plain, "classifier": nested})
    choice = choose(features, y, rules, outer, settings)
    print(f"chosen on all folds: {json.dumps(choice)}")
    if _accuracy(y, nested) <= _accuracy(y, plain):
        print("the classifier does not beat the rules on held-out folds: not written")
        if out.exists():
            out.unlink()  # a model from older rules must not outlive the verdict
            print(f"removed {out}: the rules decide")
        return 1
    fitted = fit(features, y, choice)
    save_act_model(to_model(fitted, choice, config["model"]["version"]), out)
    print(f"wrote {out}")
    return 0


def read_act_gold(gold_dir: Path) -> dict[str, tuple[str, list[dict]]]:
    """Each train document's text and gold attributions: cue and content
    character fragments and the act (the test split is never opened)."""
    splits = tomllib.loads((gold_dir / "splits.toml").read_text(encoding="utf-8"))
    test = set(splits["split"]["test"])
    if not test:
        raise SystemExit(f"{gold_dir / 'splits.toml'} names no test split")
    gold = {}
    for ann in sorted((gold_dir / "attributions").glob("*_gold.ann")):
        name = ann.name.split("_")[0]
        if name in test:
            continue
        acts = json.loads((gold_dir / "actors" / f"{name}.json").read_text("utf-8"))
        text = (gold_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold[name] = (text, _events(ann.read_text(encoding="utf-8"), acts))
    return gold


def examples(gold: dict, docs: dict) -> tuple[np.ndarray, ...]:
    """Per gold attribution: its document, features, the rules' act, the gold act."""
    acts = load_acts()
    rows: list[tuple] = []
    for name, (_, events) in gold.items():
        doc = docs[name]
        phrases = PhraseIndex(doc)
        for event in events:
            cue, content = _span(doc, event["cue"]), _span(doc, event["content"])
            if cue is None or content is None:
                continue
            lemma = cue.root.lemma_.lower()
            rule = classify_act(cue.root, lemma, content, acts, phrases, cue).id
            features = act_features(cue, lemma, content, rule, acts, phrases)
            # the acts the model may not give: '|'-joined after the rule's act
            barred = "|".join([rule, *sorted(negated_acts(cue, lemma, acts))])
            gold_act = TO_OURS.get(event["act"], event["act"])
            rows.append((name, features, barred, gold_act))
    groups, features, rules, y = zip(*rows, strict=True)
    as_objects = np.empty(len(features), dtype=object)
    as_objects[:] = features
    return np.array(groups), as_objects, np.array(rules), np.array(y)


def choose(
    features: np.ndarray, y: np.ndarray, rules: np.ndarray, folds: list, settings: dict
) -> dict:
    """The regularisation, class weighting and thresholds with the best
    cross-validated accuracy among those whose acts other than `state` are at
    least as precise as the rules' (precision first)."""
    scored = []
    for c, weighting in product(settings["c_values"], settings["class_weights"]):
        probabilities: list = [None] * len(y)
        for train, test in folds:
            model = fit(features[train], y[train], {"c": c, "class_weight": weighting})
            for i, row in zip(test, _probabilities(model, features[test]), strict=True):
                probabilities[i] = row
        for t, o in product(settings["thresholds"], settings["overrides"]):
            choice = {"c": c, "class_weight": weighting, "threshold": t, "override": o}
            found = np.array(
                [
                    _decide(p, r, choice)
                    for p, r in zip(probabilities, rules, strict=True)
                ]
            )
            scored.append((_accuracy(y, found), _change_precision(y, found), choice))
    plain = np.array([r.split("|")[0] for r in rules])
    floor = _change_precision(y, plain)  # never less precise than the rules
    precise = [s for s in scored if s[1] >= floor] or scored
    return max(precise, key=lambda s: (s[0], s[1]))[2]


def fit(features: np.ndarray, y: np.ndarray, choice: dict) -> tuple:
    """A fitted vectorizer and regression."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features])
    weighting = None if choice["class_weight"] == "none" else choice["class_weight"]
    regression = LogisticRegression(
        tol=1e-3, C=choice["c"], class_weight=weighting, max_iter=2000
    )
    regression.fit(x, y)
    return vectorizer, regression


def predict(
    fitted: tuple, features: np.ndarray, rules: np.ndarray, choice: dict
) -> np.ndarray:
    """The act of each row, as `extract.nlp.act_model.choose_act` decides it."""
    rows = _probabilities(fitted, features)
    return np.array([_decide(p, r, choice) for p, r in zip(rows, rules, strict=True)])


def to_model(fitted: tuple, choice: dict, version: str) -> ActModel:
    """The run-time model: one weight row per feature; the intercept joins 'bias'."""
    vectorizer, regression = fitted
    classes = tuple(str(c) for c in regression.classes_)
    coef = regression.coef_
    weights = {
        name: coef[:, j].copy()
        for name, j in vectorizer.vocabulary_.items()
        if np.abs(coef[:, j]).max() >= 1e-4
    }
    weights["bias"] = (
        weights.get("bias", np.zeros(len(classes))) + regression.intercept_
    )
    return ActModel(classes, weights, choice["threshold"], version, choice["override"])


def report(y: np.ndarray, predicted: dict[str, np.ndarray]) -> None:
    """Held-out accuracy, precision of the acts other than `state`, and recall
    per gold act, as Markdown."""
    counts = Counter(y)
    names = list(predicted)
    print("\n| held-out folds | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    cells = [f"{_accuracy(y, p):.1%}" for p in predicted.values()]
    print("| accuracy | " + " | ".join(cells) + " |")
    cells = [f"{_change_precision(y, p):.1%}" for p in predicted.values()]
    print("| precision of acts other than state | " + " | ".join(cells) + " |")
    for act, n in counts.most_common():
        cells = [f"{np.mean(p[y == act] == act):.0%}" for p in predicted.values()]
        flag = " *" if n >= MIN_CLASS else ""
        print(f"| recall {act} ({n}){flag} | " + " | ".join(cells) + " |")


def _decide(row: dict[str, float], rule: str, choice: dict) -> str:
    """As `choose_act` and `classify_statement` decide; `rule` is the rules'
    act, then the acts a negated cue bars, joined by '|'."""
    rule, *barred = rule.split("|")
    act = max(row, key=row.__getitem__)
    if act == rule or act in barred:
        return rule
    if rule != FALLBACK and (
        choice["override"] >= 1.0 or row[act] < choice["override"]
    ):
        return rule
    return act if row[act] >= choice["threshold"] else FALLBACK


def _probabilities(fitted: tuple, features: np.ndarray) -> list[dict[str, float]]:
    vectorizer, regression = fitted
    x = vectorizer.transform([dict.fromkeys(f, 1) for f in features])
    classes = [str(c) for c in regression.classes_]
    return [dict(zip(classes, row, strict=True)) for row in regression.predict_proba(x)]


def _accuracy(y: np.ndarray, predicted: np.ndarray) -> float:
    return float(np.mean(y == predicted))


def _change_precision(y: np.ndarray, predicted: np.ndarray) -> float:
    shown = predicted != FALLBACK
    return float(np.mean(y[shown] == predicted[shown])) if shown.any() else 0.0


def _folds(groups: np.ndarray, n: int) -> list:
    return list(GroupKFold(n_splits=n).split(groups, groups=groups))


def _events(ann: str, acts: dict) -> list[dict]:
    """A brat file's attributions as cue and content fragments with the act."""
    return [
        {
            "cue": roles.get("Cue", []),
            "content": roles.get("Content", []),
            "act": acts[eid]["act"],
        }
        for eid, roles in brat_events(ann)
    ]


def _span(doc, frags: list[tuple[int, int]]):
    """The token span of the longest fragment (as bench/acts.py takes it)."""
    if not frags:
        return None
    start, end = max(frags, key=lambda f: f[1] - f[0])
    return doc.char_span(start, end, alignment_mode="expand")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "acts.toml")
    parser.add_argument("--cache", type=Path, help="a DocBin of the parsed texts")
    parser.add_argument("--out", type=Path, help="where to write the model")
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(main())
