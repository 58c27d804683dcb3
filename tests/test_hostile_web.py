"""A hostile web against the guard: URLs whose host two parsers read differently,
and DNS rebinding between the check and the connection (issue 14, items 1 and 2).

The servers are real (loopback); only name resolution is faked: the run's
resolver, and the system resolver requests would otherwise ask again.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import urllib3.util.connection
from loopback import Loopback, Reply, fast_fetcher, fetch_page, serve_loopback

from extract.web import fetch
from extract.web.fetcher import Fetcher, resolve_host
from extract.web.pinning import connect_host
from kernel.records import Source

PUBLIC = "93.184.216.34"
AMBIGUOUS = (
    "refused: the host part holds a backslash, a space or user info (@), "
    "which HTTP libraries read differently"
)


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


def _public_loopback(fetcher: Fetcher) -> None:
    """Let the scripted server's own address pass for public, nothing else."""
    fetcher.resolve = lambda host: (
        [PUBLIC] if host == "127.0.0.1" else resolve_host(host)
    )


def _attack(server: Loopback) -> str:
    """A URL that urlsplit reads as 8.8.8.8 and urllib3 as the loopback server."""
    server.script("/secret.html", Reply())
    return server.url + "\\@8.8.8.8/../secret.html"


# --- item 1: the host the guard checks is the host the library connects to ------


@pytest.mark.parametrize("where", ["source", "feed entry", "sitemap loc", "redirect"])
def test_url_whose_host_parsers_read_differently_is_refused(
    loopback: Loopback, where: str
) -> None:
    attack = _attack(loopback)
    fetcher = fast_fetcher([])
    _public_loopback(fetcher)
    if where == "source":
        source = Source("s", "page", attack, allow_private=False, delay=0)
    elif where == "feed entry":
        feed = f"<rss version='2.0'><channel><item><link>{attack}</link></item>"
        url = loopback.script(
            "/feed.xml", Reply(body=(feed + "</channel></rss>").encode())
        )
        source = Source("s", "feed", url, allow_private=False, delay=0)
    elif where == "sitemap loc":
        sitemap = f"<urlset><url><loc>{attack}</loc></url></urlset>"
        url = loopback.script("/sitemap.xml", Reply(body=sitemap.encode()))
        source = Source("s", "sitemap", url, allow_private=False, delay=0)
    else:
        url = loopback.script("/go.html", Reply(302, b"", (("Location", attack),)))
        source = Source("s", "page", url, allow_private=False, delay=0)

    (chunk,) = fetch.plan_source(fetcher, source)
    result = fetch.fetch_chunk(fetcher, chunk, {})

    assert "/secret.html" not in loopback.paths
    assert result.documents == ()
    (error,) = result.errors
    assert error.endswith(AMBIGUOUS)
    if where == "redirect":
        assert error == f"s: {url}: redirected to {attack}: {AMBIGUOUS}"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:80\\@8.8.8.8/", "backslash"),
        ("http://user@8.8.8.8/", "user info"),
        ("http://8.8.8.8@127.0.0.1/", "user info"),
        ("http://127.0.0.1\t.example/", "control character"),
        ("http://news.example/a\nb", "control character"),
        ("http://ex%41mple.com/", "reads as ex%41mple.com here but as example.com"),
    ],
)
def test_connect_host_refuses_what_parsers_read_differently(
    url: str, reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        connect_host(url)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://News.Example:8080/a b.html?q=1#x", "news.example"),
        ("https://[::1]:8443/", "::1"),
        ("http://127.0.0.1/path\\with\\backslashes", "127.0.0.1"),
        ("https://例え.jp/", "xn--r8jz45g.jp"),
    ],
)
def test_connect_host_is_the_host_the_library_connects_to(url: str, host: str) -> None:
    assert connect_host(url) == host


# --- item 2: DNS rebinding -----------------------------------------------------


def _rebinding(answers: list[str]) -> Callable[[str], list[str]]:
    """A resolver for rebind.example: the first answer, then the next ones."""

    def resolve(host: str) -> list[str]:
        if host != "rebind.example":
            return resolve_host(host)
        return [answers.pop(0) if len(answers) > 1 else answers[0]]

    return resolve


