"""Full-text search over statements and articles with DuckDB's fts extension.

The extension comes from the `duckdb-extension-fts` PyPI package and is loaded
from its file, so nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

from kernel.errors import StoreError
from store.driver import driver_errors

# (table, id column, indexed columns): an index over each, built with overwrite.
INDEXES = (
    ("statements", "statement_id", ("content", "sentence", "speaker", "cue")),
    ("articles", "article_id", ("title", "text")),
)

SEARCH_SQL = """
SELECT statement_id, score, speaker, actor_id, cue, content, article_title,
       canonical_url, published
FROM (
    SELECT *, fts_main_statements.match_bm25(statement_id, ?) AS score
    FROM statements_full
)
WHERE score IS NOT NULL
ORDER BY score DESC, statement_id
LIMIT ?
"""


def fts_extension_path() -> Path:
    """The fts extension file shipped in the `duckdb-extension-fts` package."""
    spec = importlib.util.find_spec("duckdb_extension_fts")
    if spec is None or not spec.submodule_search_locations:
        raise StoreError(
            "the duckdb-extension-fts package is not installed: "
            f"`pip install duckdb-extension-fts=={duckdb.__version__}`"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.is_file():
        raise StoreError(
            f"no fts extension for DuckDB {duckdb.__version__} in {folder}: install "
            f"duckdb-extension-fts=={duckdb.__version__}"
        )
    return path


def load_fts(conn: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension into a connection (read-only ones too)."""
    try:
        path = str(fts_extension_path()).replace("'", "''")
        conn.execute(f"LOAD '{path}'")  # LOAD takes no bound parameters
    except duckdb.Error as err:
        raise StoreError(f"cannot load the DuckDB fts extension: {err}") from err


@driver_errors("cannot build the full-text indexes")
def build_indexes(conn: duckdb.DuckDBPyConnection) -> None:
    """(Re)build the full-text indexes; they do not follow later writes."""
    load_fts(conn)
    for table, key, columns in INDEXES:
        names = ", ".join(f"'{c}'" for c in columns)
        conn.execute(
            f"PRAGMA create_fts_index('{table}', '{key}', {names}, overwrite=1)"
        )


@driver_errors("cannot search the statements")
def search_statements(
    conn: duckdb.DuckDBPyConnection, query: str, limit: int = 20
) -> list[tuple]:
    """Statements that best match the words of `query`, best first (BM25)."""
    load_fts(conn)
    return conn.execute(SEARCH_SQL, [query, limit]).fetchall()
