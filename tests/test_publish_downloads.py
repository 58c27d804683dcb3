"""Publishing downloads: the statements as CSV and Parquet, one COPY each."""

from __future__ import annotations

from functools import partial

import duckdb
import pytest
from publish_data import HOSTILE, TEMPLATES, soup

from kernel.errors import PublishError, StoreError
from publish import build_site
from store.downloads import DOWNLOAD_COLUMNS, write_statement_downloads

pytest_plugins = ("publish_fixtures",)


def test_statements_download_as_csv_and_parquet_with_their_schema(site):
    conn = duckdb.connect()
    parquet = str(site / "data" / "statements.parquet")
    csv = str(site / "data" / "statements.csv")

    rows = conn.execute(
        "SELECT statement_id, published, actor_ids, topics, canonical_url"
        " FROM read_parquet(?)",
        [parquet],
    ).fetchall()
    types = dict(
        conn.execute(
            "SELECT column_name, column_type FROM (DESCRIBE"
            " SELECT * FROM read_parquet(?))",
            [parquet],
        ).fetchall()
    )
    from_csv = conn.execute(
        "SELECT statement_id, speaker FROM read_csv(?, header = true)", [csv]
    ).fetchall()
    conn.close()

    assert [r[0] for r in rows] == ["lav1", "lav2", "hostile", "zh1", "lav3"]
    assert rows[2][2:] == (["EVL", "RUS"], ["negotiations"], "javascript:alert(1)")
    assert str(rows[0][1]) == "2024-01-10"
    assert types["published"] == "DATE"
    assert types["actor_ids"] == "VARCHAR[]"
    assert types["seq"] == "INTEGER"
    assert dict(from_csv)["hostile"] == HOSTILE  # data stays data in the download
    schema = soup(site / "data" / "index.html")
    documented = [tr.th.get_text() for tr in schema.select("table.schema tbody tr")]
    assert documented == list(types)
    links = [a["href"] for a in schema.select("ul.downloads a")]
    assert links == ["../data/statements.csv", "../data/statements.parquet"]


def test_downloads_list_the_main_actor_first_and_fall_back_to_the_one_topic(
    conn, tmp_path
):
    conn.execute(
        "UPDATE statements SET actor_id = 'RUS', actor_ids = ['EVL', 'RUS'],"
        " topics = [] WHERE statement_id = 'hostile'"
    )
    conn.execute("DELETE FROM articles WHERE article_id = 'late'")
    csv, parquet = tmp_path / "statements.csv", tmp_path / "statements.parquet"

    write_statement_downloads(conn, csv, parquet)

    rows = conn.execute(
        "SELECT statement_id, actor_id, actor_ids, topic, topics FROM read_parquet(?)",
        [str(parquet)],
    ).fetchall()
    types = conn.execute(
        "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
        [str(parquet)],
    ).fetchall()
    from_csv = conn.execute(
        "SELECT * FROM read_csv(?, header = true, all_varchar = true)", [str(csv)]
    ).fetchall()
    assert rows == [  # no row for the statements of the deleted article
        ("lav1", "RUS", ["RUS"], "negotiations", ["negotiations"]),
        ("lav2", "RUS", ["RUS"], "sanctions", ["sanctions"]),
        ("hostile", "RUS", ["RUS", "EVL"], "negotiations", ["negotiations"]),
    ]
    assert types == [(name, kind) for name, kind, _ in DOWNLOAD_COLUMNS]
    assert [row[0] for row in from_csv] == ["lav1", "lav2", "hostile"]


def test_a_failed_download_fails_the_build_and_keeps_the_previous_site(
    conn, site, tmp_path
):
    before = (site / "data" / "statements.csv").read_bytes()
    closed = duckdb.connect()
    closed.close()

    with pytest.raises(PublishError) as caught:
        build_site(
            conn,
            site,
            downloads=partial(write_statement_downloads, closed),
            templates_dir=TEMPLATES,
        )

    assert str(caught.value).startswith(
        "downloads data/statements.csv, data/statements.parquet: cannot write the"
        " downloads "
    )
    assert isinstance(caught.value.__cause__, StoreError)
    assert isinstance(caught.value.__cause__.__cause__, duckdb.Error)
    assert (site / "data" / "statements.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_downloads_are_written_under_a_memory_limit_that_is_lifted_after(
    conn, tmp_path
):
    conn.execute("SET memory_limit = '2GiB'")
    before = conn.execute("SELECT current_setting('memory_limit')").fetchone()

    write_statement_downloads(conn, tmp_path / "s.csv", tmp_path / "s.parquet")

    assert conn.execute("SELECT current_setting('memory_limit')").fetchone() == before
    assert (tmp_path / "s.parquet").stat().st_size > 0
