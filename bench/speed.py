"""Extraction speed: raw `nlp.pipe` of the base model against Communiqué's pipeline
(and its rules alone) on the same texts, measured in one run, as words/s and ratios
of wall-clock time (and of the process's CPU time, which a loaded machine moves less).

Usage: .venv/bin/python bench/speed.py [--texts DIR] [--repeat N] [--n-process N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from extract.nlp.pipeline import DEFAULT_MODEL, extract_statements, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "polnear" / "dev" / "text"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; best is kept")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.texts.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(args.model)
    ours = load_pipeline(args.model)
    rules = load_pipeline(args.model, learned=False)
    pairs = [(str(i), t) for i, t in enumerate(texts)]

    def run_raw() -> None:
        for _ in raw.pipe(texts, batch_size=16, n_process=args.n_process):
            pass

    def run_ours() -> None:
        for _ in extract_statements(
            ours, pairs, batch_size=16, n_process=args.n_process
        ):
            pass

    def run_rules() -> None:
        for _ in extract_statements(
            rules, pairs, batch_size=16, n_process=args.n_process
        ):
            pass

    runs = (
        ("raw nlp.pipe", run_raw),
        ("communique", run_ours),
        ("rules only", run_rules),
    )
    best = dict.fromkeys((name for name, _ in runs), float("inf"))
    cpu = dict(best)
    for _ in range(args.repeat):  # interleaved, so machine noise hits all alike
        for name, run in runs:
            start, start_cpu = time.perf_counter(), time.process_time()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
    print(
        f"{len(texts)} texts, {words} words, n_process={args.n_process}, "
        f"best of {args.repeat}"
    )
    print(f"{'pipeline':<16}{'seconds':>10}{'words/s':>10}{'CPU s':>10}")
    for name, seconds in best.items():
        print(f"{name:<16}{seconds:>10.2f}{words / seconds:>10.0f}{cpu[name]:>10.2f}")
    for name in ("communique", "rules only"):
        print(
            f"ratio {name} / raw: {best['raw nlp.pipe'] / best[name]:.2f} "
            f"(CPU time: {cpu['raw nlp.pipe'] / cpu[name]:.2f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
