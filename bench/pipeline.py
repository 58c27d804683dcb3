"""Single-machine throughput of the whole pipeline, stage by stage.

The bundled corpus is repeated (distinct ids, titles and texts) to --articles
pages and served on loopback. A child process calls the run bodies the CLI and
the flows call, `runs.ingest.ingest` then `runs.publish.publish` (without
Prefect's own overhead), then both again with nothing new. The ingest gets a
`SerialRunner` (one spaCy pipeline, loaded once, for both runs) wrapped in a
timer: plan and fetch count as "fetch", extraction as "extract", and the rest of
the ingest body (parse, dedupe, store chunk by chunk with --chunk-size pages per
transaction, and the analysts' snapshot) as "parse, store and snapshot". A second
child does the same on --small articles, to compare peak memory (after the
ingest body, and for the whole run with the publish body). Then extraction with
n_process=2 and raw `nlp.pipe` run on the same texts.

Usage: .venv/bin/python bench/pipeline.py [--articles 2000] [--small 500]
       [--chunk-size 200] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parent process does not import spaCy or DuckDB
    import duckdb
    from spacy.language import Language

    from kernel.config import Config
    from kernel.records import (
        Background,
        Extraction,
        PageChunk,
        Source,
        SourceResult,
        Validators,
    )
    from runs.runner import Pending, SerialRunner

ROOT = Path(__file__).resolve().parents[1]
REST = "parse, store and snapshot"  # the ingest run body less fetch and extract
STAGES = ("fetch", "extract", REST, "publish")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--chunk-size", type=int, default=200)
    parser.add_argument("--child", help=argparse.SUPPRESS)  # base URL, in a child
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        found = _child(
            args.child, args.folder, args.articles, args.batch_size, args.chunk_size
        )
        print(json.dumps(found))
        return 0
    from corpus.server import serve_corpus

    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        work = Path(tmp)
        copies = _repeat_corpus(work / "corpus", args.articles)
        with serve_corpus(port=0, data_dir=work / "corpus") as server:
            sizes = (args.batch_size, args.chunk_size)
            big = _run_child(server.url, work / "big", args.articles, *sizes)
            small = _run_child(server.url, work / "small", args.small, *sizes)
        texts = _texts(work / "big" / "communique.duckdb")
        two = _extract_seconds(texts, n_process=2, batch_size=args.batch_size)
        raw = _raw_seconds(texts, batch_size=args.batch_size)
    _report(copies, big, small, two, raw)
    return 0


def _repeat_corpus(folder: Path, articles: int) -> int:
    """Write a corpus data folder with the 55 texts repeated to `articles` pages."""
    folder.mkdir(parents=True)
    source = ROOT / "corpus" / "data"
    for name in ("seed-article.toml", "seed-article.txt"):
        shutil.copy(source / name, folder / name)
    records = [
        json.loads(line)
        for line in (source / "diplomatic.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    lines = []
    for n in range(articles - 1):  # the seed article is one more
        record = dict(records[n % len(records)])
        copy = n // len(records)
        if copy:
            record["id"] = f"{record['id']}-r{copy}"
            record["title"] = f"{record['title']} (bench copy {copy})"
            record["text"] = f"{record['text']}\n\nBench copy {copy}."
            # Pages are listed by date: a copy takes another text's date, so
            # copies of one text are not neighbours (and not one nlp.pipe batch).
            record["date"] = records[(n + 13 * copy) % len(records)]["date"]
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "diplomatic.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return len(lines) + 1


def _run_child(
    url: str, folder: Path, articles: int, batch_size: int, chunk_size: int
) -> dict:
    folder.mkdir()
    command = [sys.executable, __file__, "--child", url, "--folder", str(folder)]
    command += ["--articles", str(articles), "--batch-size", str(batch_size)]
    command += ["--chunk-size", str(chunk_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"bench child failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _child(
    url: str, folder: Path, articles: int, batch_size: int, chunk_size: int
) -> dict:
    """One first run and one re-run of the ingest and publish run bodies, as the
    CLI and the flows call them; seconds, counts, peak memory."""
    from extract.nlp.pipeline import load_pipeline
    from kernel.config import Config, Settings
    from kernel.records import Source
    from store import db

    source = Source("bench", "sitemap", f"{url}/sitemap.xml", True, 0.0, articles)
    settings = Settings(
        database=folder / "communique.duckdb",
        site=folder / "site",
        batch_size=batch_size,
        chunk_size=chunk_size,
        snapshot=folder / "snap.duckdb",
    )
    config = Config(settings, (source,), folder / "bench.toml")
    load_start = time.perf_counter()
    nlp = load_pipeline()
    model_load = time.perf_counter() - load_start
    conn = db.open_store(settings.database)
    results = []
    ingest_peak_kib = 0
    for _ in range(2):  # the first run, then a re-run with nothing new
        result, peak_kib = _one_run(conn, config, nlp)
        results.append(result)
        ingest_peak_kib = max(ingest_peak_kib, peak_kib)
    conn.close()
    return {
        "first": results[0],
        "rerun": results[1],
        "model_load": model_load,
        "ingest_peak_mib": ingest_peak_kib / 1024,
        "peak_mib": _peak_kib() / 1024,
    }


def _one_run(
    conn: duckdb.DuckDBPyConnection, config: Config, nlp: Language
) -> tuple[dict, int]:
    """`runs.ingest.ingest` with a timed `SerialRunner`, then `runs.publish.publish`:
    the run's seconds and counts, and the peak memory (KiB) after the ingest."""
    from runs.ingest import ingest
    from runs.publish import publish
    from runs.runner import SerialRunner

    words_before = _stored_words(conn)
    runner = _TimedRunner(SerialRunner(config.settings, nlp=nlp))
    start = time.perf_counter()
    try:
        summary = ingest(conn, config, runner)
    finally:
        runner.close()
    ingest_seconds = time.perf_counter() - start
    peak_kib = _peak_kib()
    start = time.perf_counter()
    publish(conn, config)
    publish_seconds = time.perf_counter() - start
    fetch, extract = runner.seconds["fetch"], runner.seconds["extract"]
    seconds = {
        "fetch": fetch,
        "extract": extract,
        REST: ingest_seconds - fetch - extract,
        "publish": publish_seconds,
    }
    counts = summary.counts
    return {
        "seconds": seconds,
        "ingest": ingest_seconds,
        "status": summary.status,
        "chunks": runner.chunks,
        "articles": counts["articles"],
        "statements": counts["statements"],
        "documents": counts["fetched"],
        "words": _stored_words(conn) - words_before,
        "total_articles": counts["total_articles"],
        "total_statements": counts["total_statements"],
    }, peak_kib


