"""Listings: a source's feed or sitemap, read for the page URLs it names."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import feedparser
from bs4 import BeautifulSoup

from extract.web.download import download
from extract.web.fetcher import Fetcher
from extract.web.guard import absolute
from kernel.errors import FetchError
from kernel.records import FetchAttempt, RawDocument, Source, Validators


@dataclass(frozen=True, slots=True)
class Listing:
    """What a listing names: page URLs, validators to save, whether it answered
    304, and the failures of the sitemaps a sitemap index names."""

    urls: list[str]
    validators: Validators | None
    unchanged: bool = False
    errors: tuple[FetchError, ...] = ()


def read_listing(
    fetcher: Fetcher,
    source: Source,
    listing: Validators | None,
    attempts: list[FetchAttempt],
) -> Listing:
    """The page URLs a feed or sitemap names (a sitemap index: those of the
    sitemaps it names, followed within bounds); no URLs if it answered 304."""
    document = download(fetcher, source, source.url, listing, attempts, page=False)
    if document is None:
        return Listing([], listing, unchanged=True)
    validators = Validators(document.etag, document.last_modified)
    if source.kind == "feed":
        return Listing(feed_links(document), validators)
    if source.kind != "sitemap":
        raise FetchError(source.url, f"unknown source kind {source.kind!r}")
    index, locs = _sitemap(document)
    if not index:
        return Listing(locs, validators)
    urls, errors = _follow_index(fetcher, source, document.final_url, locs, attempts)
    # An index is read in full every run: its sitemaps change without it.
    return Listing(list(dict.fromkeys(urls)), Validators(), errors=tuple(errors))


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
    return _sitemap(document)[1]


def _sitemap(document: RawDocument) -> tuple[bool, list[str]]:
    """Whether a sitemap is a sitemap index, and its <loc> URLs, each once."""
    soup = BeautifulSoup(document.body, "xml")
    locs = [
        absolute(document.final_url, loc.get_text(strip=True))
        for loc in soup.find_all("loc")
    ]
    locs = [loc for loc in locs if loc]
    if not locs:
        raise FetchError(document.url, "sitemap lists no <loc> URLs")
    index = soup.find("sitemapindex") is not None
    return index, list(dict.fromkeys(locs))


def _follow_index(
    fetcher: Fetcher,
    source: Source,
    index_url: str,
    children: list[str],
    attempts: list[FetchAttempt],
) -> tuple[list[str], list[FetchError]]:
    """The page URLs of the sitemaps an index names, breadth first, at most
    `max_sitemaps` sitemaps and `max_sitemap_depth` levels, each read once;
    a sitemap that fails, a loop or a bound passed is one error, the rest goes on."""
    settings = fetcher.settings
    queue: deque[tuple[str, tuple[str, ...]]] = deque(
        (child, (index_url,)) for child in children
    )
    seen, urls, errors, read = {index_url, source.url}, [], [], 0
    while queue:
        url, chain = queue.popleft()
        if url in chain:
            hops = " → ".join([*chain, url])
            errors.append(
                FetchError(url, f"sitemap index loop ({hops}): not read again")
            )
            continue
        if url in seen:
            continue
        if read >= settings.max_sitemaps:
            errors.append(
                FetchError(
                    index_url,
                    f"sitemap index names more than {settings.max_sitemaps} "
                    "sitemaps: the rest not read",
                )
            )
            break
        seen.add(url)
        read += 1
        try:
            document = download(fetcher, source, url, None, attempts, page=False)
            index, locs = _sitemap(document) if document else (False, [])
        except FetchError as err:
            errors.append(err)
            continue
        if not index:
            urls.extend(locs)
        elif len(chain) + 1 >= settings.max_sitemap_depth:
            errors.append(
                FetchError(
                    url,
                    f"sitemap index nested more than {settings.max_sitemap_depth} "
                    "levels deep: not followed",
                )
            )
        else:
            queue.extend((child, (*chain, url)) for child in locs)
    return urls, errors
