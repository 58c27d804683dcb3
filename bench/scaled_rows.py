"""A bigger database from a small one: every row copied k times with new ids, URLs
and dates, by one `INSERT … SELECT` per table (no NLP). Copy 0 is the original.

A copy's article text gains a last line (`Bench copy 7.`), so its text hash is its
own and every statement's offsets still hold. Copies are dated back one day per
copy, so a large database spans years, as a year of feeds would.
"""

from __future__ import annotations

from pathlib import Path

from store import db

# A copy's id: the original's for copy 0, else 16 hex digits of a hash.
_ID = "CASE WHEN i = 0 THEN {col} ELSE substr(sha256({col} || ':' || i), 1, 16) END"
_URL = "CASE WHEN i = 0 THEN {col} ELSE {col} || '?bench-copy=' || i END"
_TEXT = "CASE WHEN i = 0 THEN text ELSE text || '\n\nBench copy ' || i || '.' END"
DOCUMENTS = f"""
INSERT INTO documents BY NAME
SELECT d.* REPLACE ({_ID.format(col="document_id")} AS document_id,
                  {_URL.format(col="url")} AS url,
                  {_URL.format(col="final_url")} AS final_url)
FROM base.documents d, range(?) r(i)
"""
ARTICLES = f"""
INSERT INTO articles BY NAME
SELECT a.* REPLACE ({_ID.format(col="article_id")} AS article_id,
                  {_ID.format(col="document_id")} AS document_id,
                  {_URL.format(col="url")} AS url,
                  {_URL.format(col="canonical_url")} AS canonical_url,
                  CAST(published - to_days(CAST(i AS INTEGER)) AS DATE) AS published,
                  {_TEXT} AS text,
                  sha256({_TEXT}) AS text_sha256)
FROM base.articles a, range(?) r(i)
"""
STATEMENTS = f"""
INSERT INTO statements BY NAME
SELECT s.* REPLACE ({_ID.format(col="statement_id")} AS statement_id,
                  {_ID.format(col="article_id")} AS article_id)
FROM base.statements s, range(?) r(i)
"""
AS_IS = ("sources", "actors")  # copied once: the copies share sources and actors


def scale_database(base: Path, target: Path, copies: int) -> dict[str, int]:
    """Write `target` with `copies` copies of every row of `base`; row counts."""
    target.unlink(missing_ok=True)
    conn = db.open_store(target)
    try:
        path = str(base).replace("'", "''")
        conn.execute(f"ATTACH '{path}' AS base (READ_ONLY)")
        conn.execute("BEGIN")
        for table in AS_IS:
            conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM base.{table}")
        for sql in (DOCUMENTS, ARTICLES, STATEMENTS):
            conn.execute(sql, [copies])
        conn.execute("COMMIT")
        conn.execute("DETACH base")
        conn.execute("CHECKPOINT")
        return db.table_counts(conn)
    finally:
        conn.close()
