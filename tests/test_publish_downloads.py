"""Publishing downloads: the statements as CSV and Parquet, a file of each per month."""

from __future__ import annotations

from functools import partial

import duckdb
import pytest
from publish_data import HOSTILE, TEMPLATES, soup

from kernel.errors import PublishError, StoreError
from publish import build_site
from store.downloads import (
    DOWNLOAD_COLUMNS,
    ORDER,
    ROWS_SQL,
    statement_months,
    write_statement_downloads,
)

pytest_plugins = ("publish_fixtures",)


def test_statements_download_as_csv_and_parquet_with_their_schema(site):
    conn = duckdb.connect()
    parquet = str(site / "data" / "statements" / "*.parquet")
    csv = str(site / "data" / "statements" / "*.csv")

    rows = conn.execute(
        "SELECT statement_id, published, actor_ids, topics, canonical_url"
        " FROM read_parquet(?) ORDER BY published, article_id, seq",
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
    months = [
        [cell.get_text() for cell in tr.find_all(["th", "td"])]
        for tr in schema.select("table.downloads tbody tr")
    ]
    assert months == [
        ["March 2024", "2", "2024-03.csv", "2024-03.parquet"],
        ["February 2024", "1", "2024-02.csv", "2024-02.parquet"],
        ["January 2024", "2", "2024-01.csv", "2024-01.parquet"],
    ]
    links = [a["href"] for a in schema.select("table.downloads a")]
    assert links[:2] == [
        "../data/statements/2024-03.csv",
        "../data/statements/2024-03.parquet",
    ]


def test_each_month_file_holds_that_months_statements_in_order_and_together_all(
    conn, tmp_path
):
    conn.execute(
        "INSERT INTO articles BY NAME SELECT * REPLACE ('undated' AS article_id,"
        " NULL AS published) FROM articles WHERE article_id = 'early'"
    )
    conn.execute(
        "INSERT INTO statements BY NAME SELECT * REPLACE ('u-' || statement_id AS"
        " statement_id, 'undated' AS article_id) FROM statements"
        " WHERE article_id = 'early'"
    )

    folder = tmp_path / "downloads"
    folder.mkdir()

    written = write_statement_downloads(conn, folder)

    assert written == ["2024-01", "2024-02", "2024-03", "undated"]
    assert statement_months(conn) == [
        ("2024-03", 2),
        ("2024-02", 1),
        ("2024-01", 2),
        ("undated", 2),
    ]
    per_file = {
        month: conn.execute(
            "SELECT statement_id FROM read_parquet(?)",
            [str(folder / f"{month}.parquet")],
        ).fetchall()
        for month in written
    }
    assert per_file == {
        "2024-01": [("lav1",), ("lav2",)],
        "2024-02": [("hostile",)],
        "2024-03": [("zh1",), ("lav3",)],
        "undated": [("u-lav1",), ("u-lav2",)],
    }
    every = conn.execute(
        "SELECT * EXCLUDE (filename) FROM read_parquet(?, filename = true)"
        " ORDER BY filename",
        [str(folder / "*.parquet")],
    ).fetchall()
    whole = conn.execute(
        "SELECT * EXCLUDE (month) FROM ("
        + ROWS_SQL.replace("ORDER BY month", f"ORDER BY month, {ORDER}")
        + ")",
        {"months": None},
    ).fetchall()
    assert every == whole
    assert {r[0] for r in every} == {
        r[0] for r in conn.execute("SELECT statement_id FROM statements").fetchall()
    }
    csv_ids = conn.execute(
        "SELECT statement_id FROM read_csv(?, header = true)",
        [str(folder / "2024-03.csv")],
    ).fetchall()
    assert csv_ids == [("zh1",), ("lav3",)]


def test_only_the_months_asked_for_are_written(conn, tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()

    written = write_statement_downloads(conn, folder, {"2024-02", "2019-05"})

    assert written == ["2024-02"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "2024-02.csv",
        "2024-02.parquet",
    ]


def test_downloads_list_the_main_actor_first_and_fall_back_to_the_one_topic(
    conn, tmp_path
):
    conn.execute(
        "UPDATE statements SET actor_id = 'RUS', actor_ids = ['EVL', 'RUS'],"
        " topics = [] WHERE statement_id = 'hostile'"
    )
    conn.execute("DELETE FROM articles WHERE article_id = 'late'")
    write_statement_downloads(conn, tmp_path)

    parquet, csv = str(tmp_path / "*.parquet"), str(tmp_path / "*.csv")
    rows = conn.execute(
        "SELECT statement_id, actor_id, actor_ids, topic, topics"
        " FROM read_parquet(?) ORDER BY published",
        [parquet],
    ).fetchall()
    types = conn.execute(
        "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
        [parquet],
    ).fetchall()
    from_csv = conn.execute(
        "SELECT * FROM read_csv(?, header = true, all_varchar = true)"
        " ORDER BY published",
        [csv],
    ).fetchall()
    assert rows == [  # no row for the statements of the deleted article
        ("lav1", "RUS", ["RUS"], "negotiations", ["negotiations"]),
        ("lav2", "RUS", ["RUS"], "sanctions", ["sanctions"]),
        ("hostile", "RUS", ["RUS", "EVL"], "negotiations", ["negotiations"]),
    ]
    assert types == [(name, kind) for name, kind, _ in DOWNLOAD_COLUMNS]
    assert [row[0] for row in from_csv] == ["lav1", "lav2", "hostile"]


def test_the_downloads_carry_each_articles_licence_and_attribution(conn, tmp_path):
    conn.execute(
        "UPDATE articles SET license = ?, attribution = ?, original_url = ?"
        " WHERE article_id = 'early'",
        [
            "https://creativecommons.org/licenses/by/4.0/",
            "=From Wikinews, CC BY 2.5",  # a formula in a spreadsheet
            "https://en.wikinews.org/wiki/A",
        ],
    )
    out = tmp_path / "site"
    build_site(conn, out, templates_dir=TEMPLATES, search=False)
    folder = out / "data" / "statements"
    read = duckdb.connect()

    query = (
        "SELECT statement_id, license, attribution, original_url FROM {}(?)"
        " ORDER BY statement_id"
    )
    parquet = read.execute(
        query.format("read_parquet"), [str(folder / "2024-01.parquet")]
    ).fetchall()
    csv = read.execute(query.format("read_csv"), [str(folder / "2024-01.csv")])
    from_csv = csv.fetchall()
    read.close()

    licensed = (
        "https://creativecommons.org/licenses/by/4.0/",
        "=From Wikinews, CC BY 2.5",
        "https://en.wikinews.org/wiki/A",
    )
    assert parquet == [("lav1", *licensed), ("lav2", *licensed)]
    assert from_csv[0][2] == "'=From Wikinews, CC BY 2.5"  # neutralised in the CSV


def test_a_failed_download_fails_the_build_and_keeps_the_previous_site(
    conn, site, tmp_path
):
    before = (site / "data" / "statements" / "2024-01.csv").read_bytes()
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
        "downloads data/statements/: cannot write the downloads in "
    )
    assert isinstance(caught.value.__cause__, StoreError)
    assert isinstance(caught.value.__cause__.__cause__, duckdb.Error)
    assert (site / "data" / "statements" / "2024-01.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_downloads_are_written_under_a_memory_limit_that_is_lifted_after(
    conn, tmp_path
):
    conn.execute("SET memory_limit = '2GiB'")
    before = conn.execute("SELECT current_setting('memory_limit')").fetchone()

    write_statement_downloads(conn, tmp_path)

    assert conn.execute("SELECT current_setting('memory_limit')").fetchone() == before
    assert (tmp_path / "2024-01.parquet").stat().st_size > 0
