"""The DuckDB store: connection, migrations and every write.

One process writes at a time; each batch is one transaction; every row has a
stable id, so writing the same batch twice leaves the same rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

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
from store import inserts
from store.driver import driver_errors, interrupted, named_rows
from store.inserts import insert_rows

SCHEMA_VERSION = 5
SCHEMA = Path(__file__).with_name("schema.sql")
TABLES = ("sources", "runs", "fetches", "documents", "articles", "actors", "statements")
CONTENT_TABLES = ("sources", "documents", "articles", "actors", "statements")
_LOCK_HOLDER = re.compile(r"held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def open_store(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, for writers, create or migrate) the DuckDB file."""
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}: run `communique ingest` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        if isinstance(err, duckdb.IOException) and "lock" in str(err).lower():
            raise StoreError(locked_message(path, str(err))) from err
        raise StoreError(f"cannot open {path}: {err}") from err
    if not read_only:
        try:
            migrate(conn)
        except StoreError:
            conn.close()  # release the file: the caller gets no connection
            raise
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
    before = schema_version(conn)
    if before > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {before}, newer than this Communiqué "
            f"({SCHEMA_VERSION}): upgrade Communiqué"
        )
    with _transaction(conn, f"cannot migrate the schema to version {SCHEMA_VERSION}"):
        conn.execute(SCHEMA.read_text(encoding="utf-8"))
        if before < SCHEMA_VERSION:
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                [SCHEMA_VERSION, datetime.now(UTC)],
            )
    return before


@driver_errors("cannot read the schema version")
def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open file: 0 for an empty one."""
    found = conn.execute(
        "SELECT count(*) FROM information_schema.tables"
        " WHERE table_name = 'schema_version'"
    ).fetchone()
    if not (found and found[0]):
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0) if row else 0


@driver_errors("cannot save the configured sources")
def save_sources(conn: duckdb.DuckDBPyConnection, sources: Sequence[Source]) -> None:
    """Upsert the configured sources, keeping their saved listing validators."""
    now = datetime.now(UTC)
    options = ("allow_private", "delay", "limit", "example")
    insert_rows(
        conn,
        inserts.SOURCES,
        [
            {
                "source_id": s.source_id,
                "name": s.name,
                "kind": s.kind,
                "url": s.url,
                "options": json.dumps({name: getattr(s, name) for name in options}),
                "updated_at": now,
            }
            for s in sources
        ],
    )


def save_actors(conn: duckdb.DuckDBPyConnection, actors: Iterable[Actor]) -> None:
    """Upsert the actor registry."""
    rows = [{"actor_id": a.actor_id, "name": a.name, "kind": a.kind} for a in actors]
    with _transaction(conn, "cannot save the actor registry"):
        insert_rows(conn, inserts.ACTORS, rows)


@driver_errors("cannot read the stored pages' validators")
def page_validators(conn: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    """ETag and Last-Modified of every stored page, by URL."""
    rows = named_rows(conn, "SELECT url, etag, last_modified FROM documents")
    return {row.pop("url"): Validators(**row) for row in rows}


@driver_errors("cannot read the sources' listing validators")
def listing_validators(conn: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    """Validators of each source's feed or sitemap, by source id."""
    rows = named_rows(
        conn,
        "SELECT source_id, listing_etag AS etag, listing_last_modified AS last_modified"
        " FROM sources"
        " WHERE listing_etag IS NOT NULL OR listing_last_modified IS NOT NULL",
    )
    return {row.pop("source_id"): Validators(**row) for row in rows}


@driver_errors("cannot read the stored articles' text hashes")
def known_texts(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Text hash -> article id of every stored article, to spot the same text twice."""
    rows = conn.execute("SELECT text_sha256, article_id FROM articles").fetchall()
    return dict(rows)


@driver_errors("cannot read the stored articles' pages")
def article_holders(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Article id -> URL of the page that holds it, for every stored article."""
    rows = conn.execute("SELECT article_id, url FROM articles").fetchall()
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
    pages: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """Write one source's results in one transaction: all of it or none of it.
    `pages` gives each document's page type and why, by URL."""
    with _transaction(conn, f"cannot store the batch of source {source.name}"):
        insert_rows(conn, inserts.FETCHES, _fetch_rows(run_id, source, attempts))
        insert_rows(
            conn, inserts.DOCUMENTS, _document_rows(source, documents, pages or {})
        )
        insert_rows(conn, inserts.ARTICLES, _article_rows(articles))
        _save_statements(conn, statements)
        if listing is not None:
            conn.execute(
                "UPDATE sources SET listing_etag = ?, listing_last_modified = ?"
                " WHERE source_id = ?",
                [listing.etag, listing.last_modified, source.source_id],
            )


def save_articles(
    conn: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    statements: Mapping[str, Sequence[Statement]],
    removed: Sequence[str] = (),
) -> None:
    """Upsert articles, replace the statements of the articles in `statements`,
    and delete the `removed` articles with theirs: one transaction."""
    with _transaction(conn, "cannot store the re-processed articles"):
        for article_id in removed:
            conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
            conn.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
        insert_rows(conn, inserts.ARTICLES, _article_rows(articles))
        _save_statements(conn, statements)


def save_page_types(
    conn: duckdb.DuckDBPyConnection, pages: Mapping[str, tuple[str, str]]
) -> int:
    """Record each document's page type and reason (document id -> both); return
    how many documents had another (or none) before. One statement."""
    if not pages:
        return 0
    table = pa.table(
        {
            "document_id": list(pages),
            "page_type": [kind for kind, _ in pages.values()],
            "page_reason": [reason for _, reason in pages.values()],
        }
    )
    conn.register("read_pages", table)
    try:
        with _transaction(conn, "cannot store the page types"):
            changed = conn.execute(
                "UPDATE documents SET page_type = p.page_type,"
                " page_reason = p.page_reason FROM read_pages p"
                " WHERE documents.document_id = p.document_id"
                " AND (documents.page_type IS DISTINCT FROM p.page_type"
                " OR documents.page_reason IS DISTINCT FROM p.page_reason)"
            ).fetchone()
    finally:
        conn.unregister("read_pages")
    return int(changed[0]) if changed else 0


@driver_errors("cannot count the rows of the tables")
def table_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table the file has (an old one may lack some, a newer
    one have more): the pipeline's tables first, then the others by name."""
    present = [
        name
        for (name,) in conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = 'main' AND table_type = 'BASE TABLE'"
        ).fetchall()
    ]
    counts = {}
    for table in sorted(present, key=lambda t: (_rank(t), t)):
        row = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


