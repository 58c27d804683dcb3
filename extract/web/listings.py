"""Listings: a source's feed or sitemap, read for the page URLs it names."""

from __future__ import annotations

import feedparser
from bs4 import BeautifulSoup

from extract.web.download import download
from extract.web.fetcher import Fetcher
from extract.web.guard import absolute
from kernel.errors import FetchError
from kernel.records import FetchAttempt, RawDocument, Source, Validators


def read_listing(
    fetcher: Fetcher,
    source: Source,
    listing: Validators | None,
    attempts: list[FetchAttempt],
) -> tuple[list[str], Validators | None, bool]:
    """The page URLs a feed or sitemap names, its validators, and whether it
    answered 304 (then no URLs, and the validators it was asked with)."""
    document = download(fetcher, source, source.url, listing, attempts, page=False)
    if document is None:
        return [], listing, True
    if source.kind == "feed":
        urls = feed_links(document)
    elif source.kind == "sitemap":
        urls = sitemap_links(document)
    else:
        raise FetchError(source.url, f"unknown source kind {source.kind!r}")
    return urls, Validators(document.etag, document.last_modified), False


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
