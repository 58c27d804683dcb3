"""A made-up example article (a source with `example = true`) keeps its statements
on its own page, but they are never a position, a change or an actor's statement."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
from publish_data import build, insert_article, insert_statement, soup

from kernel.records import Source
from publish.changes import CHANGED_ACT, UNSURE, digest_editions
from publish.writer import read_catalogue
from store import builds, db, groups, timelines
from store.window import site_window

pytest_plugins = ("publish_fixtures",)

WIRE_TEXT = "Russian Foreign Minister Sergey Lavrov proposed new talks on guarantees."
WIRE_URL = "https://wire.test/seed.html"
EXAMPLE_NOTE = (
    "Example article. Made up to show what Communiqué does, not a report of real "
    "events: its statements are shown here, but are not counted as any state's "
    "positions."
)


def add_wire(
    conn: duckdb.DuckDBPyConnection, *, example: bool, owner: str = "wire"
) -> None:
    """The wire article (2024-04-01, after every other: Lavrov proposes talks), its
    page held by `owner`, and the configured sources: the `wire` page (`example`)
    and a `sitemap` that lists the same page."""
    wire = Source("wire", "page", WIRE_URL, example=example)
    sitemap = Source("sitemap", "sitemap", "https://wire.test/sitemap.xml")
    db.save_sources(conn, [wire, sitemap])
    holder = wire if owner == "wire" else sitemap
    conn.execute(
        "INSERT INTO documents (document_id, source_id, url, final_url, status,"
        " body, body_sha256, fetched_at) VALUES ('wire-doc', ?, ?, ?, 200, '', '', ?)",
        [holder.source_id, WIRE_URL, WIRE_URL, datetime(2024, 4, 2, tzinfo=UTC)],
    )
    insert_article(
        conn, "wire", "Lavrov proposes talks", "2024-04-01", WIRE_TEXT, WIRE_URL
    )
    conn.execute(
        "UPDATE articles SET document_id = 'wire-doc' WHERE article_id = 'wire'"
    )
    insert_statement(
        conn,
        "wire1",
        "wire",
        0,
        "Sergey Lavrov",
        "proposed",
        "new talks on guarantees",
        ["RUS"],
        "negotiations",
        "propose",
        None,
        text=WIRE_TEXT,
    )


def rus_on_talks(conn: duckdb.DuckDBPyConnection) -> str:
    """The statement of Russia's position on negotiations, as the site chooses it."""
    positions = read_catalogue(conn).positions
    return next(
        p.statement_id
        for p in positions
        if (p.actor_id, p.topic) == ("RUS", "negotiations")
    )


