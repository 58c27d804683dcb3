"""The statements download, by month of publication: one CSV and one Parquet file
per month, each written by a `COPY (SELECT …) TO`, so a run rewrites only the months
its changes fall in."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import duckdb

from store.driver import driver_errors, memory_limited

# The statements download (CSV and Parquet): name, DuckDB type, meaning. The site's
# schema page is rendered from this table, so the two cannot drift apart.
DOWNLOAD_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("statement_id", "VARCHAR", "stable id: hash of article id, cue and content spans"),
    ("article_id", "VARCHAR", "stable id of the article: hash of its canonical URL"),
    ("seq", "INTEGER", "order of the statement in its article, from 0"),
    ("published", "DATE", "publication date of the article; empty when unknown"),
    ("article_title", "VARCHAR", "title of the article"),
    ("canonical_url", "VARCHAR", "the article's canonical URL: the link to cite"),
    ("license", "VARCHAR", "the article's licence, URL or name; empty when unknown"),
    ("attribution", "VARCHAR", "the credit line the article's page asks for"),
    ("original_url", "VARCHAR", "the page a republished article is based on"),
    ("speaker", "VARCHAR", "resolved speaker (`he` → the last named speaker)"),
    ("speaker_mention", "VARCHAR", "the speaker as written in the text"),
    ("actor_id", "VARCHAR", "main actor: ISO 3166-1 alpha-3 code or body code"),
    ("actor_name", "VARCHAR", "name of the main actor"),
    ("actor_ids", "VARCHAR[]", "every actor of the statement (joint statements)"),
    ("cue", "VARCHAR", "the reporting verb or phrase"),
    ("content", "VARCHAR", "what was said"),
    ("kind", "VARCHAR", "direct (quoted), indirect (reported) or mixed"),
    ("addressee", "VARCHAR", "to whom the statement is addressed, as written"),
    ("venue", "VARCHAR", "where or on what occasion, as written"),
    ("act", "VARCHAR", "act id from the act taxonomy (state, appeal, reject, …)"),
    ("cameo", "VARCHAR", "CAMEO code of the act"),
    (
        "plover",
        "VARCHAR",
        "PLOVER type of the act; empty for state, appeal, deny, express_concern",
    ),
    ("topic", "VARCHAR", "the most central topic; empty when none matched"),
    ("topics", "VARCHAR[]", "every topic of the content, `topic` first"),
    ("sentence", "VARCHAR", "the evidence sentence(s)"),
    ("speaker_start", "INTEGER", "start of the speaker in the article text"),
    ("speaker_end", "INTEGER", "end of the speaker (exclusive)"),
    ("cue_start", "INTEGER", "start of the cue"),
    ("cue_end", "INTEGER", "end of the cue (exclusive)"),
    ("content_start", "INTEGER", "start of the content"),
    ("content_end", "INTEGER", "end of the content (exclusive)"),
    ("sentence_start", "INTEGER", "start of the evidence sentence(s)"),
    ("sentence_end", "INTEGER", "end of the evidence sentence(s) (exclusive)"),
    ("extractor_version", "VARCHAR", "rules version + spaCy model and version"),
)

# Columns not read as they are from `statements s`. actor_ids: the main actor
# first, then the others, each once; topics: every topic, or the one topic.
_EXPRESSIONS = {
    "published": "ar.published",
    "article_title": "ar.title",
    "canonical_url": "ar.canonical_url",
    "license": "ar.license",
    "attribution": "ar.attribution",
    "original_url": "ar.original_url",
    "actor_name": "a.name",
    "actor_ids": "list_filter(s.actors, (x, i) -> list_position(s.actors, x) = i)",
    "topics": (
        "coalesce(nullif(s.topics, []), list_filter([s.topic], x -> x IS NOT NULL))"
    ),
}

# DuckDB's own memory while it sorts and writes the downloads: it spills past this.
# Without a limit, 1.6 million statements in one file took 3.6 GiB (22 s); with
# 768 MB, 1.2 GiB (28 s) on 2 cores (docs/scaling.md).
MEMORY_LIMIT = "768MB"
UNDATED = "undated"  # the file of the statements of articles without a date
# The month of a statement: its article's month of publication (the search shard's).
MONTH = f"coalesce(strftime(ar.published, '%Y-%m'), '{UNDATED}')"
ORDER = "published NULLS LAST, article_id, seq, statement_id"

# The rows of the downloads of some months ($months; NULL: every month), with their
# month. Statements whose article is gone are left out, as on the site.
ROWS_SQL = """
WITH statement_actors AS (
    SELECT *, CASE WHEN actor_id IS NULL THEN actor_ids
                   ELSE list_prepend(actor_id, actor_ids) END AS actors
    FROM statements
)
SELECT {month} AS month, {columns}
FROM statement_actors s
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
WHERE $months IS NULL OR {month} IN (SELECT unnest($months::VARCHAR[]))
ORDER BY month
""".format(
    month=MONTH,
    columns=",\n       ".join(
        f"CAST({_EXPRESSIONS.get(name, 's.' + name)} AS {kind}) AS {name}"
        for name, kind, _ in DOWNLOAD_COLUMNS
    ),
)
_STAGED = "communique_download_rows"  # a temporary table: the rows being written
_NAMES = ", ".join(name for name, _, _ in DOWNLOAD_COLUMNS)
PARQUET_SQL = f"SELECT {_NAMES} FROM {_STAGED} WHERE month = $month ORDER BY {ORDER}"

# OWASP's advice against formula injection: a text cell that a spreadsheet would
# read as a formula (=, +, -, @, tab or carriage return first) gets a leading `'`.
# The CSV only: the Parquet file keeps the true values.
_NEUTRALISED = (
    "CASE WHEN regexp_matches({name}, '^[=+@\\t\\r-]') "
    "THEN chr(39) || {name} ELSE {name} END AS {name}"
)
CSV_SQL = "SELECT {columns} FROM ({query})".format(
    columns=", ".join(
        _NEUTRALISED.format(name=name) if kind == "VARCHAR" else name
        for name, kind, _ in DOWNLOAD_COLUMNS
    ),
    query=PARQUET_SQL,
)
MONTHS_SQL = f"""
SELECT {MONTH} AS month, count(*) AS n
FROM statements s JOIN articles ar ON ar.article_id = s.article_id
GROUP BY month ORDER BY month = '{UNDATED}', month DESC
"""


def statement_months(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """Each month with statements (`YYYY-MM`, or "undated") and how many, newest
    first, "undated" last: the files `write_statement_downloads` writes."""
    with driver_errors("cannot count the statements by month", conn):
        return [(str(m), int(n)) for m, n in conn.execute(MONTHS_SQL).fetchall()]


def write_statement_downloads(
    conn: duckdb.DuckDBPyConnection,
    folder: Path,
    months: Collection[str] | None = None,
) -> list[str]:
    """Write the statements of each month (`months`, or every month) as
    folder/MONTH.csv (with a header, formulas neutralised) and folder/MONTH.parquet
    (zstd), typed and ordered as DOWNLOAD_COLUMNS says: oldest article first, then
    article and seq. A month without statements gets no file. Returns the months
    written."""
    what = f"cannot write the downloads in {folder}"
    wanted = None if months is None else sorted(months)
    with driver_errors(what, conn), memory_limited(conn, MEMORY_LIMIT, what):
        conn.execute(f"DROP TABLE IF EXISTS temp.{_STAGED}")
        conn.execute(f"CREATE TEMP TABLE {_STAGED} AS {ROWS_SQL}", {"months": wanted})
        try:
            written = [
                str(row[0])
                for row in conn.execute(
                    f"SELECT DISTINCT month FROM {_STAGED} ORDER BY month"
                ).fetchall()
            ]
            for month in written:
                _copy(conn, CSV_SQL, month, folder / f"{month}.csv", "csv, HEADER")
                _copy(
                    conn,
                    PARQUET_SQL,
                    month,
                    folder / f"{month}.parquet",
                    "parquet, COMPRESSION zstd",
                )
        finally:
            conn.execute(f"DROP TABLE IF EXISTS temp.{_STAGED}")
    return written


def _copy(
    conn: duckdb.DuckDBPyConnection, sql: str, month: str, path: Path, form: str
) -> None:
    # Named parameters: DuckDB binds a COPY's `TO ?` before its query's `?`.
    conn.execute(
        f"COPY ({sql}) TO $path (FORMAT {form})", {"month": month, "path": str(path)}
    )
