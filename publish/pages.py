"""What each page shows: pure functions from SiteData to paths and template contexts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from publish.changes import digest_editions
from publish.filters import neutral
from publish.highlight import highlight
from publish.links import Links
from store.downloads import DOWNLOAD_COLUMNS
from store.reads import ArticleRow, PositionRow, SiteData, StatementRow

RECENT_STATEMENTS = 10
_KEYS = frozenset({"topic", "act", "kind", "cameo", "plover", "actor_kind"})
EARLIER_EDITIONS = 4  # dates with changes shown below the latest digest's changes


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML file to write: its site-relative path, template and context."""

    path: str
    template: str
    context: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Cell:
    """An actor-by-act cell of a topic matrix: the latest statement and how many."""

    latest: StatementRow
    count: int


def plan_pages(data: SiteData, links: Links) -> list[Page]:
    """Every HTML page of the site, in a stable order."""
    data = shown(data)
    by_article: dict[str, list[StatementRow]] = defaultdict(list)
    by_actor: dict[str, list[StatementRow]] = defaultdict(list)
    by_topic: dict[str, list[StatementRow]] = defaultdict(list)
    for s in data.statements:
        by_article[s.article_id].append(s)
        for actor_id in s.actors:
            by_actor[actor_id].append(s)
        for topic_id in s.topics:
            by_topic[topic_id].append(s)
    return [
        _index(data),
        *_list_pages(data, by_article),
        *_actor_pages(data, links, by_actor),
        *_topic_pages(data, links, by_topic),
        *_article_pages(data, links, by_article),
    ]


def shown(data: SiteData) -> SiteData:
    """The data with control and bidi-override characters neutralised in the text
    pages show; ids, topics and acts (keys of links) are left as they are."""
    return SiteData(
        articles=tuple(_neutral_row(a) for a in data.articles),
        statements=tuple(_neutral_row(s) for s in data.statements),
        actors=tuple(_neutral_row(a) for a in data.actors),
        latest_positions=tuple(_neutral_row(p) for p in data.latest_positions),
        topics=data.topics,
    )


def latest_first(statements: Iterable[StatementRow]) -> list[StatementRow]:
    """Newest first (undated last), as `latest_positions` orders them."""
    return sorted(statements, key=_recency, reverse=True)


def _list_pages(
    data: SiteData, by_article: Mapping[str, list[StatementRow]]
) -> list[Page]:
    """Search, the downloads' page, and the lists of actors, topics and articles."""
    downloads = {
        "columns": DOWNLOAD_COLUMNS,
        "statements": len(data.statements),
        "csv": "data/statements.csv",
        "parquet": "data/statements.parquet",
    }
    counts = {
        a.article_id: len(by_article.get(a.article_id, ())) for a in data.articles
    }
    return [
        Page("search.html", "search.html", {}),
        Page("data/index.html", "data.html", downloads),
        Page("actors/index.html", "actors.html", {"actors": data.actors}),
        Page("topics/index.html", "topics.html", {"topics": data.topics}),
        Page(
            "articles/index.html",
            "articles.html",
            {"articles": data.articles, "counts": counts},
        ),
    ]


def _actor_pages(
    data: SiteData, links: Links, by_actor: Mapping[str, list[StatementRow]]
) -> list[Page]:
    positions: dict[str, list[PositionRow]] = defaultdict(list)
    for p in data.latest_positions:
        positions[p.actor_id].append(p)
    pages = []
    for actor in data.actors:
        timeline = by_actor.get(actor.actor_id, [])
        context = {
            "actor": actor,
            "positions": sorted(positions[actor.actor_id], key=lambda p: p.topic),
            "timeline": timeline,
            "speakers": _speakers(timeline),
        }
        pages.append(Page(links.actor(actor.actor_id), "actor.html", context))
    return pages


def _topic_pages(
    data: SiteData, links: Links, by_topic: Mapping[str, list[StatementRow]]
) -> list[Page]:
    names = {a.actor_id: a.name for a in data.actors}
    pages = []
    for topic in data.topics:
        statements = by_topic.get(topic.topic, [])
        acts, matrix = _matrix(statements, names)
        context = {
            "topic": topic,
            "acts": acts,
            "matrix": matrix,
            "statements": latest_first(statements),
            "unattributed": sum(1 for s in statements if not s.actors),
        }
        pages.append(Page(links.topic(topic.topic), "topic.html", context))
    return pages


def _article_pages(
    data: SiteData, links: Links, by_article: Mapping[str, list[StatementRow]]
) -> list[Page]:
    pages = []
    for article in data.articles:
        statements = sorted(by_article.get(article.article_id, []), key=_by_seq)
        context = {
            "article": article,
            "paragraphs": highlight(article.text, statements),
            "statements": statements,
        }
        pages.append(Page(links.article(article.article_id), "article.html", context))
    return pages


def _index(data: SiteData) -> Page:
    rows: dict[str, list[PositionRow]] = defaultdict(list)
    for p in data.latest_positions:
        rows[p.topic].append(p)
    groups = [
        (topic, sorted(rows[topic.topic], key=_position_order))
        for topic in data.topics
        if rows[topic.topic]
    ]
    # A position's evidence: the actor's statements on the topic in the same article.
    same: dict[tuple[str, str, str | None], list[StatementRow]] = defaultdict(list)
    for s in data.statements:
        for actor_id in s.actors:
            for topic in s.topics:
                same[(s.article_id, actor_id, topic)].append(s)
    evidence = {
        (p.statement_id, p.actor_id, p.topic): sorted(
            same[(p.article_id, p.actor_id, p.topic)], key=_by_seq
        )
        for p in data.latest_positions
    }
    names = {a.actor_id: a.name for a in data.actors}
    editions = digest_editions(data.statements, names)
    context = {
        "groups": groups,
        "evidence": evidence,
        "edition": editions[0] if editions else None,
        "earlier": [e for e in editions[1:] if e.changes][:EARLIER_EDITIONS],
        "recent": latest_first(data.statements)[:RECENT_STATEMENTS],
        "counts": {
            "articles": len(data.articles),
            "statements": len(data.statements),
            "actors": len(data.actors),
        },
    }
    return Page("index.html", "index.html", context)


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


def _speakers(statements: Sequence[StatementRow]) -> list[tuple[str, int]]:
    counts = Counter(s.speaker for s in statements if s.speaker)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _matrix(
    statements: Sequence[StatementRow], names: Mapping[str, str]
) -> tuple[list[str], list[tuple[str, list[Cell | None]]]]:
    """Acts (columns) and, per actor id (rows, by name), each act's latest statement."""
    cells: dict[tuple[str, str], list[StatementRow]] = defaultdict(list)
    for s in statements:
        for actor_id in s.actors:
            cells[actor_id, s.act].append(s)
    acts = sorted({act for _, act in cells})
    actor_ids = sorted({a for a, _ in cells}, key=lambda a: (names.get(a, a), a))
    matrix = []
    for actor_id in actor_ids:
        row: list[Cell | None] = []
        for act in acts:
            found = cells.get((actor_id, act))
            row.append(Cell(max(found, key=_recency), len(found)) if found else None)
        matrix.append((actor_id, row))
    return acts, matrix


def _recency(s: StatementRow) -> tuple[bool, date, str, int]:
    return (s.published is not None, s.published or date.min, s.article_id, s.seq)


def _position_order(p: PositionRow) -> tuple[bool, int, str]:
    """Latest first, undated last, then by actor name."""
    day = -p.published.toordinal() if p.published else 0
    return (p.published is None, day, p.actor_name or p.actor_id)
