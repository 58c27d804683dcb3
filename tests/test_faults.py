"""The HTTP fault matrix on loopback: every fault is recorded, none stops the run.

Each test names its row of docs/reliability.md. The servers are real (a scripted
HTTP server on 127.0.0.1); only the resolver is faked, in the SSRF tests, to make
a public-looking name resolve to a private address.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import plain_ingest
import pytest

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main
from extract.parse import parse_document
from extract.web.fetch import Fetcher, FetchSettings, fetch_source, resolve_host
from kernel.records import FetchAttempt, Source

FAST = FetchSettings(backoff=0.01, max_retry_after=0.05, timeout=2.0)
PAGE = (
    "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
    + "".join(
        f"<p>The minister said on day {day} that talks could resume next week.</p>"
        for day in range(6)
    )
    + "</article></body></html>"
).encode()
HTML = (("Content-Type", "text/html; charset=utf-8"),)
SEED_PATH = (
    "/wire/seed-article-lavrov-signals-openness-to-talks-as-china-urges-security"
    "-council-to.html"
)


@dataclass(frozen=True, slots=True)
class Reply:
    """One scripted answer: status, headers, body, and how slowly to send it."""

    status: int = 200
    body: bytes = PAGE
    headers: tuple[tuple[str, str], ...] = HTML
    wait: float = 0.0  # before the status line
    drip: float = 0.0  # between 10-byte pieces of the body
    length: bool = True  # send Content-Length


@dataclass
class Loopback:
    """A loopback HTTP server answering each path with its replies in order.

    The last reply of a path repeats; unscripted paths (robots.txt too) get 404.
    It records the paths asked, when, and the most requests it had in flight.
    """

    url: str = ""
    routes: dict[str, list[Reply]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.url + path

    def take(self, path: str) -> Reply:
        with self.lock:
            self.paths.append(path)
            self.times.append(time.monotonic())
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            replies = self.routes.get(path)
            if not replies:
                return Reply(404, b"not found", ())
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def done(self) -> None:
        with self.lock:
            self.in_flight -= 1


def _handler(server: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            reply = server.take(self.path)
            counted = True
            try:
                time.sleep(reply.wait)
                if not reply.drip:
                    # out of flight before the client can have the whole reply,
                    # so a client slot freed on completion never overlaps it
                    server.done()
                    counted = False
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                if reply.length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if not reply.drip:
                    self.wfile.write(reply.body)
                for start in range(0, len(reply.body) if reply.drip else 0, 10):
                    self.wfile.write(reply.body[start : start + 10])
                    self.wfile.flush()
                    time.sleep(reply.drip)
            except OSError:
                pass  # the client gave up first: that is the point of some tests
            finally:
                if counted:
                    server.done()

        def log_message(self, format: str, *args: object) -> None:
            """Stay silent; requests are recorded in `Loopback.paths`."""

    return Handler


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    server = Loopback()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    httpd.block_on_close = False
    server.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def sleeps() -> list[float]:
    return []


def _fetcher(sleeps: list[float], **settings: object) -> Fetcher:
    base = {f: getattr(FAST, f) for f in FetchSettings.__dataclass_fields__}
    return Fetcher(settings=FetchSettings(**{**base, **settings}), sleep=sleeps.append)  # type: ignore[arg-type]


def _page(name: str, url: str, *, allow_private: bool = True) -> Source:
    return Source(name, "page", url, allow_private=allow_private, delay=0)


def _rows(attempts: Sequence[FetchAttempt]) -> list[tuple[str, int, int | None, str]]:
    return [(a.url, a.attempt, a.status, a.outcome) for a in attempts]


def _page_rows(
    attempts: Sequence[FetchAttempt],
) -> list[tuple[str, int, int | None, str]]:
    return [row for row in _rows(attempts) if not row[0].endswith("/robots.txt")]


def _fake_resolver(table: dict[str, str]):  # type: ignore[no-untyped-def]
    """Resolve names in `table` to its address; any other name for real."""

    def resolve(host: str) -> list[str]:
        return [table[host]] if host in table else resolve_host(host)

    return resolve


# --- connection and timeouts -------------------------------------------------


def test_dns_failure_is_recorded_once_and_not_retried(sleeps: list[float]) -> None:
    url = "http://nonexistent.invalid/feed.xml"
    fetcher = _fetcher(sleeps)

    result = fetch_source(fetcher, Source("nowhere", "feed", url, delay=0), {})

    assert result.errors == (
        f"nowhere: {url}: cannot resolve host nonexistent.invalid (DNS): "
        "check the URL in the sources file",
    )
    assert _rows(result.attempts) == [(url, 1, None, "error")]
    assert sleeps == []


def test_slow_headers_time_out_and_are_retried_then_recorded(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/slow.html", Reply(wait=1.0))
    fetcher = _fetcher(sleeps, timeout=0.2, max_retries=1)

    started = time.monotonic()
    result = fetch_source(fetcher, _page("slow", url), {})

    assert time.monotonic() - started < 1.0
    assert result.errors == (
        f"slow: {url}: no response within 0.2 s (read timeout); gave up after 2 "
        "attempts, the next run tries again",
    )
    assert _page_rows(result.attempts) == [
        (url, 1, None, "error"),
        (url, 2, None, "error"),
    ]
    assert sleeps == [0.01]


def test_slow_body_is_cut_off_at_the_total_timeout(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/drip.html", Reply(drip=0.05))
    fetcher = _fetcher(sleeps, timeout=1.0, total_timeout=0.3, max_retries=0)

    started = time.monotonic()
    result = fetch_source(fetcher, _page("drip", url), {})

    assert time.monotonic() - started < 1.0
    assert result.errors == (
        f"drip: {url}: body not complete within 0.3 s (total timeout); gave up "
        "after 1 attempts, the next run tries again",
    )
    assert _page_rows(result.attempts) == [(url, 1, 200, "error")]


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
    fetcher = _fetcher(sleeps, max_retry_after=10.0)

    result = fetch_source(fetcher, _page("busy", url), {})

    assert [d.url for d in result.documents] == [url]
    assert _page_rows(result.attempts) == [(url, 1, 429, "error"), (url, 2, 200, "ok")]
    assert len(sleeps) == 1
    assert max(waited - 1.2, 0.0) <= sleeps[0] <= waited


def test_redirect_is_followed_and_the_final_url_kept(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script("/old.html", Reply(301, b"", (("Location", "/new.html"),)))
    new = loopback.script("/new.html", Reply())

    result = fetch_source(_fetcher(sleeps), _page("moved", url), {})

    assert [(d.url, d.final_url) for d in result.documents] == [(url, new)]
    assert loopback.paths == ["/robots.txt", "/old.html", "/new.html"]


def test_redirect_loop_is_recorded_and_not_followed_again(
    loopback: Loopback, sleeps: list[float]
) -> None:
    a = loopback.script("/a.html", Reply(302, b"", (("Location", "/b.html"),)))
    b = loopback.script("/b.html", Reply(302, b"", (("Location", a),)))

    result = fetch_source(_fetcher(sleeps), _page("loop", a), {})

    assert result.errors == (
        f"loop: {a}: redirect loop ({a} → {b} → {a}): fix the URL or the site",
    )
    assert _page_rows(result.attempts) == [(a, 1, None, "error")]
    assert loopback.paths == ["/robots.txt", "/a.html", "/b.html"]


def test_too_many_redirects_stop_at_the_limit(
    loopback: Loopback, sleeps: list[float]
) -> None:
    for hop in range(10):
        loopback.script(f"/r{hop}", Reply(302, b"", (("Location", f"/r{hop + 1}"),)))

    result = fetch_source(
        _fetcher(sleeps, max_redirects=3), _page("hops", loopback.url + "/r0"), {}
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

    result = fetch_source(_fetcher(sleeps, max_bytes=100_000), _page("big", url), {})

    assert result.errors == (
        f"big: {url}: body larger than the limit of 100000 bytes: cut off and not "
        "stored (raise max_bytes if the page is genuine)",
    )
    assert _page_rows(result.attempts) == [(url, 1, 200, "error")]


def test_gzip_page_is_decompressed(loopback: Loopback, sleeps: list[float]) -> None:
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    url = loopback.script(
        "/zipped.html", Reply(body=gzip.compress(PAGE), headers=zipped)
    )

    result = fetch_source(_fetcher(sleeps), _page("zip", url), {})

    assert [d.body for d in result.documents] == [PAGE]


def test_gzip_bomb_stops_at_the_limit_without_inflating_it(
    loopback: Loopback, sleeps: list[float]
) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    url = loopback.script("/bomb.html", Reply(body=bomb, headers=zipped))
    fetcher = _fetcher(sleeps, max_bytes=1_000_000)

    tracemalloc.start()
    result = fetch_source(fetcher, _page("bomb", url), {})
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

    result = fetch_source(_fetcher(sleeps), _page("empty", url), {})

    assert result.errors == (
        f"empty: {url}: empty body (HTTP 200): nothing stored, the next run tries "
        "again",
    )
    assert result.documents == ()
    assert _page_rows(result.attempts) == [(url, 1, None, "error")]


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/jpeg", "text/plain"]
)
def test_non_html_page_is_recorded_and_not_stored(
    loopback: Loopback, sleeps: list[float], content_type: str
) -> None:
    url = loopback.script(
        "/file", Reply(body=b"%PDF-1.7", headers=(("Content-Type", content_type),))
    )

    result = fetch_source(_fetcher(sleeps), _page("file", url), {})

    assert result.errors == (
        f"file: {url}: not an HTML page (Content-Type {content_type}): not stored",
    )
    assert _page_rows(result.attempts) == [(url, 1, 200, "error")]


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

    result = fetch_source(_fetcher(sleeps), _page("fr", url), {})
    article = parse_document(result.documents[0])

    assert TEXT.strip() in article.text


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
    fetcher = _fetcher(sleeps)
    fetcher.resolve = _fake_resolver({"news.example": address})
    url = "http://news.example/article.html"

    result = fetch_source(fetcher, _page("news", url, allow_private=False), {})

    assert result.errors == (
        f"news: {url}: refused: news.example resolves to {address}, a private, "
        "loopback, link-local or metadata address (set allow_private = true on "
        "the source to allow it)",
    )
    assert _rows(result.attempts) == [(url, 1, None, "skipped")]


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
    fetcher = _fetcher(sleeps)
    # The scripted server's own address passes for public; nothing else does.
    fetcher.resolve = _fake_resolver({"127.0.0.1": "93.184.216.34"})

    result = fetch_source(fetcher, _page("go", url, allow_private=False), {})

    host = target.split("/")[2].split(":")[0]
    address = "169.254.169.254" if host != "localhost" else "127.0.0.1"
    assert len(result.errors) == 1
    assert result.errors[0].startswith(
        f"go: {url}: redirected to {target}: refused: {host} resolves to "
    )
    assert address in result.errors[0]
    assert _page_rows(result.attempts) == [(url, 1, None, "skipped")]
    assert loopback.paths == ["/robots.txt", "/go.html"]


def test_redirect_to_a_private_address_is_followed_when_the_source_allows_it(
    loopback: Loopback, sleeps: list[float]
) -> None:
    port = loopback.url.rsplit(":", 1)[1]
    url = loopback.script(
        "/go.html", Reply(302, b"", (("Location", f"http://localhost:{port}/admin"),))
    )
    loopback.script("/admin", Reply())

    result = fetch_source(_fetcher(sleeps), _page("go", url), {})

    assert [d.final_url for d in result.documents] == [f"http://localhost:{port}/admin"]


def test_redirect_to_another_scheme_is_refused(
    loopback: Loopback, sleeps: list[float]
) -> None:
    url = loopback.script(
        "/go.html", Reply(302, b"", (("Location", "file:///etc/passwd"),))
    )

    result = fetch_source(_fetcher(sleeps), _page("go", url), {})

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

    result = fetch_source(_fetcher(sleeps), Source("feed", "feed", url, True, 0), {})

    assert len(result.documents) == 2
    assert sleeps == [pytest.approx(2.0, abs=0.2), pytest.approx(4.0, abs=0.2)]


def test_per_host_delay_keeps_requests_apart(loopback: Loopback) -> None:
    url = _feed(loopback, 3)
    fetcher = Fetcher(settings=FAST)

    result = fetch_source(fetcher, Source("feed", "feed", url, True, delay=0.1), {})

    assert len(result.documents) == 3
    gaps = [b - a for a, b in zip(loopback.times[1:], loopback.times[2:], strict=False)]
    assert len(gaps) == 3
    assert all(gap >= 0.09 for gap in gaps)


def test_no_more_than_max_per_host_requests_in_flight(loopback: Loopback) -> None:
    urls = [loopback.script(f"/c{i}.html", Reply(wait=0.1)) for i in range(6)]
    fetcher = Fetcher(settings=FetchSettings(max_per_host=2))
    sources = [_page(f"c{i}", url) for i, url in enumerate(urls)]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda s: fetch_source(fetcher, s, {}), sources))

    assert all(len(r.documents) == 1 for r in results)
    assert loopback.peak == 2


# --- bad documents -----------------------------------------------------------


def test_malformed_feed_is_recorded_and_the_other_sources_go_on(
    loopback: Loopback, sleeps: list[float]
) -> None:
    feed = loopback.script("/feed.xml", Reply(body=b"<rss><channel><item><link>"))
    page = loopback.script("/page.html", Reply())
    fetcher = _fetcher(sleeps)

    broken = fetch_source(fetcher, Source("broken", "feed", feed, True, 0), {})
    fine = fetch_source(fetcher, _page("fine", page), {})

    assert len(broken.errors) == 1
    assert broken.errors[0].startswith(f"broken: {feed}: not a readable feed (")
    assert broken.listing is None
    assert [d.url for d in fine.documents] == [page]


def test_feed_links_relative_repeated_or_with_fragments_are_fetched_once(
    loopback: Loopback, sleeps: list[float]
) -> None:
    links = ["/news/a.html", "a.html", "a.html#comments", "./a.html?", "../news/b.html"]
    items = "".join(f"<item><link>{link}</link></item>" for link in links)
    body = f"<rss version='2.0'><channel><title>N</title>{items}</channel></rss>"
    feed = loopback.script("/news/feed.xml", Reply(body=body.encode()))
    a = loopback.script("/news/a.html", Reply())
    b = loopback.script("/news/b.html", Reply())

    result = fetch_source(_fetcher(sleeps), Source("news", "feed", feed, True, 0), {})

    assert [d.url for d in result.documents] == [a, b]
    assert loopback.paths.count("/news/a.html") == 1


def test_same_article_under_two_urls_is_stored_once(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    canonical = f'<link rel="canonical" href="{loopback.url}/a.html">'
    with_link = PAGE.replace(b"<head>", b"<head>" + canonical.encode())
    urls = [
        loopback.script("/a.html", Reply(body=with_link)),
        loopback.script("/amp/a.html", Reply(body=with_link)),  # same canonical URL
        loopback.script("/mirror.html", Reply(body=PAGE)),  # same text, no link
    ]
    sources = [_page(f"copy{i}", url) for i, url in enumerate(urls)]

    assert plain_ingest.ingest(tmp_path / "dup.duckdb", sources, nlp) == "ok"

    conn = duckdb.connect(str(tmp_path / "dup.duckdb"), read_only=True)
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()
    articles = conn.execute("SELECT canonical_url FROM articles").fetchall()
    conn.close()
    assert documents == (3,)
    assert articles == [(urls[0],)]


# --- a whole run ------------------------------------------------------------------


def test_ingest_records_each_fault_goes_on_and_prints_no_traceback(
    prefect_harness: None,
    corpus_server: object,
    loopback: Loopback,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = corpus_server.url + SEED_PATH  # type: ignore[attr-defined]
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    urls = {
        "gone": loopback.script("/gone.html", Reply(404, b"no")),
        "pdf": loopback.script(
            "/report",
            Reply(body=b"%PDF", headers=(("Content-Type", "application/pdf"),)),
        ),
        "loop": loopback.script(
            "/loop.html", Reply(302, b"", (("Location", "/loop.html"),))
        ),
        "bomb": loopback.script("/bomb.html", Reply(body=bomb, headers=zipped)),
        "nowhere": "http://nonexistent.invalid/feed.xml",
    }
    private = loopback.script("/private.html", Reply())
    entries = [("seed", "page", seed, True), ("private", "page", private, False)]
    entries += [(name, "page", url, True) for name, url in urls.items()]
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[settings]\ndatabase = "communique.duckdb"\n'
        + "".join(
            f'[[source]]\nname = "{n}"\nkind = "{k}"\nurl = "{u}"\n'
            f"allow_private = {str(p).lower()}\ndelay = 0\n"
            for n, k, u, p in entries
        ),
        encoding="utf-8",
    )
    gone, report, loop = urls["gone"], urls["pdf"], urls["loop"]
    expected = [
        f"private: {private}: refused: 127.0.0.1 resolves to 127.0.0.1, a private, "
        "loopback, link-local or metadata address (set allow_private = true on the "
        "source to allow it)",
        f"gone: {gone}: HTTP 404 Not Found: not retried, check the URL",
        f"pdf: {report}: not an HTML page (Content-Type application/pdf): not stored",
        f"loop: {loop}: redirect loop ({loop} → {loop}): fix the URL or the site",
        f"bomb: {urls['bomb']}: body larger than the limit of 5000000 bytes: cut off "
        "and not stored (raise max_bytes if the page is genuine)",
        f"nowhere: {urls['nowhere']}: cannot resolve host nonexistent.invalid (DNS): "
        "check the URL in the sources file",
    ]

    code = main(["ingest", "--sources", str(sources)])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Ingest partial: 1 pages fetched; ")
    failed = [line for line in out.splitlines() if line.startswith("  failed: ")]
    assert [line[len("  failed: ") :] for line in failed] == expected
    assert "Traceback" not in out + err
    conn = duckdb.connect(str(tmp_path / "communique.duckdb"), read_only=True)
    status, failures = conn.execute("SELECT status, failures FROM runs").fetchone()
    recorded = conn.execute(
        "SELECT s.name, f.outcome, f.error FROM fetches f JOIN sources s"
        " USING (source_id) WHERE f.url NOT LIKE '%/robots.txt'"
        " ORDER BY s.name, f.attempt"
    ).fetchall()
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()
    conn.close()
    assert status == "partial"
    assert json.loads(failures) == expected
    assert articles == (1,)
    outcomes = {name: outcome for name, outcome, _ in recorded}
    assert outcomes == {
        "seed": "ok",
        "private": "skipped",
        "gone": "error",
        "pdf": "error",
        "loop": "error",
        "bomb": "error",
        "nowhere": "error",
    }
    assert all(error for name, _, error in recorded if name != "seed")
