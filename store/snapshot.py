"""The analysts' snapshot: a consistent, read-only copy of the database.

DuckDB lets no other process open a file that one process writes, so after a
run that changed the content the writer copies the database into a new file,
builds the full-text indexes there, and renames it over the previous snapshot.
Readers that have the old one open keep reading it; new readers get the new one.
A run that changed no content leaves the snapshot (and its indexes) as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from kernel.errors import StoreError
from store import builds, db, fulltext


def refresh_snapshot(
    conn: duckdb.DuckDBPyConnection, target: Path, *, full: bool = False
) -> bool:
    """Rewrite the snapshot at `target` if the content changed since it was
    written (or `full`, or it is missing); return whether it was rewritten."""
    key = f"snapshot:{target.absolute()}"
    digest = builds.fingerprint(
        db.SCHEMA.read_text(encoding="utf-8"),
        builds.content_watermark(conn, builds.SNAPSHOT_TABLES),
    )
    recorded = builds.built_from(conn, key)
    if not full and target.is_file() and recorded == f"{digest}@{_stamp(target)}":
        return False
    publish_snapshot(conn, target)
    builds.record_build(conn, key, f"{digest}@{_stamp(target)}")
    return True


def _stamp(path: Path) -> str:
    """Which file is at path: another file put in its place has another stamp."""
    stat = path.stat()
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"


def publish_snapshot(conn: duckdb.DuckDBPyConnection, target: Path) -> Path:
    """Copy the database behind `conn` to `target`, atomically; returns target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.tmp")
    _remove(staging)
    try:
        source = conn.execute("SELECT current_database()").fetchone()
        if source is None:
            raise StoreError("cannot name the database to snapshot")
        # ATTACH takes no bound parameters: the path is quoted as a literal.
        conn.execute(f"ATTACH {_literal(staging)} AS communique_snapshot")
        try:
            conn.execute(f'COPY FROM DATABASE "{source[0]}" TO communique_snapshot')
        finally:
            conn.execute("DETACH communique_snapshot")
        copy = duckdb.connect(str(staging))
        try:
            db.migrate(copy)  # views and schema_version, as in the database
            fulltext.build_indexes(copy)
            copy.execute("CHECKPOINT")
        finally:
            copy.close()
        os.replace(staging, target)
    except (duckdb.Error, StoreError) as err:
        _remove(staging)
        raise StoreError(f"cannot write the snapshot {target}: {err}") from err
    return target


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
