"""Bring an attached copy of the database in line with it, row by row.

Each table with a one-column primary key is compared by key and by a hash of
each row: rows gone or changed are deleted from the copy, rows new or changed
are inserted from the database. What changed is left in two temporary tables
per table (`mirror_removed_<table>`, `mirror_added_<table>`, one column `name`
holding the keys), for the full-text indexes to follow. A table without such a
key (`schema_version`) is copied whole: it holds a few rows.

`copy_tables` writes the first copy: each table as `CREATE TABLE … AS SELECT`,
so the copy's tables have no primary-key index. A read-only copy needs none, and
DuckDB appends rows to an indexed table in its last row group, which the next
checkpoint rewrites whole (1.6 GiB of page bodies for 100,000 documents); a
table without an index gets a new row group, and a checkpoint writes only that.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from kernel.errors import StoreError
from store.driver import driver_errors

# Big columns another column hashes (`body_sha256`, `text_sha256`, written with
# them): a row's hash leaves them out, so the comparison does not read every byte.
HASHED_ELSEWHERE = {"documents": "body", "articles": "text"}
TABLES_SQL = """
SELECT table_name FROM duckdb_tables()
WHERE database_name = ? AND schema_name = 'main' AND NOT temporary
ORDER BY table_name
"""
KEYS_SQL = """
SELECT table_name, constraint_column_names FROM duckdb_constraints()
WHERE database_name = ? AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY'
"""
COLUMNS_SQL = """
SELECT column_name FROM duckdb_columns()
WHERE database_name = ? AND schema_name = 'main' AND table_name = ?
"""
DIFF_SQL = """
CREATE OR REPLACE TEMP TABLE mirror_diff AS
SELECT o.k AS removed, n.k AS added
FROM (SELECT r."{key}" AS k, hash(r) AS h FROM (SELECT {columns} FROM {copy}) r) o
FULL JOIN (
    SELECT r."{key}" AS k, hash(r) AS h FROM (SELECT {columns} FROM {source}) r
) n ON o.k = n.k
WHERE o.h IS DISTINCT FROM n.h
"""
SIDE_SQL = """
CREATE OR REPLACE TEMP TABLE "mirror_{side}_{table}" AS
SELECT {side} AS name FROM mirror_diff WHERE {side} IS NOT NULL
"""
EMPTY_SQL = 'CREATE OR REPLACE TEMP TABLE "mirror_{side}_{table}" (name VARCHAR)'
DELETE_SQL = (
    'DELETE FROM {copy} WHERE "{key}" IN (SELECT name FROM "mirror_removed_{table}")'
)
INSERT_SQL = """
INSERT INTO {copy} BY NAME
SELECT * FROM {source} WHERE "{key}" IN (SELECT name FROM "mirror_added_{table}")
"""


@dataclass(frozen=True, slots=True)
class Changes:
    """How many rows of one table the copy lost and gained (a changed row both)."""

    table: str
    removed: int
    added: int

    @property
    def removed_table(self) -> str:
        """The temporary table naming the keys removed from the copy."""
        return f'temp."mirror_removed_{self.table}"'

    @property
    def added_table(self) -> str:
        """The temporary table naming the keys inserted into the copy."""
        return f'temp."mirror_added_{self.table}"'


@driver_errors("cannot copy the tables to the snapshot")
def copy_tables(conn: duckdb.DuckDBPyConnection, copy: str) -> None:
    """Copy every table of the connection's database into the attached, empty
    database `copy`, without indexes or constraints."""
    source = _current(conn)
    for (table,) in conn.execute(TABLES_SQL, [source]).fetchall():
        conn.execute(
            f'CREATE TABLE {copy}.main."{table}" AS'
            f' SELECT * FROM "{source}".main."{table}"'
        )


@driver_errors("cannot bring the snapshot's rows up to date")
def mirror_tables(conn: duckdb.DuckDBPyConnection, copy: str) -> dict[str, Changes]:
    """Make every table of the attached database `copy` hold the rows of the
    same table in the connection's own database; what changed, by table."""
    source = _current(conn)
    mine = [t for (t,) in conn.execute(TABLES_SQL, [source]).fetchall()]
    theirs = {t for (t,) in conn.execute(TABLES_SQL, [copy]).fetchall()}
    if missing := sorted(set(mine) - theirs):
        raise StoreError(f"the copy {copy} has no table {', '.join(missing)}")
    keys = dict(conn.execute(KEYS_SQL, [source]).fetchall())
    changes = {}
    for table in mine:
        names = (f'"{source}".main."{table}"', f'{copy}.main."{table}"')
        key = keys.get(table)
        if key is not None and len(key) == 1:
            changes[table] = _mirror_keyed(conn, table, key[0], *names)
        else:
            changes[table] = _mirror_whole(conn, table, *names)
    conn.execute("DROP TABLE IF EXISTS temp.mirror_diff")
    return changes


def drop_changes(conn: duckdb.DuckDBPyConnection, changes: dict[str, Changes]) -> None:
    """Drop the temporary tables `mirror_tables` left."""
    for change in changes.values():
        conn.execute(f"DROP TABLE IF EXISTS {change.removed_table}")
        conn.execute(f"DROP TABLE IF EXISTS {change.added_table}")


def _mirror_keyed(
    conn: duckdb.DuckDBPyConnection, table: str, key: str, source: str, copy: str
) -> Changes:
    skipped = HASHED_ELSEWHERE.get(table)
    present = {
        c for (c,) in conn.execute(COLUMNS_SQL, [_catalog(source), table]).fetchall()
    }
    columns = f'* EXCLUDE ("{skipped}")' if skipped in present else "*"
    conn.execute(DIFF_SQL.format(key=key, columns=columns, copy=copy, source=source))
    counts = []
    for side in ("removed", "added"):
        conn.execute(SIDE_SQL.format(side=side, table=table))
        row = conn.execute(f'SELECT count(*) FROM "mirror_{side}_{table}"').fetchone()
        counts.append(row[0] if row else 0)
    conn.execute(DELETE_SQL.format(copy=copy, key=key, table=table))
    conn.execute(INSERT_SQL.format(copy=copy, source=source, key=key, table=table))
    return Changes(table, counts[0], counts[1])


def _mirror_whole(
    conn: duckdb.DuckDBPyConnection, table: str, source: str, copy: str
) -> Changes:
    conn.execute(f"DELETE FROM {copy}")
    conn.execute(f"INSERT INTO {copy} BY NAME SELECT * FROM {source}")
    row = conn.execute(f"SELECT count(*) FROM {copy}").fetchone()
    count = row[0] if row else 0
    for side in ("removed", "added"):
        conn.execute(EMPTY_SQL.format(side=side, table=table))
    return Changes(table, count, count)


def _current(conn: duckdb.DuckDBPyConnection) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    if row is None:
        raise StoreError("cannot name the database to copy")
    return str(row[0])


def _catalog(qualified: str) -> str:
    return qualified.split(".", 1)[0].strip('"')
