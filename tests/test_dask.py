"""Scale-out: the ingest flow on a local Dask cluster stores what threads store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import write_sources

from flows.pipeline import run_ingest
from kernel.config import load_config

COLUMNS = {
    "articles": "article_id, text_sha256",
    "statements": "statement_id, speaker, actor_ids, act, topics",
    "documents": "document_id, body_sha256",
}


def _rows(database: Path) -> dict[str, list[tuple]]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        return {
            table: conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
            for table, columns in COLUMNS.items()
        }
    finally:
        conn.close()


def _sources(folder: Path, base_url: str, settings: str = "") -> Path:
    folder.mkdir()
    path = write_sources(folder, base_url)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('site = "site"\n', f'site = "site"\n{settings}'), encoding="utf-8"
    )
    return path


@pytest.mark.slow
def test_ingest_on_two_dask_workers_stores_the_same_rows_as_threads(
    prefect_harness, corpus_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    threads = _sources(tmp_path / "threads", corpus_server.url)
    dask = _sources(
        tmp_path / "dask",
        corpus_server.url,
        'task_runner = "dask"\ndask_workers = 2\nbatch_size = 2\n',
    )

    by_threads = run_ingest(load_config(threads), limit=3)
    by_dask = run_ingest(load_config(dask), limit=3)

    assert by_dask.status == by_threads.status == "ok"
    assert by_dask.counts["statements"] == by_threads.counts["statements"] > 0
    assert _rows(tmp_path / "dask" / "communique.duckdb") == _rows(
        tmp_path / "threads" / "communique.duckdb"
    )
