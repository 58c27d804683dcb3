"""Fuzzing the parse stage and the listing readers: no crash, only typed errors.

Hypothesis runs derandomized (the same examples every run) so the suite stays
reproducible; set FUZZ_EXAMPLES to run more, e.g. FUZZ_EXAMPLES=5000.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import load_documents
from corpus.pages import render_site
from extract.parse import MIN_TEXT_CHARS, parse_document
from extract.web.listings import feed_links, sitemap_links
from kernel.errors import FetchError, ParseError
from kernel.records import Article, RawDocument

BASE = "http://127.0.0.1:9"
PROSE = "The foreign minister said on Monday that talks could resume next week. " * 5
pytestmark = pytest.mark.filterwarnings("ignore::bs4.MarkupResemblesLocatorWarning")
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
CONTENT_TYPES = [
    None,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=iso-8859-1",
    "text/html; charset=klingon",
    "text/html; charset=",
    "application/xhtml+xml",
    "application/pdf",
    "TEXT/HTML;CHARSET=UTF-16",
    "",
    ";;;",
]
PIECES = [
    "<html>",
    "<html lang='en-GB'>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "<article>",
    "</article>",
    "<h1>",
    "<title>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    '<script type="application/ld+json">',
    '{"@type": "NewsArticle", "datePublished": "2024-13-45", "headline": ',
    '{"author": [1, {"name": null}], "license": 5}',
    '<meta charset="',
    '<meta property="article:published_time" content="',
    '<meta name="author" content="',
    '<link rel="canonical" href="',
    "<cite>[",
    "]</cite>",
    "[UN remarks]",
    "\n",
    '"',
    "'",
    ">",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "\x00",
    "\ufeff",
    "Russia said on Monday that talks could resume. ",
    "The minister urged restraint, according to the statement. ",
    "“We are ready,” he said. ",
]


def _settings(examples: int) -> settings:
    return settings(
        max_examples=EXAMPLES or examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _raw(body: bytes, content_type: str | None, url: str = BASE + "/a.html"):  # type: ignore[no-untyped-def]
    return RawDocument(
        source_name="fuzz",
        url=url,
        final_url=url,
        status=200,
        content_type=content_type,
        etag=None,
        last_modified=None,
        body=body,
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def _seed_page() -> bytes:
    docs = [d for d in load_documents() if d.id == "seed-article"]
    site = render_site(docs, BASE)
    return next(r.body for p, r in site.items() if p.endswith(".html") and "seed" in p)


SEED = _seed_page()
COUNTS: dict[str, list[int]] = {}


def _check_parse(name: str, body: bytes, content_type: str | None) -> None:
    """parse_document gives a sound Article or raises ParseError, nothing else."""
    tally = COUNTS.setdefault(name, [0, 0])
    tally[0] += 1
    try:
        article = parse_document(_raw(body, content_type))
    except ParseError as err:
        message = str(err)
    else:
        message = ""
    if message:
        assert message.startswith(BASE + "/a.html: ")
        return
    tally[1] += 1
    assert isinstance(article, Article)
    assert len(article.text) >= MIN_TEXT_CHARS
    assert all(0 <= c.offset <= len(article.text) for c in article.citations)
    assert article.canonical_url


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> None:
    yield  # type: ignore[misc]
    capman = request.config.pluginmanager.getplugin("capturemanager")
    lines = [
        f"fuzz {name}: {tried} inputs, {ok} parsed, {tried - ok} typed errors"
        for name, (tried, ok) in COUNTS.items()
    ]
    with capman.global_and_fixture_disabled():  # type: ignore[union-attr]
        print(
            "\n"
            + "\n".join(lines)
            + f"\nfuzz total: {sum(t for t, _ in COUNTS.values())} inputs"
        )


@_settings(150)
@given(body=st.binary(max_size=4000), content_type=st.sampled_from(CONTENT_TYPES))
def test_random_bytes_parse_or_raise_a_parse_error(
    body: bytes, content_type: str | None
) -> None:
    _check_parse("random bytes", body, content_type)


@_settings(250)
@given(
    pieces=st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=120
    ),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "shift_jis"]),
    content_type=st.sampled_from(CONTENT_TYPES),
    framed=st.booleans(),
)
def test_malformed_html_parses_or_raises_a_parse_error(
    pieces: list[str], encoding: str, content_type: str | None, framed: bool
) -> None:
    html = "".join(pieces)
    if framed:  # inside a page with enough text, so the later steps run too
        html = f"<html><head>{html}</head><body><article>{html}<p>{PROSE}</p></article>"
    body = html.encode(encoding, errors="replace")
    _check_parse("malformed html", body, content_type)


@_settings(80)
@given(
    cut=st.integers(min_value=0, max_value=len(SEED)),
    at=st.integers(min_value=0, max_value=len(SEED)),
    noise=st.binary(max_size=200),
)
def test_truncated_or_corrupted_article_parses_or_raises_a_parse_error(
    cut: int, at: int, noise: bytes
) -> None:
    body = SEED[:at] + noise + SEED[at:]
    _check_parse("corrupted article", body[: max(cut, len(body) // 2)], None)


@_settings(200)
@given(
    body=st.one_of(
        st.binary(max_size=2000),
        st.lists(
            st.sampled_from(
                [
                    '<?xml version="1.0"?>',
                    "<rss version='2.0'>",
                    "<channel>",
                    "<item>",
                    "</item>",
                    "<link>",
                    "</link>",
                    "<entry>",
                    '<link href="',
                    '"/>',
                    "<feed xmlns='http://www.w3.org/2005/Atom'>",
                    "/news/a.html",
                    "b.html",
                    "http://[::1",
                    "javascript:alert(1)",
                    "mailto:x@y",
                    "#frag",
                    "<urlset>",
                    "<url>",
                    "<loc>",
                    "</loc>",
                    "&bogus;",
                    "<![CDATA[",
                    "]]>",
                    "\x00",
                ]
            ),
            max_size=60,
        ).map(lambda parts: "".join(parts).encode()),
    ),
    reader=st.sampled_from(["feed", "sitemap"]),
)
def test_malformed_listings_give_links_or_a_fetch_error(
    body: bytes, reader: str
) -> None:
    tally = COUNTS.setdefault(f"{reader} listings", [0, 0])
    tally[0] += 1
    read = feed_links if reader == "feed" else sitemap_links
    try:
        links = read(_raw(body, "application/xml", BASE + "/news/feed.xml"))
    except FetchError:
        return
    tally[1] += 1
    assert len(links) == len(set(links))
    assert all(link.startswith(("http://", "https://")) for link in links)
