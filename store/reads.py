"""Read-side queries for the published site: five queries, no N+1, rows by name."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from store.driver import driver_errors, records

# A statement of an example article (the `example_articles` view: a source marked
# `example = true`) stays on its article's page, but is no position: never a latest
# position, a change, in an actor's or topic's pages, feeds and counts.
NOT_EXAMPLE = "s.article_id NOT IN (SELECT article_id FROM example_articles)"
IS_EXAMPLE = "article_id IN (SELECT article_id FROM example_articles) AS example"

ARTICLES_SQL = f"""
SELECT article_id, title, canonical_url, url, published, sitename, author, text,
       CAST(citations AS VARCHAR) AS citations, license, language, original_url,
       attribution, {IS_EXAMPLE}
FROM articles
ORDER BY published DESC NULLS LAST, article_id
"""

# Statements whose article is gone are left out: the site could not show their evidence.
STATEMENT_COLUMNS = """
s.statement_id, s.article_id, s.seq, s.speaker, s.speaker_mention,
       s.speaker_start, s.speaker_end, s.actor_id, s.actor_ids, s.cue, s.cue_start,
       s.cue_end, s.content, s.content_start, s.content_end, s.kind, s.addressee,
       s.venue, s.act, s.cameo, s.plover, s.topic, s.sentence, s.sentence_start,
       s.sentence_end, s.extractor_version,
       a.name AS actor_name, ar.title AS article_title, ar.published,
       coalesce(nullif(s.topics, []), list_filter([s.topic], x -> x IS NOT NULL))
           AS topics
"""
STATEMENTS_SQL = f"""
SELECT {STATEMENT_COLUMNS}
FROM statements s
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
ORDER BY ar.published ASC NULLS LAST, s.article_id, s.seq, s.statement_id
"""

# An actor counts every statement that names it, as main actor or in a joint statement
# (examples aside). Actor codes used by statements but missing from the registry
# still get a row.
# (unnest in a select list: DuckDB's lateral `FROM s, unnest(…)` is ten times slower)
ACTORS_SQL = f"""
WITH memberships AS (
    SELECT unnest(list_distinct(list_append(s.actor_ids, s.actor_id))) AS actor_id
    FROM statements s
    JOIN articles ar ON ar.article_id = s.article_id
    WHERE {NOT_EXAMPLE}
),
counts AS (
    SELECT actor_id, count(*) AS statements FROM memberships
    WHERE actor_id IS NOT NULL GROUP BY actor_id
)
SELECT c.actor_id, coalesce(a.name, c.actor_id) AS name,
       coalesce(a.kind, 'unknown') AS kind, c.statements
FROM counts c
LEFT JOIN actors a ON a.actor_id = c.actor_id
ORDER BY name, c.actor_id
"""

# A statement whose content is only a pronoun or a demonstrative ("this", "it",
# "of that", "so") says nothing as a position: the site keeps it on its article's
# page and in the lists of statements, but never chooses it as a position or counts
# it as a change of one. (A constant of this module, never a value from outside.)
SAYS_SOMETHING = r"""NOT regexp_full_match(
    lower(trim(s.content, ' .,;:!?"''’‘“”()')),
    '((of|about|on|to|with|for|in) )?'
    || '(this|that|these|those|it|so|them|us|him|her|me|you|there|here|the same)'
)"""

# The rows of the `latest_positions` view (store/schema.sql), computed with one
# aggregate instead of its window over every statement, less the statements that
# say nothing (SAYS_SOMETHING) and those of examples (NOT_EXAMPLE), with the
# statement's actors.
LATEST_POSITIONS_SQL = f"""
WITH p AS (
    SELECT statement_id, article_id, seq, actor_id, unnest(topics) AS topic
    FROM (
        SELECT s.statement_id, s.article_id, s.seq,
               unnest(s.actor_ids) AS actor_id,
               CASE WHEN len(coalesce(s.topics, [])) = 0 THEN [s.topic]
                    ELSE s.topics END AS topics
        FROM statements s
        WHERE {SAYS_SOMETHING} AND {NOT_EXAMPLE}
    )
),
best AS (
    SELECT p.actor_id, p.topic, count(*) AS statements,
           min(ar.published) AS first_seen, max(ar.published) AS last_seen,
           arg_max(p.statement_id, (ar.published IS NOT NULL,
               coalesce(ar.published, DATE '0001-01-01'), p.article_id, p.seq))
               AS statement_id
    FROM p JOIN articles ar ON ar.article_id = p.article_id
    WHERE p.topic IS NOT NULL
    GROUP BY p.actor_id, p.topic
)
SELECT b.statement_id, b.actor_id, a.name AS actor_name, a.kind AS actor_kind,
       b.topic, s.act, s.cameo, s.plover, s.speaker, s.cue, s.content, s.kind,
       s.addressee, s.venue, s.sentence, s.seq, ar.article_id,
       ar.title AS article_title, ar.canonical_url, ar.published, b.statements,
       b.first_seen, b.last_seen,
       list_prepend(s.actor_id, s.actor_ids) AS actor_ids, s.speaker_mention,
       s.cue_start, s.content_start, s.cue_end, s.content_end, s.speaker_start,
       s.speaker_end
