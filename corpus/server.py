"""Serve the rendered corpus over loopback HTTP, with ETag and Last-Modified."""

from __future__ import annotations

import argparse
import errno
import hashlib
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from corpus.documents import load_documents
from corpus.pages import Resource, render_site

DEFAULT_PORT = 8765


class CorpusServerError(OSError):
    """The corpus server cannot start, e.g. because its port is in use."""


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the server answered."""

    method: str
    path: str
    status: int


@dataclass(frozen=True, slots=True)
class _Entry:
    resource: Resource
    etag: str
    last_modified: str


class CorpusServer:
    """The rendered corpus served from a daemon thread; a context manager.

    `requests` lists every request answered, in order.
    """

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, data_dir: Path | None = None
    ) -> None:
        docs = load_documents(data_dir)
        try:
            self._httpd = _CorpusHTTPServer((host, port), _Handler)
        except OSError as err:
            raise _bind_error(host, port, err) from err
        bound_port = self._httpd.server_address[1]
        self.url = f"http://{host}:{bound_port}"
        self.requests: list[RequestRecord] = self._httpd.records
        self._httpd.entries = _entries(render_site(docs, self.url))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"corpus-server-{bound_port}",
            daemon=True,
        )
        self._thread.start()
        self._stopped = False

    def stop(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> CorpusServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def serve_corpus(
    host: str = "127.0.0.1", port: int = 0, data_dir: Path | None = None
) -> CorpusServer:
    """Start serving the corpus; port 0 picks a free ephemeral port."""
    return CorpusServer(host, port, data_dir)


def main(argv: list[str] | None = None) -> int:
    """Serve the demo corpus until interrupted."""
    parser = argparse.ArgumentParser(
        prog="communique serve-corpus",
        description=(
            "Serve the bundled demo corpus (Kremlin, White House and Wikinews texts "
            "plus a synthetic seed article) as news pages, feeds and a sitemap on a "
            "local HTTP server, until Ctrl-C."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help="port to bind; 0 picks a free one (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        server = serve_corpus(args.host, args.port)
    except CorpusServerError as err:
        print(f"error: {err}; choose another with --port", file=sys.stderr)
        return 1
    with server:
        print(f"Serving the demo corpus at {server.url}/ (feed: {server.url}/feed.xml)")
        print("Press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("Stopped.")
    return 0


class _CorpusHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]
    ) -> None:
        self.entries: Mapping[str, _Entry] = {}
        self.records: list[RequestRecord] = []
        self.records_lock = threading.Lock()
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    server: _CorpusHTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, no 40 ms stall

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = int(code) if isinstance(code, int) else 0
        record = RequestRecord(self.command or "", self.path or "", status)
        with self.server.records_lock:
            self.server.records.append(record)

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent; requests are recorded in `CorpusServer.requests`."""

    def _answer(self, send_body: bool) -> None:
        path = urlsplit(self.path).path
        entry = self.server.entries.get(path)
        if entry is None:
            if path + "/" in self.server.entries:
                self._redirect(path + "/")
            else:
                self._plain(HTTPStatus.NOT_FOUND, f"Not found: {path}\n", send_body)
            return
        if _not_modified(
            self.headers.get("If-None-Match"),
            self.headers.get("If-Modified-Since"),
            entry,
        ):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", entry.etag)
            self.send_header("Last-Modified", entry.last_modified)
            self.end_headers()
            return
        body = entry.resource.body
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", entry.resource.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", entry.etag)
        self.send_header("Last-Modified", entry.last_modified)
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _plain(self, status: HTTPStatus, text: str, send_body: bool) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _entries(resources: Mapping[str, Resource]) -> dict[str, _Entry]:
    return {
        path: _Entry(
            resource=resource,
            etag=f'"{hashlib.sha256(resource.body).hexdigest()[:32]}"',
            last_modified=format_datetime(resource.last_modified, usegmt=True),
        )
        for path, resource in resources.items()
    }


def _not_modified(
    if_none_match: str | None, if_modified_since: str | None, entry: _Entry
) -> bool:
    """Evaluate conditional GET headers; If-None-Match wins over If-Modified-Since."""
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or entry.etag in tags
    if if_modified_since is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return since >= entry.resource.last_modified


def _bind_error(host: str, port: int, err: OSError) -> CorpusServerError:
    where = f"{host}:{port}"
    in_use = err.errno == errno.EADDRINUSE
    cause = "port in use" if in_use else (err.strerror or str(err))
    error = CorpusServerError(f"cannot serve the corpus on {where}: {cause}")
    error.errno = err.errno
    return error
