"""Atom feeds of statements, latest first: the digest's, and one per actor and topic."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time

from feedgen.feed import FeedGenerator

from publish.filters import label, summarize
from publish.links import Links, http_url
from publish.pages import latest_first
from store.reads import ArticleRow, StatementRow

FEED_LIMIT = 100
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_feed(
    statements: Sequence[StatementRow],
    articles: Mapping[str, ArticleRow],
    links: Links,
    *,
    title: str,
    path: str,
    alternate: str,
    base_url: str = "",
    limit: int = FEED_LIMIT,
) -> bytes:
    """Atom XML for the latest `limit` statements at site-relative `path`.

    `alternate` is the page the feed follows. Without base_url, links are relative
    to the feed's own folder (`../../articles/…` from `feeds/actors/`), so they
    resolve wherever the site is served. Text goes out as Atom `type="text"`, so
    feed readers never interpret it as HTML.
    """
    latest = latest_first(statements)[:limit]
    root = base_url or "../" * path.count("/")  # the site root, seen from the feed
    fg = FeedGenerator()
    fg.id(base_url + path if base_url else _urn("feed", path))
    fg.title(_xml(title))
    fg.subtitle("Who said what in diplomatic news, extracted automatically.")
    fg.link(href=root + path, rel="self", type="application/atom+xml")
    fg.link(href=root + alternate, rel="alternate", type="text/html")
    fg.language("en")
    fg.updated(_moment(max((s.published for s in latest if s.published), default=None)))
    for s in latest:
        entry = fg.add_entry(order="append")
        href = root + links.statement(s.article_id, s.statement_id)
        entry.id(href if base_url else _urn("statement", s.statement_id))
        entry.title(_xml(_title(s)))
        # one link only: feedgen 1.0 drops rel and type on entry links, so a second
        # (related) link would read as another alternate
        entry.link(href=href, rel="alternate", type="text/html")
        if s.speaker:
            entry.author(name=_xml(s.speaker))
        for topic in s.topics:
            entry.category(term=_xml(topic), label=_xml(label(topic)))
        article = articles.get(s.article_id)
        source = http_url(article.canonical_url) if article else None
        entry.summary(
            _xml(f"{s.sentence}\n\nSource: {source}" if source else s.sentence)
        )
        moment = _moment(s.published)
        entry.published(moment)
        entry.updated(moment)
    result: bytes = fg.atom_str(pretty=True)
    return result


def _title(s: StatementRow) -> str:
    who = s.actor_name or s.actor_id or "Unattributed"
    speaker = s.speaker or "someone"
    return f"{who} ({label(s.act)}): {speaker} {s.cue} {summarize(s.content, 100)}"


def _moment(day: date | None) -> datetime:
    """Midnight UTC of the day; the build time when there is no date."""
    return datetime.combine(day, time(), UTC) if day else datetime.now(UTC)


def _urn(kind: str, value: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"communique:{kind}:{value}").urn


def _xml(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (lxml refuses them)."""
    return _NOT_XML.sub("", text)
