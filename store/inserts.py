"""Named bulk inserts: every INSERT lists its columns, rows bind by name.

The rows go to DuckDB as one Arrow table per call and one `INSERT … SELECT` from it
(two orders of magnitude faster than multi-row VALUES lists). Nothing depends on
the physical column order of a table: a table migrated from an older version may
have its columns in another order than a new one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from kernel.errors import StoreError


@dataclass(frozen=True, slots=True)
class Insert:
    """An INSERT into `table` that names its columns.

    Rows give a value for each of `columns` (the first is the key); each `derived`
    column is computed in SQL from them at write time, e.g. ("topic", "topics[1]").
    """

    table: str
    columns: tuple[str, ...]
    derived: tuple[tuple[str, str], ...] = ()
    verb: str = "INSERT OR REPLACE"
    conflict: str = ""  # an ON CONFLICT clause, for an upsert that keeps columns

    def sql(self, view: str) -> str:
        """The statement that inserts every row of the registered `view`."""
        targets = ", ".join([*self.columns, *(c for c, _ in self.derived)])
        select = ", ".join([*self.columns, *(e for _, e in self.derived)])
        return (
            f"{self.verb} INTO {self.table} ({targets}) SELECT {select} FROM {view}"
            f" {self.conflict}"
        )


FETCHES = Insert(
    "fetches",
    (
        "fetch_id",
        "run_id",
        "source_id",
        "url",
        "attempt",
        "status",
        "outcome",
        "error",
        "started_at",
        "elapsed_ms",
        "bytes",
    ),
)
DOCUMENTS = Insert(
    "documents",
    (
        "document_id",
        "source_id",
        "url",
        "final_url",
        "status",
        "content_type",
        "etag",
        "last_modified",
        "body",
        "body_sha256",
        "fetched_at",
        "page_type",
        "page_reason",
    ),
)
ARTICLES = Insert(
    "articles",
    (
        "article_id",
        "document_id",
        "url",
        "canonical_url",
        "title",
        "author",
        "sitename",
        "published",
        "date_source",
        "language",
        "text",
        "text_sha256",
        "citations",
        "license",
        "parser_version",
        "parsed_at",
        "original_url",
        "attribution",
    ),
)
ACTORS = Insert("actors", ("actor_id", "name", "kind"))
# The listing validators are the fetcher's: an upsert of the configuration keeps them.
SOURCES = Insert(
    "sources",
    ("source_id", "name", "kind", "url", "options", "updated_at"),
    verb="INSERT",
    conflict=(
        "ON CONFLICT (source_id) DO UPDATE SET name = excluded.name,"
        " kind = excluded.kind, options = excluded.options,"
        " updated_at = excluded.updated_at"
    ),
)
# The record holds lists only; the main actor and topic columns are their first
# items, kept for existing databases and the analysts' queries.
STATEMENTS = Insert(
    "statements",
    (
        "statement_id",
        "article_id",
        "seq",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
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
        "role",
        "act",
        "cameo",
        "plover",
        "sentence",
        "sentence_start",
        "sentence_end",
        "extractor_version",
        "topics",
    ),
    derived=(
        ("actor_id", "CAST(actor_ids AS VARCHAR[])[1]"),
        ("topic", "CAST(topics AS VARCHAR[])[1]"),
    ),
)


def insert_rows(
    conn: duckdb.DuckDBPyConnection,
    insert: Insert,
    rows: Sequence[Mapping[str, object]],
) -> None:
    """Write the rows (column name -> value) in one statement, from an Arrow table.

    Rows are keyed by the first column, and the last row of a key wins, as it
    would one by one.
    """
    key = insert.columns[0]
    unique = list({row[key]: row for row in rows}.values())
    wanted = set(insert.columns)
    for row in unique:
        if row.keys() != wanted:
            wrong = sorted(row.keys() ^ wanted)
            raise StoreError(f"a row for {insert.table} has wrong columns: {wrong}")
    if not unique:
        return
    table = pa.table({c: [row[c] for row in unique] for c in insert.columns})
    view = f"new_{insert.table}"
    conn.register(view, table)
    try:
        conn.execute(insert.sql(view))
    finally:
        conn.unregister(view)
