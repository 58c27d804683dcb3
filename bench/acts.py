"""Act accuracy on the diplomatic gold set: a confusion matrix per split.

Runs the pipeline (as `communique extract-dir` does, each document with its site's
issuer) over the annotated documents of `gold/diplomatic/`, matches predicted to
gold attributions as the shared scorer does (content soft match, then the cue) and
compares each matched statement's act with the gold act of `actors/*.json`. Prints,
per split, the accuracy, each gold act's recall and the confusion matrix (rows gold,
columns predicted). Our `express_intent_to_negotiate` is the gold's
`intend_to_cooperate`; every other id is the same.

With `--gold-spans`, the act classifier alone: every gold attribution is classified
from its gold cue and content (the rules, then the shipped act model, as the
pipeline does), so the figures do not depend on which attributions the extractor
finds; with `--rules` as well, the rules alone, without the act model.

Usage: .venv/bin/python bench/acts.py [--split test|train|all] [--show]
       [--gold-spans [--rules]]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import actors as actor_bench  # bench/actors.py: the gold and the scorer

GOLD = actor_bench.GOLD
TO_GOLD = {"express_intent_to_negotiate": "intend_to_cooperate"}
MIN_CLASS = 5  # recall is judged for gold acts with at least this many examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "train", "all"), default="all")
    parser.add_argument("--scorer", type=Path, default=actor_bench.SCORER)
    parser.add_argument("--show", action="store_true", help="list each wrong act")
    parser.add_argument(
        "--gold-spans", action="store_true", help="classify the gold cue and content"
    )
    parser.add_argument(
        "--rules", action="store_true", help="with --gold-spans: the rules alone"
    )
    args = parser.parse_args()
    from extract.nlp.pipeline import load_pipeline

    scorer = actor_bench._load_scorer(args.scorer)
    splits = tomllib.loads((GOLD / "splits.toml").read_text(encoding="utf-8"))
    test = set(splits["split"]["test"])
    genre = {doc: g for g, docs in splits["genre"].items() for doc in docs}
    annotated = sorted(p.name.split("_")[0] for p in GOLD.glob("attributions/*.ann"))
    chosen = {
        "test": [d for d in annotated if d in test],
        "train": [d for d in annotated if d not in test],
    }
    nlp = load_pipeline()
    for split in ("test", "train") if args.split == "all" else (args.split,):
        if args.gold_spans:
            pairs = gold_span_acts(nlp, scorer, chosen[split], rules=args.rules)
        else:
            predicted: dict[str, list[dict]] = {}
            pairs = matched_acts(nlp, scorer, chosen[split], predicted)
            print_genres(split, scorer, predicted, genre)
        print_report(split, pairs, show=args.show)
    return 0


def matched_acts(
    nlp: object, scorer: ModuleType, docs: list[str], predicted: dict[str, list[dict]]
) -> list[tuple]:
    """(doc, gold act, predicted act, cue text) of every gold attribution; the
    predicted act is None for a gold attribution no prediction matches. Fills
    `predicted` with each document's records."""
    from extract.nlp.predictions import predict_folder

    out: list[tuple] = []
    issuers = actor_bench.issuers(docs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = actor_bench._gold_folder(Path(tmp), docs)
        for issuer in sorted(set(issuers.values()), key=str):
            part = Path(tmp) / f"part-{issuer}"
            (part / "text").mkdir(parents=True)
            for doc in (d for d, i in issuers.items() if i == issuer):
                (part / "text" / f"{doc}.txt").write_bytes(
                    (folder / "text" / f"{doc}.txt").read_bytes()
                )
            for record in predict_folder(nlp, part, issuer=issuer):  # type: ignore[arg-type]
                predicted[record["doc"]] = record["attributions"]
        for doc in docs:
            text = (GOLD / "text" / f"{doc}.txt").read_text(encoding="utf-8")
            out += _pairs(scorer, doc, text, predicted.get(doc, []))
    return out


def gold_span_acts(
    nlp: Any, scorer: ModuleType, docs: list[str], *, rules: bool = False
) -> list[tuple]:
    """(doc, gold act, act of the gold cue and content, cue text) of every gold
    attribution, classified as the pipeline classifies a statement (by the rules
    alone when `rules`)."""
    from extract.nlp.act_model import classify_statement
    from extract.nlp.acts import PhraseIndex
    from extract.nlp.taxonomy import load_acts

    acts = load_acts()
    model = None if rules else nlp.get_pipe("communique_positions").act_model
    texts = [(GOLD / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in docs]
    out: list[tuple] = []
    for doc_id, text, doc in zip(docs, texts, nlp.pipe(texts), strict=True):
        phrases = PhraseIndex(doc)
        for g in _gold(scorer, doc_id, text):
            cue, content = _span(doc, g["cue_frags"]), _span(doc, g["content_frags"])
            if cue is None or content is None:
                continue
            lemma = cue.root.lemma_.lower()
            act = classify_statement(cue, lemma, content, acts, phrases, model).id
            out.append((doc_id, g["act"], TO_GOLD.get(act, act), g["cue_text"]))
    return out


def _span(doc: Any, frags: list[tuple[int, int]]) -> Any:
    """The token span of the longest fragment, or None when there is none."""
    if not frags:
        return None
    start, end = max(frags, key=lambda f: f[1] - f[0])
    return doc.char_span(start, end, alignment_mode="expand")


def _pairs(scorer: ModuleType, doc: str, text: str, preds: list[dict]) -> list[tuple]:
    gold = _gold(scorer, doc, text)
    got = [
        {r: scorer.letters(text, scorer.as_frags(p.get(r))) for r in ("cue", "content")}
        for p in preds
    ]
    pairs = {
        gi: pi
        for pi, gi in scorer.match(
            [p["content"] for p in got], [g["content"] for g in gold], 0.5
        )
        if scorer.jaccard(got[pi]["cue"], gold[gi]["cue"]) >= 0.5
    }
    out = []
    for gi, g in enumerate(gold):
        act = preds[pairs[gi]]["act"] if gi in pairs else None
        out.append(
            (doc, g["act"], TO_GOLD.get(act, act) if act else None, g["cue_text"])
        )
    return out


def _gold(scorer: ModuleType, doc: str, text: str) -> list[dict]:
    """Each gold attribution's cue and content letters, cue text and act."""
    out = []
    for eid, roles, sidecar in actor_bench.gold_events(doc):
        cue, content = roles.get("Cue", []), roles.get("Content", [])
        out.append(
            {
                "cue": scorer.letters(text, cue),
                "content": scorer.letters(text, content),
                "cue_text": " ".join(text[s:e] for s, e in cue),
                "cue_frags": cue,
                "content_frags": content,
                "act": sidecar[eid]["act"],
            }
        )
    return out


def print_genres(
    split: str,
    scorer: ModuleType,
    predicted: dict[str, list[dict]],
    genre: dict[str, str],
) -> None:
    """The shared scorer's cue-soft recall and attribution-soft F1 per genre."""
    print(f"\n## Spans, {split} split, by genre (shared scorer)\n")
    print("| genre | documents | cue-soft P / R | attribution-soft P / R / F1 |")
    print("|---|---:|---|---|")
    for g in [*sorted({genre[d] for d in predicted}), "all"]:
        docs = [d for d in predicted if g in (genre[d], "all")]
        gold = {
            d: (
                (GOLD / "text" / f"{d}.txt").read_text(encoding="utf-8"),
                scorer.parse_ann(
                    (GOLD / "attributions" / f"{d}_gold.ann").read_text("utf-8")
                ),
            )
            for d in docs
        }
        result = scorer.score(gold, {d: predicted[d] for d in docs})
        cue, att = result["cue_soft"], result["attribution_soft"]
        print(
            f"| {g} | {len(docs)} | {cue['precision']:.3f} / {cue['recall']:.3f} | "
            f"{att['precision']:.3f} / {att['recall']:.3f} / {att['f1']:.3f} |"
        )


def print_report(split: str, pairs: list[tuple], *, show: bool = False) -> None:
    """Accuracy, recall per gold act and the confusion matrix, as Markdown."""
    matched = [(g, p) for _, g, p, _ in pairs if p is not None]
    right = sum(g == p for g, p in matched)
    print(f"\n## Acts, {split} split\n")
    print(
        f"{len(matched)} of {len(pairs)} gold attributions matched; act accuracy "
        f"{right / max(len(matched), 1):.1%} ({right}/{len(matched)})\n"
    )
    gold_n = Counter(g for g, _ in matched)
    acts = sorted({*gold_n, *(p for _, p in matched)}, key=lambda a: (-gold_n[a], a))
    confusion = Counter(matched)
    print("| gold \\ predicted | " + " | ".join(a[:8] for a in acts) + " | recall |")
    print("|---|" + "---:|" * (len(acts) + 1))
    for g in (a for a in acts if gold_n[a]):
        cells = " | ".join(str(confusion[g, p] or "") for p in acts)
        recall = confusion[g, g] / gold_n[g]
        flag = " *" if gold_n[g] >= MIN_CLASS and recall < 0.6 else ""
        print(f"| {g} | {cells} | {recall:.0%} ({confusion[g, g]}/{gold_n[g]}){flag} |")
    print(f"\n(* below 60 % recall with at least {MIN_CLASS} gold examples)")
    if show:
        for doc, g, p, cue in pairs:
            if p is not None and g != p:
                print(f"{doc} gold {g:20} ours {p:20} {cue!r}")


if __name__ == "__main__":
    raise SystemExit(main())
