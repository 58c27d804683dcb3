"""Full-text search over statements and articles with DuckDB's fts extension.

The extension comes from the `duckdb-extension-fts` PyPI package and is loaded
from its file, so nothing is downloaded at run time.

`PRAGMA create_fts_index` builds an index from the whole table and cannot add
or remove a document later. An index is five plain tables, though (`docs`,
`terms`, `dict`, `fields`, `stats`, plus `stopwords`) read by the `match_bm25`
macro, so `update_index` keeps them as a rebuild would leave them: it removes the
documents whose rows went, tokenizes the new rows with the index's own
`tokenize` macro, stemmer and stopwords, and recounts the document frequencies
and the statistics BM25 reads. Scores are a rebuild's (the tests compare); only
the internal ids differ.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import duckdb

from kernel.errors import StoreError
from store.driver import driver_errors

STEMMER = "porter"
# The index tables and columns `update_index` writes, as the extension makes them.
LAYOUT = {
    "docs": ("docid", "name", "len"),
    "terms": ("docid", "fieldid", "termid"),
    "dict": ("termid", "term", "df"),
    "fields": ("fieldid", "field"),
    "stats": ("num_docs", "avgdl"),
    "stopwords": ("sw",),
}


@dataclass(frozen=True, slots=True)
class Index:
    """A full-text index over `columns` of `table`, its documents named by `key`.

    `chunk`: how many documents are tokenized at once when many are added.
    """

    table: str
    key: str
    columns: tuple[str, ...]
    chunk: int

    @property
    def schema(self) -> str:
        """The schema the fts extension puts the index in."""
        return f"fts_main_{self.table}"


INDEXES = (
    Index(
        "statements", "statement_id", ("content", "sentence", "speaker", "cue"), 200_000
    ),
    Index("articles", "article_id", ("title", "text"), 10_000),
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
# {fts}: the index's schema; {table}: its table (both may name an attached catalog).
GONE_SQL = """
CREATE OR REPLACE TEMP TABLE fts_gone AS
SELECT docid FROM {fts}.docs WHERE name IN (SELECT name FROM {removed})
"""
UNCOUNT_SQL = """
UPDATE {fts}.dict AS d SET df = d.df - g.n
FROM (
    SELECT termid, count(DISTINCT docid) AS n FROM {fts}.terms
    WHERE docid IN (SELECT docid FROM fts_gone) GROUP BY termid
) AS g
WHERE d.termid = g.termid
"""
REMOVE_SQL = (
    "DELETE FROM {fts}.terms WHERE docid IN (SELECT docid FROM fts_gone)",
    "DELETE FROM {fts}.docs WHERE docid IN (SELECT docid FROM fts_gone)",
    "DELETE FROM {fts}.dict WHERE df <= 0",
)
PENDING_SQL = """
CREATE OR REPLACE TEMP TABLE fts_pending AS
SELECT name, row_number() OVER (ORDER BY name) - 1 AS n FROM {added}
"""
NEW_DOCS_SQL = """
CREATE OR REPLACE TEMP TABLE fts_docs AS
SELECT (SELECT coalesce(max(docid) + 1, 0) FROM {fts}.docs)
       + row_number() OVER (ORDER BY t.{key}) - 1 AS docid,
       t.{key} AS name, {columns}
