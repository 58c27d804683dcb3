"""The store speaks by name: named columns, lists in, first items derived, and
driver errors as StoreError."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from store_records import (
    ACTORS,
    MARCH,
    SOURCE,
    new_article,
    new_document,
    new_statement,
    save,
)

from kernel.errors import StoreError
from store.db import (
    TABLES,
    known_texts,
    migrate,
    open_store,
    page_validators,
    save_actors,
    save_sources,
)
from store.history import last_runs
from store.reads import load_site_data


def test_main_actor_and_topic_columns_are_the_first_of_their_lists(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "communique.duckdb")
    save_actors(store, ACTORS)
    document = new_document("joint")
    article = new_article(document, MARCH)
    joint = replace(
        new_statement(article, 1, "a joint statement"),
        actor_ids=("USA", "RUS"),
        topics=("sanctions", "negotiations"),
    )
    alone = new_statement(article, 2, "nobody, on nothing", actor=None, topic=None)
    save(store, "run", [document], [article], {article.article_id: [joint, alone]})

    rows = store.execute(
        "SELECT actor_id, actor_ids, topic, topics FROM statements ORDER BY seq"
    ).fetchall()

    assert rows == [
        ("USA", ["USA", "RUS"], "sanctions", ["sanctions", "negotiations"]),
        (None, [], None, []),
    ]
    assert (joint.actor_id, joint.topic) == ("USA", "sanctions")
    assert (alone.actor_id, alone.topic) == (None, None)
    store.close()


def test_tables_with_columns_in_another_order_get_the_same_rows(
    tmp_path: Path,
) -> None:
    def saved(path: Path, reorder: bool) -> dict[str, list[dict[str, object]]]:
        conn = open_store(path)
        if reorder:
            _reverse_columns(conn)
        save_sources(conn, [SOURCE])
        save_actors(conn, ACTORS)
        document = new_document("one")
        article = new_article(document, MARCH)
        statement = replace(
            new_statement(article, 1, "talks"), actor_ids=("USA", "RUS")
        )
        save(conn, "run", [document], [article], {article.article_id: [statement]})
        rows = {table: _by_name(conn, table) for table in TABLES if table != "runs"}
        conn.close()
        return rows

    reordered = saved(tmp_path / "reordered.duckdb", reorder=True)

    assert reordered == saved(tmp_path / "plain.duckdb", reorder=False)
    (statement,) = reordered["statements"]
    assert (statement["actor_id"], statement["topic"]) == ("USA", "ukraine")
    assert statement["speaker_start"] is None
    assert statement["content_start"] == 105


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(page_validators, "cannot read the stored pages' validators"),
        pytest.param(known_texts, "cannot read the stored articles' text hashes"),
        pytest.param(
            lambda conn: last_runs(conn, 5), "cannot read the run history", id="runs"
        ),
        pytest.param(
            load_site_data, "cannot read the site's data from the database", id="site"
        ),
    ],
)
def test_driver_errors_leave_the_store_as_store_errors(
    tmp_path: Path, call: Callable[[duckdb.DuckDBPyConnection], object], message: str
) -> None:
    conn = duckdb.connect(str(tmp_path / "empty.duckdb"))  # no schema: no tables

    with pytest.raises(StoreError) as caught:
        call(conn)

    assert str(caught.value).startswith(f"{message}: Catalog Error: Table with name")
    assert isinstance(caught.value.__cause__, duckdb.CatalogException)
    conn.close()


def _reverse_columns(conn: duckdb.DuckDBPyConnection) -> None:
    """Recreate every content table with its columns in reverse order."""
    for view in ("latest_positions", "positions", "statements_full"):
        conn.execute(f"DROP VIEW {view}")
    for table in (
        "sources",
        "fetches",
        "documents",
        "articles",
        "actors",
        "statements",
    ):
        columns = conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_name = ? ORDER BY ordinal_position DESC",
            [table],
        ).fetchall()
        key = columns[-1][0]
        spec = ", ".join(
            f"{name} {kind}{' PRIMARY KEY' if name == key else ''}"
            for name, kind in columns
        )
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"CREATE TABLE {table} ({spec})")
    migrate(conn)  # the views again, over the reordered tables


def _by_name(conn: duckdb.DuckDBPyConnection, table: str) -> list[dict[str, object]]:
    """Every row of a table by column name (times of writing left out)."""
    columns = [
        name
        for (name,) in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            " ORDER BY column_name",
            [table],
        ).fetchall()
        if name not in {"updated_at", "parsed_at"}
    ]
    rows = conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL"
    ).fetchall()
    return [dict(zip(columns, row, strict=True)) for row in rows]
