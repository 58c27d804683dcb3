"""One long unpunctuated "sentence" against prose of the same size in `extract-dir`:
the work per sentence and per document is bounded, so the first may cost at most
3 x the second (it was 715 s against 22 s, quadratic in the sentence's length).
Printed with and without the command's start-up (measured on a two-word text).

Both texts are made from PolNeAR dev texts: the prose as written, the other with
every punctuation mark and line break removed. Each round runs the real command
(`communique extract-dir`) on each folder, interleaved; the best round is kept.

Usage: .venv/bin/python bench/longtext.py [--kb 80] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "eval" / "polnear" / "dev" / "text"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    prose = _prose(args.kb * 1000)
    flat = re.sub(r"[^\w ]+", " ", prose.replace("\n", " "))
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        texts = (("prose", prose), ("unpunctuated", flat), ("empty", "No news."))
        for name, text in texts:
            folders[name] = Path(tmp) / name
            folders[name].mkdir()
            (folders[name] / "doc.txt").write_text(text, encoding="utf-8")
        best = {name: float("inf") for name in folders}
        for _ in range(args.repeat):
            for name, folder in folders.items():
                best[name] = min(best[name], _extract_dir(folder, Path(tmp)))
    load = best.pop("empty")
    print(f"start-up and model load (a two-word text): {load:.1f} s")
    for name, seconds in best.items():
        print(f"{name:>13}: {len(prose) // 1000} KB in {seconds:.1f} s")
    ratio = best["unpunctuated"] / best["prose"]
    net = (best["unpunctuated"] - load) / (best["prose"] - load)
    print(f"unpunctuated / prose: {ratio:.2f} x; without start-up: {net:.2f} x")
    print("bound: 3 x")
    return 0 if ratio <= 3 else 1


def _prose(size: int) -> str:
    """PolNeAR dev texts joined until `size` characters."""
    parts: list[str] = []
    for path in sorted(TEXTS.glob("*.txt")):
        parts.append(path.read_text(encoding="utf-8"))
        if sum(map(len, parts)) >= size:
            break
    return "\n\n".join(parts)[:size]


def _extract_dir(folder: Path, tmp: Path) -> float:
    """Seconds the real `extract-dir` command takes on `folder` (model load
    included)."""
    started = time.perf_counter()
    output = tmp / f"{folder.name}.jsonl"
    command = [sys.executable, "-m", "communique.cli", "extract-dir", str(folder)]
    subprocess.run(
        [*command, "-o", str(output)],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
