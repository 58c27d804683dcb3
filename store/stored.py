"""Stored documents and articles read back for re-processing (reparse, reextract)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from kernel.records import Citation, RawDocument
from store.driver import driver_errors, named_rows
from store.inserts import ARTICLES

# An article as `reparse` compares it, in this order: every column but its id and
# the time it was parsed.
COMPARED_COLUMNS = tuple(
    c for c in ARTICLES.columns if c not in {"article_id", "parsed_at"}
)


@driver_errors("cannot read the stored documents")
def stored_documents(conn: duckdb.DuckDBPyConnection) -> list[RawDocument]:
    """Every stored document, those that hold an article first (so that dedupe
    keeps the same one of two equal texts), then oldest first."""
    rows = named_rows(
        conn,
        """
        SELECT coalesce(s.name, d.source_id) AS source_name, d.url, d.final_url,
               d.status, d.content_type, d.etag, d.last_modified, d.body, d.fetched_at
        FROM documents d
        LEFT JOIN sources s USING (source_id)
        ORDER BY EXISTS (
            SELECT 1 FROM articles a WHERE a.document_id = d.document_id
        ) DESC, d.fetched_at, d.document_id
        """,
    )
    return [RawDocument(**{**row, "body": bytes(row["body"])}) for row in rows]


@dataclass(frozen=True, slots=True)
class StoredArticles:
    """The stored articles by id: each row as `_row` shapes it, and text hash."""

    rows: dict[str, tuple[object, ...]]
    texts: dict[str, str]

    @property
    def ids(self) -> set[str]:
        return set(self.rows)


@driver_errors("cannot read the stored articles")
def stored_articles(conn: duckdb.DuckDBPyConnection) -> StoredArticles:
    """Every stored article, in the shape `reparse` compares."""
    rows = named_rows(
        conn, f"SELECT article_id, {', '.join(COMPARED_COLUMNS)} FROM articles"
    )
    shaped = {}
    for row in rows:
        row["citations"] = tuple(
            Citation(c["text"], c["offset"])
            for c in json.loads(row["citations"] or "[]")
        )
        shaped[row["article_id"]] = tuple(row[name] for name in COMPARED_COLUMNS)
    return StoredArticles(
        shaped, {row["article_id"]: row["text_sha256"] for row in rows}
    )


@driver_errors("cannot read the statements' extractor versions")
def extractor_versions(conn: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """The extractor versions of the stored statements."""
    rows = conn.execute(
        "SELECT DISTINCT extractor_version FROM statements ORDER BY 1"
    ).fetchall()
    return tuple(row[0] for row in rows)


@driver_errors("cannot read the stored articles' texts")
def article_texts(
    conn: duckdb.DuckDBPyConnection, languages: Sequence[str] | None = None
) -> list[tuple[str, str]]:
    """(article id, text) of every stored article (in `languages`, or of unknown
    language, when given), by id."""
    rows = conn.execute(
        "SELECT article_id, text FROM articles"
        " WHERE ? IS NULL OR language IS NULL OR list_contains(?, language)"
        " ORDER BY article_id",
        [None if languages is None else list(languages)] * 2,
    ).fetchall()
    return [(article_id, text) for article_id, text in rows]


@driver_errors("cannot read the stored articles' sources")
def article_sources(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The source name of each stored article (of the document that holds it)."""
    rows = conn.execute(
        "SELECT a.article_id, coalesce(s.name, d.source_id) FROM articles a"
        " JOIN documents d ON d.document_id = a.document_id"
        " LEFT JOIN sources s ON s.source_id = d.source_id"
    ).fetchall()
    return dict(rows)


@driver_errors("cannot count the stored statements")
def statement_count(conn: duckdb.DuckDBPyConnection) -> int:
    """How many statements are stored."""
    row = conn.execute("SELECT count(*) FROM statements").fetchone()
    return int(row[0]) if row else 0
