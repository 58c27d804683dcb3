"""A window on the database: only the articles since a date, or the latest few.

`communique publish --since/--limit` renders the site from such a window. The
window is an in-memory database with the same schema and views, filled from the
file, so positions are recomputed over the window and every site query works
unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import duckdb

from kernel.errors import StoreError
from store import db
from store.driver import driver_errors

WINDOW = "communique_window"
ARTICLES_SQL = """
INSERT INTO articles BY NAME
SELECT * FROM "{source}".main.articles
WHERE ?::DATE IS NULL OR published >= ?::DATE
ORDER BY published DESC NULLS LAST, article_id DESC
LIMIT ?
"""
STATEMENTS_SQL = """
INSERT INTO statements BY NAME
SELECT * FROM "{source}".main.statements
WHERE article_id IN (SELECT article_id FROM articles)
"""
ACTORS_SQL = 'INSERT INTO actors BY NAME SELECT * FROM "{source}".main.actors'
# Which articles are examples (the `example_articles` view) needs their pages'
# sources: the sources, and the window's documents without their bodies.
SOURCES_SQL = 'INSERT INTO sources BY NAME SELECT * FROM "{source}".main.sources'
DOCUMENTS_SQL = """
INSERT INTO documents BY NAME
SELECT * REPLACE (''::BLOB AS body) FROM "{source}".main.documents
WHERE document_id IN (SELECT document_id FROM articles)
"""


@contextmanager
def site_window(
    conn: duckdb.DuckDBPyConnection,
    *,
    since: date | None = None,
    limit: int | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Within the block, `conn` sees only the articles published on or after
    `since` (the `limit` most recent of them), their statements and pages (without
    bodies), every actor and every source."""
    if since is None and limit is None:
        yield conn
        return
    with driver_errors("cannot open a window on the database", conn):
        source = _current_database(conn)
        conn.execute(f"ATTACH ':memory:' AS {WINDOW}")
    try:
        with driver_errors("cannot copy the window's rows from the database", conn):
            _fill_window(conn, source, since, limit)
        yield conn
    finally:
        with driver_errors("cannot close the window", conn):
            conn.execute(f'USE "{source}"')
            conn.execute(f"DETACH {WINDOW}")


def _current_database(conn: duckdb.DuckDBPyConnection) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    if row is None:
        raise StoreError("cannot name the database to read the window from")
    return str(row[0]).replace('"', '""')


def _fill_window(
    conn: duckdb.DuckDBPyConnection,
    source: str,
    since: date | None,
    limit: int | None,
) -> None:
    """Use the window, give it the schema, fill it from source."""
    conn.execute(f"USE {WINDOW}")
    conn.execute(db.SCHEMA.read_text(encoding="utf-8"))
    conn.execute(ARTICLES_SQL.format(source=source), [since, since, limit])
    conn.execute(STATEMENTS_SQL.format(source=source))
    conn.execute(ACTORS_SQL.format(source=source))
    conn.execute(SOURCES_SQL.format(source=source))
    conn.execute(DOCUMENTS_SQL.format(source=source))
