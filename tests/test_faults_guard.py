"""The SSRF guard and politeness on loopback: refused hops, spaced requests.

Each test names its row of docs/reliability.md. The server is real (a scripted
HTTP server on 127.0.0.1); only the resolver is faked, in the SSRF tests, to make
a public-looking name resolve to a private address.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from loopback import (
    Loopback,
    Reply,
    fast_fetcher,
    fetch_page,
    page_rows,
    page_source,
    rows,
    serve_loopback,
)

from extract.web import fetch
from extract.web.fetcher import Fetcher, FetchSettings, resolve_host
from kernel.records import Source


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


def _fake_resolver(table: dict[str, str]) -> Callable[[str], list[str]]:
    """Resolve names in `table` to its address; any other name for real."""

    def resolve(host: str) -> list[str]:
        return [table[host]] if host in table else resolve_host(host)

    return resolve


# --- SSRF guard ------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.5",
        "192.168.1.20",
        "172.16.0.1",
        "127.0.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00:ec2::254",
        "::ffff:127.0.0.1",
    ],
)
def test_public_name_resolving_to_a_private_address_is_refused(
    loopback: Loopback, sleeps: list[float], address: str
) -> None:
    fetcher = fast_fetcher(sleeps)
    fetcher.resolve = _fake_resolver({"news.example": address})
    url = "http://news.example/article.html"

    result = fetch_page(fetcher, page_source("news", url, allow_private=False))

    assert result.errors == (
        f"news: {url}: refused: news.example resolves to {address}, a private, "
        "loopback, link-local or metadata address (set allow_private = true on "
        "the source to allow it)",
    )
    assert rows(result.attempts) == [(url, 1, None, "skipped")]


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://localhost:{port}/admin"],
)
def test_redirect_to_a_private_address_is_refused_at_that_hop(
    loopback: Loopback, sleeps: list[float], target: str
) -> None:
    port = loopback.url.rsplit(":", 1)[1]
    target = target.format(port=port)
    url = loopback.script("/go.html", Reply(302, b"", (("Location", target),)))
    loopback.script("/admin", Reply())
    fetcher = fast_fetcher(sleeps)
    # The scripted server's own address passes for public; nothing else does.
    fetcher.resolve = _fake_resolver({"127.0.0.1": "93.184.216.34"})

    result = fetch_page(fetcher, page_source("go", url, allow_private=False))

    host = target.split("/")[2].split(":")[0]
    address = "169.254.169.254" if host != "localhost" else "127.0.0.1"
    assert len(result.errors) == 1
    assert result.errors[0].startswith(
        f"go: {url}: redirected to {target}: refused: {host} resolves to "
    )
    assert address in result.errors[0]
    assert page_rows(result.attempts) == [(url, 1, None, "skipped")]
    assert loopback.paths == ["/robots.txt", "/go.html"]


def test_redirect_to_a_private_address_is_followed_when_the_source_allows_it(
    loopback: Loopback, sleeps: list[float]
) -> None:
    port = loopback.url.rsplit(":", 1)[1]
    url = loopback.script(
        "/go.html", Reply(302, b"", (("Location", f"http://localhost:{port}/admin"),))
    )
    loopback.script("/admin", Reply())

    result = fetch_page(fast_fetcher(sleeps), page_source("go", url))

    assert [d.final_url for d in result.documents] == [f"http://localhost:{port}/admin"]


def test_redirect_to_another_scheme_is_refused(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script(
        "/go.html", Reply(302, b"", (("Location", "file:///etc/passwd"),))
    )

    result = fetch_page(fast_fetcher(sleeps), page_source("go", url))

    assert result.errors == (
        f"go: {url}: redirected to a non-http URL 'file:///etc/passwd'",
    )


# --- politeness ------------------------------------------------------------------


def _feed(server: Loopback, count: int) -> str:
    items = "".join(
        f"<item><title>{i}</title><link>/p{i}.html</link></item>" for i in range(count)
    )
    for i in range(count):
        server.script(f"/p{i}.html", Reply())
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>{items}'
    return server.script("/feed.xml", Reply(body=(body + "</channel></rss>").encode()))


def test_robots_crawl_delay_spaces_requests_to_the_host(
    loopback: Loopback, sleeps: list[float]
) -> None:
    loopback.script("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 2\n"))
    url = _feed(loopback, 2)

    fetcher = fast_fetcher(sleeps)

    (chunk,) = fetch.plan_source(fetcher, Source("feed", "feed", url, True, 0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert len(result.documents) == 2
    assert sleeps == [pytest.approx(2.0, abs=0.2), pytest.approx(4.0, abs=0.2)]


def test_per_host_delay_keeps_requests_apart(
    loopback: Loopback, sleeps: list[float]
) -> None:
    """The source's delay schedules each request to the host `delay` after the one
    before: the waits asked for grow by the delay (they are recorded, not slept, so
    a loaded machine cannot blur them)."""
    url = _feed(loopback, 3)
    fetcher = fast_fetcher(sleeps)

    (chunk,) = fetch.plan_source(fetcher, Source("feed", "feed", url, True, delay=10.0))
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert len(result.documents) == 3
    assert sleeps == [pytest.approx(s, abs=1.0) for s in (10.0, 20.0, 30.0)]


def test_no_more_than_max_per_host_requests_in_flight(loopback: Loopback) -> None:
    urls = [loopback.script(f"/c{i}.html", Reply(wait=0.1)) for i in range(6)]
    fetcher = Fetcher(settings=FetchSettings(max_per_host=2))
    sources = [page_source(f"c{i}", url) for i, url in enumerate(urls)]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda s: fetch_page(fetcher, s), sources))

    assert all(len(r.documents) == 1 for r in results)
    assert loopback.peak == 2
