"""HTTP faults of one URL on loopback: connection, timeouts, statuses, bodies.

Each test names its row of docs/reliability.md. The server is real (a scripted
HTTP server on 127.0.0.1) and each test drives the fetch stage functions.
"""

from __future__ import annotations

import gzip
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from loopback import (
    HTML,
    PAGE,
    Loopback,
    Reply,
    fast_fetcher,
    fetch_page,
    page_rows,
    page_source,
    rows,
    serve_loopback,
)

from extract.parse import parse_document
from extract.web import fetch
from kernel.records import Source


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


# --- connection and timeouts -------------------------------------------------


def test_dns_failure_is_recorded_once_and_not_retried(sleeps: list[float]) -> None:
    url = "http://nonexistent.invalid/feed.xml"
    fetcher = fast_fetcher(sleeps)

    (chunk,) = fetch.plan_source(fetcher, Source("nowhere", "feed", url, delay=0))

    assert chunk.errors == (
        f"nowhere: {url}: cannot resolve host nonexistent.invalid (DNS): "
        "check the URL in the sources file",
    )
    assert rows(chunk.attempts) == [(url, 1, None, "error")]
    assert chunk.urls == ()
    assert sleeps == []


def test_slow_headers_time_out_and_are_retried_then_recorded(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/slow.html", Reply(wait=1.0))
    fetcher = fast_fetcher(sleeps, timeout=0.2, max_retries=1)

    started = time.monotonic()
    result = fetch_page(fetcher, page_source("slow", url))

    assert time.monotonic() - started < 1.0
    assert result.errors == (
        f"slow: {url}: no response within 0.2 s (read timeout); gave up after 2 "
        "attempts, the next run tries again",
    )
    assert page_rows(result.attempts) == [
        (url, 1, None, "error"),
        (url, 2, None, "error"),
    ]
    assert sleeps == [0.01]


def test_slow_body_is_cut_off_at_the_total_timeout(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/drip.html", Reply(drip=0.05))
    fetcher = fast_fetcher(sleeps, timeout=1.0, total_timeout=0.3, max_retries=0)

    started = time.monotonic()
    result = fetch_page(fetcher, page_source("drip", url))

    assert time.monotonic() - started < 1.0
    assert result.errors == (
        f"drip: {url}: body not complete within 0.3 s (total timeout); gave up "
        "after 1 attempts, the next run tries again",
    )
    assert page_rows(result.attempts) == [(url, 1, 200, "error")]


# --- status codes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "waited"),
    [
        (timedelta(seconds=3), 3.0),  # whole seconds: 2 to 3 s from now
        (timedelta(hours=1), 10.0),  # bounded by max_retry_after
        (timedelta(hours=-1), 0.0),  # already past
    ],
)
def test_retry_after_as_an_http_date_is_honoured_up_to_the_bound(
    loopback: Loopback, sleeps: list[float], delta: timedelta, waited: float
) -> None:
    when = format_datetime(datetime.now(UTC) + delta, usegmt=True)
    busy = Reply(429, b"slow down", (("Retry-After", when),))
    url = loopback.script("/busy.html", busy, Reply())
    fetcher = fast_fetcher(sleeps, max_retry_after=10.0)

    result = fetch_page(fetcher, page_source("busy", url))

    assert [d.url for d in result.documents] == [url]
    assert page_rows(result.attempts) == [(url, 1, 429, "error"), (url, 2, 200, "ok")]
    assert len(sleeps) == 1
    assert max(waited - 1.2, 0.0) <= sleeps[0] <= waited


def test_redirect_is_followed_and_the_final_url_kept(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/old.html", Reply(301, b"", (("Location", "/new.html"),)))
    new = loopback.script("/new.html", Reply())

    result = fetch_page(fast_fetcher(sleeps), page_source("moved", url))

    assert [(d.url, d.final_url) for d in result.documents] == [(url, new)]
    assert loopback.paths == ["/robots.txt", "/old.html", "/new.html"]


def test_redirect_loop_is_recorded_and_not_followed_again(
    loopback: Loopback, sleeps: list[float]
) -> None:
    a = loopback.script("/a.html", Reply(302, b"", (("Location", "/b.html"),)))
    b = loopback.script("/b.html", Reply(302, b"", (("Location", a),)))

    result = fetch_page(fast_fetcher(sleeps), page_source("loop", a))

    assert result.errors == (
        f"loop: {a}: redirect loop ({a} → {b} → {a}): fix the URL or the site",
    )
    assert page_rows(result.attempts) == [(a, 1, None, "error")]
    assert loopback.paths == ["/robots.txt", "/a.html", "/b.html"]


def test_too_many_redirects_stop_at_the_limit(
    loopback: Loopback, sleeps: list[float]
) -> None:
    for hop in range(10):
        loopback.script(f"/r{hop}", Reply(302, b"", (("Location", f"/r{hop + 1}"),)))

    result = fetch_page(
        fast_fetcher(sleeps, max_redirects=3), page_source("hops", loopback.url + "/r0")
    )

    assert result.errors == (
        f"hops: {loopback.url}/r0: too many redirects (more than 3), last to "
        f"{loopback.url}/r4: fix the URL",
    )
    assert loopback.paths == ["/robots.txt", "/r0", "/r1", "/r2", "/r3"]


# --- bodies ----------------------------------------------------------------------


def test_body_without_length_is_cut_at_the_limit_while_streaming(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/endless.html", Reply(body=b"x" * 2_000_000, length=False))

    result = fetch_page(
        fast_fetcher(sleeps, max_bytes=100_000), page_source("big", url)
    )

    assert result.errors == (
        f"big: {url}: body larger than the limit of 100000 bytes: cut off and not "
        "stored (raise max_bytes if the page is genuine)",
    )
    assert page_rows(result.attempts) == [(url, 1, 200, "error")]


def test_gzip_page_is_decompressed(loopback: Loopback, sleeps: list[float]) -> None:
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    url = loopback.script(
        "/zipped.html", Reply(body=gzip.compress(PAGE), headers=zipped)
    )

    result = fetch_page(fast_fetcher(sleeps), page_source("zip", url))

    assert [d.body for d in result.documents] == [PAGE]


def test_gzip_bomb_stops_at_the_limit_without_inflating_it(
    loopback: Loopback, sleeps: list[float]
) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    url = loopback.script("/bomb.html", Reply(body=bomb, headers=zipped))
    fetcher = fast_fetcher(sleeps, max_bytes=1_000_000)

    tracemalloc.start()
    result = fetch_page(fetcher, page_source("bomb", url))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    assert len(bomb) < 100_000
    assert result.errors == (
        f"bomb: {url}: body larger than the limit of 1000000 bytes: cut off and not "
        "stored (raise max_bytes if the page is genuine)",
    )
    assert peak < 8_000_000


def test_empty_body_is_recorded_and_not_stored(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/empty.html", Reply(body=b""))

    result = fetch_page(fast_fetcher(sleeps), page_source("empty", url))

    assert result.errors == (
        f"empty: {url}: empty body (HTTP 200): nothing stored, the next run tries "
        "again",
    )
    assert result.documents == ()
    assert page_rows(result.attempts) == [(url, 1, None, "error")]


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/jpeg", "text/plain"]
)
def test_non_html_page_is_recorded_and_not_stored(
    loopback: Loopback, sleeps: list[float], content_type: str
) -> None:
    url = loopback.script(
        "/file", Reply(body=b"%PDF-1.7", headers=(("Content-Type", content_type),))
    )

    result = fetch_page(fast_fetcher(sleeps), page_source("file", url))

    assert result.errors == (
        f"file: {url}: not an HTML page (Content-Type {content_type}): not stored",
    )
    assert page_rows(result.attempts) == [(url, 1, 200, "error")]


TEXT = "Le ministre a déclaré lundi que les négociations pourraient reprendre. "


@pytest.mark.parametrize(
    ("encoding", "content_type", "meta"),
    [
        ("cp1252", "text/html; charset=utf-8", ""),  # wrong charset in the header
        ("utf-8", "text/html; charset=iso-8859-1", ""),  # wrong, the other way
        ("cp1252", "text/html", '<meta charset="windows-1252">'),  # only in <meta>
        ("cp1252", None, ""),  # no charset anywhere, no Content-Type either
        ("utf-8", "text/html; charset=klingon", ""),  # unknown charset
    ],
)
def test_wrong_or_missing_charset_still_gives_the_right_text(
    loopback: Loopback,
    sleeps: list[float],
    encoding: str,
    content_type: str | None,
    meta: str,
) -> None:
    html = (
        f"<html><head>{meta}<title>Réunion</title></head><body><article>"
        f"<p>{TEXT * 4}</p></article></body></html>"
    )
    headers = (("Content-Type", content_type),) if content_type else ()
    url = loopback.script(
        "/fr.html", Reply(body=html.encode(encoding), headers=headers)
    )

    result = fetch_page(fast_fetcher(sleeps), page_source("fr", url))
    article = parse_document(result.documents[0])

    assert TEXT.strip() in article.text
