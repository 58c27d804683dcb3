"""The guarded GET: redirects followed by hand, and every hop checked first."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests

from extract.web.addresses import check_addresses
from extract.web.body import check_html, read_body
from extract.web.fetcher import Fetcher, Refused, host_slot, wait_turn
from extract.web.pinning import UncheckedHost, connect_host
from extract.web.robots import crawl_delay
from kernel.errors import FetchError, TransientFetchError
from kernel.records import FetchAttempt, Source

_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


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
    """GET a URL, following redirects by hand and checking every hop (scheme,
    private addresses, robots.txt), each host's requests spaced and capped."""
    settings = fetcher.settings
    deadline = time.monotonic() + settings.total_timeout
    chain = [url]
    current = url
    while True:
        try:
            delay = _check_allowed(fetcher, source, current, attempts, robots)
        except FetchError as err:
            if current == url:
                raise
            raise type(err)(url, f"redirected to {err}", err.status) from err
        if robots:
            wait_turn(fetcher, current, max(source.delay, delay))
        with host_slot(fetcher, current):
            response = _send(fetcher, url, current, headers)
            with response:
                location = response.headers.get("Location")
                if response.status_code not in _REDIRECT_STATUS:
                    body = b""
                    if 200 <= response.status_code < 300:
                        if html_only:
                            check_html(url, response)
                        body = read_body(response, url, max_bytes, deadline, settings)
                    return Reply(current, response.status_code, response.headers, body)
        current = _next_hop(url, current, location, response.status_code, chain)
        if len(chain) > settings.max_redirects:
            raise FetchError(
                url,
                f"too many redirects (more than {settings.max_redirects}), "
                f"last to {current}: fix the URL",
            )
        chain.append(current)


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
    """One attempt, timed from `clock` (a perf_counter reading) until now."""
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


def _next_hop(
    url: str, current: str, location: str | None, status: int, chain: list[str]
) -> str:
    """Where a redirect leads; FetchError if nowhere, off the web, or back."""
    if not location:
        raise FetchError(url, f"HTTP {status} redirect without a Location header")
    target = absolute(current, location)
    if not target:
        raise FetchError(url, f"redirected to a non-http URL {location!r}")
    if target in chain:
        hops = " → ".join([*chain, target])
        raise FetchError(url, f"redirect loop ({hops}): fix the URL or the site")
    return target


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
    try:
        host = connect_host(url)
    except ValueError as err:
        raise Refused(url, f"refused: {err}") from err
    check_addresses(fetcher, source, host, url)
    if not robots:
        return 0.0
    return crawl_delay(fetcher, url, partial(_read_robots, fetcher, source, attempts))


def _read_robots(
    fetcher: Fetcher, source: Source, attempts: list[FetchAttempt], url: str
) -> bytes | None:
    """A robots.txt body if it answers 200, else None; its attempt is recorded."""
    started, clock = datetime.now(UTC), time.perf_counter()
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
    except FetchError as err:
        attempts.append(
            attempt_record(url, 1, err.status, "error", str(err), started, clock)
        )
        return None
    attempts.append(
        attempt_record(
            url, 1, reply.status, "ok", None, started, clock, len(reply.body)
        )
    )
    return reply.body if reply.status == 200 else None


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
    except UncheckedHost as err:
        raise Refused(url, f"refused: {err}") from err
    except requests.RequestException as err:
        raise FetchError(url, f"request failed: {err}") from err


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
