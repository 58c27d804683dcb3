"""One document's download: a conditional GET under the one retry policy."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus

from extract.web.fetcher import Fetcher, FetchSettings, Refused
from extract.web.guard import attempt_record, guarded_get
from kernel.errors import FetchError, TransientFetchError
from kernel.records import FetchAttempt, RawDocument, Source, Validators

_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def download(
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
    as `error`. Transient failures (timeouts, 408/425/429/5xx, a body cut off) are
    retried here with backoff or Retry-After, and nowhere else.
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
        attempts.append(_success(url, attempt, document, started, clock))
        return document
    raise AssertionError("unreachable")


def _success(
    url: str,
    attempt: int,
    document: RawDocument | None,
    started: datetime,
    clock: float,
) -> FetchAttempt:
    if document is None:
        return attempt_record(url, attempt, 304, "not_modified", None, started, clock)
    size = len(document.body)
    return attempt_record(
        url, attempt, document.status, "ok", None, started, clock, size
    )


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
