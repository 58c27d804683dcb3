"""Held-out attribution accuracy on the diplomatic train split, by folds.

The shipped model has seen every diplomatic train document, so its score there
is in-sample. This splits the train documents into folds (spread over the
genres), fits a draft without each fold (all of PolNeAR train, the other
folds counted as `register_weights` counts them, the shipped threshold and
doubt weight), runs the full pipeline with the draft on the fold, each
document with its site's issuer as `bench/actors.py` runs it, and scores the
pooled predictions with the shared scorer per genre. The test split is never
read. Needs the `train` extra.

Usage: .venv/bin/python bench/attribution_folds.py [--folds 5] [--cache FILE]
       [--drafts DIR] [--show] [--rules-only | --shipped] [--preds FILE]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import tomllib
from dataclasses import replace
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.actors import GOLD, issuers  # noqa: E402
from extract.nlp.attribution_model import load_model, save_model  # noqa: E402
from extract.nlp.pipeline import load_pipeline  # noqa: E402
from extract.nlp.predictions import predict_folder  # noqa: E402
from training.fitting import fit  # noqa: E402
from training.gold import parse, read_gold, read_train_split  # noqa: E402
from training.train_attributions import _examples, _load_scorer  # noqa: E402

CONFIG = ROOT / "training" / "attributions.toml"


def main() -> int:
    args = _arguments()
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    here = CONFIG.parent
    scorer = _load_scorer((here / config["data"]["scorer"]).resolve())
    news_gold = read_gold((here / config["data"]["gold"]).resolve(), scorer)
    register = read_train_split(GOLD, scorer)
    genre = _genres()
    folds = _folds(sorted(register, key=lambda d: (genre[d], d)), args.folds)
    preds: dict[str, list] = {}
    if args.rules_only or args.shipped:
        model = load_model() if args.shipped else None
        preds = _predict(model, sorted(register))
    else:
        for k, draft in enumerate(
            _drafts(args, config, scorer, (news_gold, register), folds)
        ):
            preds |= _predict(draft, folds[k])
    if args.preds:
        args.preds.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    _print_table(scorer, register, preds, genre)
    if args.show:
        for doc in sorted(register):
            print("\n".join(errors(scorer, doc, register[doc], preds.get(doc, []))))
    return 0


def _drafts(
    args: argparse.Namespace, config: dict, scorer: ModuleType, gold: tuple, folds: list
) -> list:
    """One draft per fold, fitted without it (or read from `--drafts`)."""
    paths = [
        args.drafts / f"draft-{k + 1}-of-{len(folds)}.json.gz" if args.drafts else None
        for k in range(len(folds))
    ]
    if all(p is not None and p.exists() for p in paths):
        return [load_model(p) for p in paths]
    news_gold, register = gold
    docs = parse(news_gold | register, config["model"]["base"], args.cache)
    news, dipl = _examples(news_gold, docs, scorer), _examples(register, docs, scorer)
    shipped = load_model()
    times = config["train"]["register_weights"][0]
    drafts = []
    for k, (fold, path) in enumerate(zip(folds, paths, strict=True)):
        if path is not None and path.exists():
            drafts.append(load_model(path))
            continue
        start = time.monotonic()
        kept = [ex for ex in dipl if ex[0].user_data["name"] not in fold]
        draft = fit(news + kept * times, config, threshold=shipped.threshold)
        draft = replace(draft, doubt_weight=shipped.doubt_weight)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_model(draft, path)
        drafts.append(draft)
        took = time.monotonic() - start
        print(f"fold {k + 1}/{len(folds)} fitted in {took:.0f} s", file=sys.stderr)
    return drafts


def errors(scorer: ModuleType, doc: str, gold: tuple, preds: list) -> list[str]:
    """One line per gold attribution missed (FN) or prediction unmatched (FP),
    with why: no content matched, or the cue or the source differs."""
    text, atts = gold
    gsets = [{r: scorer.letters(text, a[r]) for r in _ROLES} for a in atts]
    psets = [
        {r: scorer.letters(text, scorer.as_frags(p.get(r))) for r in _ROLES}
        for p in preds
    ]
    pairs = dict(
        scorer.match([p["content"] for p in psets], [g["content"] for g in gsets], 0.5)
    )
    out = []
    for pi, gi in pairs.items():
        p, g = psets[pi], gsets[gi]
        why = [r for r in ("cue", "source") if not _soft(scorer, p[r], g[r])]
        if why:
            out.append(f"{doc} BAD-{'+'.join(why).upper()} {_show(text, g, p)}")
    matched = set(pairs.values())
    out += [
        f"{doc} FN {_show(text, g)}"
        for gi, g in enumerate(gsets)
        if gi not in matched and g["content"]
    ]
    out += [
        f"{doc} FP {_show(text, p)}"
        for pi, p in enumerate(psets)
        if pi not in pairs and p["content"]
    ]
    return out


_ROLES = ("cue", "source", "content")


def _soft(scorer: ModuleType, p: frozenset, g: frozenset) -> bool:
    return (not p and not g) or bool(p and g and scorer.jaccard(p, g) >= 0.5)


def _show(text: str, gold: dict, pred: dict | None = None) -> str:
    def words(chars: frozenset[int]) -> str:
        if not chars:
            return "-"
        return " ".join(text[min(chars) : max(chars) + 1].split())[:160]

    parts = [f"{r}=[{words(gold[r])}]" for r in _ROLES]
    if pred is not None:
        parts.append("|| got " + " ".join(f"{r}=[{words(pred[r])}]" for r in _ROLES))
    return " ".join(parts)


def _predict(model, docs: list[str]) -> dict[str, list]:
    """The full pipeline's predictions for `docs`, with `model` as the learned
    finder (None: rules only), each document with its site's issuer."""
    nlp = load_pipeline(learned=model is not None)
    if model is not None:
        nlp.get_pipe("communique_attributions").model = model  # type: ignore[attr-defined]
    out: dict[str, list] = {}
    by_issuer = issuers(docs)
    with tempfile.TemporaryDirectory() as tmp:
        for issuer in sorted(set(by_issuer.values()), key=str):
            part = Path(tmp) / f"part-{issuer}"
            part.mkdir()
            for doc in (d for d, i in by_issuer.items() if i == issuer):
                shutil.copy(GOLD / "text" / f"{doc}.txt", part)
            for record in predict_folder(nlp, part, issuer=issuer):
                out[record["doc"]] = record["attributions"]
    return out


