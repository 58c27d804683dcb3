"""What the outputs were last built from, so a run with nothing new skips them.

An output (the site, the analysts' snapshot) records a fingerprint when it is
built: its content watermark (a hash of every row of the tables it is built
from) with whatever else shaped it (settings, templates, code). A run compares
the fingerprint it would build from with the recorded one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb

from store.driver import driver_errors

# The tables each output is built from (and which articles are examples, which
# sources.toml decides).
SITE_TABLES = ("articles", "actors", "statements", "example_articles")
SNAPSHOT_TABLES = ("sources", "documents", "articles", "actors", "statements")
# Columns a watermark leaves out: when a row was last looked at (a 304 touches
# `sources.updated_at`), and bodies another column hashes (`body_sha256`,
# `text_sha256`), which would cost a pass over every byte stored.
_SKIPPED = {
    "sources": ("updated_at",),
    "documents": ("body",),
    "articles": ("text",),
}
WATERMARK_SQL = (
    "SELECT count(*), bit_xor(hash(t)) FROM (SELECT {columns} FROM {table}) t"
)
RECORDED_SQL = "SELECT fingerprint FROM builds WHERE target = ?"
RECORD_SQL = """
INSERT INTO builds (target, fingerprint, built_at) VALUES (?, ?, ?)
ON CONFLICT (target) DO UPDATE
SET fingerprint = excluded.fingerprint, built_at = excluded.built_at
"""
FORGET_SQL = "DELETE FROM builds WHERE target = ?"


@driver_errors("cannot read the content watermark")
def content_watermark(conn: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> str:
    """A hash of every row of `tables`: any insert, delete or change alters it.

    Rows are hashed one by one and combined with XOR, so the order rows are
    stored in does not count; ids are unique, so no two rows cancel out.
    """
    parts = []
    for table in tables:
        skipped = _SKIPPED.get(table, ())
        columns = f"* EXCLUDE ({', '.join(skipped)})" if skipped else "*"
        row = conn.execute(
            WATERMARK_SQL.format(columns=columns, table=table)
        ).fetchone()
        parts.append(f"{table}:{row[0] if row else 0}:{row[1] if row else 0}")
    return ";".join(parts)


def fingerprint(*parts: str) -> str:
    """One hex digest of several strings (order counts)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@driver_errors("cannot read what the outputs were built from")
def built_from(conn: duckdb.DuckDBPyConnection, target: str) -> str | None:
    """The fingerprint recorded for `target`, or None if it was never built."""
    row = conn.execute(RECORDED_SQL, [target]).fetchone()
    return str(row[0]) if row else None


@driver_errors("cannot record what an output was built from")
def record_build(conn: duckdb.DuckDBPyConnection, target: str, digest: str) -> None:
    """Record that `target` now holds what `digest` fingerprints."""
    conn.execute(RECORD_SQL, [target, digest, datetime.now(UTC)])


@driver_errors("cannot forget what an output was built from")
def forget_build(conn: duckdb.DuckDBPyConnection, target: str) -> None:
    """Forget `target`'s fingerprint, so the next run builds it in full."""
    conn.execute(FORGET_SQL, [target])
