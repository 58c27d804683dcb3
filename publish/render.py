"""Render a site's pages and feeds group by group, reading each group from the store.

A build renders every page, an update only the selected articles, actors and topics
(and the digest, the lists and the digest's feed, which every change touches). The
pages are the same either way: each is rendered from the rows of its own group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import duckdb

from publish.changes import UNSURE, Edition, digest_editions
from publish.feeds import FEED_LIMIT
from publish.pages import (
    Digest,
    article_page,
    index_page,
    list_pages,
    shown,
    shown_editions,
)
from publish.timelines import Groups, render_groups
from publish.writer import Catalogue, Renderer
from store import groups
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


def _digest_pages(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    listed: Sequence[ArticleRow],
    names: Mapping[str, str],
    bundles: Sequence[str],
) -> int:
    """The digest, its feed, and the lists; return how many pages."""
    articles, statements, per_article = groups.counts(conn)
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
    )
    topics = tuple(catalogue.topics)
    pages = [
        index_page(topics, positions, digest),
        *list_pages(
            shown(listed),
            per_article,
            shown(catalogue.actors),
            topics,
            statements,
            bundles,
        ),
    ]
    for page in pages:
        renderer.page(page)
    return len(pages)


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
