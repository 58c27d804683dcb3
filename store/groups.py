"""Read-side queries for a site built page group by page group, streamed.

A build never holds every row: article pages read their articles and statements a
batch at a time (actor and topic pages read theirs through store.timelines), the
digest reads the dated statements it needs as a stream.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import duckdb

from store.driver import driver_errors, iter_records
from store.reads import (
    IS_EXAMPLE,
    NOT_EXAMPLE,
    SAYS_SOMETHING,
    STATEMENT_COLUMNS,
    ArticleRow,
    StatementRow,
    parse_citations,
)

BATCH = 5000  # rows fetched at a time from a long query
# Every article with what its page and the pages it touches are made of: a hash of
# the article's row (its text by text_sha256, and whether it is an example) and of
# its statements' rows, the actors and the topics they name (none for an example:
# its statements are on no actor's or topic's page).
ARTICLE_DIGESTS_SQL = f"""
WITH own AS (
    SELECT article_id, hash(t) AS h, t.example,
           coalesce(strftime(t.published, '%Y-%m'), 'undated') AS shard
    FROM (SELECT * EXCLUDE (text), {IS_EXAMPLE} FROM articles) t
),
said AS (
    SELECT article_id, bit_xor(hash(t)) AS h,
           list_distinct(flatten(list(list_append(t.actor_ids, t.actor_id))))
               AS actors,
           list_distinct(flatten(list(coalesce(nullif(t.topics, []), [t.topic]))))
               AS topics
    FROM statements t
    GROUP BY article_id
)
SELECT own.article_id, own.h::VARCHAR || ':' || coalesce(said.h, 0)::VARCHAR,
       list_filter(coalesce(said.actors, []), x -> x IS NOT NULL AND NOT own.example),
       list_filter(coalesce(said.topics, []), x -> x IS NOT NULL AND NOT own.example),
       own.shard
FROM own LEFT JOIN said USING (article_id)
"""

ARTICLE_COLUMNS = f"""
article_id, title, canonical_url, url, published, sitename, author, {{text}} AS text,
CAST(citations AS VARCHAR) AS citations, license, language, original_url, attribution,
{IS_EXAMPLE}
"""
LISTED_SQL = f"""
SELECT NULL, {ARTICLE_COLUMNS.format(text="''")}
FROM articles ORDER BY published DESC NULLS LAST, article_id
"""
ARTICLES_IN_SQL = f"""
SELECT NULL, {ARTICLE_COLUMNS.format(text="text")}
FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY published DESC NULLS LAST, article_id
"""
_STATEMENTS = f"""
SELECT {{key}} AS group_key, {STATEMENT_COLUMNS}
FROM statements s
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
{{where}}
ORDER BY {{order}}
"""
_OLDEST_FIRST = "ar.published ASC NULLS LAST, s.article_id, s.seq, s.statement_id"
STATEMENTS_OF_ARTICLES_SQL = _STATEMENTS.format(
    key="NULL",
    where="WHERE s.article_id IN (SELECT unnest(?::VARCHAR[]))",
    order=_OLDEST_FIRST,
)
# What the digest's replay reads (DatedRow's fields) of the dated statements that can
# change its outcome: an actor's first statement, one statement a day, and each day's
# latest statement and latest sure one (act not $unsure) for each actor and topic.
# Replaying only these gives the same editions as replaying every statement
# (publish.changes): a day's positions are its latest statements, an actor's first
# is its first. Statements that say nothing (SAYS_SOMETHING) and those of examples
# (NOT_EXAMPLE) take no part.
DATED_SQL = f"""
WITH dated AS (
    SELECT s.statement_id, s.article_id, s.seq, ar.published, s.act,
           list_prepend(s.actor_id, s.actor_ids) AS actors,
           coalesce(nullif(s.topics, []), list_filter([s.topic], x -> x IS NOT NULL))
               AS topics
    FROM statements s
    JOIN articles ar ON ar.article_id = s.article_id
    WHERE ar.published IS NOT NULL AND {SAYS_SOMETHING} AND {NOT_EXAMPLE}
),
by_actor AS (
    SELECT statement_id, article_id, seq, published, act, topics,
           unnest(list_distinct(actors)) AS actor
    FROM dated
),
pair AS (
    SELECT statement_id, article_id, seq, published, act, actor,
           unnest(list_distinct(topics)) AS topic
    FROM by_actor WHERE coalesce(actor, '') <> ''
),
kept AS (
    SELECT arg_min(statement_id, (published, article_id, seq, statement_id))
        AS statement_id
    FROM by_actor WHERE coalesce(actor, '') <> '' GROUP BY actor
    UNION  -- a statement of each day, so that every day has its edition
    SELECT arg_max(statement_id, (article_id, seq, statement_id))
    FROM by_actor WHERE coalesce(actor, '') <> '' GROUP BY published
    UNION
    SELECT arg_max(statement_id, (article_id, seq, statement_id))
    FROM pair GROUP BY published, actor, topic
    UNION
    SELECT arg_max(statement_id, (article_id, seq, statement_id))
    FROM pair WHERE act <> $unsure GROUP BY published, actor, topic
)
SELECT d.statement_id, d.article_id, d.seq, d.published, d.act, d.actors, d.topics
FROM dated d
WHERE d.statement_id IN (SELECT statement_id FROM kept)
ORDER BY d.published, d.article_id, d.seq, d.statement_id
"""
STATEMENTS_IN_SQL = _STATEMENTS.format(
    key="NULL",
    where="WHERE s.statement_id IN (SELECT unnest(?::VARCHAR[]))",
    order=_OLDEST_FIRST,
)
# publish.pages.latest_first's order: dated first, then date, article id, seq.
# The digest's latest statements and its feed: examples left out.
LATEST_SQL = _STATEMENTS.format(
    key="NULL",
    where=f"WHERE {NOT_EXAMPLE}",
    order="ar.published IS NOT NULL DESC, ar.published DESC, s.article_id DESC,"
    " s.seq DESC LIMIT ?",
)
COUNTS_SQL = """
SELECT (SELECT count(*) FROM articles),
       (SELECT count(*) FROM statements s JOIN articles ar USING (article_id))
