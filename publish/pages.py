"""What each page shows: pure functions from rows to paths and template contexts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from publish.changes import Edition
from publish.filters import PRONOUNS, label, neutral
from publish.highlight import highlight
from publish.links import Links
from store.downloads import DOWNLOAD_COLUMNS, UNDATED
from store.reads import (
    ActorRow,
    ArticleRow,
    PositionRow,
    StatementRow,
    TopicRow,
)
from store.timelines import Cell, Summary

RECENT_STATEMENTS = 10
LATEST_STATEMENTS = 100  # on an actor's or a topic's page; the rest by month
_KEYS = frozenset({"topic", "act", "kind", "cameo", "plover", "actor_kind"})
EARLIER_EDITIONS = 4  # dates with changes shown below the latest digest's changes
DOWNLOADS = "data/statements"  # the downloads: MONTH.csv and MONTH.parquet


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML file to write: its site-relative path, template and context."""

    path: str
    template: str
    context: Mapping[str, Any]


def shown(rows: Iterable[Any]) -> list[Any]:
    """The rows with control and bidi-override characters neutralised in the text
    pages show; ids, topics and acts (keys of links) are left as they are."""
    return [_neutral_row(row) for row in rows]


def latest_first(statements: Iterable[StatementRow]) -> list[StatementRow]:
    """Newest first (undated last), as `latest_positions` orders them."""
    return sorted(statements, key=_recency, reverse=True)


def list_pages(
    articles: Sequence[tuple[str, int]],
    actors: Sequence[ActorRow],
    topics: Sequence[TopicRow],
    statements: Sequence[tuple[str, int]],
    bundles: Sequence[str] = (),
) -> list[Page]:
    """Search (over the search index's `bundles`, newest first), the downloads'
    page (a file of each month's `statements`), the lists of actors and topics,
    and the months of the `articles` (month, how many), newest first."""
    downloads = {
        "columns": DOWNLOAD_COLUMNS,
        "statements": sum(n for _, n in statements),
        "months": [(m, n, f"{DOWNLOADS}/{m}") for m, n in statements],
        "folder": DOWNLOADS,
    }
    return [
        Page("search.html", "search.html", {"bundles": list(bundles)}),
        Page("data/index.html", "data.html", downloads),
        Page("actors/index.html", "actors.html", {"actors": actors}),
        Page("topics/index.html", "topics.html", {"topics": topics}),
        Page("articles/index.html", "articles.html", {"months": list(articles)}),
    ]


def articles_month_page(
    links: Links, month: str, articles: Sequence[ArticleRow], counts: Mapping[str, int]
) -> Page:
    """The articles published in one month (YYYY-MM, or undated), newest first."""
    per_article = {a.article_id: counts.get(a.article_id, 0) for a in articles}
    context = {"month": month, "articles": articles, "counts": per_article}
    return Page(links.articles_month(month), "articles_month.html", context)


def month_of(published: date | None) -> str:
    """The month an article is listed, archived and indexed under."""
    return published.strftime("%Y-%m") if published else UNDATED


def actor_page(
    links: Links,
    actor: ActorRow,
    positions: Sequence[PositionRow],
    latest: Sequence[StatementRow],
    summary: Summary,
    homes: Mapping[str, str] | None = None,
) -> Page:
    """An actor's positions, its latest statements (newest first), its months and
    who spoke for it; `homes`: whom the speaker of a joint statement speaks for, by
    statement id (see `speakers_for`)."""
    context = {
        "actor": actor,
        "positions": sorted(positions, key=lambda p: p.topic),
        "latest": list(latest)[:LATEST_STATEMENTS],
        "months": summary.months,
        "speakers": _speakers(summary.speakers),
        "joint": summary.joint,
        "homes": homes or {},
    }
    return Page(links.actor(actor.actor_id), "actor.html", context)


def topic_page(
    links: Links,
    topic: TopicRow,
    latest: Sequence[StatementRow],
    summary: Summary,
    names: Mapping[str, str],
) -> Page:
    """A topic's actor-by-act matrix, its latest statements and its months."""
    acts, matrix = _matrix(summary.cells, names)
    context = {
        "topic": topic,
        "acts": acts,
        "matrix": matrix,
        "latest": list(latest)[:LATEST_STATEMENTS],
        "months": summary.months,
        "unattributed": summary.unattributed,
    }
    return Page(links.topic(topic.topic), "topic.html", context)


def month_page(
    links: Links,
    group: ActorRow | TopicRow,
    month: str,
    statements: Sequence[StatementRow],
    homes: Mapping[str, str] | None = None,
) -> Page:
    """The archive of an actor's or a topic's statements in one month, oldest first
    (`homes` as for `actor_page`)."""
    if isinstance(group, ActorRow):
        key, name = group.actor_id, group.name
        path, back = links.actor_month(key, month), links.actor(key)
        feed = links.actor_feed(key)
    else:
        key, name = group.topic, label(group.topic)
        path, back = links.topic_month(key, month), links.topic(key)
        feed = links.topic_feed(key)
    context = {
        "actor": group if isinstance(group, ActorRow) else None,
        "topic": group if isinstance(group, TopicRow) else None,
        "name": name,
        "month": month,
        "back": back,
        "feed": feed,
        "statements": statements,
        "homes": homes or {},
    }
    return Page(path, "month.html", context)


