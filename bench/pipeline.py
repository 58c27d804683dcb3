"""Single-machine throughput of the whole pipeline, stage by stage.

The bundled corpus is repeated (distinct ids, titles and texts) to --articles
pages and served on loopback. A child process runs the stage functions as the
ingest and publish flows wire them (without Prefect's own overhead): fetch, parse,
extract and store chunk by chunk (--chunk-size pages each, one transaction per
chunk), then snapshot and publish; then runs them again with nothing new. A
second child does the same on --small articles, to compare peak memory (after the
ingest stages, and for the whole run with the site build). Then extraction with
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
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("fetch", "parse", "extract", "store", "snapshot", "publish")


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
    _report(copies, big, small, two, raw, texts)
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
    """One first run and one re-run of every stage; seconds, counts, peak memory."""
    from extract.dedupe import dedupe_articles
    from extract.nlp.actors import load_registry
    from extract.nlp.pipeline import extract_statements, load_pipeline
    from extract.parse import parse_documents
    from extract.web.fetch import Fetcher, fetch_chunk, listing_to_save, plan_source
    from kernel.records import Source
    from publish.site import build_site
    from store import db, history
    from store.downloads import write_statement_downloads
    from store.reads import load_site_data
    from store.snapshot import publish_snapshot

    source = Source("bench", "sitemap", f"{url}/sitemap.xml", True, 0.0, articles)
    database = folder / "communique.duckdb"
    conn = db.open_store(database)
    db.save_sources(conn, [source])
    db.save_actors(conn, load_registry().actors.values())
    load_start = time.perf_counter()
    nlp = load_pipeline()
    model_load = time.perf_counter() - load_start
    results = []
    ingest_peak_kib = 0
    for _ in range(2):  # the first run, then a re-run with nothing new
        timer = _Timer()
        run_id = history.start_run(conn, "ingest", {"bench": articles})
        fetcher = Fetcher()
        listing = db.listing_validators(conn).get(source.source_id)
        known = db.page_validators(conn)
        known_texts = db.known_texts(conn)
        chunks = timer.time(
            "fetch",
            lambda f=fetcher, lst=listing: plan_source(f, source, lst, chunk_size),
        )
        done = dict.fromkeys(("articles", "documents", "statements", "words"), 0)
        failed = False
        for chunk in chunks:
            fetched = timer.time(
                "fetch", lambda f=fetcher, c=chunk, k=known: fetch_chunk(f, c, k)
            )
            found, _ = timer.time(
                "parse", lambda r=fetched: parse_documents(list(r.documents))
            )
            found, _ = dedupe_articles(found, known_texts)
            known_texts.update({a.text_sha256: a.article_id for a in found})
            pairs = [(a.article_id, a.text) for a in found]
            statements = timer.time(
                "extract",
                lambda p=pairs: dict(extract_statements(nlp, p, batch_size=batch_size)),
            )
            failed = failed or bool(fetched.errors)
            keep = listing_to_save(fetched.listing, failed=failed)
            timer.time(
                "store",
                lambda r=fetched, a=found, s=statements, i=run_id, v=keep: (
                    db.save_batch(
                        conn,
                        i,
                        source,
                        r.attempts,
                        r.documents,
                        a,
                        s,
                        v,
                    )
                ),
            )
            done["articles"] += len(found)
            done["documents"] += len(fetched.documents)
            done["statements"] += sum(len(s) for s in statements.values())
            done["words"] += sum(len(t.split()) for _, t in pairs)
        fetcher.close()
        history.finish_run(conn, run_id, {}, [])
        ingest_peak_kib = max(ingest_peak_kib, _peak_kib())
        timer.time("snapshot", lambda: publish_snapshot(conn, folder / "snap.duckdb"))
        timer.time(
            "publish",
            lambda: build_site(
                load_site_data(conn),
                folder / "site",
                downloads=partial(write_statement_downloads, conn),
                templates_dir=ROOT / "templates",
            ),
        )
        results.append({"seconds": timer.seconds, "chunks": len(chunks), **done})
    conn.close()
    peak_kib = _peak_kib()
    return {
        "first": results[0],
        "rerun": results[1],
        "model_load": model_load,
        "ingest_peak_mib": ingest_peak_kib / 1024,
        "peak_mib": peak_kib / 1024,
    }


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


class _Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def time(self, stage: str, step: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = step()
        took = time.perf_counter() - start
        self.seconds[stage] = self.seconds.get(stage, 0.0) + took
        return value


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


def _report(
    copies: int,
    big: dict,
    small: dict,
    two: float,
    raw: float,
    texts: list[tuple[str, str]],
) -> None:
    first, rerun = big["first"], big["rerun"]
    n = first["articles"]
    words = first["words"]
    print(
        f"{copies} pages served ({n} articles stored, {words} words, "
        f"{first['statements']} statements); one process, 2 cores"
    )
    print()
    print("| stage | first run s | articles/s | re-run s (nothing new) |")
    print("|---|---:|---:|---:|")
    for stage in STAGES:
        seconds = first["seconds"][stage]
        print(
            f"| {stage} | {seconds:.1f} | {n / seconds:,.0f} | "
            f"{rerun['seconds'][stage]:.2f} |"
        )
    total, again = sum(first["seconds"].values()), sum(rerun["seconds"].values())
    print(f"| **all** | {total:.1f} | {n / total:,.1f} | {again:.2f} |")
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
        f"run (model load, {big['model_load']:.1f} s, not counted: a re-run with "
        f"nothing new skips it)"
    )
    few = small["first"]["articles"]
    print(
        f"peak memory after ingest ({first['chunks']} and "
        f"{small['first']['chunks']} chunks): {big['ingest_peak_mib']:.0f} MiB for "
        f"{n} articles, {small['ingest_peak_mib']:.0f} MiB for {few} articles"
    )
    print(
        f"peak memory of the whole run (with snapshot and site build): "
        f"{big['peak_mib']:.0f} MiB for {n} articles, "
        f"{small['peak_mib']:.0f} MiB for {few} articles"
    )
    del texts


if __name__ == "__main__":
    raise SystemExit(main())