def _rank(table: str) -> int:
    """Where a table comes in the pipeline's order (after it, if not its own)."""
    return TABLES.index(table) if table in TABLES else len(TABLES)


@contextmanager
def _transaction(conn: duckdb.DuckDBPyConnection, what: str) -> Iterator[None]:
    """One transaction: committed at the end of the block, or rolled back on any
    error, which is raised again as StoreError("<what>: <cause>")."""
    try:
        conn.execute("BEGIN")
        yield
        conn.execute("COMMIT")
    except Exception as err:  # roll back on any error, then say what failed
        stop = interrupted(err)
        if stop:  # Ctrl-C: the query stopped first, or ROLLBACK waits for it
            conn.interrupt()  # (see driver.interrupts)
        with suppress(duckdb.Error):  # no transaction left to roll back
            conn.execute("ROLLBACK")
        if stop:  # Ctrl-C: a stop
            raise KeyboardInterrupt from err
        raise StoreError(f"{what}: {err}") from err


def _fetch_rows(
    run_id: str, source: Source, attempts: Sequence[FetchAttempt]
) -> list[dict[str, object]]:
    return [
        {
            "fetch_id": stable_id(run_id, a.url, a.attempt, a.started_at.isoformat()),
            "run_id": run_id,
            "source_id": source.source_id,
            "url": a.url,
            "attempt": a.attempt,
            "status": a.status,
            "outcome": a.outcome,
            "error": a.error,
            "started_at": a.started_at,
            "elapsed_ms": a.elapsed_ms,
            "bytes": a.bytes,
        }
        for a in attempts
    ]


def _document_rows(
    source: Source,
    documents: Sequence[RawDocument],
    pages: Mapping[str, tuple[str, str]],
) -> list[dict[str, object]]:
    return [
        {
            "document_id": d.document_id,
            "source_id": source.source_id,
            "url": d.url,
            "final_url": d.final_url,
            "status": d.status,
            "content_type": d.content_type,
            "etag": d.etag,
            "last_modified": d.last_modified,
            "body": d.body,
            "body_sha256": d.body_sha256,
            "fetched_at": d.fetched_at,
            "page_type": pages.get(d.url, (None, None))[0],
            "page_reason": pages.get(d.url, (None, None))[1],
        }
        for d in documents
    ]


def _article_rows(articles: Sequence[Article]) -> list[dict[str, object]]:
    now = datetime.now(UTC)
    return [
        {
            "article_id": a.article_id,
            "document_id": a.document_id,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "title": a.title,
            "author": a.author,
            "sitename": a.sitename,
            "published": a.published,
            "date_source": a.date_source,
            "language": a.language,
            "text": a.text,
            "text_sha256": a.text_sha256,
            "citations": json.dumps(
                [{"text": c.text, "offset": c.offset} for c in a.citations]
            ),
            "license": a.license,
            "parser_version": a.parser_version,
            "parsed_at": now,
            "original_url": a.original_url,
            "attribution": a.attribution,
        }
        for a in articles
    ]


def _save_statements(
    conn: duckdb.DuckDBPyConnection, statements: Mapping[str, Sequence[Statement]]
) -> None:
    for article_id in statements:
        conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
    rows = [_statement_row(s) for batch in statements.values() for s in batch]
    insert_rows(conn, inserts.STATEMENTS, rows)


def _statement_row(s: Statement) -> dict[str, object]:
    """The columns of a statement; actor_id and topic are derived in SQL."""
    speaker = s.speaker_span or (None, None)
    return {
        "statement_id": s.statement_id,
        "article_id": s.article_id,
        "seq": s.seq,
        "speaker": s.speaker,
        "speaker_mention": s.speaker_mention,
        "speaker_start": speaker[0],
        "speaker_end": speaker[1],
        "actor_ids": list(s.actor_ids),
        "cue": s.cue,
        "cue_start": s.cue_span[0],
        "cue_end": s.cue_span[1],
        "content": s.content,
        "content_start": s.content_span[0],
        "content_end": s.content_span[1],
        "kind": s.kind,
        "addressee": s.addressee,
        "venue": s.venue,
        "role": s.role,
        "act": s.act,
        "cameo": s.cameo,
        "plover": s.plover,
        "sentence": s.sentence,
        "sentence_start": s.sentence_span[0],
        "sentence_end": s.sentence_span[1],
        "extractor_version": s.extractor_version,
        "topics": list(s.topics),
    }
