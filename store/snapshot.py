"""The analysts' snapshot: a consistent, read-only copy of the database.

DuckDB lets no other process open a file that one process writes, so the writer
prepares the new snapshot in a staging file beside it and renames it over the
previous one. Readers that have the old one open keep reading it; new readers
get the new one. A run that changed no content leaves the snapshot as it is.

After a run that changed the content, the staging file is the previous snapshot
copied by the filesystem, then brought up to date row by row (`store.mirror`),
with its full-text indexes updated for those rows only (`store.fulltext`). A
snapshot written in full (the first, after `--full`, or when the previous one
is not the one this database recorded, or the schema or DuckDB changed) copies
every table (`store.mirror.copy_tables`) and has the fts extension build the
indexes. Either way DuckDB works under a memory limit.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from kernel.errors import StoreError
from store import builds, db, fulltext, mirror

ALIAS = "communique_snapshot"  # the staging file, attached to the writer's connection
MEMORY_LIMIT = "512MB"  # DuckDB's own memory while it writes the snapshot
THREADS = 2
CACHE_FLOOR = "32MB"  # what the writer's cache is cut to while the indexes build
# Changes when the snapshot's layout does (its index tables): a snapshot
# written by another layout is rewritten in full.
LAYOUT = "snapshot-2"  # tables without indexes, fts updated in place


def refresh_snapshot(
    conn: duckdb.DuckDBPyConnection, target: Path, *, full: bool = False
) -> str:
    """Bring the snapshot at `target` up to date if the content changed since it
    was written (or `full`, or it is missing). Returns how: "unchanged",
    "updated" (the rows that changed) or "rewritten" (in full)."""
    key = f"snapshot:{target.absolute()}"
    base = builds.fingerprint(
        db.SCHEMA.read_text(encoding="utf-8"), duckdb.__version__, LAYOUT
    )
    content = builds.fingerprint(builds.content_watermark(conn, builds.SNAPSHOT_TABLES))
    recorded = builds.built_from(conn, key)
    how = "rewritten"
    if full or recorded is None or not target.is_file():
        publish_snapshot(conn, target)
    elif recorded == f"{base}:{content}@{_stamp(target)}":
        return "unchanged"
    elif recorded.startswith(f"{base}:") and recorded.endswith(f"@{_stamp(target)}"):
        update_snapshot(conn, target)  # the file this database wrote, one layout
        how = "updated"
    else:
        publish_snapshot(conn, target)
    builds.record_build(conn, key, f"{base}:{content}@{_stamp(target)}")
    return how


def publish_snapshot(conn: duckdb.DuckDBPyConnection, target: Path) -> Path:
    """Copy the database behind `conn` to `target` in full, atomically: its
    tables (without indexes), views and full-text indexes."""
    with _staging(target) as staging:
        with _attached(conn, staging):
            mirror.copy_tables(conn, ALIAS)
        _drop_cache(conn)  # the indexes are built beside it, in another instance
        copy = _open_limited(staging)
        try:
            db.migrate(copy)  # views and schema_version, as in the database
            fulltext.build_indexes(copy)
            copy.execute("CHECKPOINT")
        finally:
            copy.close()
    return target


def update_snapshot(conn: duckdb.DuckDBPyConnection, target: Path) -> Path:
    """Bring the snapshot at `target` (written from this database) up to date
    with the rows that changed since, atomically."""
    with _staging(target) as staging:
        shutil.copyfile(target, staging)
        with _attached(conn, staging):
            changes = mirror.mirror_tables(conn, ALIAS)
            try:
                for index in fulltext.INDEXES:
                    change = changes[index.table]
                    fulltext.update_index(
                        conn, ALIAS, index, change.removed_table, change.added_table
                    )
            finally:
                mirror.drop_changes(conn, changes)
    return target


@contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A staging path beside `target`, renamed over it if the body succeeds;
    removed if it fails (a DuckDB error becomes a StoreError)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.tmp")
    _remove(staging)  # left by a run that stopped half-way
    try:
        yield staging
        os.replace(staging, target)
    except (duckdb.Error, StoreError) as err:
        _remove(staging)
        raise StoreError(f"cannot write the snapshot {target}: {err}") from err
    except BaseException:  # an OSError as it is (a folder in the way, a full disk)
        _remove(staging)
        raise


@contextmanager
def _attached(conn: duckdb.DuckDBPyConnection, staging: Path) -> Iterator[None]:
    """The staging file attached to `conn` as ALIAS, under the memory limit."""
    before = conn.execute(
        "SELECT current_setting('memory_limit'), current_setting('threads')"
    ).fetchone()
    conn.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    conn.execute(f"SET threads = {THREADS}")
    try:
        # ATTACH takes no bound parameters: the path is quoted as a literal.
        conn.execute(f"ATTACH {_literal(staging)} AS {ALIAS}")
        try:
            yield
            conn.execute(f"CHECKPOINT {ALIAS}")
        finally:
            conn.execute(f"DETACH {ALIAS}")
    finally:
        if before is not None:
            conn.execute(f"SET memory_limit = '{before[0]}'")
            conn.execute(f"SET threads = {int(before[1])}")


def _drop_cache(conn: duckdb.DuckDBPyConnection) -> None:
    """Have DuckDB let go of the blocks it keeps for `conn`: lowering the memory
    limit evicts them (what cannot be evicted stays), then the limit is set back."""
    row = conn.execute("SELECT current_setting('memory_limit')").fetchone()
    if row is None:
        return
    try:
        conn.execute(f"SET memory_limit = '{CACHE_FLOOR}'")
    except duckdb.OutOfMemoryException:
        pass  # pinned blocks: the limit is unchanged and nothing is lost
    finally:
        conn.execute(f"SET memory_limit = '{row[0]}'")


def _open_limited(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(
        str(path), config={"memory_limit": MEMORY_LIMIT, "threads": THREADS}
    )


def _stamp(path: Path) -> str:
    """Which file is at path: another file put in its place has another stamp."""
    stat = path.stat()
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