FROM {table} AS t
WHERE t.{key} IN (SELECT name FROM fts_pending WHERE n >= ? AND n < ?)
"""
FIELD_SQL = """
SELECT unnest({fts}.tokenize(d."{column}")) AS w, d.docid, f.fieldid
FROM fts_docs AS d, {fts}.fields AS f WHERE f.field = '{column}'
"""
NEW_TERMS_SQL = """
CREATE OR REPLACE TEMP TABLE fts_terms AS
WITH tokenized AS ({fields})
SELECT stem(w, '{stemmer}') AS term, docid, fieldid
FROM tokenized
WHERE w IS NOT NULL AND len(w) > 0 AND w NOT IN (SELECT sw FROM {fts}.stopwords)
"""
ADD_SQL = (
    """
    INSERT INTO {fts}.dict (termid, term, df)
    SELECT (SELECT coalesce(max(termid) + 1, 0) FROM {fts}.dict)
           + row_number() OVER (ORDER BY term) - 1, term, 0
    FROM (SELECT DISTINCT term FROM fts_terms)
    WHERE term NOT IN (SELECT term FROM {fts}.dict)
    """,
    """
    UPDATE {fts}.dict AS d SET df = d.df + c.n
    FROM (SELECT term, count(DISTINCT docid) AS n FROM fts_terms GROUP BY term) AS c
    WHERE d.term = c.term
    """,
    """
    INSERT INTO {fts}.terms (docid, fieldid, termid)
    SELECT t.docid, t.fieldid, d.termid
    FROM fts_terms AS t JOIN {fts}.dict AS d ON d.term = t.term
    """,
    """
    INSERT INTO {fts}.docs (docid, name, len)
    SELECT d.docid, d.name, coalesce(c.n, 0)
    FROM fts_docs AS d
    LEFT JOIN (SELECT docid, count(*) AS n FROM fts_terms GROUP BY docid) AS c
        ON c.docid = d.docid
    """,
)
STATS_SQL = (
    "DELETE FROM {fts}.stats",
    """
    INSERT INTO {fts}.stats (num_docs, avgdl)
    SELECT count(docid), sum(len) / count(len) FROM {fts}.docs
    """,
)
LAYOUT_SQL = """
SELECT table_name, list(column_name ORDER BY column_index)
FROM duckdb_columns()
WHERE database_name = ? AND schema_name = ? GROUP BY table_name
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
    """(Re)build every index from its whole table with the extension's own
    `create_fts_index`; the indexes do not follow later writes."""
    load_fts(conn)
    for index in INDEXES:
        names = ", ".join(f"'{c}'" for c in index.columns)
        conn.execute(
            f"PRAGMA create_fts_index('{index.table}', '{index.key}', {names},"
            f" stemmer='{STEMMER}', overwrite=1)"
        )


@driver_errors("cannot update the full-text indexes")
def update_index(
    conn: duckdb.DuckDBPyConnection,
    catalog: str,
    index: Index,
    removed: str,
    added: str,
) -> None:
    """Update `index` in the attached database `catalog` after its table changed:
    remove the documents named in the `name` column of the table `removed`, then
    add those named in `added` (rows of the table, read as they are now)."""
    load_fts(conn)
    fts = f"{catalog}.{index.schema}"
    _check_layout(conn, catalog, index)
    conn.execute(GONE_SQL.format(fts=fts, removed=removed))
    conn.execute(UNCOUNT_SQL.format(fts=fts))
    for sql in REMOVE_SQL:
        conn.execute(sql.format(fts=fts))
    conn.execute(PENDING_SQL.format(added=added))
    row = conn.execute("SELECT count(*) FROM fts_pending").fetchone()
    for start in range(0, row[0] if row else 0, index.chunk):
        _add_documents(conn, f"{catalog}.main.{index.table}", fts, index, start)
    for sql in STATS_SQL:
        conn.execute(sql.format(fts=fts))
    for temp in ("fts_gone", "fts_pending", "fts_docs", "fts_terms"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{temp}")


@driver_errors("cannot search the statements")
def search_statements(
    conn: duckdb.DuckDBPyConnection, query: str, limit: int = 20
) -> list[tuple]:
    """Statements that best match the words of `query`, best first (BM25)."""
    load_fts(conn)
    return conn.execute(SEARCH_SQL, [query, limit]).fetchall()


def _add_documents(
    conn: duckdb.DuckDBPyConnection, table: str, fts: str, index: Index, start: int
) -> None:
    """Index the pending documents numbered start to start + chunk."""
    columns = ", ".join(f't."{c}"' for c in index.columns)
    conn.execute(
        NEW_DOCS_SQL.format(fts=fts, key=index.key, columns=columns, table=table),
        [start, start + index.chunk],
    )
    fields = " UNION ALL ".join(
        FIELD_SQL.format(fts=fts, column=c) for c in index.columns
    )
    conn.execute(NEW_TERMS_SQL.format(fields=fields, fts=fts, stemmer=STEMMER))
    for sql in ADD_SQL:
        conn.execute(sql.format(fts=fts))


def _check_layout(conn: duckdb.DuckDBPyConnection, catalog: str, index: Index) -> None:
    """Stop if the index's tables are not the ones this module writes."""
    found = dict(conn.execute(LAYOUT_SQL, [catalog, index.schema]).fetchall())
    want = {table: list(columns) for table, columns in LAYOUT.items()}
    if found != want:
        raise StoreError(
            f"the full-text index {index.schema} in {catalog} has an unknown layout"
            f" (fts extension for DuckDB {duckdb.__version__}); rebuild the snapshot"
            " with --full"
        )
