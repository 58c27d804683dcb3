"""Fetch sources: each listing cut into chunks of pages, then each chunk fetched."""

from __future__ import annotations

from collections.abc import Mapping

from extract.web.download import download
from extract.web.fetcher import Fetcher
from extract.web.listings import read_listing
from kernel.errors import FetchError
from kernel.records import FetchAttempt, PageChunk, Source, SourceResult, Validators


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
            found = read_listing(fetcher, source, listing, attempts)
        except FetchError as err:
            errors = (f"{source.name}: {err}",)
        else:
            urls, validators, unchanged = found.urls, found.validators, found.unchanged
            errors = tuple(f"{source.name}: {err}" for err in found.errors)
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
    attempts, errors and validators along with the pages' own.

    `known` holds validators of pages stored before, for conditional GETs.
    """
    source = chunk.source
    attempts = list(chunk.attempts)
    documents, not_modified, errors = [], [], list(chunk.errors)
    for url in chunk.urls:
        try:
            document = download(
                fetcher, source, url, known.get(url), attempts, page=True
            )
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
