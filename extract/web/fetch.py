"""Fetch sources: listings, conditional GETs, retries; what each source yields.

Only this module and `guard` (the guarded GET: SSRF, robots.txt, redirects, body
limits) touch the network. A source's listing is read first and its pages cut
into chunks, so that ingest can fetch, store and forget one chunk at a time.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus

import feedparser
from bs4 import BeautifulSoup

from extract.web.guard import (
    HTML_TYPES,
    USER_AGENT,
    Fetcher,
    FetchSettings,
    Refused,
    absolute,
    attempt_record,
    guarded_get,
    resolve_host,
)
from kernel.errors import FetchError, TransientFetchError
from kernel.records import (
    FetchAttempt,
    PageChunk,
    RawDocument,
    Source,
    SourceResult,
    Validators,
)

__all__ = [
    "HTML_TYPES",
    "USER_AGENT",
    "FetchSettings",
    "Fetcher",
    "feed_links",
    "fetch_chunk",
    "fetch_source",
    "is_transient",
    "listing_to_save",
    "plan_source",
    "resolve_host",
    "sitemap_links",
]

_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def fetch_source(
    fetcher: Fetcher,
    source: Source,
    known: Mapping[str, Validators],
    listing: Validators | None = None,
) -> SourceResult:
    """Fetch a source's listing (if any) and every page it names, in one piece.

    `known` holds validators of pages stored before, for conditional GETs. Every
    failure is recorded in the result and the other pages go on. Ingest uses
    `plan_source` and `fetch_chunk` instead, to hold one chunk at a time.
    """
    (chunk,) = plan_source(fetcher, source, listing)
    result = fetch_chunk(fetcher, chunk, known)
    failed = bool(result.errors)
    return replace(result, listing=listing_to_save(result.listing, failed=failed))


def plan_source(
    fetcher: Fetcher,
    source: Source,
    listing: Validators | None = None,
    chunk_size: int | None = None,
) -> list[PageChunk]:
    """Read a source's listing (a page source lists itself) and cut the URLs it
    names into chunks of `chunk_size` (None: one chunk); at least one chunk.

    A listing that fails or answers 304 gives one chunk without URLs, which
    carries its attempts and its error.
    """
    attempts: list[FetchAttempt] = []
    validators: Validators | None = None
    unchanged = False
    errors: tuple[str, ...] = ()
    urls: list[str] = []
    if source.kind == "page":
        urls = [source.url]
    else:
        try:
            urls, validators, unchanged = _read_listing(
                fetcher, source, listing, attempts
            )
        except FetchError as err:
            errors = (f"{source.name}: {err}",)
    if source.limit is not None:
        urls = urls[: source.limit]
    size = chunk_size or max(len(urls), 1)
    pieces = [tuple(urls[i : i + size]) for i in range(0, len(urls), size)] or [()]
    return [
        PageChunk(
            source=source,
            urls=piece,
            attempts=tuple(attempts) if n == 0 else (),
            errors=errors if n == 0 else (),
            listing=validators if n == len(pieces) - 1 else None,
            listing_unchanged=unchanged and n == 0,
            last=n == len(pieces) - 1,
        )
        for n, piece in enumerate(pieces)
    ]


def fetch_chunk(
    fetcher: Fetcher, chunk: PageChunk, known: Mapping[str, Validators]
) -> SourceResult:
    """Fetch the pages of one chunk; the result carries the chunk's listing
    attempts, errors and validators along with the pages' own."""
    source = chunk.source
    attempts = list(chunk.attempts)
    documents, not_modified, errors = [], [], list(chunk.errors)
    for url in chunk.urls:
        try:
            document = _get(fetcher, source, url, known.get(url), attempts, page=True)
        except FetchError as err:
            errors.append(f"{source.name}: {err}")
            continue
        if document is None:
            not_modified.append(url)
        else:
            documents.append(document)
    return SourceResult(
        source=source,
        documents=tuple(documents),
        attempts=tuple(attempts),
        not_modified=tuple(not_modified),
        listing=chunk.listing,
        listing_unchanged=chunk.listing_unchanged,
        errors=tuple(errors),
    )


def listing_to_save(listing: Validators | None, *, failed: bool) -> Validators | None:
    """What to store for a listing once all its pages are done: its validators,
    or blank ones when a page failed, so the next run reads it again in full and
    retries the pages that failed (stored pages then answer 304)."""
    if failed and listing is not None:
        return Validators()
    return listing


def is_transient(error: BaseException) -> bool:
    """Whether an error is worth retrying later."""
    return isinstance(error, TransientFetchError)


