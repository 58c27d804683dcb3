"""Behaviour of fetching over real loopback HTTP: the corpus and a scripted server."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from loopback import FAST, Loopback, Reply, fetch_page, rows, serve_loopback

from corpus import CorpusServer, RequestRecord, load_documents
from corpus.pages import article_path
from extract.web import fetch
from extract.web.fetcher import Fetcher, FetchSettings
from kernel.records import Source, Validators

PRIVATE_REFUSAL = (
    "refused: 127.0.0.1 resolves to 127.0.0.1, a private, loopback, link-local or "
    "metadata address (set allow_private = true on the source to allow it)"
)


@pytest.fixture
def scripted() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(sleeps: list[float]) -> Iterator[Fetcher]:
    running = Fetcher(settings=FAST, sleep=sleeps.append)
    yield running
    running.close()


def _new_requests(server: CorpusServer) -> Callable[[], list[RequestRecord]]:
    """A function returning the requests the corpus server answered since now."""
    seen = len(server.requests)
    return lambda: server.requests[seen:]


@pytest.mark.parametrize(
    ("name", "kind", "path", "sites"),
    [
        ("kremlin", "feed", "/kremlin/feed.xml", {"kremlin"}),
        ("wikinews", "feed", "/wikinews/feed.xml", {"wikinews"}),
        ("everything", "sitemap", "/sitemap.xml", None),
    ],
)
def test_listing_yields_every_article_once_with_one_attempt_per_url(
    corpus_server: CorpusServer,
    fetcher: Fetcher,
    name: str,
    kind: str,
    path: str,
    sites: set[str] | None,
) -> None:
    base = corpus_server.url
    source = Source(name, kind, base + path, allow_private=True, delay=0)
    expected = sorted(
        base + article_path(doc)
        for doc in load_documents()
        if sites is None or doc.site in sites
    )

    (chunk,) = fetch.plan_source(fetcher, source)
    result = fetch.fetch_chunk(fetcher, chunk, {})

    urls = [document.url for document in result.documents]
    assert sorted(urls) == expected
    assert {document.status for document in result.documents} == {200}
    assert all(document.etag and document.body for document in result.documents)
    assert rows(result.attempts) == [
        (f"{base}/robots.txt", 1, 200, "ok"),
        (source.url, 1, 200, "ok"),
        *[(url, 1, 200, "ok") for url in urls],
    ]
    assert result.errors == ()
    assert result.not_modified == ()
    assert result.listing_unchanged is False
    assert result.listing is not None
    assert result.listing.etag


def _keep(which: str, validators: Validators) -> Validators:
    if which == "etag":
        return Validators(etag=validators.etag)
    return Validators(last_modified=validators.last_modified)


@pytest.mark.parametrize("which", ["etag", "last_modified"])
def test_unchanged_listing_answers_304_and_fetches_no_pages(
    corpus_server: CorpusServer, fetcher: Fetcher, which: str
) -> None:
    source = Source(
        "kremlin", "feed", f"{corpus_server.url}/kremlin/feed.xml", True, delay=0
    )
    (first,) = fetch.plan_source(fetcher, source)
    assert first.listing is not None

    (second,) = fetch.plan_source(fetcher, source, _keep(which, first.listing))

    assert second.listing_unchanged is True
    assert second.urls == ()
    assert second.errors == ()
    assert rows(second.attempts) == [(source.url, 1, 304, "not_modified")]


@pytest.mark.parametrize("which", ["etag", "last_modified"])
def test_unchanged_pages_answer_304_and_are_listed_as_not_modified(
    corpus_server: CorpusServer, fetcher: Fetcher, which: str
) -> None:
    source = Source(
        "kremlin", "feed", f"{corpus_server.url}/kremlin/feed.xml", True, delay=0
    )
    (chunk,) = fetch.plan_source(fetcher, source)
    first = fetch.fetch_chunk(fetcher, chunk, {})
    known = {
        document.url: _keep(which, Validators(document.etag, document.last_modified))
        for document in first.documents
    }

    (chunk,) = fetch.plan_source(fetcher, source)
    second = fetch.fetch_chunk(fetcher, chunk, known)

    assert second.documents == ()
    assert second.not_modified == tuple(d.url for d in first.documents)
    assert second.listing_unchanged is False
    assert rows(second.attempts) == [
        (source.url, 1, 200, "ok"),
        *[(url, 1, 304, "not_modified") for url in second.not_modified],
    ]


def test_page_disallowed_by_robots_txt_is_refused_without_requesting_it(
    corpus_server: CorpusServer, fetcher: Fetcher
) -> None:
    url = f"{corpus_server.url}/private/briefing.html"
    source = Source("private", "page", url, allow_private=True, delay=0)
    answered = _new_requests(corpus_server)

    result = fetch_page(fetcher, source)

    assert result.errors == (f"private: {url}: disallowed by robots.txt",)
    assert result.documents == ()
    assert answered() == [RequestRecord("GET", "/robots.txt", 200)]
    assert rows(result.attempts) == [
        (f"{corpus_server.url}/robots.txt", 1, 200, "ok"),
        (url, 1, None, "skipped"),
    ]
    assert result.attempts[-1].error == f"{url}: disallowed by robots.txt"


@pytest.mark.parametrize(
    ("kind", "path"),
    [("feed", "/kremlin/feed.xml"), ("page", "/robots.txt")],
)
def test_loopback_source_without_allow_private_is_refused_before_any_request(
    corpus_server: CorpusServer, fetcher: Fetcher, kind: str, path: str
) -> None:
    url = corpus_server.url + path
    answered = _new_requests(corpus_server)

    (chunk,) = fetch.plan_source(fetcher, Source("local", kind, url, delay=0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert result.errors == (f"local: {url}: {PRIVATE_REFUSAL}",)
    assert rows(result.attempts) == [(url, 1, None, "skipped")]
    assert result.attempts[0].error == f"{url}: {PRIVATE_REFUSAL}"
    assert result.documents == ()
    assert answered() == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("kind", ["feed", "page"])
def test_server_down_is_recorded_as_an_error_and_does_not_raise(
    fetcher: Fetcher, kind: str
) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    url = f"{base}/feed.xml"

    (chunk,) = fetch.plan_source(fetcher, Source("down", kind, url, True, delay=0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert len(result.errors) == 1
    assert result.errors == (
        f"down: {url}: connection refused (is the server down?); "
        "gave up after 4 attempts, the next run tries again",
    )
    assert result.documents == ()
    tries = FAST.max_retries + 1
    assert rows(result.attempts) == [
        (f"{base}/robots.txt", 1, None, "error"),
        *[(url, attempt, None, "error") for attempt in range(1, tries + 1)],
    ]
    assert all(a.error for a in result.attempts)


@pytest.mark.parametrize(
    ("failure", "waited"),
    [
        (Reply(503, b"busy"), [0.01, 0.02]),
        (Reply(500, b"oops"), [0.01, 0.02]),
        (Reply(429, b"slow down", (("Retry-After", "0"),)), [0.0, 0.0]),
        (Reply(429, b"slow down", (("Retry-After", "3600"),)), [0.05, 0.05]),
    ],
)
def test_transient_failures_are_retried_until_the_page_arrives(
    scripted: Loopback,
    fetcher: Fetcher,
    sleeps: list[float],
    failure: Reply,
    waited: list[float],
) -> None:
    url = scripted.script("/page.html", failure, failure, Reply(200, b"<p>ok</p>"))

    result = fetch_page(fetcher, Source("flaky", "page", url, True, delay=0))

    assert [d.body for d in result.documents] == [b"<p>ok</p>"]
    assert result.errors == ()
    assert rows(result.attempts) == [
        (f"{scripted.url}/robots.txt", 1, 404, "ok"),
        (url, 1, failure.status, "error"),
        (url, 2, failure.status, "error"),
        (url, 3, 200, "ok"),
    ]
    phrase = {503: "Service Unavailable", 500: "Internal Server Error"}.get(
        failure.status, "Too Many Requests"
    )
    assert result.attempts[1].error == f"{url}: HTTP {failure.status} {phrase}"
    assert sleeps == waited


def test_transient_failure_gives_up_after_max_retries(
    scripted: Loopback, fetcher: Fetcher
) -> None:
    url = scripted.script("/page.html", Reply(503, b"busy"))

    result = fetch_page(fetcher, Source("flaky", "page", url, True, delay=0))

    assert result.errors == (
        f"flaky: {url}: HTTP 503 Service Unavailable; gave up after 4 attempts, "
        "the next run tries again",
    )
    assert [a.attempt for a in result.attempts if a.url == url] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("status", "phrase"), [(403, "Forbidden"), (404, "Not Found"), (410, "Gone")]
)
def test_permanent_http_error_is_recorded_once_and_not_retried(
    scripted: Loopback,
    fetcher: Fetcher,
    sleeps: list[float],
    status: int,
    phrase: str,
) -> None:
    url = scripted.script("/gone.html", Reply(status, b"no"), Reply(200))

    result = fetch_page(fetcher, Source("gone", "page", url, True, delay=0))

    assert result.errors == (
        f"gone: {url}: HTTP {status} {phrase}: not retried, check the URL",
    )
    assert result.documents == ()
    assert rows(result.attempts)[1:] == [(url, 1, status, "error")]
    assert scripted.paths == ["/robots.txt", "/gone.html"]
    assert sleeps == []


def test_body_over_max_bytes_is_refused_naming_the_limit(
    scripted: Loopback, sleeps: list[float]
) -> None:
    url = scripted.script("/huge.html", Reply(200, b"x" * 2048))
    fetcher = Fetcher(settings=FetchSettings(max_bytes=1024), sleep=sleeps.append)

    result = fetch_page(fetcher, Source("big", "page", url, True, delay=0))
    fetcher.close()

    assert result.errors == (
        f"big: {url}: body larger than the limit of 1024 bytes: cut off and not "
        "stored (raise max_bytes if the page is genuine)",
    )
    assert result.documents == ()
    assert rows(result.attempts)[1:] == [(url, 1, 200, "error")]


def test_feed_links_become_absolute_and_unique(
    scripted: Loopback, fetcher: Fetcher
) -> None:
    one = f"{scripted.url}/news/one.html"
    feed = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>/news/one.html</link></item>
<item><title>Two</title><link>two.html</link></item>
<item><title>One again</title><link>{one}</link></item>
<item><title>One, relative</title><link>one.html</link></item>
<item><title>Mail</title><link>mailto:desk@example.org</link></item>
</channel></rss>"""
    url = scripted.script("/news/feed.xml", Reply(200, feed.encode()))
    scripted.script("/news/one.html", Reply(200, b"<p>one</p>"))
    scripted.script("/news/two.html", Reply(200, b"<p>two</p>"))

    (chunk,) = fetch.plan_source(fetcher, Source("news", "feed", url, True, delay=0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert [d.url for d in result.documents] == [one, f"{scripted.url}/news/two.html"]
    assert [d.body for d in result.documents] == [b"<p>one</p>", b"<p>two</p>"]
    assert result.errors == ()