def test_dns_rebinding_never_reaches_loopback(
    loopback: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = int(loopback.url.rsplit(":", 1)[1])
    loopback.script("/secret.html", Reply())
    system_resolver = socket.getaddrinfo

    def rebound(host: object, *args: object, **kwargs: object) -> object:
        # What the system resolver answers at connect time: loopback.
        if host == "rebind.example":
            return system_resolver("127.0.0.1", *args, **kwargs)  # type: ignore[arg-type]
        return system_resolver(host, *args, **kwargs)  # type: ignore[arg-type]

    connects: list[tuple[str, int]] = []
    real_connect = urllib3.util.connection.create_connection

    def connect(address: tuple[str, int], *args: object, **kwargs: object) -> object:
        connects.append(address)
        if address[0] == PUBLIC:
            raise ConnectionRefusedError("the public host is down")
        return real_connect(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebound)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", connect)
    fetcher = fast_fetcher([], max_retries=0)
    fetcher.resolve = _rebinding([PUBLIC, "127.0.0.1"])
    url = f"http://rebind.example:{port}/secret.html"

    result = fetch_page(fetcher, Source("r", "page", url, allow_private=False, delay=0))

    assert loopback.paths == []
    assert connects == [(PUBLIC, port), (PUBLIC, port)]  # robots.txt, then the page
    assert result.errors == (
        f"r: {url}: connection refused (is the server down?); gave up after 1 "
        "attempts, the next run tries again",
    )


class _Seen(BaseHTTPRequestHandler):
    """Answer 200 with a page and record the Host header and TLS server name."""

    seen: list[tuple[str | None, str | None]]

    def do_GET(self) -> None:
        server_name = getattr(self.connection, "server_name_seen", None)
        self.seen.append((self.headers.get("Host"), server_name))
        body = b"<html><body><article><p>Pinned.</p></article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent."""


@pytest.fixture
def certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A self-signed certificate for news.example, and its key; the session's
    `verify` trusts it (no CA bundle from the environment overrides it)."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=news.example"),
            *("-addext", "subjectAltName=DNS:news.example"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _serve(tls: tuple[Path, Path] | None) -> tuple[ThreadingHTTPServer, list]:
    seen: list[tuple[str | None, str | None]] = []
    handler = type("Handler", (_Seen,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)

        def remember(sock: ssl.SSLSocket, name: str | None, _: object) -> None:
            sock.server_name_seen = name  # type: ignore[attr-defined]

        context.sni_callback = remember  # type: ignore[assignment]
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, seen


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_pinned_connection_keeps_the_host_header_and_tls_server_name(
    certificate: tuple[Path, Path], scheme: str
) -> None:
    httpd, seen = _serve(certificate if scheme == "https" else None)
    port = httpd.server_address[1]
    fetcher = fast_fetcher([], max_retries=0)
    fetcher.session.verify = str(certificate[0])
    # Only the run's resolver knows the name: the connection cannot resolve it again.
    fetcher.resolve = lambda host: ["127.0.0.1"]
    url = f"{scheme}://news.example:{port}/page.html"
    try:
        result = fetch_page(
            fetcher, Source("n", "page", url, allow_private=True, delay=0)
        )
    finally:
        httpd.shutdown()
        httpd.server_close()

    assert result.errors == ()
    assert [d.final_url for d in result.documents] == [url]
    server_name = "news.example" if scheme == "https" else None
    assert seen[-1] == (f"news.example:{port}", server_name)


def test_pinned_tls_connection_still_checks_the_certificate_name(
    certificate: tuple[Path, Path],
) -> None:
    httpd, seen = _serve(certificate)
    port = httpd.server_address[1]
    fetcher = fast_fetcher([], max_retries=0)
    fetcher.session.verify = str(certificate[0])
    fetcher.resolve = lambda host: ["127.0.0.1"]
    url = f"https://other.example:{port}/page.html"
    try:
        result = fetch_page(
            fetcher, Source("o", "page", url, allow_private=True, delay=0)
        )
    finally:
        httpd.shutdown()
        httpd.server_close()

    assert result.documents == ()
    (error,) = result.errors
    assert error.startswith(f"o: {url}: connection failed: ")
    assert "other.example" in error
    assert seen == []