def feed_links(document: RawDocument) -> list[str]:
    """The absolute http(s) links of a feed's entries, each once, in order."""
    try:
        feed = feedparser.parse(document.body)
    except Exception as err:  # feedparser is lenient; anything else is a bad feed
        raise FetchError(document.url, f"not a readable feed ({err})") from err
    links = []
    for entry in feed.entries:
        link = entry.get("link")
        if isinstance(link, str) and link.strip():
            links.append(absolute(document.final_url, link))
    links = list(dict.fromkeys(link for link in links if link))
    if feed.bozo and not links:
        raise FetchError(document.url, f"not a readable feed ({feed.bozo_exception})")
    return links


def sitemap_links(document: RawDocument) -> list[str]:
    """The absolute http(s) <loc> URLs of a sitemap, each once, in order."""
    soup = BeautifulSoup(document.body, "xml")
    locs = [
        absolute(document.final_url, loc.get_text(strip=True))
        for loc in soup.find_all("loc")
    ]
    locs = [loc for loc in locs if loc]
    if not locs:
        raise FetchError(document.url, "sitemap lists no <loc> URLs")
    return list(dict.fromkeys(locs))


def _read_listing(
    fetcher: Fetcher,
    source: Source,
    listing: Validators | None,
    attempts: list[FetchAttempt],
) -> tuple[list[str], Validators | None, bool]:
    document = _get(fetcher, source, source.url, listing, attempts, page=False)
    if document is None:
        return [], listing, True
    if source.kind == "feed":
        urls = feed_links(document)
    elif source.kind == "sitemap":
        urls = sitemap_links(document)
    else:
        raise FetchError(source.url, f"unknown source kind {source.kind!r}")
    return urls, Validators(document.etag, document.last_modified), False


def _get(
    fetcher: Fetcher,
    source: Source,
    url: str,
    validators: Validators | None,
    attempts: list[FetchAttempt],
    *,
    page: bool,
) -> RawDocument | None:
    """A fetched document, or None when the server answers 304 Not Modified.

    Refusals (robots.txt, private addresses) are recorded as `skipped`, failures
    as `error`; transient failures are retried with backoff.
    """
    settings = fetcher.settings
    for attempt in range(1, settings.max_retries + 2):
        started, clock = datetime.now(UTC), time.perf_counter()
        try:
            document = _request(fetcher, source, url, validators, attempts, page)
        except TransientFetchError as err:
            attempts.append(
                attempt_record(
                    url, attempt, err.status, "error", str(err), started, clock
                )
            )
            if attempt > settings.max_retries:
                raise TransientFetchError(
                    url,
                    f"{err.reason}; gave up after {attempt} attempts, "
                    "the next run tries again",
                    err.status,
                ) from err
            fetcher.sleep(_retry_delay(settings, attempt, err))
            continue
        except Refused as err:
            attempts.append(
                attempt_record(url, attempt, None, "skipped", str(err), started, clock)
            )
            raise
        except FetchError as err:
            attempts.append(
                attempt_record(
                    url, attempt, err.status, "error", str(err), started, clock
                )
            )
            raise
        if document is None:
            attempts.append(
                attempt_record(url, attempt, 304, "not_modified", None, started, clock)
            )
        else:
            size = len(document.body)
            attempts.append(
                attempt_record(
                    url, attempt, document.status, "ok", None, started, clock, size
                )
            )
        return document
    raise AssertionError("unreachable")


def _request(
    fetcher: Fetcher,
    source: Source,
    url: str,
    validators: Validators | None,
    attempts: list[FetchAttempt],
    page: bool,
) -> RawDocument | None:
    headers = {}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    settings = fetcher.settings
    reply = guarded_get(
        fetcher,
        source,
        url,
        headers,
        attempts,
        max_bytes=settings.max_bytes,
        html_only=page,
    )
    status = reply.status
    if status == 304:
        return None
    if status in _TRANSIENT_STATUS:
        raise TransientFetchError(
            url,
            _status_text(status),
            status,
            retry_after=reply.headers.get("Retry-After"),
        )
    if status >= 400:
        raise FetchError(
            url, f"{_status_text(status)}: not retried, check the URL", status
        )
    if not reply.body:
        raise FetchError(
            url, f"empty body (HTTP {status}): nothing stored, the next run tries again"
        )
    return RawDocument(
        source_name=source.name,
        url=url,
        final_url=reply.final_url,
        status=status,
        content_type=reply.headers.get("Content-Type"),
        etag=reply.headers.get("ETag"),
        last_modified=reply.headers.get("Last-Modified"),
        body=reply.body,
        fetched_at=datetime.now(UTC),
    )


def _retry_delay(
    settings: FetchSettings, attempt: int, error: TransientFetchError
) -> float:
    """Retry-After (seconds or HTTP date) if given, bounded; else exponential."""
    wait = _retry_after_seconds(error.retry_after)
    if wait is not None:
        return min(wait, settings.max_retry_after)
    return settings.backoff * 2 ** (attempt - 1)


def _retry_after_seconds(value: str | None) -> float | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
