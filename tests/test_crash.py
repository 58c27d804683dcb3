"""Crash safety: ingest runs killed with SIGKILL at random points lose nothing.

A zygote process (tests/crash_worker.py) loads the model once and forks one child
per run; the child runs the ingest stages as plain functions against the bundled
corpus on loopback. After each kill the database must open, hold each source's
batch whole or not at all, and the next run must finish the work with the same
rows as an uninterrupted run. Set CRASH_TRIALS to run more.
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
from plain_ingest import content_rows

from corpus import CorpusServer, load_documents
from corpus.pages import article_path
from extract.records import Source
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
    """Six short pages from the three corpus sites: six batches of one article."""
    docs = sorted(load_documents(), key=lambda d: len(d.text))
    chosen = [d for d in docs if d.site == "whitehouse"][:2]
    chosen += [d for d in docs if d.site == "wikinews"][:2]
    chosen += [d for d in docs if d.site == "kremlin"][:2]
    return [
        Source(d.id, "page", base_url + article_path(d), allow_private=True, delay=0)
        for d in chosen
    ]


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


def _batches(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[set[str], ...]]:
    """By source: its documents, articles, statements, and URLs fetched."""
    batches = {}
    for (source_id,) in conn.execute("SELECT source_id FROM sources").fetchall():
        sets = []
        for sql in (
            "SELECT document_id FROM documents WHERE source_id = ?",
            "SELECT a.article_id FROM articles a JOIN documents d USING (document_id)"
            " WHERE d.source_id = ?",
            "SELECT s.statement_id FROM statements s JOIN articles a USING (article_id)"
            " JOIN documents d USING (document_id) WHERE d.source_id = ?",
            "SELECT DISTINCT url FROM fetches WHERE source_id = ?"
            " AND url NOT LIKE '%/robots.txt'",
        ):
            sets.append({row[0] for row in conn.execute(sql, [source_id]).fetchall()})
        batches[source_id] = tuple(sets)
    return batches


def _check_after_kill(
    path: Path, reference: dict[str, tuple[set[str], ...]], actors: int
) -> int:
    """The killed run's file opens and holds whole batches; how many it holds."""
    conn = db.open_store(path)  # opens, replays the WAL, migrates if need be
    try:
        found = _batches(conn)
        count = conn.execute("SELECT count(*) FROM actors").fetchone()
    finally:
        conn.close()
    assert count in ((0,), (actors,))
    whole = 0
    for source_id, batch in found.items():
        empty = tuple(set() for _ in batch)
        assert batch in (reference[source_id], empty), f"half a batch of {source_id}"
        whole += batch == reference[source_id]
    return whole


def test_kill_9_at_random_points_loses_nothing_and_the_next_run_completes(
    zygote: Zygote, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    reference_path = tmp_path / "reference.duckdb"
    started = time.monotonic()
    assert zygote.run(reference_path) == "exit 0"
    duration = time.monotonic() - started
    conn = duckdb.connect(str(reference_path), read_only=True)
    reference, batches = content_rows(conn), _batches(conn)
    conn.close()
    assert len(reference["articles"]) == 6
    rng = random.Random(SEED)
    killed = stored_batches = abandoned = 0

    trial = 0
    # Until TRIALS runs were killed mid-run: a run may finish before its kill
    # time when the machine is faster than during the reference run.
    while killed < TRIALS and trial < 2 * TRIALS:
        trial += 1
        path = tmp_path / f"trial-{trial}.duckdb"
        outcome = zygote.run(path, rng.uniform(0.0, 0.9 * duration))
        killed += outcome == "killed"
        if path.exists():
            stored_batches += _check_after_kill(path, batches, len(reference["actors"]))

        assert zygote.run(path) == "exit 0", f"trial {trial}: the next run failed"

        conn = duckdb.connect(str(path), read_only=True)
        rows = content_rows(conn)
        statuses = conn.execute(
            "SELECT status FROM runs ORDER BY started_at"
        ).fetchall()
        conn.close()
        assert rows == reference, f"trial {trial}: rows differ from an unkilled run"
        # A run killed after it started is marked abandoned by the next one (or
        # is ok, if the kill came after its end was recorded).
        assert set(statuses[:-1]) <= {("abandoned",), ("ok",)}
        assert statuses[-1] == ("ok",)
        abandoned += statuses[:-1] == [("abandoned",)]

    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled():  # type: ignore[union-attr]
        print(
            f"\nkill -9 trials: {trial} runs, {killed} killed mid-run, "
            f"{abandoned} left running and marked abandoned; {stored_batches} whole "
            "batches and no half batch found after the kills; every next run "
            f"matched an unkilled run ({duration:.2f} s)"
        )
    assert killed == TRIALS
