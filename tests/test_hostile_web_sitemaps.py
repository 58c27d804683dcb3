"""Sitemap index files on loopback: followed within bounds, loops cut, each failure
one line and the rest of the run going on (issue 14, item 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest
from loopback import Loopback, Reply, fast_fetcher, serve_loopback

from extract.web import fetch
from kernel.records import Source, SourceResult, Validators
from store import db

XML = (("Content-Type", "application/xml"),)


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


def _index(server: Loopback, path: str, *children: str) -> str:
    entries = "".join(f"<sitemap><loc>{child}</loc></sitemap>" for child in children)
    body = (
        '<?xml version="1.0"?><sitemapindex '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
    )
    return server.script(path, Reply(body=body.encode(), headers=XML))


def _sitemap(server: Loopback, path: str, *pages: str) -> str:
    entries = "".join(f"<url><loc>{page}</loc></url>" for page in pages)
    body = (
        '<?xml version="1.0"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )
    for page in pages:
        server.script(page, Reply())
    return server.script(path, Reply(body=body.encode(), headers=XML))


def _read(url: str, **settings: object) -> SourceResult:
    fetcher = fast_fetcher([], **settings)
    (chunk,) = fetch.plan_source(fetcher, Source("s", "sitemap", url, True, 0))
    return fetch.fetch_chunk(fetcher, chunk, {})


def _paths(result: SourceResult, server: Loopback) -> list[str]:
    return [d.url.removeprefix(server.url) for d in result.documents]


def test_sitemap_index_lists_the_pages_of_each_sitemap_it_names(
    loopback: Loopback,
) -> None:
    news = _sitemap(loopback, "/news.xml", "/a.html", "/b.html")
    talks = _sitemap(loopback, "/talks.xml", "/b.html", "/c.html")
    index = _index(loopback, "/index.xml", news, "/talks.xml")

    result = _read(index)

    assert result.errors == ()
    assert _paths(result, loopback) == ["/a.html", "/b.html", "/c.html"]
    assert result.listing == Validators()  # read in full again next run
    assert talks in [a.url for a in result.attempts]


def test_a_failing_sitemap_of_an_index_is_one_line_and_the_others_go_on(
    loopback: Loopback,
) -> None:
    news = _sitemap(loopback, "/news.xml", "/a.html")
    gone = loopback.script("/gone.xml", Reply(404, b"gone"))
    empty = loopback.script("/empty.xml", Reply(body=b"<urlset/>", headers=XML))
    index = _index(loopback, "/index.xml", gone, empty, news)

    result = _read(index)

    assert result.errors == (
        f"s: {gone}: HTTP 404 Not Found: not retried, check the URL",
        f"s: {empty}: sitemap lists no <loc> URLs",
    )
    assert _paths(result, loopback) == ["/a.html"]


def test_sitemap_index_loops_are_cut_and_each_sitemap_read_once(
    loopback: Loopback,
) -> None:
    index = loopback.url + "/index.xml"
    inner = _index(loopback, "/inner.xml", index, "/news.xml")
    news = _sitemap(loopback, "/news.xml", "/a.html")
    _index(loopback, "/index.xml", index, inner, news)

    result = _read(index)

    assert result.errors == (
        f"s: {index}: sitemap index loop ({index} → {index}): not read again",
        f"s: {index}: sitemap index loop ({index} → {inner} → {index}): not read again",
    )
    assert _paths(result, loopback) == ["/a.html"]
    assert loopback.paths.count("/index.xml") == 1
    assert loopback.paths.count("/news.xml") == 1


def test_sitemap_index_reads_at_most_max_sitemaps(loopback: Loopback) -> None:
    maps = [_sitemap(loopback, f"/m{i}.xml", f"/p{i}.html") for i in range(3)]
    index = _index(loopback, "/index.xml", *maps)

    result = _read(index, max_sitemaps=2)

    assert result.errors == (
        f"s: {index}: sitemap index names more than 2 sitemaps: the rest not read",
    )
    assert _paths(result, loopback) == ["/p0.html", "/p1.html"]
    assert "/m2.xml" not in loopback.paths


def test_sitemap_indexes_nested_too_deep_are_not_followed(loopback: Loopback) -> None:
    news = _sitemap(loopback, "/news.xml", "/a.html")
    deep = _sitemap(loopback, "/deep.xml", "/z.html")
    inner = _index(loopback, "/inner.xml", deep)
    index = _index(loopback, "/index.xml", inner, news)

    result = _read(index, max_sitemap_depth=2)

    assert result.errors == (
        f"s: {inner}: sitemap index nested more than 2 levels deep: not followed",
    )
    assert _paths(result, loopback) == ["/a.html"]
    assert "/deep.xml" not in loopback.paths


def test_an_ingest_of_a_sitemap_index_stores_the_pages_and_retries_a_failed_one(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    news = _sitemap(loopback, "/news.xml", "/a.html")
    gone = loopback.script("/gone.xml", Reply(503, b"busy"))
    index = _index(loopback, "/index.xml", gone, news)
    source = Source("s", "sitemap", index, True, 0)
    database = tmp_path / "communique.duckdb"

    summary = run_ingest(database, [source], nlp, fetcher=fast_fetcher([]))

    assert summary.status == "partial"
    assert len(summary.failures) == 1
    assert summary.failures[0].startswith(f"s: {gone}: HTTP 503 Service Unavailable")
    conn = duckdb.connect(str(database), read_only=True)
    try:
        stored = conn.execute("SELECT url FROM documents").fetchall()
        assert db.listing_validators(conn) == {}
    finally:
        conn.close()
    assert stored == [(loopback.url + "/a.html",)]
