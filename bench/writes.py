"""Store speed: one ingest chunk's rows written as Communiqué writes them (one Arrow
table and one `INSERT … SELECT` per table, `store.inserts.insert_rows`) against the
multi-row `VALUES` inserts of 256 rows that the previous version used, on two fresh
databases in one run; the two databases must end up with the same rows.

The chunk: `--articles` documents and articles, each with `--statements` statement
rows shaped like real ones (lists of actors and topics, offsets, long sentences).

Usage: .venv/bin/python bench/writes.py [--articles 200] [--statements 20]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from store import db
from store.inserts import ARTICLES, DOCUMENTS, STATEMENTS, Insert, insert_rows

SENTENCE = (
    "Russian Foreign Minister Sergey Lavrov said on Monday that Moscow was ready to"
    " resume talks on strategic stability if Washington dropped its preconditions."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--statements", type=int, default=20)
    args = parser.parse_args()
    tables = _chunk(args.articles, args.statements)
    rows = sum(len(r) for _, r in tables)
    with tempfile.TemporaryDirectory() as tmp:
        seconds = {}
        for name, write in (("values", _values_insert), ("arrow", insert_rows)):
            conn = db.open_store(Path(tmp) / f"{name}.duckdb")
            started = time.perf_counter()
            conn.execute("BEGIN")
            for insert, table_rows in tables:
                write(conn, insert, table_rows)
            conn.execute("COMMIT")
            seconds[name] = time.perf_counter() - started
            conn.close()
        same = _same_rows(Path(tmp) / "values.duckdb", Path(tmp) / "arrow.duckdb")
    print(f"one chunk: {args.articles} articles, {rows:,} rows in 3 tables")
    print(f"VALUES lists (previous): {seconds['values']:.2f} s")
    print(f"Arrow (insert_rows):     {seconds['arrow']:.2f} s")
    print(f"speed-up: {seconds['values'] / seconds['arrow']:.0f} x; same rows: {same}")
    return 0 if same else 1


def _chunk(articles: int, statements: int) -> list[tuple[Insert, list[dict]]]:
    """Rows of documents, articles and statements for one chunk."""
    now = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    documents, texts, said = [], [], []
    for a in range(articles):
        url = f"https://news.example/{a}.html"
        doc_id = hashlib.sha256(url.encode()).hexdigest()[:16]
        body = f"<html><body><p>{SENTENCE}</p></body></html>".encode() * 20
        text = (SENTENCE + "\n\n") * statements
        documents.append(
            dict(
                zip(
                    DOCUMENTS.columns,
                    (doc_id, "src", url, url, 200, "text/html", None, None, body,
                     hashlib.sha256(body).hexdigest(), now),
                    strict=True,
                )
            )
        )  # fmt: skip
        texts.append(
            dict(
                zip(
                    ARTICLES.columns,
                    (f"a{a}", doc_id, url, url, f"Talks {a}", None, "News",
                     date(2026, 11, 30), "meta", "en", text,
                     hashlib.sha256(text.encode()).hexdigest(), "[]", None, "p-1",
                     now),
                    strict=True,
                )
            )
        )  # fmt: skip
        for s in range(statements):
            start = s * (len(SENTENCE) + 2)
            said.append(
                dict(
                    zip(
                        STATEMENTS.columns,
                        (f"s{a}-{s}", f"a{a}", s, "Sergey Lavrov",
                         "Russian Foreign Minister Sergey Lavrov", start, start + 38,
                         ["RUS"] if s % 3 else ["RUS", "USA"], "said", start + 39,
                         start + 43, SENTENCE[57:], start + 57, start + len(SENTENCE),
                         "indirect", None, None, "state", "010", None, SENTENCE,
                         start, start + len(SENTENCE), "rules-1", ["negotiations"]),
                        strict=True,
                    )
                )
            )  # fmt: skip
    return [(DOCUMENTS, documents), (ARTICLES, texts), (STATEMENTS, said)]


def _values_insert(conn: duckdb.DuckDBPyConnection, insert: Insert, rows: list) -> None:
    """The previous version's writer: multi-row VALUES lists of 256 rows."""
    names = ", ".join(insert.columns)
    targets = ", ".join([*insert.columns, *(c for c, _ in insert.derived)])
    select = ", ".join([*insert.columns, *(e for _, e in insert.derived)])
    one = "(" + ", ".join(["?"] * len(insert.columns)) + ")"
    for start in range(0, len(rows), 256):
        chunk = rows[start : start + 256]
        values = "VALUES " + ", ".join([one] * len(chunk))
        conn.execute(
            f"{insert.verb} INTO {insert.table} ({targets}) SELECT {select}"
            f" FROM ({values}) AS v({names}) {insert.conflict}",
            [row[c] for row in chunk for c in insert.columns],
        )


def _same_rows(one: Path, other: Path) -> bool:
    conn = duckdb.connect()
    conn.execute(f"ATTACH '{one}' AS a (READ_ONLY)")
    conn.execute(f"ATTACH '{other}' AS b (READ_ONLY)")
    try:
        for table in ("documents", "articles", "statements"):
            for x, y in (("a", "b"), ("b", "a")):
                (diff,) = conn.execute(
                    f"SELECT count(*) FROM (SELECT * FROM {x}.{table}"
                    f" EXCEPT ALL SELECT * FROM {y}.{table})"
                ).fetchone()
                if diff:
                    return False
        return True
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
