"""The analysts' guide: every query in docs/analysts.md runs on the snapshot."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from store.fulltext import load_fts, search_statements

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"


def _queries() -> list[tuple[str, str]]:
    """(heading, SQL) of every sql block under a numbered heading."""
    text = GUIDE.read_text(encoding="utf-8")
    found = []
    for section in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        heading = section.splitlines()[0]
        for sql in re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL):
            found.append((heading, sql))
    return found


QUERIES = _queries()


@pytest.fixture(scope="module")
def snapshot(demo_snapshot: Path) -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(str(demo_snapshot), read_only=True)
    load_fts(conn)
    yield conn
    conn.close()


def test_the_guide_has_ten_numbered_queries() -> None:
    assert [h.split(".")[0] for h, _ in QUERIES] == [str(n) for n in range(1, 11)]


@pytest.mark.slow
@pytest.mark.parametrize(("heading", "sql"), QUERIES, ids=[h for h, _ in QUERIES])
def test_each_query_of_the_guide_returns_rows(
    snapshot: duckdb.DuckDBPyConnection, heading: str, sql: str
) -> None:
    assert snapshot.execute(sql).fetchall(), heading


@pytest.mark.slow
def test_china_pressed_all_sides_on_humanitarian_law(
    snapshot: duckdb.DuckDBPyConnection,
) -> None:
    rows = snapshot.execute(QUERIES[0][1]).fetchall()
    assert any(
        actor == "CHN" and speaker == "Zhang Jun" and addressee == "all sides"
        for _, actor, speaker, _, addressee, _, _ in rows
    )


@pytest.mark.slow
def test_search_finds_stemmed_words_and_ranks_the_best_first(
    snapshot: duckdb.DuckDBPyConnection,
) -> None:
    rows = search_statements(snapshot, "negotiate", limit=5)
    assert rows
    content, sentence = snapshot.execute(
        "SELECT content, sentence FROM statements WHERE statement_id = ?", [rows[0][0]]
    ).fetchone()
    assert "negotiat" in f"{content} {sentence}".lower()
    scores = [r[1] for r in rows]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.slow
def test_statements_full_has_one_row_per_statement(
    snapshot: duckdb.DuckDBPyConnection,
) -> None:
    full, statements = snapshot.execute(
        "SELECT (SELECT count(*) FROM statements_full),"
        " (SELECT count(*) FROM statements)"
    ).fetchone()
    assert full == statements > 0
