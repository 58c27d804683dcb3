"""Crash safety: ingest runs killed with SIGKILL at random points lose nothing.

A zygote process (tests/crash_worker.py) loads the model once and forks one child
per run; the child runs the ingest run body (`runs.ingest.ingest`) against the bundled
corpus on loopback, one page per chunk. After each kill the database must open,
hold each chunk (a page with its fetches, article and statements) whole or not at
all, keep a feed's validators only once all its pages are stored, and the next run
must finish the work with the same rows as an uninterrupted run. Set CRASH_TRIALS
to run more.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import duckdb
import pytest
from ingesting import content_rows

from corpus import CorpusServer, load_documents
from corpus.pages import article_path
from kernel.records import Source
from store import db

TRIALS = int(os.environ.get("CRASH_TRIALS", "20"))
SEED = 20251126
WORKER = Path(__file__).with_name("crash_worker.py")


class Zygote:
    """The worker process: ask it to run an ingest, killed after a delay or not."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def run(self, database: Path, kill_after: float = -1.0) -> str:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(f"run {database} {kill_after}\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()


def _sources(base_url: str) -> list[Source]:
    """Four short pages of two corpus sites, and a feed of three pages: seven
    chunks of one page each, the feed's validators stored with its last."""
    docs = sorted(load_documents(), key=lambda d: len(d.text))
    chosen = [d for d in docs if d.site == "whitehouse"][:2]
    chosen += [d for d in docs if d.site == "kremlin"][:2]
    pages = [
        Source(d.id, "page", base_url + article_path(d), allow_private=True, delay=0)
        for d in chosen
    ]
    feed = Source(
        "wikinews", "feed", f"{base_url}/wikinews/feed.xml", True, delay=0, limit=3
    )
    return [*pages, feed]


@pytest.fixture(scope="module")
def zygote(corpus_server: CorpusServer) -> Iterator[Zygote]:
    sources = json.dumps([asdict(s) for s in _sources(corpus_server.url)])
    process = subprocess.Popen(
        [sys.executable, str(WORKER), sources],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    yield Zygote(process)
    assert process.stdin is not None
    process.stdin.write("quit\n")
    process.stdin.close()
    process.wait(timeout=30)


def _chunks(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[object, ...]]:
    """By stored document (one chunk each): its articles, its statements, and
    whether its URL was logged in `fetches`."""
    chunks = {}
    for document_id, url in conn.execute(
        "SELECT document_id, url FROM documents"
    ).fetchall():
        articles = conn.execute(
            "SELECT article_id FROM articles WHERE document_id = ?", [document_id]
        ).fetchall()
        statements = conn.execute(
            "SELECT statement_id FROM statements JOIN articles USING (article_id)"
            " WHERE document_id = ?",
            [document_id],
        ).fetchall()
        logged = conn.execute("SELECT count(*) FROM fetches WHERE url = ?", [url])
        chunks[document_id] = (set(articles), set(statements), logged.fetchone())
    return chunks


def _check_after_kill(
    path: Path, reference: dict[str, tuple[object, ...]], actors: int
) -> int:
    """The killed run's file opens and holds whole chunks; how many it holds."""
    conn = db.open_store(path)  # opens, replays the WAL, migrates if need be
    try:
        found = _chunks(conn)
        count = conn.execute("SELECT count(*) FROM actors").fetchone()
        orphans = conn.execute(
            "SELECT DISTINCT f.url FROM fetches f JOIN sources s USING (source_id)"
            " WHERE f.url <> s.url AND f.url NOT LIKE '%/robots.txt'"
            " AND f.url NOT IN (SELECT url FROM documents)"
        ).fetchall()
        listing = conn.execute(
            "SELECT listing_etag IS NOT NULL OR listing_last_modified IS NOT NULL"
            " FROM sources WHERE kind = 'feed'"
        ).fetchall()
        feed_pages = conn.execute(
            "SELECT count(*) FROM documents JOIN sources USING (source_id)"
            " WHERE kind = 'feed'"
        ).fetchone()
    finally:
        conn.close()
    assert count in ((0,), (actors,))
    assert not orphans, f"pages logged without their document: {orphans}"
    for document_id, chunk in found.items():
        assert chunk == reference[document_id], f"half a chunk of {document_id}"
    if listing == [(True,)]:
        assert feed_pages == (3,), "feed validators stored before all its pages"
    return len(found)


def test_kill_9_at_random_points_loses_nothing_and_the_next_run_completes(
    zygote: Zygote, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    reference_path = tmp_path / "reference.duckdb"
    started = time.monotonic()
    assert zygote.run(reference_path) == "exit 0"
    duration = time.monotonic() - started
    conn = duckdb.connect(str(reference_path), read_only=True)
    reference, chunks = content_rows(conn), _chunks(conn)
    conn.close()
    assert len(reference["articles"]) == 7
    rng = random.Random(SEED)
    killed = stored_chunks = abandoned = 0

    trial = 0
    # Until TRIALS runs were killed mid-run: a run may finish before its kill
    # time when the machine is faster than during the reference run.
    while killed < TRIALS and trial < 2 * TRIALS:
        trial += 1
        path = tmp_path / f"trial-{trial}.duckdb"
        began = time.monotonic()
        outcome = zygote.run(path, rng.uniform(0.0, 0.9 * duration))
        killed += outcome == "killed"
        if outcome != "killed":  # the machine got faster: kill earlier from now on
            duration = min(duration, time.monotonic() - began)
        if path.exists():
            stored_chunks += _check_after_kill(path, chunks, len(reference["actors"]))

        assert zygote.run(path) == "exit 0", f"trial {trial}: the next run failed"

        conn = duckdb.connect(str(path), read_only=True)
        rows = content_rows(conn)
        statuses = conn.execute(
            "SELECT status FROM runs ORDER BY started_at"
        ).fetchall()
        conn.close()
        assert rows == reference, f"trial {trial}: " + _difference(rows, reference)
        # A run killed after it started is marked abandoned by the next one (or
        # is ok, if the kill came after its end was recorded).
        assert set(statuses[:-1]) <= {("abandoned",), ("ok",)}
        assert statuses[-1] == ("ok",)
        abandoned += statuses[:-1] == [("abandoned",)]

    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled():  # type: ignore[union-attr]
        print(
            f"\nkill -9 trials: {trial} runs, {killed} killed mid-run, "
            f"{abandoned} left running and marked abandoned; {stored_chunks} whole "
            "chunks and no half chunk found after the kills; every next run "
            f"matched an unkilled run ({duration:.2f} s)"
        )
    assert killed == TRIALS


def _difference(rows: dict[str, list[tuple]], reference: dict[str, list[tuple]]) -> str:
    """The rows of each table found only after the kill, and only unkilled."""
    lines = ["rows differ from an unkilled run"]
    for table in reference:
        after, before = rows[table], reference[table]  # rows may hold lists
        lines += [f"{table} after the kill only: {r}" for r in after if r not in before]
        lines += [f"{table} unkilled only: {r}" for r in before if r not in after]
    return "\n".join(lines)
