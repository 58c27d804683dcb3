"""A scripted HTTP server on 127.0.0.1 for the fetch and fault tests, and helpers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from extract.web import fetch
from extract.web.fetcher import Fetcher, FetchSettings
from kernel.records import FetchAttempt, PageChunk, Source, SourceResult

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


@contextmanager
def serve_loopback() -> Iterator[Loopback]:
    """A running `Loopback`, shut down on exit."""
    server = Loopback()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    httpd.block_on_close = False
    server.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def fast_fetcher(sleeps: list[float], **settings: object) -> Fetcher:
    """A Fetcher with FAST settings (some replaced) that records its sleeps."""
    base = {f.name: getattr(FAST, f.name) for f in fields(FetchSettings)}
    chosen = FetchSettings(**{**base, **settings})  # type: ignore[arg-type]
    return Fetcher(settings=chosen, sleep=sleeps.append)


def fetch_page(fetcher: Fetcher, source: Source) -> SourceResult:
    """A page source's one page, fetched as ingest fetches a chunk of pages."""
    return fetch.fetch_chunk(fetcher, PageChunk(source, (source.url,)), {})


def page_source(name: str, url: str, *, allow_private: bool = True) -> Source:
    return Source(name, "page", url, allow_private=allow_private, delay=0)


def rows(attempts: Sequence[FetchAttempt]) -> list[tuple[str, int, int | None, str]]:
    """Each attempt as (url, attempt, status, outcome)."""
    return [(a.url, a.attempt, a.status, a.outcome) for a in attempts]


def page_rows(
    attempts: Sequence[FetchAttempt],
) -> list[tuple[str, int, int | None, str]]:
    """`rows` without the robots.txt attempts."""
    return [row for row in rows(attempts) if not row[0].endswith("/robots.txt")]


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
