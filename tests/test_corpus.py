"""Behaviour of the bundled demo corpus and its loopback server."""

from __future__ import annotations

import json
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
import requests
from bs4 import BeautifulSoup, Tag

from corpus import (
    CorpusDocument,
    CorpusServer,
    CorpusServerError,
    RequestRecord,
    load_documents,
    render_site,
    serve_corpus,
)

SEED_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "seed-article.txt"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SEED_CITATIONS = [
    "[citation innately attributed to the interview materials]",
    "[citation attributed to UN Security Council statements]",
    "[UN discussions and official remarks]",
    "[policy notes and diplomatic briefings]",
    "[institutional statements and ongoing diplomatic commentary]",
]


@pytest.fixture(scope="module")
def docs() -> list[CorpusDocument]:
    return load_documents()


@pytest.fixture(scope="module")
def server() -> Iterator[CorpusServer]:
    with serve_corpus(port=0) as running:
        yield running


@pytest.fixture(scope="module")
def article_urls(server: CorpusServer) -> list[str]:
    response = requests.get(f"{server.url}/sitemap.xml", timeout=10)
    root = ET.fromstring(response.content)
    return [loc.text or "" for loc in root.iterfind("sm:url/sm:loc", SITEMAP_NS)]


def _page_of(server: CorpusServer, doc: CorpusDocument) -> BeautifulSoup:
    response = requests.get(f"{server.url}/{doc.site}/{doc.slug}.html", timeout=10)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def _one(page: BeautifulSoup, selector: str) -> Tag:
    found = page.select_one(selector)
    assert found is not None, selector
    return found


def test_corpus_has_55_documents_sorted_by_date(docs: list[CorpusDocument]) -> None:
    assert len(docs) == 55
    assert docs == sorted(docs, key=lambda doc: (doc.date, doc.id))
    assert {doc.site for doc in docs} == {"kremlin", "whitehouse", "wikinews", "wire"}
    assert len({doc.slug for doc in docs}) == 55


def test_seed_text_is_byte_identical_to_the_data_file(
    docs: list[CorpusDocument],
) -> None:
    seed = next(doc for doc in docs if doc.id == "seed-article")
    assert seed.text.encode("utf-8") == SEED_FILE.read_bytes()
    assert seed.site == "wire"
    assert seed.date == "2025-03-14"
    assert seed.author == "Communiqué example desk"


def test_slug_joins_id_and_title(docs: list[CorpusDocument]) -> None:
    obama = next(doc for doc in docs if doc.id == "dipl-031")
    assert (
        obama.slug == "dipl-031-telephone-conversation-with-us-president-barack-obama"
    )


def test_every_sitemap_article_answers_html(
    server: CorpusServer, article_urls: list[str]
) -> None:
    assert len(article_urls) == 55
    for url in article_urls:
        response = requests.get(url, timeout=10)
        assert response.status_code == 200, url
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    ("path", "version"),
    [
        ("/feed.xml", "rss20"),
        ("/kremlin/feed.xml", "rss20"),
        ("/whitehouse/feed.xml", "rss20"),
        ("/wikinews/feed.xml", "atom10"),
    ],
)
def test_feed_parses_without_bozo(
    server: CorpusServer, path: str, version: str
) -> None:
    parsed = feedparser.parse(requests.get(server.url + path, timeout=10).content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == version
    assert all(entry.title and entry.link and entry.summary for entry in parsed.entries)


def test_feeds_cover_every_article(
    server: CorpusServer, article_urls: list[str]
) -> None:
    links: dict[str, set[str]] = {}
    for path in ("/feed.xml", "/kremlin/feed.xml", "/whitehouse/feed.xml"):
        body = requests.get(server.url + path, timeout=10).content
        links[path] = {entry.link for entry in feedparser.parse(body).entries}
    atom = requests.get(f"{server.url}/wikinews/feed.xml", timeout=10).content
    links["atom"] = {entry.link for entry in feedparser.parse(atom).entries}
    assert links["/feed.xml"] == set(article_urls)
    sections = (
        links["/kremlin/feed.xml"] | links["/whitehouse/feed.xml"] | links["atom"]
    )
    assert sections == {url for url in article_urls if "/wire/" not in url}


def test_second_get_with_etag_is_not_modified(server: CorpusServer) -> None:
    first = requests.get(f"{server.url}/kremlin/feed.xml", timeout=10)
    assert re.fullmatch(r'"[0-9a-f]+"', first.headers["ETag"])
    assert int(first.headers["Content-Length"]) == len(first.content)
    second = requests.get(
        f"{server.url}/kremlin/feed.xml",
        headers={"If-None-Match": first.headers["ETag"]},
        timeout=10,
    )
    assert second.status_code == 304
    assert second.content == b""


def test_if_modified_since_answers_304_unless_older(
    server: CorpusServer, docs: list[CorpusDocument]
) -> None:
    doc = docs[0]
    url = f"{server.url}/{doc.site}/{doc.slug}.html"
    first = requests.get(url, timeout=10)
    modified = parsedate_to_datetime(first.headers["Last-Modified"])
    assert modified == datetime.fromisoformat(doc.date).replace(hour=9, tzinfo=UTC)
    same = requests.get(
        url, headers={"If-Modified-Since": first.headers["Last-Modified"]}, timeout=10
    )
    older = modified.replace(year=modified.year - 1)
    stale = requests.get(
        url,
        headers={"If-Modified-Since": format_datetime(older, usegmt=True)},
        timeout=10,
    )
    assert (same.status_code, same.content) == (304, b"")
    assert (stale.status_code, stale.content) == (200, first.content)


def test_unknown_path_is_404(server: CorpusServer) -> None:
    assert (
        requests.get(f"{server.url}/no/such/page.html", timeout=10).status_code == 404
    )


def test_head_sends_headers_without_body(server: CorpusServer) -> None:
    response = requests.head(f"{server.url}/sitemap.xml", timeout=10)
    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["Content-Length"]) > 0
    assert "Last-Modified" in response.headers


