"""Fetch sources over HTTP: robots.txt, conditional GET, retries, limits.

Only this module touches the network. A `Fetcher` holds the live parts of one run
(the session, robots.txt rules, per-host clocks); build one per run and pass it in.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import requests
from bs4 import BeautifulSoup
from protego import Protego

from extract.errors import FetchError, TransientFetchError
from extract.records import FetchAttempt, RawDocument, Source, SourceResult, Validators

USER_AGENT = (
    "Communique/0.1 (+https://github.com/communique/communique; diplomatic digest bot)"
)
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and manners for fetching."""

    user_agent: str = USER_AGENT
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_redirects: int = 5


@dataclass
class Fetcher:
    """The live state of one run's fetching: session, robots rules, host clocks."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    session: requests.Session = field(default_factory=requests.Session)
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _last_hit: dict[str, float] = field(default_factory=dict)
    _private: dict[str, bool] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = self.settings.user_agent
        self.session.max_redirects = self.settings.max_redirects

    def close(self) -> None:
        self.session.close()


def fetch_source(
    fetcher: Fetcher,
    source: Source,
    known: Mapping[str, Validators],
    listing: Validators | None = None,
) -> SourceResult:
    """Fetch a source's listing (if any) and every page it names.

    `known` holds validators of pages stored before, for conditional GETs. Every
    failure is recorded in the result and the other pages go on.
    """
    attempts: list[FetchAttempt] = []
    if source.kind == "page":
        urls, listing_validators, unchanged = [source.url], None, False
    else:
        try:
            urls, listing_validators, unchanged = _read_listing(
                fetcher, source, listing, attempts
            )
        except FetchError as err:
            return SourceResult(
                source=source,
                attempts=tuple(attempts),
                errors=(f"{source.name}: {err}",),
            )
    if source.limit is not None:
        urls = urls[: source.limit]
    documents, not_modified, errors = [], [], []
    for url in urls:
        try:
            document = _get(fetcher, source, url, known.get(url), attempts)
        except FetchError as err:
            errors.append(f"{source.name}: {err}")
            continue
        if document is None:
            not_modified.append(url)
        else:
            documents.append(document)
    if errors and listing_validators is not None:
        # Forget the listing's validators: the next run reads it again in full and
        # retries the pages that failed.
        listing_validators = Validators()
    return SourceResult(
        source=source,
        documents=tuple(documents),
        attempts=tuple(attempts),
        not_modified=tuple(not_modified),
        listing=listing_validators,
        listing_unchanged=unchanged,
        errors=tuple(errors),
    )


def is_transient(error: BaseException) -> bool:
    """Whether an error is worth retrying later."""
    return isinstance(error, TransientFetchError)


def _read_listing(
    fetcher: Fetcher,
    source: Source,
    listing: Validators | None,
    attempts: list[FetchAttempt],
) -> tuple[list[str], Validators | None, bool]:
    document = _get(fetcher, source, source.url, listing, attempts)
    if document is None:
        return [], listing, True
    if source.kind == "feed":
        urls = _feed_links(document)
    elif source.kind == "sitemap":
        urls = _sitemap_links(document)
    else:
        raise FetchError(source.url, f"unknown source kind {source.kind!r}")
    return urls, Validators(document.etag, document.last_modified), False


def _feed_links(document: RawDocument) -> list[str]:
    feed = feedparser.parse(document.body)
    if feed.bozo and not feed.entries:
        raise FetchError(document.url, f"not a readable feed ({feed.bozo_exception})")
    links = [urljoin(document.final_url, e.get("link", "")) for e in feed.entries]
    return list(dict.fromkeys(link for link in links if link.startswith("http")))


def _sitemap_links(document: RawDocument) -> list[str]:
    soup = BeautifulSoup(document.body, "xml")
    locs = [
        urljoin(document.final_url, loc.get_text(strip=True))
        for loc in soup.find_all("loc")
    ]
    if not locs:
        raise FetchError(document.url, "sitemap lists no <loc> URLs")
    return list(dict.fromkeys(locs))


def _get(
    fetcher: Fetcher,
    source: Source,
    url: str,
    validators: Validators | None,
    attempts: list[FetchAttempt],
) -> RawDocument | None:
    """A fetched document, or None when the server answers 304 Not Modified."""
    _check_allowed(fetcher, source, url, attempts)
    settings = fetcher.settings
    for attempt in range(1, settings.max_retries + 2):
        _wait_turn(fetcher, url, source.delay)
        started, clock = datetime.now(UTC), time.perf_counter()
        try:
            document = _request(fetcher, source, url, validators)
        except TransientFetchError as err:
            attempts.append(
                _attempt(url, attempt, err.status, "error", str(err), started, clock)
            )
            if attempt > settings.max_retries:
                raise
            fetcher.sleep(_retry_delay(settings, attempt, err))
            continue
        except FetchError as err:
            attempts.append(
                _attempt(url, attempt, err.status, "error", str(err), started, clock)
            )
            raise
        if document is None:
            attempts.append(
                _attempt(url, attempt, 304, "not_modified", None, started, clock)
            )
        else:
            attempts.append(
                _attempt(
                    url,
                    attempt,
                    document.status,
                    "ok",
                    None,
                    started,
                    clock,
                    len(document.body),
                )
            )
        return document
    raise AssertionError("unreachable")


def _request(
    fetcher: Fetcher, source: Source, url: str, validators: Validators | None
) -> RawDocument | None:
    headers = {}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    settings = fetcher.settings
    try:
        response = fetcher.session.get(
            url, headers=headers, timeout=settings.timeout, stream=True
        )
    except requests.TooManyRedirects as err:
        raise FetchError(
            url, f"too many redirects (more than {settings.max_redirects})"
        ) from err
    except (requests.Timeout, requests.ConnectionError) as err:
        raise TransientFetchError(url, f"{type(err).__name__}: {err}") from err
    except requests.RequestException as err:
        raise FetchError(url, f"request failed: {err}") from err
    with response:
        if response.status_code == 304:
            return None
        if response.status_code in _TRANSIENT_STATUS:
            raise TransientFetchError(
                url,
                f"HTTP {response.status_code}",
                response.status_code,
                retry_after=response.headers.get("Retry-After"),
            )
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code}", response.status_code)
        body = _read_body(response, url, settings.max_bytes)
        return RawDocument(
            source_name=source.name,
            url=url,
            final_url=response.url,
            status=response.status_code,
            content_type=response.headers.get("Content-Type"),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            body=body,
            fetched_at=datetime.now(UTC),
        )


def _read_body(response: requests.Response, url: str, max_bytes: int) -> bytes:
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(
                    url,
                    f"body larger than the limit of {max_bytes} bytes",
                    response.status_code,
                )
            chunks.append(chunk)
    except requests.RequestException as err:
        raise TransientFetchError(
            url, f"body cut off: {err}", response.status_code
        ) from err
    return b"".join(chunks)


def _check_allowed(
    fetcher: Fetcher, source: Source, url: str, attempts: list[FetchAttempt]
) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only http and https URLs can be fetched")
    if not source.allow_private and _is_private(fetcher, parts.hostname):
        raise FetchError(
            url,
            "refused: the host resolves to a private or loopback address "
            "(set allow_private = true on the source to allow it)",
        )
    robots = _robots(fetcher, source, f"{parts.scheme}://{parts.netloc}", attempts)
    if robots is not None and not robots.can_fetch(url, fetcher.settings.user_agent):
        raise FetchError(url, "disallowed by robots.txt")


def _robots(
    fetcher: Fetcher, source: Source, origin: str, attempts: list[FetchAttempt]
) -> Protego | None:
    with fetcher._lock:
        if origin in fetcher._robots:
            return fetcher._robots[origin]
    url = origin + "/robots.txt"
    started, clock = datetime.now(UTC), time.perf_counter()
    rules: Protego | None = None
    try:
        response = fetcher.session.get(url, timeout=fetcher.settings.timeout)
        if response.status_code == 200:
            rules = Protego.parse(response.text)
        attempts.append(
            _attempt(
                url,
                1,
                response.status_code,
                "ok",
                None,
                started,
                clock,
                len(response.content),
            )
        )
    except requests.RequestException as err:
        attempts.append(_attempt(url, 1, None, "error", str(err), started, clock))
    with fetcher._lock:
        fetcher._robots[origin] = rules
    return rules


def _wait_turn(fetcher: Fetcher, url: str, delay: float) -> None:
    """Keep at least `delay` seconds between requests to one host."""
    host = urlsplit(url).netloc
    with fetcher._lock:
        now = time.monotonic()
        ready = fetcher._last_hit.get(host, 0.0) + delay
        fetcher._last_hit[host] = max(now, ready)
    if ready > now:
        fetcher.sleep(ready - now)


def _retry_delay(
    settings: FetchSettings, attempt: int, error: TransientFetchError
) -> float:
    if error.retry_after and error.retry_after.isdigit():
        return min(float(error.retry_after), settings.max_retry_after)
    return settings.backoff * 2 ** (attempt - 1)


def _is_private(fetcher: Fetcher, host: str) -> bool:
    """Whether the host resolves to a private, loopback or link-local address."""
    with fetcher._lock:
        if host in fetcher._private:
            return fetcher._private[host]
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False  # the request itself will fail and say so
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    private = any(a.is_private or a.is_loopback or a.is_link_local for a in addresses)
    with fetcher._lock:
        fetcher._private[host] = private
    return private


def _attempt(
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