def article_page(
    links: Links, article: ArticleRow, statements: Iterable[StatementRow]
) -> Page:
    """An article's text with its statements highlighted, and the statements."""
    ordered = sorted(statements, key=_by_seq)
    context = {
        "article": article,
        "paragraphs": highlight(article.text, ordered),
        "statements": ordered,
    }
    return Page(links.article(article.article_id), "article.html", context)


@dataclass(frozen=True, slots=True)
class Digest:
    """What the digest page is made of, besides the positions."""

    editions: Sequence[Edition]  # newest first
    recent: Sequence[StatementRow]  # the latest statements, newest first
    evidence: Iterable[StatementRow]  # at least the statements of positions' articles
    counts: Mapping[str, int]  # articles, statements, actors
    homes: Mapping[str, str] = field(default_factory=dict)  # as for actor_page


def index_page(
    topics: Sequence[TopicRow], positions: Sequence[PositionRow], digest: Digest
) -> Page:
    """The digest: latest positions by topic, the latest changes and statements."""
    rows: dict[str, list[PositionRow]] = defaultdict(list)
    for p in positions:
        rows[p.topic].append(p)
    groups = [
        (topic, sorted(rows[topic.topic], key=_position_order))
        for topic in topics
        if rows[topic.topic]
    ]
    # A position's evidence: the actor's statements on the topic in the same article.
    same: dict[tuple[str, str, str | None], list[StatementRow]] = defaultdict(list)
    for s in digest.evidence:
        for actor_id in s.actors:
            for topic_id in s.topics:
                same[(s.article_id, actor_id, topic_id)].append(s)
    evidence = {
        (p.statement_id, p.actor_id, p.topic): sorted(
            same[(p.article_id, p.actor_id, p.topic)], key=_by_seq
        )
        for p in positions
    }
    editions = shown_editions(digest.editions)
    context = {
        "groups": groups,
        "evidence": evidence,
        "edition": editions[0] if editions else None,
        "earlier": editions[1:],
        "recent": list(digest.recent)[:RECENT_STATEMENTS],
        "counts": digest.counts,
        "homes": digest.homes,
    }
    return Page("index.html", "index.html", context)


def speakers_for(
    said: Iterable[StatementRow | PositionRow], own: Mapping[tuple[str, str], str]
) -> dict[str, str]:
    """Whom the speaker of each joint statement speaks for, by statement id, from
    `own` (by article id and speaker; store.timelines.speaker_actors)."""
    return {
        s.statement_id: actor
        for s in said
        if len(s.actors) > 1
        and s.speaker
        and (actor := own.get((s.article_id, s.speaker))) is not None
    }


def joint_articles(said: Iterable[StatementRow | PositionRow]) -> list[str]:
    """The articles of the joint statements among `said`, each once."""
    return sorted({s.article_id for s in said if len(s.actors) > 1 and s.speaker})


def shown_editions(editions: Sequence[Edition]) -> list[Edition]:
    """The editions the digest shows: the latest, and the latest few earlier ones
    with changes."""
    earlier = [e for e in editions[1:] if e.changes][:EARLIER_EDITIONS]
    return [*editions[:1], *earlier]


def _neutral_row(row: Any) -> Any:
    """The row with its shown str fields neutralised; the row itself when clean."""
    changes: dict[str, object] = {
        f.name: neutral(value)
        for f in fields(row)
        if f.name not in _KEYS
        and not f.name.endswith("_id")
        and isinstance(value := getattr(row, f.name), str)
        and neutral(value) != value
    }
    if isinstance(row, ArticleRow) and any(
        neutral(c.text) != c.text for c in row.citations
    ):
        changes["citations"] = tuple(
            replace(c, text=neutral(c.text)) for c in row.citations
        )
    return replace(row, **changes) if changes else row


def _by_seq(statement: StatementRow) -> int:
    return statement.seq


def _speakers(speakers: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Speakers as shown (neutralised), most statements first, then by name: a
    pronoun left unresolved is one "unnamed speaker", a possessive its owner
    ("Germany's" → "Germany"), and case at the start makes no second speaker."""
    counts: Counter[str] = Counter()
    for name, count in speakers:
        counts[_speaker_shown(neutral(name))] += count
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _speaker_shown(name: str) -> str:
    if name.lower() in PRONOUNS:
        return "unnamed speaker"
    for mark in ("'s", "\u2019s"):
        name = name.removesuffix(mark)
    return name[:1].upper() + name[1:]


def _matrix(
    cells: Iterable[Cell], names: Mapping[str, str]
) -> tuple[list[str], list[tuple[str, list[Cell | None]]]]:
    """Acts (columns) and, per actor id (rows, by name), each act's cell."""
    found = {(c.actor_id, c.act): c for c in cells}
    acts = sorted({act for _, act in found})
    actor_ids = sorted({a for a, _ in found}, key=lambda a: (names.get(a, a), a))
    matrix = [
        (actor_id, [found.get((actor_id, act)) for act in acts])
        for actor_id in actor_ids
    ]
    return acts, matrix


def _recency(s: StatementRow) -> tuple[bool, date, str, int]:
    return (s.published is not None, s.published or date.min, s.article_id, s.seq)


def _position_order(p: PositionRow) -> tuple[bool, int, str]:
    """Latest first, undated last, then by actor name."""
    day = -p.published.toordinal() if p.published else 0
    return (p.published is None, day, p.actor_name or p.actor_id)