def _stored_words(conn: duckdb.DuckDBPyConnection) -> int:
    """Words (runs of non-space characters) of every article text in the store."""
    row = conn.execute(
        r"SELECT coalesce(sum(len(regexp_extract_all(text, '\S+'))), 0) FROM articles"
    ).fetchone()
    return int(row[0]) if row else 0


def _peak_kib() -> int:
    """This process's peak resident memory, in KiB (VmHWM on Linux: the peak of
    this process's own memory, whatever its parent held)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _TimedRunner:
    """A `StageRunner` that delegates to a `SerialRunner` and adds the seconds of
    each call to `seconds` (plan and fetch as "fetch", extract as "extract"). The
    serial runner hands back finished results, so the call's time is the work's."""

    def __init__(self, runner: SerialRunner) -> None:
        self.runner = runner
        self.seconds: dict[str, float] = {"fetch": 0.0, "extract": 0.0}
        self.chunks = 0

    def plan(
        self,
        sources: Sequence[Source],
        listings: Sequence[Validators | None],
        chunk_size: int,
    ) -> list[PageChunk]:
        start = time.perf_counter()
        chunks = self.runner.plan(sources, listings, chunk_size)
        self._add("fetch", start)
        self.chunks += len(chunks)
        return chunks

    def fetch(
        self, chunk: PageChunk, known: Mapping[str, Validators]
    ) -> Pending[SourceResult]:
        start = time.perf_counter()
        result = self.runner.fetch(chunk, known)
        self._add("fetch", start)
        return result

    def extract(
        self,
        texts: Sequence[tuple[str, str]],
        label: str,
        background: Background | None = None,
    ) -> Pending[Extraction]:
        start = time.perf_counter()
        result = self.runner.extract(texts, label, background)
        self._add("extract", start)
        return result

    def close(self) -> None:
        self.runner.close()

    def _add(self, stage: str, start: float) -> None:
        self.seconds[stage] += time.perf_counter() - start


def _texts(database: Path) -> list[tuple[str, str]]:
    import duckdb

    conn = duckdb.connect(str(database), read_only=True)
    try:
        rows = conn.execute("SELECT article_id, text FROM articles ORDER BY 1")
        return [(str(a), str(t)) for a, t in rows.fetchall()]
    finally:
        conn.close()


def _extract_seconds(
    texts: list[tuple[str, str]], *, n_process: int, batch_size: int
) -> float:
    from extract.nlp.pipeline import extract_statements, load_pipeline

    nlp = load_pipeline()
    start = time.perf_counter()
    for _ in extract_statements(nlp, texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - start


def _raw_seconds(texts: list[tuple[str, str]], *, batch_size: int) -> float:
    import spacy

    from extract.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe((t for _, t in texts), batch_size=batch_size):
        pass
    return time.perf_counter() - start


def _report(copies: int, big: dict, small: dict, two: float, raw: float) -> None:
    first = big["first"]
    n, words = first["articles"], first["words"]
    print(
        f"{copies} pages served ({first['documents']} fetched, {n} articles stored, "
        f"{words} words, {first['statements']} statements, {first['chunks']} "
        f"chunks); one process, 2 cores"
    )
    print()
    total, again = _stage_table(first, big["rerun"])
    print()
    one = first["seconds"]["extract"]
    print("| extraction | seconds | articles/s | words/s |")
    print("|---|---:|---:|---:|")
    print(
        f"| raw nlp.pipe (base model) | {raw:.1f} | {n / raw:.1f} "
        f"| {words / raw:,.0f} |"
    )
    print(f"| ours, n_process=1 | {one:.1f} | {n / one:.1f} | {words / one:,.0f} |")
    print(f"| ours, n_process=2 | {two:.1f} | {n / two:.1f} | {words / two:,.0f} |")
    print()
    print(f"n_process=2 / n_process=1 speed-up: {one / two:.2f} x")
    print(f"ours / raw nlp.pipe: {raw / one:.2f}")
    print(
        f"re-run with nothing new: {again:.2f} s = {again / total:.1%} of the first "
        f"run (model load, {big['model_load']:.1f} s, once for both runs, not "
        f"counted: a re-run with nothing new does not need it)"
    )
    few = small["first"]["articles"]
    print(
        f"peak memory after the ingest run body, snapshot included "
        f"({first['chunks']} and {small['first']['chunks']} chunks): "
        f"{big['ingest_peak_mib']:.0f} MiB for {n} articles, "
        f"{small['ingest_peak_mib']:.0f} MiB for {few} articles"
    )
    print(
        f"peak memory of the whole run (with the publish run body): "
        f"{big['peak_mib']:.0f} MiB for {n} articles, "
        f"{small['peak_mib']:.0f} MiB for {few} articles"
    )


def _stage_table(first: dict, rerun: dict) -> tuple[float, float]:
    """Print the stages' seconds of both runs; return the two runs' totals."""
    n = first["articles"]
    print("| stage | first run s | articles/s | re-run s (nothing new) |")
    print("|---|---:|---:|---:|")
    for stage in STAGES:
        seconds = first["seconds"][stage]
        rate = f"{n / seconds:,.0f}" if seconds > 0 else "-"
        print(f"| {stage} | {seconds:.1f} | {rate} | {rerun['seconds'][stage]:.2f} |")
    print(
        f"| *ingest run body* | {first['ingest']:.1f} | {n / first['ingest']:,.1f} "
        f"| {rerun['ingest']:.2f} |"
    )
    total, again = sum(first["seconds"].values()), sum(rerun["seconds"].values())
    print(f"| **all** | {total:.1f} | {n / total:,.1f} | {again:.2f} |")
    return total, again


if __name__ == "__main__":
    raise SystemExit(main())
