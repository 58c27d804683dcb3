"""The guarded GET: one request chain that cannot be turned against us.

A `Fetcher` holds the live parts of one run (the session, resolver, robots.txt
rules, per-host clocks and slots); build one per run and pass it in. Redirects
are followed by hand so that every hop is checked (scheme, private addresses,
robots.txt), requests to a host are spaced and capped, and bodies are read (and
decompressed) in small pieces against a size cap and a deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from protego import Protego

from kernel.errors import FetchError, TransientFetchError
from kernel.records import FetchAttempt, Source

USER_AGENT = (
    "Communique/0.1 (+https://github.com/communique/communique; diplomatic digest bot)"
)

HTML_TYPES = ("text/html", "application/xhtml+xml")

_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})

_CHUNK = 16384


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and manners for fetching."""

    user_agent: str = USER_AGENT
    timeout: float = 10.0  # to connect, and for each wait for data
    total_timeout: float = 60.0  # for a whole response, redirects and body included
    max_bytes: int = 5_000_000  # body size after decompression
    max_retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_redirects: int = 5
    max_per_host: int = 2  # requests in flight to one host
    max_crawl_delay: float = 30.0  # robots.txt Crawl-delay is honoured up to this
    robots_max_bytes: int = 500_000


def resolve_host(host: str) -> list[str]:
    """The IP addresses a host name resolves to (socket.gaierror if none)."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, None)]


@dataclass
class Fetcher:
    """The live state of one run's fetching: session, robots rules, host clocks.

    `resolve` maps a host name to its addresses; tests may swap it for a fake.
    """

    settings: FetchSettings = field(default_factory=FetchSettings)
    session: requests.Session = field(default_factory=requests.Session)
    sleep: Callable[[float], None] = time.sleep
    resolve: Callable[[str], Sequence[str]] = resolve_host
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _last_hit: dict[str, float] = field(default_factory=dict)
    _addresses: dict[str, tuple[str, ...] | FetchError] = field(default_factory=dict)
    _slots: dict[str, threading.BoundedSemaphore] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = self.settings.user_agent
        # Only what we can decompress with a cap (see _read_body).
        self.session.headers["Accept-Encoding"] = "gzip, deflate"

    def close(self) -> None:
        self.session.close()


class Refused(FetchError):
    """A URL we chose not to request (robots.txt, private address, scheme)."""


@dataclass(frozen=True, slots=True)
class Reply:
    """The last answer of a chain of redirects."""

    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes


def guarded_get(
    fetcher: Fetcher,
    source: Source,
    url: str,
    headers: Mapping[str, str],
    attempts: list[FetchAttempt],
    *,
    max_bytes: int,
    html_only: bool = False,
    robots: bool = True,
) -> Reply:
    """GET a URL, following redirects by hand and checking every hop."""
    settings = fetcher.settings
    deadline = time.monotonic() + settings.total_timeout
    chain = [url]
    current = url
    while True:
        try:
            crawl_delay = _check_allowed(fetcher, source, current, attempts, robots)
        except FetchError as err:
            if current == url:
                raise
            raise type(err)(url, f"redirected to {err}", err.status) from err
        if robots:
            _wait_turn(fetcher, current, max(source.delay, crawl_delay))
        with _host_slot(fetcher, current):
            response = _send(fetcher, url, current, headers)
            with response:
                location = response.headers.get("Location")
                if response.status_code not in _REDIRECT_STATUS:
                    body = b""
                    if 200 <= response.status_code < 300:
                        if html_only:
                            _check_html(url, response)
                        body = _read_body(response, url, max_bytes, deadline, settings)
                    return Reply(current, response.status_code, response.headers, body)
        if not location:
            raise FetchError(
                url, f"HTTP {response.status_code} redirect without a Location header"
            )
        target = absolute(current, location)
        if not target:
            raise FetchError(url, f"redirected to a non-http URL {location!r}")
        if target in chain:
            hops = " → ".join([*chain, target])
            raise FetchError(url, f"redirect loop ({hops}): fix the URL or the site")
        if len(chain) > settings.max_redirects:
            raise FetchError(
                url,
                f"too many redirects (more than {settings.max_redirects}), "
                f"last to {target}: fix the URL",
            )
        chain.append(target)
        current = target


def absolute(base: str, link: str) -> str:
    """The link made absolute against base, without fragment; '' unless http(s)."""
    try:
        parts = urlsplit(urljoin(base, link.strip()))
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    return urlunsplit(parts._replace(fragment=""))


def attempt_record(
    url: str,
    attempt: int,
    status: int | None,
    outcome: str,
    error: str | None,
    started: datetime,
    clock: float,
    size: int | None = None,
) -> FetchAttempt:
    return FetchAttempt(
        url=url,
        attempt=attempt,
        status=status,
        outcome=outcome,
        error=error,
        started_at=started,
        elapsed_ms=(time.perf_counter() - clock) * 1000,
        bytes=size,
    )


def _send(
    fetcher: Fetcher, url: str, current: str, headers: Mapping[str, str]
) -> requests.Response:
    """One GET without following redirects; library errors become ours."""
    timeout = fetcher.settings.timeout
    try:
        return fetcher.session.get(
            current,
            headers=dict(headers),
            timeout=timeout,
            stream=True,
            allow_redirects=False,
        )
    except requests.ConnectTimeout as err:
        raise TransientFetchError(
            url, f"no connection within {timeout:g} s (connect timeout)"
        ) from err
    except requests.ReadTimeout as err:
        raise TransientFetchError(
            url, f"no response within {timeout:g} s (read timeout)"
        ) from err
    except requests.ConnectionError as err:
        raise TransientFetchError(url, _connection_failure(err)) from err
    except requests.RequestException as err:
        raise FetchError(url, f"request failed: {err}") from err


def _check_html(url: str, response: requests.Response) -> None:
    content_type = response.headers.get("Content-Type")
    if not content_type:
        return  # parse decides
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        raise FetchError(
            url,
            f"not an HTML page (Content-Type {mime}): not stored",
            response.status_code,
        )


def _read_body(
    response: requests.Response,
    url: str,
    max_bytes: int,
    deadline: float,
    settings: FetchSettings,
) -> bytes:
    """The body, decompressed, read in pieces: never more than max_bytes, never
    past the deadline (a server sending one byte a second is cut off)."""
    status = response.status_code
    too_big = FetchError(
        url,
        f"body larger than the limit of {max_bytes} bytes: cut off and not stored "
        "(raise max_bytes if the page is genuine)",
        status,
    )
    declared = response.headers.get("Content-Length", "")
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if declared.isdigit() and int(declared) > max_bytes and not encoding:
        raise too_big
    decoder = _decoder(url, encoding, status)
    out = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise TransientFetchError(
                url,
                f"body not complete within {settings.total_timeout:g} s "
                "(total timeout)",
                status,
            )
        try:
            chunk = response.raw.read1(_CHUNK, decode_content=False)
        except Exception as err:  # urllib3 and socket errors alike: a broken body
            raise TransientFetchError(
                url, f"body cut off: {type(err).__name__}", status
            ) from err
        if not chunk:
            break
        if decoder is None:
            out += chunk
        else:
            out += _inflate(decoder, chunk, max_bytes - len(out), url, status)
        if len(out) > max_bytes:
            raise too_big
    return bytes(out)


def _decoder(url: str, encoding: str, status: int) -> zlib._Decompress | None:
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(wbits=47)  # gzip or zlib header, detected
    raise FetchError(url, f"unsupported Content-Encoding {encoding!r}", status)


def _inflate(
    decoder: zlib._Decompress, chunk: bytes, room: int, url: str, status: int
) -> bytes:
    """Decompress a chunk, but never more than room + 1 bytes (a gzip bomb stops)."""
    try:
        return decoder.decompress(chunk, max(room, 0) + 1)
    except zlib.error as err:
        raise FetchError(url, f"cannot decompress the body: {err}", status) from err


def _check_allowed(
    fetcher: Fetcher,
    source: Source,
    url: str,
    attempts: list[FetchAttempt],
    robots: bool = True,
) -> float:
    """Refuse what must not be fetched; returns the robots.txt Crawl-delay, or 0."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(url, "refused: only http and https URLs can be fetched")
    addresses = _addresses(fetcher, parts.hostname, url)
    if not source.allow_private:
        for address in addresses:
            if not _is_public(address):
                raise Refused(
                    url,
                    f"refused: {parts.hostname} resolves to {address}, a private, "
                    "loopback, link-local or metadata address "
                    "(set allow_private = true on the source to allow it)",
                )
    if not robots:
        return 0.0
    rules = _robots(fetcher, source, f"{parts.scheme}://{parts.netloc}", attempts)
    if rules is None:
        return 0.0
    if not rules.can_fetch(url, fetcher.settings.user_agent):
        raise Refused(url, "disallowed by robots.txt")
    delay = rules.crawl_delay(fetcher.settings.user_agent) or 0.0
    return min(float(delay), fetcher.settings.max_crawl_delay)


