"""A publish after new articles renders only what they touch, in place, and the site
it leaves equals a full rebuild file for file; its search finds the new statements."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest, small_corpus
from playwright.sync_api import expect

from kernel.config import Config, Settings
from kernel.errors import PublishError, StoreError
from kernel.records import Source
from publish import build_site
from publish.changes import UNSURE, Edition, digest_editions
from runs.publish import PublishSummary, publish, site_shape
from store import db, groups
from store.reads import load_site_data

MORE_RESULTS = 10  # "Load more results" clicks before giving up


def _more(base_url: str) -> list[Source]:
    """The small corpus and three White House briefings it does not have."""
    briefings = f"{base_url}/whitehouse/feed.xml"
    return [*small_corpus(base_url), Source("wh", "feed", briefings, True, 0, limit=3)]


def _publish(
    database: Path, site: Path, *, full: bool = False, title: str = "Communiqué"
) -> PublishSummary:
    """One publish run of the real run body."""
    settings = Settings(database=database, site=site, site_title=title)
    conn = db.open_store(database)
    try:
        return publish(conn, Config(settings, (), site.with_name("s.toml")), full=full)
    finally:
        conn.close()


def _files(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def _assert_same_site(updated: Path, rebuilt: Path) -> None:
    """Every file the same, byte for byte."""
    mine, full = _files(updated), _files(rebuilt)
    assert sorted(mine) == sorted(full)
    differ = [name for name in full if mine[name] != full[name]]
    assert differ == []


@pytest.fixture(scope="module")
def grown(corpus_server, nlp, tmp_path_factory) -> tuple[Path, PublishSummary]:  # type: ignore[no-untyped-def]
    """A site published after a first ingest, then updated after a second."""
    folder = tmp_path_factory.mktemp("incremental")
    database = folder / "communique.duckdb"
    run_ingest(database, small_corpus(corpus_server.url), nlp)
    first = _publish(database, folder / "site")
    assert not first.updated
    run_ingest(database, _more(corpus_server.url), nlp)
    return database, _publish(database, folder / "site")


def test_new_articles_update_the_site_in_place_as_a_full_rebuild_would(grown, tmp_path):
    database, summary = grown
    site = database.parent / "site"

    full = _publish(database, tmp_path / "full", full=True)

    assert summary.updated
    assert not full.updated
    assert summary.pages < full.pages
    _assert_same_site(site, tmp_path / "full")


def test_a_deleted_article_leaves_the_site_as_a_full_rebuild_would(grown, tmp_path):
    database, _ = grown
    copy = tmp_path / "communique.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute("CHECKPOINT")
    copy.write_bytes(database.read_bytes())
    site = tmp_path / "site"
    _publish(copy, site)
    with duckdb.connect(str(copy)) as conn:
        gone = conn.execute(
            "SELECT article_id FROM statements GROUP BY article_id"
            " ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM statements WHERE article_id = ?", gone)
        conn.execute("DELETE FROM articles WHERE article_id = ?", gone)

    summary = _publish(copy, site)
    _publish(copy, tmp_path / "full", full=True)

    assert summary.updated
    _assert_same_site(site, tmp_path / "full")


def test_a_statement_changed_in_an_old_month_renders_that_months_archive_again(
    grown, tmp_path
):
    database, _ = grown
    copy = tmp_path / "communique.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute("CHECKPOINT")
    copy.write_bytes(database.read_bytes())
    site = tmp_path / "site"
    _publish(copy, site)
    with duckdb.connect(str(copy)) as conn:
        statement, actor, month = conn.execute(
            "SELECT s.statement_id, s.actor_id, strftime(a.published, '%Y-%m')"
            " FROM statements s JOIN articles a USING (article_id)"
            " WHERE a.published IS NOT NULL AND s.actor_id IS NOT NULL"
            " AND len(list_distinct(list_append(s.actor_ids, s.actor_id))) = 1"
            " ORDER BY a.published, s.statement_id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE statements SET content = 'an archived change of position'"
            " WHERE statement_id = ?",
            [statement],
        )
    archive = site / "actors" / actor / f"{month}.html"
    before = _files(site)

    summary = _publish(copy, site)
    _publish(copy, tmp_path / "full", full=True)

    assert summary.updated
    assert "an archived change of position" in archive.read_text(encoding="utf-8")
    after = _files(site)
    archives = {n for n in after if n.count("/") == 2 and n.startswith("actors/")}
    assert {n for n in archives if after[n] != before[n]} == {
        str(archive.relative_to(site))
    }
    downloads = {n for n in after if n.startswith("data/statements/")}
    assert {n for n in downloads if after[n] != before[n]} == {
        f"data/statements/{month}.csv",
        f"data/statements/{month}.parquet",
    }
    _assert_same_site(site, tmp_path / "full")


def test_a_month_left_without_articles_loses_its_list_and_downloads(grown, tmp_path):
    database, _ = grown
    copy = tmp_path / "communique.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute("CHECKPOINT")
    copy.write_bytes(database.read_bytes())
    site = tmp_path / "site"
    _publish(copy, site)
    with duckdb.connect(str(copy)) as conn:
        (month,) = conn.execute(
            "SELECT strftime(min(published), '%Y-%m') FROM articles"
        ).fetchone()
        gone = "SELECT article_id FROM articles WHERE strftime(published, '%Y-%m') = ?"
        conn.execute(f"DELETE FROM statements WHERE article_id IN ({gone})", [month])
        conn.execute(f"DELETE FROM articles WHERE article_id IN ({gone})", [month])
    assert (site / "articles" / "months" / f"{month}.html").is_file()
    assert (site / "data" / "statements" / f"{month}.parquet").is_file()

    summary = _publish(copy, site)
    _publish(copy, tmp_path / "full", full=True)

    assert summary.updated
    assert not (site / "articles" / "months" / f"{month}.html").exists()
    assert not (site / "data" / "statements" / f"{month}.csv").exists()
    assert not (site / "data" / "statements" / f"{month}.parquet").exists()
    _assert_same_site(site, tmp_path / "full")


def test_an_update_that_stopped_half_way_is_finished_by_the_next_run(
    corpus_server, nlp, tmp_path
):
    database, site = tmp_path / "communique.duckdb", tmp_path / "site"
    run_ingest(database, small_corpus(corpus_server.url), nlp)
    _publish(database, site)
    run_ingest(database, _more(corpus_server.url), nlp)
    settings = Settings(database=database, site=site)
    config = Config(settings, (), tmp_path / "s.toml")

    def fail(folder: Path, months: frozenset[str] | None) -> list[str]:
        raise StoreError("disk full")  # after the pages, before the index

    conn = db.open_store(database)
    try:
        with pytest.raises(PublishError, match="disk full"):
            build_site(
                conn, site, downloads=fail, shape=site_shape(conn, config), update=True
            )
    finally:
        conn.close()
    finished = _publish(database, site)
    _publish(database, tmp_path / "full", full=True)

    assert finished.updated
    _assert_same_site(site, tmp_path / "full")


@pytest.fixture
def served(grown) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The updated site on loopback."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    site = grown[0].parent / "site"
    handler = functools.partial(Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# The newest statement (of the latest run, in the newest shard, which the search
# page loads) and the oldest (of the first run, in a shard the page merges).
NEWEST = "ORDER BY a.published DESC, length(s.content) DESC LIMIT 1"
OLDEST = "ORDER BY a.published ASC, length(s.content) DESC LIMIT 1"


@pytest.mark.parametrize("order", [NEWEST, OLDEST], ids=["latest-run", "first-run"])
def test_search_finds_statements_of_every_run(grown, served, browser, order):
    database, _ = grown
    with duckdb.connect(str(database), read_only=True) as conn:
        title, content, url = conn.execute(
            "SELECT a.title, s.content, a.url FROM statements s JOIN articles a"
            " USING (article_id) WHERE a.published IS NOT NULL " + order
        ).fetchone()
    assert ("/whitehouse/" in url) == (order == NEWEST)
    page = browser.new_page()
    try:
        page.goto(served + "search.html?q=" + " ".join(content.split()[:6]))
        result = page.locator(".pagefind-ui__result-link", has_text=title)
        more = page.locator(".pagefind-ui__button")
        for _ in range(MORE_RESULTS):
            if result.count() or not more.count():
                break
            more.click()
        expect(result.first).to_be_visible()
    finally:
        page.close()


def test_a_changed_setting_rebuilds_the_whole_site(grown, tmp_path):
    database, _ = grown
    site = tmp_path / "site"
    _publish(database, site)

    retitled = _publish(database, site, title="Other")

    assert not retitled.updated
    assert not retitled.unchanged


def _changes(editions: list[Edition]) -> list[tuple[object, ...]]:
    return [
        (
            e.day,
            e.previous_day,
            [
                (c.kind, c.actor_id, c.topic, c.statement.statement_id)
                + ((c.previous.statement_id,) if c.previous else ())
                for c in e.changes
            ],
        )
        for e in editions
    ]


def test_the_digest_replays_only_the_statements_that_decide_it_and_finds_the_same(
    grown, tmp_path
):
    database, _ = grown
    copy = tmp_path / "communique.duckdb"
    with duckdb.connect(str(database)) as conn:
        conn.execute("CHECKPOINT")
    copy.write_bytes(database.read_bytes())
    conn = db.open_store(copy)
    try:  # a day whose statements have no topic still has its edition
        conn.execute(
            "UPDATE statements SET topic = NULL, topics = [] WHERE article_id ="
            " (SELECT article_id FROM articles ORDER BY published DESC LIMIT 1)"
        )
        every = load_site_data(conn).statements
        needed = list(groups.dated_statements(conn, UNSURE))
    finally:
        conn.close()

    assert len(needed) < len(every)
    assert _changes(digest_editions(needed, ordered=True)) == _changes(
        digest_editions(every)
    )