def test_robots_disallows_private_and_names_the_sitemap(server: CorpusServer) -> None:
    robots = requests.get(f"{server.url}/robots.txt", timeout=10).text
    assert robots.splitlines() == [
        "User-agent: *",
        "Disallow: /private/",
        f"Sitemap: {server.url}/sitemap.xml",
    ]


def test_served_requests_are_recorded(server: CorpusServer) -> None:
    requests.get(f"{server.url}/missing-for-the-record", timeout=10)
    assert server.requests[-1] == RequestRecord("GET", "/missing-for-the-record", 404)


def test_seed_page_cites_are_the_bracketed_citations(
    server: CorpusServer, docs: list[CorpusDocument]
) -> None:
    seed = next(doc for doc in docs if doc.id == "seed-article")
    page = _page_of(server, seed)
    cites = page.select("article cite.source-note")
    assert [cite.get_text() for cite in cites] == SEED_CITATIONS
    paragraphs = [p.get_text() for p in page.select("article p")]
    assert all(line in paragraphs for line in seed.text.split("\n"))


def test_every_page_shows_its_licence_outside_the_article(
    server: CorpusServer, docs: list[CorpusDocument]
) -> None:
    for doc in docs:
        page = _page_of(server, doc)
        _one(page, "article").decompose()
        box = _one(page, "aside.licence")
        assert doc.license in box.get_text(), doc.id
        assert doc.attribution in box.get_text(), doc.id
        hrefs = {a["href"] for a in box.find_all("a")}
        assert doc.license_url in hrefs, doc.id
        assert not doc.original_url or doc.original_url in hrefs, doc.id


def test_article_page_carries_metadata(
    server: CorpusServer, docs: list[CorpusDocument]
) -> None:
    doc = next(doc for doc in docs if doc.id == "dipl-031")
    url = f"{server.url}/{doc.site}/{doc.slug}.html"
    page = _page_of(server, doc)
    assert _one(page, "html")["lang"] == "en"
    assert _one(page, 'link[rel="canonical"]')["href"] == url
    assert _one(page, 'meta[property="og:url"]')["content"] == url
    published = _one(page, 'meta[property="article:published_time"]')
    assert published["content"] == doc.date
    assert _one(page, 'meta[name="author"]')["content"] == doc.author
    assert _one(page, "article h1").get_text() == doc.title
    linked = json.loads(_one(page, 'script[type="application/ld+json"]').get_text())
    assert linked["@type"] == "NewsArticle"
    assert linked["headline"] == doc.title
    assert linked["isBasedOn"] == doc.original_url
    assert linked["creditText"] == doc.attribution


def test_title_with_script_tag_is_escaped(docs: list[CorpusDocument]) -> None:
    hostile = replace(
        docs[0], title='<script>alert("x")</script> & co', text="<b>bold</b> claim"
    )
    site = render_site([hostile], "http://example.test")
    html = site[f"/{hostile.site}/{hostile.slug}.html"].body.decode()
    assert "<script>alert" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co" in html
    assert "\\u003cscript\\u003e" in html  # inside the JSON-LD block
    assert "<script>alert" not in site["/feed.xml"].body.decode()


def test_port_in_use_raises_a_clear_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(CorpusServerError) as caught:
            serve_corpus(port=port)
    assert (
        str(caught.value) == f"cannot serve the corpus on 127.0.0.1:{port}: port in use"
    )
    assert isinstance(caught.value, OSError)
