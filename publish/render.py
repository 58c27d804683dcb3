"""Render a site's pages and feeds group by group, reading each group from the store.

A build renders every page, an update only the selected articles, actors and topics
(and the digest, the lists and the digest's feed, which every change touches). The
pages are the same either way: each is rendered from the rows of its own group.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
from jinja2 import Environment, TemplateError

from kernel.errors import PublishError
from publish.changes import UNSURE, Edition, digest_editions
from publish.feeds import FEED_LIMIT, render_feed
from publish.links import Links
from publish.pages import (
    Digest,
    Page,
    article_page,
    index_page,
    list_pages,
    shown,
    shown_editions,
)
from publish.timelines import Groups, render_groups
from store import groups
from store.driver import driver_errors, records
from store.reads import (
    ACTORS_SQL,
    LATEST_POSITIONS_SQL,
    TOPICS_SQL,
    ActorRow,
    ArticleRow,
    PositionRow,
    StatementRow,
    TopicRow,
)

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


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The small tables every page group needs: actors, topics, positions."""

    actors: tuple[ActorRow, ...]  # as stored (pages escape them)
    topics: tuple[TopicRow, ...]
    positions: tuple[PositionRow, ...]

    @property
    def links(self) -> Links:
        return Links.build(
            (a.actor_id for a in self.actors), (t.topic for t in self.topics)
        )


@driver_errors("cannot read the site's actors, topics and positions")
def read_catalogue(conn: duckdb.DuckDBPyConnection) -> Catalogue:
    """Every actor with a statement, every topic, every latest position."""
    return Catalogue(
        actors=records(conn, ACTORS_SQL, ActorRow),
        topics=records(conn, TOPICS_SQL, TopicRow),
        positions=records(conn, LATEST_POSITIONS_SQL, PositionRow),
    )


@dataclass(frozen=True, slots=True)
class Renderer:
    """What every page of one build shares, and where it writes."""

    env: Environment
    links: Links
    out: Path
    site_title: str
    base: str  # base URL, "" or ending in "/"
    actor_names: Mapping[str, str]
    languages: tuple[str, ...] = ("en",)  # the languages statements are read in

    def page(self, page: Page) -> None:
        """Render one page and write it in place of the old one."""
        depth = page.path.count("/")
        context = {
            "site_title": self.site_title,
            "base_url": self.base,
            "links": self.links,
            "actor_names": self.actor_names,
            "languages": self.languages,
            **page.context,
            "path": page.path,
            "root": "../" * depth,
            "section": page.path.split("/")[0] if depth else _root_section(page.path),
        }
        target = self.out / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        try:  # streamed to the file: a page of many statements is never one string
            with partial.open("w", encoding="utf-8", newline="\n") as out:
                out.writelines(self.env.get_template(page.template).generate(context))
        except TemplateError as err:
            partial.unlink(missing_ok=True)
            raise PublishError(f"page {page.path} ({page.template}): {err}") from err
        os.replace(partial, target)

    def feed(
        self,
        path: str,
        alternate: str,
        title: str,
        statements: Sequence[StatementRow],
        articles: Mapping[str, ArticleRow],
    ) -> None:
        """Render one Atom feed and write it in place of the old one."""
        try:
            xml = render_feed(
                statements,
                articles,
                self.links,
                title=title,
                path=path,
                alternate=alternate,
                base_url=self.base,
            )
        except ValueError as err:
            raise PublishError(f"feed {path}: {err}") from err
        write_file(self.out / path, xml)


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


def write_file(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file, so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


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


def _root_section(path: str) -> str:
    return "digest" if path == "index.html" else path
