"""The ingest stages as plain functions, without Prefect, for tests that run many
ingests (re-processing, idempotence, kill -9 trials).

`ingest` mirrors `flows.ingest._ingest`: read every listing, then fetch, parse,
dedupe, extract and store each chunk of a source's pages as one batch; a listing's
validators go with its source's last chunk, blank if a page of it failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb
from spacy.language import Language

from extract import parse
from extract.dedupe import dedupe_articles
from extract.nlp import pipeline
from extract.nlp.actors import load_registry
from extract.web import fetch
from kernel.records import Source
from store import db, history

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


def ingest(
    database: Path,
    sources: Sequence[Source],
    nlp: Language,
    *,
    conditional: bool = True,
    chunk_size: int = 200,
) -> str:
    """One ingest run; returns its status. `conditional=False` ignores validators."""
    conn = db.open_store(database)
    try:
        run_id = history.start_run(conn, "ingest", {"plain": True})
        db.save_sources(conn, sources)
        db.save_actors(conn, load_registry().actors.values())
        known = db.page_validators(conn) if conditional else {}
        listings = db.listing_validators(conn) if conditional else {}
        known_texts = db.known_texts(conn)
        failures: list[str] = []
        fetch_failed: set[str] = set()
        fetcher = fetch.Fetcher()
        try:
            chunks = [
                chunk
                for s in sources
                for chunk in fetch.plan_source(
                    fetcher, s, listings.get(s.source_id), chunk_size
                )
            ]
            for chunk in chunks:
                result = fetch.fetch_chunk(fetcher, chunk, known)
                articles, errors = parse.parse_documents(list(result.documents))
                articles, _ = dedupe_articles(articles, known_texts)
                known_texts.update({a.text_sha256: a.article_id for a in articles})
                texts = [(a.article_id, a.text) for a in articles]
                statements = dict(pipeline.extract_statements(nlp, texts))
                if result.errors:
                    fetch_failed.add(result.source.source_id)
                listing = fetch.listing_to_save(
                    result.listing, failed=result.source.source_id in fetch_failed
                )
                db.save_batch(
                    conn,
                    run_id,
                    result.source,
                    result.attempts,
                    result.documents,
                    articles,
                    statements,
                    listing,
                )
                failures.extend(result.errors + tuple(errors))
        finally:
            fetcher.close()
        return history.finish_run(conn, run_id, {}, failures)
    finally:
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
