"""Listings on loopback: bad feeds, odd links, and which validators a run keeps.

Each test names its row of docs/reliability.md. A behaviour of a whole run goes
through the real ingest run body; a listing's own, through the fetch stages.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest
from loopback import Loopback, Reply, fast_fetcher, page_source, serve_loopback

from extract.web import fetch
from kernel.records import Source, Validators
from store import db

FEED_A = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>A</title><link>/a.html</link></item></channel></rss>"""
FEED_AB = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>A</title><link>/a.html</link></item>
<item><title>B</title><link>/b.html</link></item></channel></rss>"""


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


def _stored_listings(database: Path) -> dict[str, Validators]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        return db.listing_validators(conn)
    finally:
        conn.close()


def test_malformed_feed_is_recorded_and_the_other_sources_go_on(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    feed = loopback.script("/feed.xml", Reply(body=b"<rss><channel><item><link>"))
    page = loopback.script("/page.html", Reply())
    sources = [Source("broken", "feed", feed, True, 0), page_source("fine", page)]
    database = tmp_path / "communique.duckdb"

    summary = run_ingest(database, sources, nlp)

    assert summary.status == "partial"
    assert summary.failed_sources == ("broken",)
    assert len(summary.failures) == 1
    assert summary.failures[0].startswith(f"broken: {feed}: not a readable feed (")
    assert _stored_listings(database) == {}
    conn = duckdb.connect(str(database), read_only=True)
    stored = conn.execute("SELECT url FROM documents").fetchall()
    conn.close()
    assert stored == [(page,)]


def test_feed_links_relative_repeated_or_with_fragments_are_fetched_once(
    loopback: Loopback, sleeps: list[float]
) -> None:
    links = ["/news/a.html", "a.html", "a.html#comments", "./a.html?", "../news/b.html"]
    items = "".join(f"<item><link>{link}</link></item>" for link in links)
    body = f"<rss version='2.0'><channel><title>N</title>{items}</channel></rss>"
    feed = loopback.script("/news/feed.xml", Reply(body=body.encode()))
    a = loopback.script("/news/a.html", Reply())
    b = loopback.script("/news/b.html", Reply())
    fetcher = fast_fetcher(sleeps)

    (chunk,) = fetch.plan_source(fetcher, Source("news", "feed", feed, True, 0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert [d.url for d in result.documents] == [a, b]
    assert loopback.paths.count("/news/a.html") == 1


def test_a_listing_with_a_failed_page_is_read_again_next_time(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = Reply(200, FEED_A, (("ETag", '"v1"'),))
    url = loopback.script("/feed.xml", first, Reply(200, FEED_AB, (("ETag", '"v2"'),)))
    loopback.script("/a.html", Reply())
    b = loopback.script("/b.html", Reply(404, b"gone"))
    source = Source("news", "feed", url, True, 0)
    database = tmp_path / "communique.duckdb"
    run_ingest(database, [source], nlp)
    assert _stored_listings(database) == {source.source_id: Validators('"v1"', None)}

    summary = run_ingest(database, [source], nlp)

    assert summary.failures == (
        f"news: {b}: HTTP 404 Not Found: not retried, check the URL",
    )
    assert _stored_listings(database) == {}


def test_a_listing_read_without_failures_keeps_its_validators(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = loopback.script("/feed.xml", Reply(200, FEED_A, (("ETag", '"v1"'),)))
    loopback.script("/a.html", Reply())
    source = Source("news", "feed", url, True, 0)
    database = tmp_path / "communique.duckdb"

    summary = run_ingest(database, [source], nlp)

    assert summary.status == "ok"
    assert _stored_listings(database) == {source.source_id: Validators('"v1"', None)}
