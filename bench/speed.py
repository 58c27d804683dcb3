"""Extraction speed: raw `nlp.pipe` of the base model against Communiqué's pipeline
(and its rules alone) on the same texts, measured in one run, as words/s and ratios
of wall-clock time (and of the process's CPU time, which a loaded machine moves less).

Communiqué's pipeline answers the base model's attribute ruler and lemmatizer from
memo tables (same annotations; `extract/nlp/annotation_tables.py`), so a fourth
row, the base model with the tables and without our components, shows what the
tables save and what our components cost on their own.

The pipelines take turns batch by batch (one `batch_size` of texts each, the
order rotating), so a neighbour that slows the machine for a few seconds slows
all three alike; each pipeline's time is its sum over every batch and round.

Usage: .venv/bin/python bench/speed.py [--texts DIR] [--repeat N] [--n-process N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

from extract.nlp.annotation_tables import swap_in
from extract.nlp.pipeline import DEFAULT_MODEL, extract_statements, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "polnear" / "dev" / "text"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=3, help="rounds, summed")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.texts.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    raw = spacy.load(args.model)
    tabled = spacy.load(args.model)
    swap_in(tabled)
    ours = load_pipeline(args.model)
    rules = load_pipeline(args.model, learned=False)
    batches = [
        texts[k : k + args.batch_size] for k in range(0, len(texts), args.batch_size)
    ]

    def piping(nlp: Language) -> Callable[[list[str]], None]:
        def run(batch: list[str]) -> None:
            docs = nlp.pipe(batch, batch_size=args.batch_size, n_process=args.n_process)
            for _ in docs:
                pass

        return run

    def extracting(nlp: Language) -> Callable[[list[str]], None]:
        def run(batch: list[str]) -> None:
            pairs = [(str(i), t) for i, t in enumerate(batch)]
            for _ in extract_statements(
                nlp, pairs, batch_size=args.batch_size, n_process=args.n_process
            ):
                pass

        return run

    runs = (
        ("raw nlp.pipe", piping(raw)),
        ("base + tables", piping(tabled)),
        ("communique", extracting(ours)),
        ("rules only", extracting(rules)),
    )
    for _, run in runs:  # warm up: caches filled, first-call costs paid
        run(batches[0])
    seconds_of = dict.fromkeys((name for name, _ in runs), 0.0)
    cpu = dict(seconds_of)
    turn = 0
    for _ in range(args.repeat):
        for batch in batches:
            turn += 1
            for name, run in runs[turn % len(runs) :] + runs[: turn % len(runs)]:
                start, start_cpu = time.perf_counter(), time.process_time()
                run(batch)
                seconds_of[name] += time.perf_counter() - start
                cpu[name] += time.process_time() - start_cpu
    _report(seconds_of, cpu, words * args.repeat, len(texts), args)
    return 0


def _report(
    seconds_of: dict[str, float],
    cpu: dict[str, float],
    words: int,
    texts: int,
    args: argparse.Namespace,
) -> None:
    print(
        f"{texts} texts, {words} words, n_process={args.n_process}, "
        f"{args.repeat} rounds, batch by batch"
    )
    print(f"{'pipeline':<16}{'seconds':>10}{'words/s':>10}{'CPU s':>10}")
    for name, seconds in seconds_of.items():
        print(f"{name:<16}{seconds:>10.2f}{words / seconds:>10.0f}{cpu[name]:>10.2f}")
    for name, base in (
        ("communique", "raw nlp.pipe"),
        ("rules only", "raw nlp.pipe"),
        ("base + tables", "raw nlp.pipe"),
        ("communique", "base + tables"),
    ):
        print(
            f"ratio {name} / {base}: {seconds_of[base] / seconds_of[name]:.2f} "
            f"(CPU time: {cpu[base] / cpu[name]:.2f})"
        )


if __name__ == "__main__":
    raise SystemExit(main())