def _robots(
    fetcher: Fetcher, source: Source, origin: str, attempts: list[FetchAttempt]
) -> Protego | None:
    """The origin's robots.txt rules, fetched once per run; None allows all."""
    with fetcher._lock:
        if origin in fetcher._robots:
            return fetcher._robots[origin]
    url = origin + "/robots.txt"
    started, clock = datetime.now(UTC), time.perf_counter()
    rules: Protego | None = None
    try:
        reply = guarded_get(
            fetcher,
            source,
            url,
            {},
            attempts,
            max_bytes=fetcher.settings.robots_max_bytes,
            robots=False,
        )
        if reply.status == 200:
            rules = Protego.parse(reply.body.decode("utf-8", errors="replace"))
        attempts.append(
            attempt_record(
                url, 1, reply.status, "ok", None, started, clock, len(reply.body)
            )
        )
    except FetchError as err:
        attempts.append(
            attempt_record(url, 1, err.status, "error", str(err), started, clock)
        )
    with fetcher._lock:
        fetcher._robots[origin] = rules
    return rules


def _addresses(fetcher: Fetcher, host: str, url: str) -> tuple[str, ...]:
    """The host's addresses, resolved once per run; FetchError if it has none."""
    with fetcher._lock:
        cached = fetcher._addresses.get(host)
    if isinstance(cached, FetchError):
        raise type(cached)(url, cached.reason)
    if cached is not None:
        return cached
    try:
        found: tuple[str, ...] | FetchError = tuple(fetcher.resolve(host))
    except (socket.gaierror, UnicodeError) as err:
        reason = f"cannot resolve host {host} (DNS)"
        if isinstance(err, socket.gaierror) and err.errno == socket.EAI_AGAIN:
            found = TransientFetchError(url, f"{reason}: temporary failure")
        else:
            found = FetchError(url, f"{reason}: check the URL in the sources file")
    with fetcher._lock:
        fetcher._addresses[host] = found
    if isinstance(found, FetchError):
        raise found
    return found


def _is_public(address: str) -> bool:
    """Whether an address is globally routable (not private, loopback, link-local,
    metadata, reserved, multicast or unspecified)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@contextmanager
def _host_slot(fetcher: Fetcher, url: str) -> Iterator[None]:
    """Hold one of the host's `max_per_host` request slots."""
    host = urlsplit(url).netloc
    with fetcher._lock:
        slot = fetcher._slots.get(host)
        if slot is None:
            slot = threading.BoundedSemaphore(fetcher.settings.max_per_host)
            fetcher._slots[host] = slot
    with slot:
        yield


def _wait_turn(fetcher: Fetcher, url: str, delay: float) -> None:
    """Keep at least `delay` seconds between requests to one host."""
    host = urlsplit(url).netloc
    with fetcher._lock:
        now = time.monotonic()
        ready = fetcher._last_hit.get(host, 0.0) + delay
        fetcher._last_hit[host] = max(now, ready)
    if ready > now:
        fetcher.sleep(ready - now)


def _connection_failure(err: requests.ConnectionError) -> str:
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused (is the server down?)"
        cause = cause.__cause__ or cause.__context__
    text = str(err)
    if "refused" in text.lower():
        return "connection refused (is the server down?)"
    return f"connection failed: {text}"