"""
# The actors the site shows: those of a statement (main or joint, not an example)
# whose article is stored, as store.reads.ACTORS_SQL counts them; not the
# registry's every actor.
ACTORS_WITH_STATEMENTS_SQL = f"""
SELECT count(DISTINCT actor_id) FROM (
    SELECT unnest(list_append(s.actor_ids, s.actor_id)) AS actor_id
    FROM statements s JOIN articles ar ON ar.article_id = s.article_id
    WHERE {NOT_EXAMPLE}
)
"""
PER_ARTICLE_SQL = """
SELECT article_id, count(*) FROM statements GROUP BY article_id
"""


@dataclass(frozen=True, slots=True)
class ArticleDigest:
    """What one article's page, and its share of other pages, is made of."""

    article_id: str
    digest: str
    actors: tuple[str, ...]
    topics: tuple[str, ...]
    shard: str  # its search index: the month published (YYYY-MM) or "undated"


@dataclass(frozen=True, slots=True)
class DatedRow:
    """A dated statement as the digest's replay reads it: ids, date, act, actors
    (the main actor first, each once) and topics."""

    statement_id: str
    article_id: str
    seq: int
    published: date
    act: str
    actors: tuple[str, ...]
    topics: tuple[str, ...]


_STATEMENT = {"actor_ids": tuple, "topics": tuple}
_ARTICLE = {"citations": parse_citations}


@driver_errors("cannot read what each article's pages are made of")
def article_digests(conn: duckdb.DuckDBPyConnection) -> list[ArticleDigest]:
    """Every article's digest, actors and topics (sorted), and search shard."""
    return [
        ArticleDigest(
            str(i), str(d), tuple(sorted(set(a))), tuple(sorted(set(t))), str(m)
        )
        for i, d, a, t, m in conn.execute(ARTICLE_DIGESTS_SQL).fetchall()
    ]


@driver_errors("cannot read the list of articles")
def listed_articles(conn: duckdb.DuckDBPyConnection) -> list[ArticleRow]:
    """Every article without its text, newest first."""
    return [row for _, row in iter_records(conn, LISTED_SQL, ArticleRow, (), _ARTICLE)]


@driver_errors("cannot count the articles and statements")
def counts(conn: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Articles, and shown statements."""
    row = conn.execute(COUNTS_SQL).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


@driver_errors("cannot count the actors with statements")
def actors_with_statements(conn: duckdb.DuckDBPyConnection) -> int:
    """How many actors have a statement (main or joint) the site shows."""
    row = conn.execute(ACTORS_WITH_STATEMENTS_SQL).fetchone()
    return int(row[0]) if row else 0


@driver_errors("cannot count the statements of each article")
def statements_per_article(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How many statements each article has (articles without any left out)."""
    return {str(i): int(n) for i, n in conn.execute(PER_ARTICLE_SQL).fetchall()}


@driver_errors("cannot read articles and their statements")
def articles_with_statements(
    conn: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> tuple[list[ArticleRow], list[StatementRow]]:
    """These articles (newest first) and their statements (oldest first)."""
    ids = list(article_ids)
    articles = [
        r for _, r in iter_records(conn, ARTICLES_IN_SQL, ArticleRow, [ids], _ARTICLE)
    ]
    said = iter_records(
        conn, STATEMENTS_OF_ARTICLES_SQL, StatementRow, [ids], _STATEMENT
    )
    return articles, [row for _, row in said]


@driver_errors("cannot read the latest statements")
def latest_statements(
    conn: duckdb.DuckDBPyConnection, limit: int
) -> list[StatementRow]:
    """The `limit` latest statements, newest first (undated last)."""
    return [
        r for _, r in iter_records(conn, LATEST_SQL, StatementRow, [limit], _STATEMENT)
    ]


def dated_statements(
    conn: duckdb.DuckDBPyConnection, unsure: str
) -> Iterator[DatedRow]:
    """The dated statements the digest's replay needs (DATED_SQL; `unsure`: the act
    that is never a change), oldest first, streamed a batch at a time."""
    with driver_errors("cannot read the dated statements", conn):
        cursor = conn.execute(DATED_SQL, {"unsure": unsure})
        while batch := cursor.fetchmany(BATCH):
            for i, a, n, day, act, actors, topics in batch:
                main_first = tuple(dict.fromkeys(x for x in actors if x))
                yield DatedRow(i, a, n, day, act, main_first, tuple(topics))


@driver_errors("cannot read statements by id")
def statements_by_id(
    conn: duckdb.DuckDBPyConnection, ids: Sequence[str]
) -> dict[str, StatementRow]:
    """These statements, by id."""
    rows = iter_records(conn, STATEMENTS_IN_SQL, StatementRow, [list(ids)], _STATEMENT)
    return {row.statement_id: row for _, row in rows}
