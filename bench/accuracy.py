"""Attribution accuracy: PolNeAR dev through `communique extract-dir`, scored by the
shared scorer, and the seed article against its expected statements.

Usage: .venv/bin/python bench/accuracy.py [--gold DIR] [--scorer PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from extract.fragments import as_pieces

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "corpus" / "data" / "seed-article.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed-statements.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, default=SHARED / "eval" / "polnear" / "dev"
    )
    parser.add_argument(
        "--scorer", type=Path, default=SHARED / "eval" / "score_attributions.py"
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="score the rules without the trained model (for comparison)",
    )
    args = parser.parse_args()
    communique = Path(sys.executable).with_name("communique")
    extra = ["--rules-only"] if args.rules_only else []
    with tempfile.TemporaryDirectory() as tmp:
        preds = Path(tmp) / "dev.jsonl"
        subprocess.run(
            [communique, "extract-dir", args.gold, "-o", preds, *extra], check=True
        )
        print(f"\n## PolNeAR dev ({args.gold})\n")
        subprocess.run([sys.executable, args.scorer, args.gold, preds], check=True)

        seed_dir = Path(tmp) / "seed"
        seed_dir.mkdir()
        (seed_dir / SEED_TEXT.name).write_bytes(SEED_TEXT.read_bytes())
        seed_preds = Path(tmp) / "seed.jsonl"
        subprocess.run(
            [communique, "extract-dir", seed_dir, "-o", seed_preds, *extra],
            check=True,
            capture_output=True,
        )
        record = json.loads(seed_preds.read_text(encoding="utf-8").splitlines()[0])
    found, rows = seed_score(record["attributions"])
    print("\n## Seed article\n")
    print(f"{'expected speaker':<18}{'cue':<14}{'found':<7}{'speaker':<18}actor")
    for row in rows:
        print(f"{row[0]:<18}{row[1]:<14}{row[2]:<7}{row[3]:<18}{row[4]}")
    print(f"seed statements found with speaker and actor right: {found} of {len(rows)}")
    return 0


def seed_score(
    predicted: list[dict],
) -> tuple[int, list[tuple[str, str, str, str, str]]]:
    """How many expected seed statements are found (content soft-matched) with the
    right speaker and actor, and a row per expected statement."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["statements"]
    found, rows = 0, []
    for expected in gold:
        want = _letters(text, expected["content_span"])
        best = None
        for p in predicted:
            got = _letters(text, p["content"])
            if want | got and len(want & got) / len(want | got) >= 0.5:
                best = p
                break
        ok = bool(
            best
            and (best["speaker"] or "").lower() == expected["speaker"].lower()
            and best["actor"] == expected["actor"]
        )
        found += ok
        rows.append(
            (
                expected["speaker"],
                expected["cue"],
                "yes" if ok else ("span" if best else "no"),
                str(best["speaker"]) if best else "-",
                str(best["actor"]) if best else "-",
            )
        )
    return found, rows


def _letters(text: str, span: list) -> set[int]:
    """The letters and digits a span of `extract-dir`'s covers."""
    pieces = as_pieces(span)
    return {i for start, end in pieces for i in range(start, end) if text[i].isalnum()}


if __name__ == "__main__":
    raise SystemExit(main())
