"""Field accuracy on the seed article: actor, speaker, addressee, venue, act, topic.

Each expected statement is matched to the prediction whose content overlaps it
most (letters, Jaccard >= 0.5). Our act and topic labels are mapped to the seed's
illustrative labels through the tables below (see docs/taxonomy.md); ours are not
renamed to fit.

Usage: .venv/bin/python bench/fields.py [--gold PATH] [--text PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from extract.fragments import as_pieces

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "corpus" / "data" / "seed-article.txt"
SEED_GOLD = ROOT.parent / "shared" / "seed" / "seed-statements.json"

# Our act id -> the seed's act label.
ACT_TO_SEED = {
    "state": "state",
    "appeal": "appeal",
    "express_intent_to_negotiate": "express_intent_to_negotiate",
    "propose": "propose",
    "demand": "demand",
    "warn": "warn",
    "reject": "reject",
    "support": "support",
    "criticise": "criticise",
    "deny": "deny",
    # acts finer than the seed's labels (issue 16) map to the seed label they refine
    "praise": "support",
    "accuse": "criticise",
    "threaten": "warn",
    "agree": "agree",
    "consult": "consult",
    "express_concern": "express_concern",
}
# Our topic id -> the seed's topic label (topics the seed does not use map to none).
TOPIC_TO_SEED = {
    "negotiations": "negotiations",
    "humanitarian_law": "humanitarian_law",
    "security_guarantees": "security_guarantees",
    "military_aid": "western_support_for_ukraine",
}
FIELDS = ("actor", "speaker", "addressee", "venue", "act", "topic", "act+topic")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SEED_GOLD)
    parser.add_argument("--text", type=Path, default=SEED_TEXT)
    args = parser.parse_args(argv)
    from extract.nlp.pipeline import load_pipeline
    from extract.nlp.predictions import predict_folder

    text = args.text.read_text(encoding="utf-8")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["statements"]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(args.text, Path(tmp) / args.text.name)
        predicted = next(predict_folder(load_pipeline(), Path(tmp)))["attributions"]

    right = dict.fromkeys(FIELDS, 0)
    asked = dict.fromkeys(FIELDS, 0)
    for n, expected in enumerate(gold, 1):
        got = _match(text, expected, predicted) or {}
        checks = _checks(expected, got)
        for field, ok in checks.items():
            asked[field] += 1
            right[field] += ok
        cells = [
            f"{n:>2} {expected['cue']:<12}",
            f"actor {got.get('actor')} {_mark(checks['actor'])}",
            f"act {got.get('act')}->{ACT_TO_SEED.get(got.get('act') or '')}"
            f" {_mark(checks['act'])}",
            f"topics {got.get('topics')}->{TOPIC_TO_SEED.get(got.get('topic') or '')}"
            f" {_mark(checks['topic'])}",
            *(
                f"{field} {got.get(field)!r} {_mark(checks[field])}"
                for field in ("addressee", "venue")
                if field in checks
            ),
        ]
        print(" | ".join(cells))
    print()
    for field in FIELDS:
        if asked[field]:
            print(f"{field:<10} {right[field]:>2} / {asked[field]}")
    return 0


def _checks(expected: dict, got: dict | None) -> dict[str, bool]:
    """Which fields of one expected statement the prediction gets right."""
    got = got or {}
    checks = {
        "actor": got.get("actor") == expected["actor"],
        "speaker": _norm(got.get("speaker")) == _norm(expected["speaker"]),
        "act": ACT_TO_SEED.get(got.get("act") or "") == expected["act"],
        "topic": TOPIC_TO_SEED.get(got.get("topic") or "") == expected["topic"],
    }
    checks["act+topic"] = checks["act"] and checks["topic"]
    for field in ("addressee", "venue"):
        if expected.get(field):
            checks[field] = _norm(got.get(field)) == _norm(expected[field])
    return checks


def _match(text: str, expected: dict, predicted: list[dict]) -> dict | None:
    """The prediction whose content overlaps the expected content most."""
    want = _letters(text, expected["content_span"])
    best, best_score = None, 0.5
    for attribution in predicted:
        got = _letters(text, attribution["content"])
        score = len(want & got) / len(want | got) if want | got else 0.0
        if score >= best_score:
            best, best_score = attribution, score
    return best


def _letters(text: str, span: list) -> set[int]:
    """The letters and digits a span of `extract-dir`'s covers."""
    pieces = as_pieces(span)
    return {i for start, end in pieces for i in range(start, end) if text[i].isalnum()}


def _norm(value: str | None) -> str:
    """Lower case, without a leading preposition or article and punctuation."""
    words = re.sub(r"[^\w\s]", " ", (value or "").lower()).split()
    while words and words[0] in ("the", "a", "an", "at", "in", "on", "during"):
        words = words[1:]
    return " ".join(words)


def _mark(ok: bool) -> str:
    return "ok" if ok else "NO"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