FROM best b
JOIN statements s ON s.statement_id = b.statement_id
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = b.actor_id
ORDER BY b.topic, ar.published DESC NULLS LAST, b.actor_id
"""

# Every topic of a statement counts (multi-label); examples do not.
TOPICS_SQL = f"""
SELECT topic, count(*) AS statements, count(DISTINCT actor_id) AS actors
FROM (
    SELECT s.actor_id, unnest(coalesce(nullif(s.topics, []), [s.topic])) AS topic
    FROM statements s
    JOIN articles ar ON ar.article_id = s.article_id
    WHERE {NOT_EXAMPLE}
)
WHERE topic IS NOT NULL
GROUP BY topic
ORDER BY statements DESC, topic
"""


@dataclass(frozen=True, slots=True)
class CitationRow:
    """A bracketed source note and its offset into the article text."""

    text: str
    offset: int | None  # None when the stored citation had no offset


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as the site shows it."""

    article_id: str
    title: str | None
    canonical_url: str
    url: str
    published: date | None
    sitename: str | None
    author: str | None
    text: str
    citations: tuple[CitationRow, ...]
    license: str | None
    language: str | None = None  # as identified; None when unknown
    original_url: str | None = None  # the page a republished text is based on
    attribution: str | None = None  # the credit line its page asks for
    example: bool = False  # from an example source: its statements are no positions


@dataclass(frozen=True, slots=True)
class StatementRow:
    """Every column of `statements`, plus actor name and article title and date."""

    statement_id: str
    article_id: str
    seq: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    actor_id: str | None
    actor_ids: tuple[str, ...]
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    kind: str
    addressee: str | None
    venue: str | None
    act: str
    cameo: str | None
    plover: str | None
    topic: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    extractor_version: str
    actor_name: str | None
    article_title: str | None
    published: date | None
    topics: tuple[str, ...] = ()  # every topic, `topic` first

    @property
    def actors(self) -> tuple[str, ...]:
        """The main actor first, then the other actors of a joint statement."""
        main = (self.actor_id,) if self.actor_id else ()
        return tuple(dict.fromkeys(main + self.actor_ids))


@dataclass(frozen=True, slots=True)
class ActorRow:
    """An actor with at least one statement, and how many statements name it."""

    actor_id: str
    name: str
    kind: str
    statements: int


@dataclass(frozen=True, slots=True)
class PositionRow:
    """A row of the `latest_positions` view: an actor's latest statement on a topic."""

    statement_id: str
    actor_id: str
    actor_name: str | None
    actor_kind: str | None
    topic: str
    act: str
    cameo: str | None
    plover: str | None
    speaker: str | None
    cue: str
    content: str
    kind: str
    addressee: str | None
    venue: str | None
    sentence: str
    seq: int
    article_id: str
    article_title: str | None
    canonical_url: str
    published: date | None
    statements: int
    first_seen: date | None
    last_seen: date | None
    actor_ids: tuple[str, ...] = ()  # the statement's actors, the main actor first
    speaker_mention: str | None = None  # as written ("we"), beside the name resolved
    cue_start: int | None = None  # where the cue, the content and the source are
    content_start: int | None = None
    cue_end: int | None = None
    content_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None

    @property
    def actors(self) -> tuple[str, ...]:
        """The statement's actors, the main actor first (as StatementRow's)."""
        return self.actor_ids


@dataclass(frozen=True, slots=True)
class TopicRow:
    """A topic with its number of statements and of distinct main actors."""

    topic: str
    statements: int
    actors: int


@dataclass(frozen=True, slots=True)
class SiteData:
    """Everything the site shows, read in one go."""

    articles: tuple[ArticleRow, ...]
    statements: tuple[StatementRow, ...]  # oldest first, then article and seq
    actors: tuple[ActorRow, ...]
    latest_positions: tuple[PositionRow, ...]
    topics: tuple[TopicRow, ...]  # most statements first


@driver_errors("cannot read the site's data from the database")
def load_site_data(conn: duckdb.DuckDBPyConnection) -> SiteData:
    """Read articles, statements, actors, latest positions and topics for the site."""
    return SiteData(
        articles=records(
            conn, ARTICLES_SQL, ArticleRow, {"citations": parse_citations}
        ),
        statements=records(
            conn,
            STATEMENTS_SQL,
            StatementRow,
            {"actor_ids": tuple, "topics": tuple},
        ),
        actors=records(conn, ACTORS_SQL, ActorRow),
        latest_positions=records(
            conn, LATEST_POSITIONS_SQL, PositionRow, {"actor_ids": main_first}
        ),
        topics=records(conn, TOPICS_SQL, TopicRow),
    )


def main_first(actor_ids: list[str | None]) -> tuple[str, ...]:
    """A statement's actors, the main actor first, each once."""
    return tuple(dict.fromkeys(a for a in actor_ids if a))


def parse_citations(raw: str | None) -> tuple[CitationRow, ...]:
    """Parse `citations` JSON: a list of {text, offset}; bare strings are accepted."""
    items: Any = json.loads(raw) if raw else []
    if not isinstance(items, list):
        return ()
    rows: list[CitationRow] = []
    for item in items:
        if isinstance(item, str):
            rows.append(CitationRow(item, None))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            offset = item.get("offset")
            rows.append(
                CitationRow(item["text"], offset if isinstance(offset, int) else None)
            )
    return tuple(rows)