def _folds(docs: list[str], count: int) -> list[list[str]]:
    """Documents dealt round-robin (ordered by genre) into `count` folds."""
    return [docs[k::count] for k in range(count)]


def _genres() -> dict[str, str]:
    splits = tomllib.loads((GOLD / "splits.toml").read_text(encoding="utf-8"))
    return {doc: g for g, docs in splits["genre"].items() for doc in docs}


def _print_table(
    scorer: ModuleType, gold: dict, preds: dict, genre: dict[str, str]
) -> None:
    print(
        "| genre | documents | P | R | attribution-soft F1 |\n|---|---:|---:|---:|---:|"
    )
    for g in [*sorted(set(genre[d] for d in gold)), "all"]:
        docs = {d: v for d, v in gold.items() if g in (genre[d], "all")}
        soft = scorer.score(docs, {d: preds.get(d, []) for d in docs})
        s = soft["attribution_soft"]
        print(
            f"| {g} | {len(docs)} | {s['precision']:.3f} | {s['recall']:.3f}"
            f" | {s['f1']:.3f} |"
        )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, help="parsed-doc cache file (.spacy)")
    parser.add_argument("--show", action="store_true", help="list each error")
    parser.add_argument(
        "--rules-only", action="store_true", help="no learned model (no folds needed)"
    )
    parser.add_argument(
        "--shipped", action="store_true", help="the shipped model (in-sample)"
    )
    parser.add_argument(
        "--drafts",
        type=Path,
        help="folder of fold drafts: read when there, else fitted and written",
    )
    parser.add_argument("--preds", type=Path, help="write the predictions (JSON)")
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(main())
