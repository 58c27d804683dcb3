"""The statements download: one `COPY (SELECT …) TO` each for CSV and Parquet."""

from __future__ import annotations

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
    "actor_name": "a.name",
    "actor_ids": "list_filter(s.actors, (x, i) -> list_position(s.actors, x) = i)",
    "topics": (
        "coalesce(nullif(s.topics, []), list_filter([s.topic], x -> x IS NOT NULL))"
    ),
}

# DuckDB's own memory while it sorts and writes the downloads: it spills the sort to
# disk past this. Without a limit, 1.6 million statements took 3.6 GiB (22 s); with
# 768 MB, 1.2 GiB (28 s) on 2 cores (docs/scaling.md).
MEMORY_LIMIT = "768MB"

# Statements whose article is gone are left out, as on the site.
DOWNLOAD_SQL = """
WITH statement_actors AS (
    SELECT *, CASE WHEN actor_id IS NULL THEN actor_ids
                   ELSE list_prepend(actor_id, actor_ids) END AS actors
    FROM statements
)
SELECT {columns}
FROM statement_actors s
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
ORDER BY ar.published NULLS LAST, s.article_id, s.seq, s.statement_id
""".format(
    columns=",\n       ".join(
        f"CAST({_EXPRESSIONS.get(name, 's.' + name)} AS {kind}) AS {name}"
        for name, kind, _ in DOWNLOAD_COLUMNS
    )
)

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
    query=DOWNLOAD_SQL,
)


def write_statement_downloads(
    conn: duckdb.DuckDBPyConnection, csv_path: Path, parquet_path: Path
) -> None:
    """Write the statements as CSV (with a header, formulas neutralised) and
    Parquet (zstd), typed and ordered as DOWNLOAD_COLUMNS says: oldest article
    first, then article and seq."""
    what = f"cannot write the downloads {csv_path}, {parquet_path}"
    with driver_errors(what), memory_limited(conn, MEMORY_LIMIT, what):
        conn.execute(f"COPY ({CSV_SQL}) TO ? (FORMAT csv, HEADER)", [str(csv_path)])
        conn.execute(
            f"COPY ({DOWNLOAD_SQL}) TO ? (FORMAT parquet, COMPRESSION zstd)",
            [str(parquet_path)],
        )
