"""The analysts' snapshot follows the database row by row: a run that changed some
content updates only those rows and their full-text entries, and leaves what a
snapshot written in full (with the fts extension's own index build) holds."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest, small_corpus

from kernel.config import Config, Settings
from kernel.errors import StoreError
from runs.reprocess import reextract
from runs.runner import SerialRunner
from store import db
from store.fulltext import INDEXES, load_fts, search_statements
from store.snapshot import publish_snapshot, update_snapshot

QUERIES = ("ceasefire", "negotiate talks", "security council", "Lavrov", "zebra")
ARTICLE_SEARCH = """
SELECT article_id, round(score, 9) FROM (
    SELECT article_id, fts_main_articles.match_bm25(article_id, ?) AS score
    FROM articles
) WHERE score IS NOT NULL ORDER BY ALL
"""
# Index entries by document name and term: the ids inside an index are its own.
INDEX_SQL = {
    "terms": """
        SELECT d.name, t.fieldid, w.term FROM {fts}.terms t
        JOIN {fts}.docs d USING (docid) JOIN {fts}.dict w USING (termid)
        ORDER BY ALL
    """,
    "docs": "SELECT name, len FROM {fts}.docs ORDER BY ALL",
    "dict": "SELECT term, df FROM {fts}.dict ORDER BY ALL",
    "stats": "SELECT * FROM {fts}.stats",
}
EDITS = (
    "UPDATE statements SET content = 'A zebra crossing for the ceasefire'"
    " WHERE statement_id = (SELECT min(statement_id) FROM statements"
    " WHERE article_id < (SELECT max(article_id) FROM articles))",
    "DELETE FROM statements WHERE article_id = (SELECT max(article_id) FROM articles)",
    "DELETE FROM articles WHERE article_id = (SELECT max(article_id) FROM articles)",
    "UPDATE articles SET title = 'Zebra talks'"
    " WHERE article_id = (SELECT min(article_id) FROM articles)",
    "UPDATE documents SET content_type = 'text/zebra'"
    " WHERE document_id = (SELECT min(document_id) FROM documents)",
)


def test_a_run_that_adds_articles_updates_the_snapshot_to_a_full_ones_rows(
    corpus_server, nlp, tmp_path
):
    database = tmp_path / "communique.duckdb"
    sources = small_corpus(corpus_server.url)

    first = run_ingest(database, sources[:2], nlp)
    later = run_ingest(database, sources, nlp)  # the seed page is new

    assert (first.snapshot_write, later.snapshot_write) == ("rewritten", "updated")
    assert later.counts["articles"] == 1
    assert later.snapshot is not None
    _assert_same(later.snapshot, _written_in_full(database, tmp_path))


def test_a_reextracted_database_updates_the_snapshot_to_a_full_ones_rows(
    corpus_server, nlp, tmp_path, monkeypatch
):
    database = tmp_path / "communique.duckdb"
    sources = small_corpus(corpus_server.url)
    run_ingest(database, sources, nlp)
    monkeypatch.setitem(nlp.meta, "version", "9.9.9")  # every statement changes
    settings = Settings(database=database)
    conn = db.open_store(database)
    try:
        config = Config(settings, (), tmp_path / "s.toml")
        reextract(conn, config, SerialRunner(settings, nlp=nlp))
    finally:
        conn.close()

    again = run_ingest(database, sources, nlp)  # every page answers 304

    assert again.snapshot_write == "updated"
    assert again.snapshot is not None
    _assert_same(again.snapshot, _written_in_full(database, tmp_path))


def test_edited_rows_update_the_snapshot_and_a_half_written_one_is_discarded(
    corpus_server, nlp, tmp_path
):
    database = tmp_path / "communique.duckdb"
    sources = small_corpus(corpus_server.url)
    first = run_ingest(database, sources, nlp)
    assert first.snapshot is not None
    with duckdb.connect(str(database)) as conn:
        for sql in EDITS:
            conn.execute(sql)
    # A run killed while it wrote the next snapshot leaves its staging file.
    staging = first.snapshot.with_name(f".{first.snapshot.name}.tmp")
    staging.write_bytes(first.snapshot.read_bytes()[: 3 * 4096])
    staging.with_name(staging.name + ".wal").write_bytes(b"\0" * 100)
    reader = duckdb.connect(str(first.snapshot), read_only=True)

    again = run_ingest(database, sources, nlp)

    assert again.snapshot_write == "updated"
    assert not staging.exists()
    # A reader of the old snapshot goes on reading the old file, whole.
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    load_fts(reader)
    assert search_statements(reader, "zebra") == []
    reader.close()  # this process's next connection opens the new file
    _assert_same(first.snapshot, _written_in_full(database, tmp_path))
    assert "zebra" in _search(first.snapshot, "zebra")[0][5]


def test_a_failed_update_leaves_the_snapshot_as_it_was_and_no_staging_file(
    corpus_server, nlp, tmp_path
):
    database = tmp_path / "communique.duckdb"
    first = run_ingest(database, small_corpus(corpus_server.url), nlp)
    assert first.snapshot is not None
    with duckdb.connect(str(first.snapshot)) as snapshot:  # not the layout written
        snapshot.execute("ALTER TABLE fts_main_statements.docs RENAME len TO n")
    before = first.snapshot.read_bytes()
    conn = db.open_store(database)
    try:
        conn.execute(EDITS[0])
        with pytest.raises(StoreError, match="has an unknown layout"):
            update_snapshot(conn, first.snapshot)
    finally:
        conn.close()

    assert first.snapshot.read_bytes() == before
    assert not first.snapshot.with_name(f".{first.snapshot.name}.tmp").exists()


def _written_in_full(database: Path, folder: Path) -> Path:
    """A snapshot of the database as it is now, written in full."""
    conn = db.open_store(database)
    try:
        return publish_snapshot(conn, folder / "full.duckdb")
    finally:
        conn.close()


def _assert_same(updated: Path, full: Path) -> None:
    left, right = _contents(updated), _contents(full)
    assert left.keys() == right.keys()
    for name in left:
        assert left[name] == right[name], name


def _contents(path: Path) -> dict[str, object]:
    """Every row of every table, the indexes' entries and what searches answer."""
    with duckdb.connect(str(path), read_only=True) as conn:
        load_fts(conn)
        tables = conn.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"
        ).fetchall()
        found: dict[str, object] = {
            t: conn.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall()
            for (t,) in tables
        }
        # The run records the snapshot it wrote after writing it.
        found["builds"] = [
            row for row in found["builds"] if not str(row[0]).startswith("snapshot:")
        ]
        for index in INDEXES:
            for name, sql in INDEX_SQL.items():
                found[f"{index.schema}.{name}"] = conn.execute(
                    sql.format(fts=index.schema)
                ).fetchall()
        for query in QUERIES:
            found[f"search {query}"] = sorted(
                (row[0], round(row[1], 9)) for row in search_statements(conn, query)
            )
            found[f"articles {query}"] = conn.execute(
                ARTICLE_SEARCH, [query]
            ).fetchall()
    return found


def _search(path: Path, query: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as conn:
        return search_statements(conn, query)
