"""Publishing reads: the site's rows, read by column name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kernel.errors import StoreError
from store.driver import records
from store.reads import (
    LATEST_POSITIONS_SQL,
    ActorRow,
    PositionRow,
    load_site_data,
    main_first,
)

pytest_plugins = ("publish_fixtures",)


def test_load_site_data_reads_rows_with_citations_and_joint_counts(conn):
    data = load_site_data(conn)

    assert [a.article_id for a in data.articles] == ["late", "evil", "early"]
    early = next(a for a in data.articles if a.article_id == "early")
    assert [(c.text, c.offset) for c in early.citations] == [("Interfax", 12)]
    assert [s.statement_id for s in data.statements] == [
        "lav1",
        "lav2",
        "hostile",
        "zh1",
        "lav3",
    ]
    assert data.statements[0].actor_name == "Russia"
    assert data.statements[0].article_title == "Lavrov wants talks"
    counts = {a.actor_id: a.statements for a in data.actors}
    assert counts == {"RUS": 4, "CHN": 1, "EVL": 1}  # the joint statement counts twice
    assert {(p.actor_id, p.topic): p.statement_id for p in data.latest_positions} == {
        ("RUS", "negotiations"): "lav3",
        ("RUS", "sanctions"): "lav2",
        ("CHN", "negotiations"): "zh1",
        ("EVL", "negotiations"): "hostile",
    }
    assert [(t.topic, t.statements) for t in data.topics] == [
        ("negotiations", 4),
        ("sanctions", 1),
    ]


def test_rows_become_records_by_column_name_not_position(conn):
    sql = (
        "SELECT statements, kind, name, actor_id FROM (VALUES (2, 'state',"
        " 'Russia', 'RUS')) AS t(statements, kind, name, actor_id)"
    )

    assert records(conn, sql, ActorRow) == (ActorRow("RUS", "Russia", "state", 2),)


def test_a_column_without_a_field_is_a_store_error(conn):
    with pytest.raises(StoreError) as caught:
        records(conn, "SELECT 'RUS' AS actor_id, 1 AS rank", ActorRow)

    assert str(caught.value) == "ActorRow has no field for the column(s) rank"


def test_the_sites_latest_positions_are_the_rows_of_the_view(conn):
    # an undated article: its statements are positions only where nothing is dated
    conn.execute(
        "INSERT INTO articles SELECT * REPLACE ('nodate' AS article_id,"
        " NULL AS published, 'https://news.test/9' AS canonical_url,"
        " 'https://news.test/9' AS url) FROM articles WHERE article_id = 'early'"
    )
    conn.execute(
        "INSERT INTO statements SELECT * REPLACE (statement_id || '-nodate'"
        " AS statement_id, 'nodate' AS article_id) FROM statements"
        " WHERE statement_id IN ('lav1', 'hostile')"
    )
    conn.execute(
        "UPDATE statements SET actor_ids = ['CHN'], topic = 'sanctions',"
        " topics = ['sanctions'] WHERE statement_id = 'lav1-nodate'"
    )
    view = (
        "SELECT * FROM latest_positions"
        " ORDER BY topic, published DESC NULLS LAST, actor_id"
    )

    site = records(conn, LATEST_POSITIONS_SQL, PositionRow, {"actor_ids": main_first})

    # the same rows, and the statement's actors, mention and offsets besides
    plain = {"actor_ids": (), "speaker_mention": None}
    ends = ("cue_end", "content_end", "speaker_start", "speaker_end")
    offsets = dict.fromkeys(("cue_start", "content_start", *ends))
    assert [replace(p, **plain, **offsets) for p in site] == list(
        records(conn, view, PositionRow)
    )
    assert {p.statement_id: p.actor_ids for p in site}["hostile"] == ("EVL", "RUS")
    assert ("CHN", "lav1-nodate") in {(p.actor_id, p.statement_id) for p in site}
