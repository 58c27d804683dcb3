"""Render a site's pages and feeds group by group, reading each group from the store.

A build renders every page, an update only the selected articles, actors and topics
(and the digest, the lists and the digest's feed, which every change touches). The
pages are the same either way: each is rendered from the rows of its own group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import duckdb

from publish.changes import UNSURE, Edition, digest_editions
from publish.feeds import FEED_LIMIT
from publish.pages import (
    Digest,
    article_page,
    articles_month_page,
    index_page,
    list_pages,
    month_of,
    shown,
    shown_editions,
)
from publish.timelines import Groups, render_groups, speaker_homes
from publish.writer import Catalogue, Renderer
from store import groups
from store.downloads import UNDATED, statement_months
from store.reads import ArticleRow, StatementRow

ARTICLE_BATCH = 200  # article pages read from the store at a time


@dataclass(frozen=True, slots=True)
class Selection:
    """Which article, actor and topic pages (and feeds) to render; None: all."""

    articles: frozenset[str] | None = None
    actors: frozenset[str] | None = None
    topics: frozenset[str] | None = None
    shards: frozenset[str] | None = None  # search shards to index again
    actor_months: frozenset[tuple[str, str]] | None = None  # archive pages
    topic_months: frozenset[tuple[str, str]] | None = None

    @property
    def groups(self) -> Groups:
        """The actor and topic pages, and their archive months, to render."""
        return Groups(self.actors, self.topics, self.actor_months, self.topic_months)


def render_site(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    selection: Selection,
    bundles: Sequence[str] = (),
) -> tuple[int, int]:
    """Render the selected pages and feeds, then the digest and lists; return
    how many pages and feeds were written."""
    listed = groups.listed_articles(conn)  # as stored: feeds take them so
    per_article = groups.statements_per_article(conn)
    by_id = {a.article_id: a for a in listed}
    names = {a.actor_id: a.name for a in shown(catalogue.actors)}
    ids = selection.articles
    pages = _article_pages(
        conn, renderer, [a.article_id for a in listed] if ids is None else sorted(ids)
    )
    groups_pages, feeds = render_groups(
        conn, catalogue, renderer, selection.groups, by_id
    )
    pages += groups_pages
    pages += _article_lists(renderer, listed, per_article, selection.shards)
    pages += _digest_pages(conn, catalogue, renderer, listed, names, bundles)
    return pages, feeds + 1


def _article_pages(
    conn: duckdb.DuckDBPyConnection, renderer: Renderer, ids: Sequence[str]
) -> int:
    for start in range(0, len(ids), ARTICLE_BATCH):
        articles, statements = groups.articles_with_statements(
            conn, ids[start : start + ARTICLE_BATCH]
        )
        by_article: dict[str, list[StatementRow]] = {}
        for s in shown(statements):
            by_article.setdefault(s.article_id, []).append(s)
        for article in shown(articles):
            said = by_article.get(article.article_id, [])
            renderer.page(article_page(renderer.links, article, said))
    return len(ids)


def _article_lists(
    renderer: Renderer,
    listed: Sequence[ArticleRow],
    per_article: Mapping[str, int],
    months: frozenset[str] | None,
) -> int:
    """The lists of the articles of each month (`months`, or every month): the
    articles index lists the months, so a run rewrites only the months it touched."""
    by_month: dict[str, list[ArticleRow]] = {}
    for article in listed:
        month = month_of(article.published)
        if months is None or month in months:
            by_month.setdefault(month, []).append(article)
    for month, articles in by_month.items():
        page = articles_month_page(renderer.links, month, shown(articles), per_article)
        renderer.page(page)
    return len(by_month)


def _digest_pages(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    listed: Sequence[ArticleRow],
    names: Mapping[str, str],
    bundles: Sequence[str],
) -> int:
    """The digest, its feed, and the lists; return how many pages."""
    articles, statements = groups.counts(conn)
    latest = groups.latest_statements(conn, FEED_LIMIT)
    by_id = {a.article_id: a for a in listed}
    title = f"{renderer.site_title}: statements"
    renderer.feed(renderer.links.feed(), "index.html", title, latest, by_id)
    positions = shown(catalogue.positions)
    _, evidence = groups.articles_with_statements(
        conn, sorted({p.article_id for p in positions})
    )
    editions = _editions(conn, names)
    digest = Digest(
        editions=editions,
        recent=shown(latest),
        evidence=shown(evidence),
        counts={
            "articles": articles,
            "statements": statements,
            "actors": len(catalogue.actors),
        },
        homes=speaker_homes(conn, catalogue.positions),
    )
    topics = tuple(catalogue.topics)
    pages = [
        index_page(topics, positions, digest),
        *list_pages(
            _months(listed),
            shown(catalogue.actors),
            topics,
            statement_months(conn),
            bundles,
        ),
    ]
    for page in pages:
        renderer.page(page)
    return len(pages)


def _months(listed: Sequence[ArticleRow]) -> list[tuple[str, int]]:
    """Each month with articles and how many, newest first, undated last."""
    counts = Counter(month_of(a.published) for a in listed)
    order = sorted((m for m in counts if m != UNDATED), reverse=True)
    return [(m, counts[m]) for m in [*order, *([UNDATED] if UNDATED in counts else [])]]


def _editions(
    conn: duckdb.DuckDBPyConnection, names: Mapping[str, str]
) -> list[Edition]:
    """The editions the digest shows, replayed from a stream of narrow rows, then
    given the full rows of the statements their changes rest on."""
    stream = groups.dated_statements(conn, UNSURE)
    editions = digest_editions(stream, names, ordered=True)
    kept = shown_editions(editions)
    ids = {
        s.statement_id
        for e in kept
        for c in e.changes
        for s in (c.statement, c.previous)
        if s is not None
    }
    full = {
        s.statement_id: s
        for s in shown(groups.statements_by_id(conn, sorted(ids)).values())
    }
    return [
        replace(
            e,
            changes=tuple(
                replace(
                    c,
                    statement=full[c.statement.statement_id],
                    previous=full[c.previous.statement_id] if c.previous else None,
                )
                for c in e.changes
            ),
        )
        for e in kept
    ]
