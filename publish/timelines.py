"""Render actor and topic pages, their feeds and their monthly archives.

A page shows its counts (read in SQL over all of its statements) and only its latest
statements; each month of an actor's or a topic's statements has an archive page.
An update renders the pages of the actors and topics its changes touch, and the
archives of the months those changes fall in; rows are read one page at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import duckdb

from publish.feeds import FEED_LIMIT
from publish.filters import label
from publish.pages import (
    LATEST_STATEMENTS,
    actor_page,
    joint_articles,
    month_page,
    shown,
    speakers_for,
    topic_page,
)
from publish.writer import Catalogue, Renderer
from store import timelines
from store.reads import ActorRow, ArticleRow, PositionRow, StatementRow, TopicRow

READ = max(LATEST_STATEMENTS, FEED_LIMIT)  # latest statements read for page and feed


@dataclass(frozen=True, slots=True)
class Groups:
    """Which actors and topics, and which of their months, to render; None: all."""

    actors: frozenset[str] | None = None
    topics: frozenset[str] | None = None
    actor_months: frozenset[tuple[str, str]] | None = None
    topic_months: frozenset[tuple[str, str]] | None = None


def render_groups(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    selected: Groups,
    articles: Mapping[str, ArticleRow],
) -> tuple[int, int]:
    """Render the selected actor and topic pages, feeds and archive months; return
    how many pages and feeds were written."""
    actors = {a.actor_id: a for a in shown(catalogue.actors)}
    topics = {t.topic: t for t in catalogue.topics}
    actor_pages = _actor_pages(
        conn, catalogue, renderer, _sorted(selected.actors), articles
    )
    topic_pages = _topic_pages(
        conn, catalogue, renderer, _sorted(selected.topics), articles
    )
    archives = _archives(conn, renderer, "actor", selected.actor_months, actors)
    archives += _archives(conn, renderer, "topic", selected.topic_months, topics)
    return actor_pages + topic_pages + archives, actor_pages + topic_pages


def _actor_pages(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    keys: list[str] | None,
    articles: Mapping[str, ArticleRow],
) -> int:
    """Each actor's page and feed; return how many actors."""
    if keys == []:
        return 0
    actors = {a.actor_id: a for a in shown(catalogue.actors)}
    raw = {a.actor_id: a.name for a in catalogue.actors}
    positions: dict[str, list[PositionRow]] = {}
    for p in catalogue.positions:  # as stored: speakers are looked up by name
        positions.setdefault(p.actor_id, []).append(p)
    summaries = timelines.summaries(conn, "actor", keys)
    done = 0
    for actor_id, latest in timelines.latest_statements(conn, "actor", keys, READ):
        if (actor := actors.get(actor_id)) is None:
            continue
        mine = positions.get(actor_id, [])
        homes = speaker_homes(conn, [*latest, *mine])
        page = actor_page(
            renderer.links,
            actor,
            shown(mine),
            shown(latest),
            summaries[actor_id],
            homes,
        )
        renderer.page(page)
        renderer.feed(
            renderer.links.actor_feed(actor_id),
            renderer.links.actor(actor_id),
            f"{renderer.site_title}: {raw[actor_id]} ({actor_id})",
            latest,
            articles,
        )
        done += 1
    return done


def _topic_pages(
    conn: duckdb.DuckDBPyConnection,
    catalogue: Catalogue,
    renderer: Renderer,
    keys: list[str] | None,
    articles: Mapping[str, ArticleRow],
) -> int:
    """Each topic's page and feed; return how many topics."""
    if keys == []:
        return 0
    topics = {t.topic: t for t in catalogue.topics}
    names = {a.actor_id: a.name for a in shown(catalogue.actors)}
    summaries = timelines.summaries(conn, "topic", keys)
    done = 0
    for topic_id, latest in timelines.latest_statements(conn, "topic", keys, READ):
        if (topic := topics.get(topic_id)) is None:
            continue
        summary = summaries[topic_id]
        renderer.page(topic_page(renderer.links, topic, shown(latest), summary, names))
        renderer.feed(
            renderer.links.topic_feed(topic_id),
            renderer.links.topic(topic_id),
            f"{renderer.site_title}: {label(topic_id)}",
            latest,
            articles,
        )
        done += 1
    return done


def _archives(
    conn: duckdb.DuckDBPyConnection,
    renderer: Renderer,
    by: str,
    months: frozenset[tuple[str, str]] | None,
    groups: Mapping[str, ActorRow] | Mapping[str, TopicRow],
) -> int:
    """The archive page of each (actor or topic, month); return how many."""
    if months is not None and not months:
        return 0
    wanted = None if months is None else sorted(months)
    done = 0
    for (key, month), statements in timelines.month_statements(conn, by, wanted):
        if (group := groups.get(key)) is None:
            continue
        homes = speaker_homes(conn, statements) if by == "actor" else {}
        page = month_page(renderer.links, group, month, shown(statements), homes)
        renderer.page(page)
        done += 1
    return done


def speaker_homes(
    conn: duckdb.DuckDBPyConnection, said: Sequence[StatementRow | PositionRow]
) -> dict[str, str]:
    """Whom the speaker of each joint statement of `said` (rows as stored) speaks
    for, by statement id; read only when there are joint statements."""
    articles = joint_articles(said)
    if not articles:
        return {}
    return speakers_for(said, timelines.speaker_actors(conn, articles))


def _sorted(keys: frozenset[str] | None) -> list[str] | None:
    return None if keys is None else sorted(keys)
