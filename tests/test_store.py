"""Behaviour of the DuckDB store on a real file: schema, upserts, batches, views."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from conftest import held_by_another_process
from store_records import (
    ACTORS,
    APRIL,
    MARCH,
    SOURCE,
    new_article,
    new_document,
    new_statement,
    save,
)

from kernel.errors import StoreError
from store.db import (
    SCHEMA_VERSION,
    TABLES,
    migrate,
    open_store,
    save_actors,
    save_sources,
    table_counts,
)
from store.history import start_run


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "communique.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    conn = open_store(db_path)
    save_sources(conn, [SOURCE])
    save_actors(conn, ACTORS)
    yield conn
    conn.close()


def _ids(conn: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    columns = {
        "fetches": "fetch_id",
        "documents": "document_id",
        "articles": "article_id",
        "statements": "statement_id",
    }
    return {
        table: [
            row[0]
            for row in conn.execute(
                f"SELECT {column} FROM {table} ORDER BY {column}"
            ).fetchall()
        ]
        for table, column in columns.items()
    }


def _statement_contents(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute("SELECT content FROM statements ORDER BY seq").fetchall()
    return [row[0] for row in rows]


def test_open_store_creates_every_table_and_records_the_schema_version(
    db_path: Path,
) -> None:
    conn = open_store(db_path)

    versions = conn.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(SCHEMA_VERSION,)]
    assert table_counts(conn) == {
        **dict.fromkeys(TABLES, 0),
        "builds": 0,
        "schema_version": 1,
    }
    assert conn.execute("SELECT count(*) FROM latest_positions").fetchone() == (0,)
    conn.close()


def test_opening_again_does_not_add_a_second_schema_version(db_path: Path) -> None:
    open_store(db_path).close()

    conn = open_store(db_path)

    assert migrate(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [
        (SCHEMA_VERSION,)
    ]
    conn.close()


def test_a_version_1_database_migrates_and_keeps_each_statement_topic(
    store: duckdb.DuckDBPyConnection, db_path: Path
) -> None:
    run_id = start_run(store, "ingest", {})
    document = new_document("old")
    article = new_article(document, MARCH)
    statement = new_statement(article, 1, "sanctions are illegal", topic="sanctions")
    save(store, run_id, [document], [article], {article.article_id: [statement]})
    store.execute("DROP VIEW latest_positions")
    store.execute("DROP VIEW positions")
    store.execute("ALTER TABLE statements DROP COLUMN topics")
    store.execute("UPDATE schema_version SET version = 1")
    store.close()

    conn = open_store(db_path)

    assert conn.execute("SELECT topics FROM statements").fetchall() == [
        (["sanctions"],)
    ]
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [
        (1,),
        (SCHEMA_VERSION,),
    ]
    assert conn.execute("SELECT topic FROM latest_positions").fetchall() == [
        ("sanctions",)
    ]
    conn.close()


def test_a_statement_on_two_topics_is_a_position_on_each(
    store: duckdb.DuckDBPyConnection,
) -> None:
    run_id = start_run(store, "ingest", {})
    document = new_document("two")
    article = new_article(document, MARCH)
    statement = replace(
        new_statement(article, 1, "talks on guarantees", topic="negotiations"),
        topics=("negotiations", "security_guarantees"),
    )
    save(store, run_id, [document], [article], {article.article_id: [statement]})

    rows = store.execute(
        "SELECT actor_id, topic, first_seen, last_seen FROM positions ORDER BY topic"
    ).fetchall()

    assert rows == [
        ("RUS", "negotiations", MARCH, MARCH),
        ("RUS", "security_guarantees", MARCH, MARCH),
    ]


def test_saving_the_same_batch_twice_keeps_the_same_rows_and_ids(
    store: duckdb.DuckDBPyConnection,
) -> None:
    run_id = start_run(store, "ingest", {})
    documents = [new_document("one"), new_document("two")]
    articles = [new_article(d, MARCH) for d in documents]
    statements = {
        a.article_id: [new_statement(a, 1, "talks"), new_statement(a, 2, "no")]
        for a in articles
    }
    save(store, run_id, documents, articles, statements)
    counts, ids = table_counts(store), _ids(store)

    save(store, run_id, documents, articles, statements)

    assert table_counts(store) == counts
    assert _ids(store) == ids
    assert counts == {
        "sources": 1,
        "runs": 1,
        "fetches": 2,
        "documents": 2,
        "articles": 2,
        "actors": 2,
        "statements": 4,
        "builds": 0,
        "schema_version": 1,
    }


def test_resaving_an_article_replaces_its_statements(
    store: duckdb.DuckDBPyConnection,
) -> None:
    run_id = start_run(store, "ingest", {})
    document = new_document("one")
    article = new_article(document, MARCH)
    first = [new_statement(article, 1, "old one"), new_statement(article, 2, "old two")]
    save(store, run_id, [document], [article], {article.article_id: first})

    save(
        store,
        run_id,
        [document],
        [article],
        {article.article_id: [new_statement(article, 3, "new")]},
    )

    assert _statement_contents(store) == ["new"]


def test_failing_batch_rolls_back_all_its_rows_and_names_the_source(
    store: duckdb.DuckDBPyConnection,
) -> None:
    run_id = start_run(store, "ingest", {})
    kept = new_document("kept")
    kept_article = new_article(kept, MARCH)
    save(
        store,
        run_id,
        [kept],
        [kept_article],
        {kept_article.article_id: [new_statement(kept_article, 1, "kept")]},
    )
    before, ids = table_counts(store), _ids(store)
    bad = new_document("bad")
    bad_article = new_article(bad, APRIL)
    broken = replace(new_statement(bad_article, 1, "broken"), cue=None)

    with pytest.raises(StoreError) as caught:
        save(
            store,
            run_id,
            [bad, replace(kept, body=b"changed")],
            [bad_article],
            {
                kept_article.article_id: [],
                bad_article.article_id: [broken],
            },
        )

    assert str(caught.value).startswith(
        "cannot store the batch of source wire: Constraint Error: "
    )
    assert table_counts(store) == before
    assert _ids(store) == ids
    assert _statement_contents(store) == ["kept"]
    stored = store.execute("SELECT body FROM documents").fetchall()
    assert stored == [(b"<p>kept</p>",)]


def test_second_writer_on_a_locked_file_gets_a_store_error(db_path: Path) -> None:
    open_store(db_path).close()
    with (
        held_by_another_process(db_path) as holder,
        pytest.raises(StoreError) as caught,
    ):
        open_store(db_path)

    assert str(caught.value) == (
        f"{db_path} is locked by another process {holder} (DuckDB allows one "
        "writer): wait for the running job to finish, or stop that process if it "
        "is stuck"
    )


def test_latest_positions_keep_the_newest_statement_per_actor_and_topic(
    store: duckdb.DuckDBPyConnection,
) -> None:
    run_id = start_run(store, "ingest", {})
    older, newer = new_document("older"), new_document("newer")
    march, april = new_article(older, MARCH), new_article(newer, APRIL)
    statements = {
        march.article_id: [
            new_statement(march, 1, "Russia is open to talks"),
            new_statement(march, 2, "the US backs Kyiv", actor="USA"),
            new_statement(march, 3, "sanctions are illegal", topic="sanctions"),
        ],
        april.article_id: [
            new_statement(april, 1, "Russia rejects talks"),
            new_statement(april, 2, "no topic here", topic=None),
            new_statement(april, 3, "nobody speaks for a state", actor=None),
        ],
    }
    save(store, run_id, [older, newer], [march, april], statements)

    positions = store.execute(
        "SELECT actor_id, actor_name, topic, content FROM positions"
        " ORDER BY published, seq"
    ).fetchall()
    latest = store.execute(
        "SELECT actor_id, topic, content, statements, first_seen, last_seen"
        " FROM latest_positions ORDER BY actor_id, topic"
    ).fetchall()

    assert positions == [
        ("RUS", "Russia", "ukraine", "Russia is open to talks"),
        ("USA", "United States", "ukraine", "the US backs Kyiv"),
        ("RUS", "Russia", "sanctions", "sanctions are illegal"),
        ("RUS", "Russia", "ukraine", "Russia rejects talks"),
        ("RUS", "Russia", None, "no topic here"),
    ]
    assert latest == [
        ("RUS", "sanctions", "sanctions are illegal", 1, MARCH, MARCH),
        ("RUS", "ukraine", "Russia rejects talks", 2, MARCH, APRIL),
        ("USA", "ukraine", "the US backs Kyiv", 1, MARCH, MARCH),
    ]


def test_read_only_open_of_a_missing_file_says_to_run_ingest(tmp_path: Path) -> None:
    path = tmp_path / "missing.duckdb"

    with pytest.raises(StoreError) as caught:
        open_store(path, read_only=True)

    assert str(caught.value) == f"no database at {path}: run `communique ingest` first"
    assert not path.exists()
