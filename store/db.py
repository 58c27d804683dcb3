"""The DuckDB store: connection, migrations and every write.

One process writes at a time; each batch is one transaction; every row has a
stable id, so writing the same batch twice leaves the same rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extract.nlp.actors import Actor
from kernel.errors import StoreError
from kernel.records import (
    Article,
    FetchAttempt,
    RawDocument,
    Source,
    Statement,
    Validators,
    stable_id,
)

SCHEMA_VERSION = 3
SCHEMA = Path(__file__).with_name("schema.sql")
TABLES = ("sources", "runs", "fetches", "documents", "articles", "actors", "statements")
# Named, because a table migrated from version 1 has `topics` last, like a new one,
# but an explicit list keeps the insert right whatever the physical order.
STATEMENT_COLUMNS = (
    "statement_id",
    "article_id",
    "seq",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "actor_id",
    "actor_ids",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "kind",
    "addressee",
    "venue",
    "act",
    "cameo",
    "plover",
    "topic",
    "sentence",
    "sentence_start",
    "sentence_end",
    "extractor_version",
    "topics",
)
CONTENT_TABLES = ("sources", "documents", "articles", "actors", "statements")
_VALUES = re.compile(r"\((?:\?,\s*)*\?\)")  # the "(?, ?, …)" of one row
_ROWS_PER_INSERT = 256
_LOCK_HOLDER = re.compile(r"held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def open_store(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, for writers, create or migrate) the DuckDB file."""
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}: run `communique ingest` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise StoreError(locked_message(path, str(err))) from err
        raise StoreError(f"cannot open {path}: {err}") from err
    if not read_only:
        migrate(conn)
    return conn


def locked_message(path: Path, error: str) -> str:
    """One line for a file another process holds: who holds it, what to do."""
    holder = _LOCK_HOLDER.search(error)
    who = f" ({holder['program']}, PID {holder['pid']})" if holder else ""
    return (
        f"{path} is locked by another process{who} (DuckDB allows one writer): "
        "wait for the running job to finish"
        + (", or stop that process if it is stuck" if holder else "")
    )


def migrate(conn: duckdb.DuckDBPyConnection) -> int:
    """Bring the schema to SCHEMA_VERSION; returns the version found before."""
    found = conn.execute(
        "SELECT count(*) FROM information_schema.tables"
        " WHERE table_name = 'schema_version'"
    ).fetchone()
    before = 0
    if found and found[0]:
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        before = int(row[0] or 0) if row else 0
    if before > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {before}, newer than this Communiqué "
            f"({SCHEMA_VERSION}): upgrade Communiqué"
        )
    conn.execute("BEGIN")
    conn.execute(SCHEMA.read_text(encoding="utf-8"))
    if before < SCHEMA_VERSION:
        conn.execute(
            "INSERT INTO schema_version VALUES (?, ?)",
            [SCHEMA_VERSION, datetime.now(UTC)],
        )
    conn.execute("COMMIT")
    return before


def save_sources(conn: duckdb.DuckDBPyConnection, sources: Sequence[Source]) -> None:
    """Upsert the configured sources, keeping their saved listing validators."""
    _executemany(
        conn,
        """
        INSERT INTO sources (source_id, name, kind, url, options, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (source_id) DO UPDATE SET
            name = excluded.name, kind = excluded.kind, options = excluded.options,
            updated_at = excluded.updated_at
        """,
        [
            (
                s.source_id,
                s.name,
                s.kind,
                s.url,
                json.dumps(
                    {
                        "allow_private": s.allow_private,
                        "delay": s.delay,
                        "limit": s.limit,
                    }
                ),
                datetime.now(UTC),
            )
            for s in sources
        ],
    )


def save_actors(conn: duckdb.DuckDBPyConnection, actors: Iterable[Actor]) -> None:
    """Upsert the actor registry."""
    rows = [(a.actor_id, a.name, a.kind) for a in actors]
    conn.execute("BEGIN")
    _executemany(conn, "INSERT OR REPLACE INTO actors VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")