def counts(conn: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Russia's statements and the negotiations topic's, as the digest counts them."""
    catalogue = read_catalogue(conn)
    actor = next(a.statements for a in catalogue.actors if a.actor_id == "RUS")
    topic = next(t.statements for t in catalogue.topics if t.topic == "negotiations")
    return actor, topic


def test_the_example_option_is_stored_with_the_sources_other_options(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    add_wire(conn, example=True)
    rows = conn.execute(
        "SELECT name, CAST(options AS VARCHAR) FROM sources ORDER BY name"
    ).fetchall()
    assert rows == [
        (
            "sitemap",
            '{"allow_private": false, "delay": 1.0, "limit": null, "example": false}',
        ),
        (
            "wire",
            '{"allow_private": false, "delay": 1.0, "limit": null, "example": true}',
        ),
    ]


@pytest.mark.parametrize("owner", ["wire", "sitemap"])
def test_an_example_statement_is_not_a_position_a_change_or_counted(
    conn: duckdb.DuckDBPyConnection, owner: str
) -> None:
    before = counts(conn)
    add_wire(conn, example=True, owner=owner)

    assert rus_on_talks(conn) == "lav3"
    assert counts(conn) == before
    editions = digest_editions(groups.dated_statements(conn, UNSURE), ordered=True)
    assert editions[0].day == date(2024, 3, 5)
    latest = dict(timelines.latest_statements(conn, "actor", ["RUS"], 100))
    assert "wire1" not in {s.statement_id for s in latest["RUS"]}
    assert "2024-04" not in dict(
        timelines.summaries(conn, "actor", ["RUS"])["RUS"].months
    )
    assert "wire1" not in {s.statement_id for s in groups.latest_statements(conn, 10)}
    view = conn.execute(
        "SELECT statement_id FROM latest_positions"
        " WHERE actor_id = 'RUS' AND topic = 'negotiations'"
    ).fetchone()
    assert view == ("lav3",)


def test_the_same_statement_from_a_normal_source_is_a_position_and_a_change(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    rus, talks = counts(conn)
    add_wire(conn, example=False)

    assert rus_on_talks(conn) == "wire1"
    assert counts(conn) == (rus + 1, talks + 1)
    editions = digest_editions(groups.dated_statements(conn, UNSURE), ordered=True)
    assert editions[0].day == date(2024, 4, 1)
    assert [
        (c.kind, c.actor_id, c.statement.statement_id) for c in editions[0].changes
    ] == [(CHANGED_ACT, "RUS", "wire1")]
    latest = dict(timelines.latest_statements(conn, "actor", ["RUS"], 100))
    assert latest["RUS"][0].statement_id == "wire1"


def test_a_window_of_the_database_keeps_examples_out_of_positions(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    add_wire(conn, example=True, owner="sitemap")
    with site_window(conn, since=date(2024, 3, 1)) as window:
        assert rus_on_talks(window) == "lav3"
        assert [a.example for a in groups.listed_articles(window)] == [True, False]


def test_marking_a_source_as_example_changes_what_the_site_is_built_from(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    add_wire(conn, example=False)
    watermark = builds.content_watermark(conn, builds.SITE_TABLES)
    digests = {d.article_id: d.digest for d in groups.article_digests(conn)}
    db.save_sources(conn, [Source("wire", "page", WIRE_URL, example=True)])

    assert builds.content_watermark(conn, builds.SITE_TABLES) != watermark
    after = {d.article_id: d.digest for d in groups.article_digests(conn)}
    assert [i for i in after if after[i] != digests[i]] == ["wire"]


@pytest.mark.parametrize("example", [True, False])
def test_the_site_shows_an_example_on_its_page_only_and_says_so(
    conn: duckdb.DuckDBPyConnection, tmp_path: Path, example: bool
) -> None:
    add_wire(conn, example=example)
    out = tmp_path / "site"
    build(conn, out, search=False)

    page = soup(out / "articles" / "wire.html")
    note = page.select_one("p.example-note")
    assert (" ".join(note.get_text().split()) if note else None) == (
        EXAMPLE_NOTE if example else None
    )
    assert "new talks on guarantees" in page.get_text()
    shown_elsewhere = [
        path.relative_to(out).as_posix()
        for path in [
            out / "index.html",
            out / "actors" / "RUS.html",
            out / "topics" / "negotiations.html",
            out / "feed.atom",
            out / "feeds" / "actors" / "RUS.atom",
            out / "feeds" / "topics" / "negotiations.atom",
        ]
        if "new talks on guarantees" in path.read_text(encoding="utf-8")
    ]
    assert shown_elsewhere == (
        []
        if example
        else [
            "index.html",
            "actors/RUS.html",
            "topics/negotiations.html",
            "feed.atom",
            "feeds/actors/RUS.atom",
            "feeds/topics/negotiations.atom",
        ]
    )


def test_an_update_after_marking_a_source_as_example_matches_a_full_build(
    conn: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    add_wire(conn, example=False)
    updated, full = tmp_path / "updated", tmp_path / "full"
    build(conn, updated, search=False, shape="s")
    db.save_sources(conn, [Source("wire", "page", WIRE_URL, example=True)])

    assert build(conn, updated, search=False, shape="s", update=True).updated
    build(conn, full, search=False, shape="s")

    def pages(site: Path) -> dict[str, str]:
        return {
            p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in site.rglob("*")
            if p.suffix in (".html", ".atom")
        }

    assert pages(updated) == pages(full)
    assert "new talks on guarantees" not in pages(updated)["actors/RUS.html"]
