"""Run the real ingest body (`runs.ingest.ingest`) without Prefect, for tests that
run many ingests (re-processing, idempotence, kill -9 trials, faults)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb
from loopback import FAST, Reply, serve_loopback
from spacy.language import Language

from extract.web.fetcher import Fetcher
from kernel.config import Config, Settings
from kernel.records import Source
from runs.ingest import IngestSummary, ingest
from runs.runner import SerialRunner
from store import db

SEED_PATH = (
    "/wire/seed-article-lavrov-signals-openness-to-talks-as-china-urges-security"
    "-council-to.html"
)
# Columns that record when, not what: left out when comparing two databases.
WHEN = {"updated_at", "fetched_at", "parsed_at"}


def small_corpus(base_url: str) -> list[Source]:
    """Five articles from three sources of the bundled corpus."""
    return [
        Source("kremlin", "feed", f"{base_url}/kremlin/feed.xml", True, 0, limit=2),
        Source("wikinews", "feed", f"{base_url}/wikinews/feed.xml", True, 0, limit=2),
        Source("seed", "page", base_url + SEED_PATH, True, 0),
    ]


def run_ingest(
    database: Path,
    sources: Sequence[Source],
    nlp: Language,
    *,
    chunk_size: int = 200,
    fetcher: Fetcher | None = None,
) -> IngestSummary:
    """One ingest run of the real run body, every stage in this process."""
    settings = Settings(
        database=database, site=database.parent / "site", chunk_size=chunk_size
    )
    config = Config(settings, tuple(sources), database.with_name("sources.toml"))
    runner = SerialRunner(settings, fetcher=fetcher, nlp=nlp)
    conn = db.open_store(database)
    try:
        return ingest(conn, config, runner)
    finally:
        runner.close()
        conn.close()


def content_rows(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every row of the content tables, without the columns that record when."""
    rows = {}
    for table in db.CONTENT_TABLES:
        columns = [
            name
            for (name,) in conn.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            if name not in WHEN
        ]
        rows[table] = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL"
        ).fetchall()
    return rows


def ingest_page(
    database: Path, nlp: Language, body: bytes, *, actor: str | None = None
) -> IngestSummary:
    """One page served over loopback, ingested as a page source of its own
    (issued by `actor`, if given)."""
    with serve_loopback() as server:
        url = server.script("/page.html", Reply(body=body))
        source = Source("page", "page", url, True, 0, actor=actor)
        return run_ingest(database, [source], nlp, fetcher=Fetcher(settings=FAST))