def page_validators(conn: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    """ETag and Last-Modified of every stored page, by URL."""
    rows = conn.execute("SELECT url, etag, last_modified FROM documents").fetchall()
    return {url: Validators(etag, modified) for url, etag, modified in rows}


def listing_validators(conn: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    """Validators of each source's feed or sitemap, by source id."""
    rows = conn.execute(
        "SELECT source_id, listing_etag, listing_last_modified FROM sources"
        " WHERE listing_etag IS NOT NULL OR listing_last_modified IS NOT NULL"
    ).fetchall()
    return {sid: Validators(etag, modified) for sid, etag, modified in rows}


def known_texts(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Text hash -> article id of every stored article, to spot the same text twice."""
    rows = conn.execute("SELECT text_sha256, article_id FROM articles").fetchall()
    return dict(rows)


def save_batch(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    source: Source,
    attempts: Sequence[FetchAttempt],
    documents: Sequence[RawDocument],
    articles: Sequence[Article],
    statements: Mapping[str, Sequence[Statement]],
    listing: Validators | None,
) -> None:
    """Write one source's results in one transaction: all of it or none of it."""
    try:
        conn.execute("BEGIN")
        _save_attempts(conn, run_id, source, attempts)
        _save_documents(conn, source, documents)
        _save_articles(conn, articles)
        _save_statements(conn, statements)
        if listing is not None:
            conn.execute(
                "UPDATE sources SET listing_etag = ?, listing_last_modified = ?"
                " WHERE source_id = ?",
                [listing.etag, listing.last_modified, source.source_id],
            )
        conn.execute("COMMIT")
    except Exception as err:  # roll back on any error, then say which batch
        conn.execute("ROLLBACK")
        raise StoreError(
            f"cannot store the batch of source {source.name}: {err}"
        ) from err


def save_articles(
    conn: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    statements: Mapping[str, Sequence[Statement]],
    removed: Sequence[str] = (),
) -> None:
    """Upsert articles, replace the statements of the articles in `statements`,
    and delete the `removed` articles with theirs: one transaction."""
    try:
        conn.execute("BEGIN")
        for article_id in removed:
            conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
            conn.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
        _save_articles(conn, articles)
        _save_statements(conn, statements)
        conn.execute("COMMIT")
    except Exception as err:  # roll back on any error, then say what failed
        conn.execute("ROLLBACK")
        raise StoreError(f"cannot store the re-processed articles: {err}") from err


def table_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table."""
    counts = {}
    for table in TABLES:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


def _save_attempts(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    source: Source,
    attempts: Sequence[FetchAttempt],
) -> None:
    _executemany(
        conn,
        "INSERT OR REPLACE INTO fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                stable_id(run_id, a.url, a.attempt, a.started_at.isoformat()),
                run_id,
                source.source_id,
                a.url,
                a.attempt,
                a.status,
                a.outcome,
                a.error,
                a.started_at,
                a.elapsed_ms,
                a.bytes,
            )
            for a in attempts
        ],
    )


def _save_documents(
    conn: duckdb.DuckDBPyConnection, source: Source, documents: Sequence[RawDocument]
) -> None:
    _executemany(
        conn,
        "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                d.document_id,
                source.source_id,
                d.url,
                d.final_url,
                d.status,
                d.content_type,
                d.etag,
                d.last_modified,
                d.body,
                d.body_sha256,
                d.fetched_at,
            )
            for d in documents
        ],
    )


def _save_articles(
    conn: duckdb.DuckDBPyConnection, articles: Sequence[Article]
) -> None:
    _executemany(
        conn,
        "INSERT OR REPLACE INTO articles VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a.article_id,
                a.document_id,
                a.url,
                a.canonical_url,
                a.title,
                a.author,
                a.sitename,
                a.published,
                a.date_source,
                a.language,
                a.text,
                a.text_sha256,
                json.dumps([{"text": c.text, "offset": c.offset} for c in a.citations]),
                a.license,
                a.parser_version,
                datetime.now(UTC),
            )
            for a in articles
        ],
    )


def _save_statements(
    conn: duckdb.DuckDBPyConnection, statements: Mapping[str, Sequence[Statement]]
) -> None:
    for article_id in statements:
        conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
    _executemany(
        conn,
        f"INSERT OR REPLACE INTO statements ({', '.join(STATEMENT_COLUMNS)})"
        f" VALUES ({', '.join(['?'] * len(STATEMENT_COLUMNS))})",
        [
            (
                s.statement_id,
                s.article_id,
                s.seq,
                s.speaker,
                s.speaker_mention,
                s.speaker_span[0] if s.speaker_span else None,
                s.speaker_span[1] if s.speaker_span else None,
                s.actor_id,
                list(s.actor_ids),
                s.cue,
                s.cue_span[0],
                s.cue_span[1],
                s.content,
                s.content_span[0],
                s.content_span[1],
                s.kind,
                s.addressee,
                s.venue,
                s.act,
                s.cameo,
                s.plover,
                s.topic,
                s.sentence,
                s.sentence_span[0],
                s.sentence_span[1],
                s.extractor_version,
                list(s.topic_ids),
            )
            for batch in statements.values()
            for s in batch
        ],
    )


def _executemany(
    conn: duckdb.DuckDBPyConnection, sql: str, rows: Sequence[Sequence[object]]
) -> None:
    """Run an `INSERT … VALUES (?, …)` for every row, as multi-row inserts.

    Much faster than DuckDB's executemany (one statement per row). Rows are keyed
    by their first value, and the last row of a key wins, as it would one by one.
    """
    unique = list({row[0]: row for row in rows}.values())
    group = _VALUES.search(sql)
    if group is None:
        raise StoreError(f"not a single-row INSERT … VALUES statement: {sql}")
    for start in range(0, len(unique), _ROWS_PER_INSERT):
        chunk = unique[start : start + _ROWS_PER_INSERT]
        many = ", ".join([group.group(0)] * len(chunk))
        conn.execute(
            sql[: group.start()] + many + sql[group.end() :],
            [value for row in chunk for value in row],
        )
