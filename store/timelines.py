"""Read-side queries for bounded actor and topic pages and their monthly archives.

An actor's or a topic's page shows counts computed here in SQL (statements by month,
speakers, a topic's actor-by-act matrix) and only its latest statements; older
statements are on one archive page per month. Every query takes the groups (or the
group-months) to read, so an update reads only what it renders, and streams its rows
one group at a time, ordered by group: a whole actor's history is never in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

import duckdb

from store.driver import driver_errors, iter_records
from store.reads import NOT_EXAMPLE, SAYS_SOMETHING, STATEMENT_COLUMNS, StatementRow

UNDATED = "undated"  # the archive month of statements whose article has no date
# One group per actor (main or joint) or per topic, each statement once in a group,
# with the month its article was published in. Examples belong to no group.
_MEMBERS = {
    "actor": "list_append(s.actor_ids, s.actor_id)",
    "topic": "coalesce(nullif(s.topics, []), [s.topic])",
}
# (unnest in the select list: DuckDB's lateral `FROM s, unnest(…)` is ten times slower)
_MEMBER = f"""
WITH member AS (
    SELECT m.statement_id, m.key, ar.published, m.article_id, m.seq, m.speaker,
           coalesce(strftime(ar.published, '%Y-%m'), 'undated') AS month
    FROM (
        SELECT s.statement_id, s.article_id, s.seq, s.speaker,
               unnest(list_distinct({{members}})) AS key
        FROM statements s
        WHERE ($every OR list_has_any({{members}}, $keys::VARCHAR[]))
            AND {NOT_EXAMPLE}
    ) m
    JOIN articles ar ON ar.article_id = m.article_id
    WHERE m.key IS NOT NULL AND ($every OR list_contains($keys::VARCHAR[], m.key))
)
"""
_ROWS = """
FROM member m
JOIN statements s ON s.statement_id = m.statement_id
JOIN articles ar ON ar.article_id = s.article_id
LEFT JOIN actors a ON a.actor_id = s.actor_id
"""
# publish.pages.latest_first's order: dated first, then date, article id, seq.
_NEWEST = (
    "ar.published IS NOT NULL DESC, ar.published DESC, s.article_id DESC, s.seq DESC"
)
_OLDEST = "ar.published ASC NULLS LAST, s.article_id, s.seq, s.statement_id"
MONTHS_SQL = _MEMBER + "SELECT key, month, count(*) FROM member GROUP BY ALL"
# A statement of one actor only; its speaker spoke for that actor alone.
_ALONE = (
    "s.actor_id IS NOT NULL"
    " AND list_distinct(list_append(s.actor_ids, s.actor_id)) = [s.actor_id]"
)
# Whom a speaker speaks for: the actor their statements of one actor only in the
# same article name most often (Biden in a readout of his call with Scholz: the
# United States). A group ("the leaders") or a speaker never heard alone has none.
_OWN = f"""
SELECT s.article_id, s.speaker, s.actor_id FROM statements s
WHERE {{articles}} AND {_ALONE} AND coalesce(s.speaker, '') <> ''
GROUP BY s.article_id, s.speaker, s.actor_id
QUALIFY row_number() OVER (
    PARTITION BY s.article_id, s.speaker ORDER BY count(*) DESC, s.actor_id
) = 1
"""
SPEAKER_ACTORS_SQL = _OWN.format(
    articles="s.article_id IN (SELECT unnest($articles::VARCHAR[]))"
)
# Who spoke for an actor: each speaker's statements for it alone, or joint ones
# whose speaker speaks for it (SPEAKER_ACTORS_SQL), as (key, speaker, count); and
# each actor's other joint statements (another actor's speaker, a group, no
# speaker) as (key, NULL, count).
SPEAKERS_SQL = (
    _MEMBER
    + f""",
own AS ({_OWN.format(articles="s.article_id IN (SELECT article_id FROM member)")}),
said AS (
    SELECT m.key, m.speaker,
           coalesce(m.speaker, '') <> '' AND ({_ALONE} OR o.actor_id = m.key) AS own
    FROM member m
    JOIN statements s ON s.statement_id = m.statement_id
    LEFT JOIN own o ON o.article_id = m.article_id AND o.speaker = m.speaker
    WHERE coalesce(m.speaker, '') <> '' OR NOT ({_ALONE})
)
SELECT key, CASE WHEN own THEN speaker END, count(*) FROM said
GROUP BY ALL
"""
)
UNATTRIBUTED_SQL = (
    _MEMBER
    + """
SELECT m.key, count(*) FROM member m
JOIN statements s ON s.statement_id = m.statement_id
WHERE s.actor_id IS NULL AND len(s.actor_ids) = 0 GROUP BY ALL
"""
)
# A topic's matrix: per actor (main or joint) and act, how many statements and the
# latest one.
_LATEST = "published IS NOT NULL DESC, published DESC, article_id DESC, seq DESC"
MATRIX_SQL = (
    _MEMBER
    + f""",
cell AS (
    SELECT m.key, s.act, m.statement_id, m.article_id, m.published, m.seq,
           unnest(list_distinct(list_append(s.actor_ids, s.actor_id))) AS actor_id
    FROM member m JOIN statements s ON s.statement_id = m.statement_id
    WHERE {SAYS_SOMETHING}
)
SELECT key, actor_id, act, count(*) OVER w AS n, statement_id, article_id, published
FROM cell
WHERE actor_id IS NOT NULL
WINDOW w AS (PARTITION BY key, actor_id, act)
QUALIFY row_number() OVER (PARTITION BY key, actor_id, act ORDER BY {_LATEST}) = 1
"""
)
LATEST_SQL = (
    _MEMBER
    + f""",
latest AS (
    SELECT key, statement_id, published, article_id, seq FROM member m
    QUALIFY row_number() OVER (PARTITION BY key ORDER BY {_LATEST}) <= $limit
)
SELECT m.key AS group_key, {STATEMENT_COLUMNS}
{_ROWS.replace("FROM member m", "FROM latest m")}
ORDER BY m.key, {_NEWEST}
"""
)
MONTH_SQL = (
    _MEMBER
    + f"""
SELECT [m.key, m.month] AS group_key, {STATEMENT_COLUMNS}
{_ROWS}
WHERE $every OR list_contains($months::VARCHAR[], m.key || '/' || m.month)
ORDER BY m.key, m.month, {_OLDEST}
"""
)
_STATEMENT = {"actor_ids": tuple, "topics": tuple}


@dataclass(frozen=True, slots=True)
class Cell:
    """An actor-by-act cell of a topic's matrix: how many, and the latest statement."""

    actor_id: str
    act: str
    count: int
    statement_id: str
    article_id: str
    published: date | None


@dataclass(frozen=True, slots=True)
class Summary:
    """What an actor's or a topic's page counts over all of its statements."""

    months: tuple[tuple[str, int], ...]  # (YYYY-MM, statements), newest first
    speakers: tuple[tuple[str, int], ...] = ()  # (speaker, statements), as stored
    joint: int = 0  # an actor's joint statements by no speaker of its own
    unattributed: int = 0  # statements without an actor
    cells: tuple[Cell, ...] = ()  # a topic's matrix


def summaries(
    conn: duckdb.DuckDBPyConnection, by: str, keys: Sequence[str] | None
) -> dict[str, Summary]:
    """Each group's (of `keys`, every one when None) months, and an actor's
    speakers or a topic's unattributed statements and matrix."""
    with driver_errors(f"cannot count the statements by {by}", conn):
        months = _pairs(conn, MONTHS_SQL, by, keys)
        if by == "actor":
            speakers = _pairs(conn, SPEAKERS_SQL, by, keys)
            return {
                key: Summary(
                    _newest_first(found),
                    tuple((n, c) for n, c in speakers.get(key, ()) if n is not None),
                    sum(c for n, c in speakers.get(key, ()) if n is None),
                )
                for key, found in months.items()
            }
        params = _params(keys)
        sql = UNATTRIBUTED_SQL.format(members=_MEMBERS[by])
        unattributed = {str(k): int(n) for k, n in conn.execute(sql, params).fetchall()}
        cells: dict[str, list[Cell]] = {}
        rows = conn.execute(MATRIX_SQL.format(members=_MEMBERS[by]), params).fetchall()
        for key, actor_id, act, n, statement_id, article_id, published in rows:
            cell = Cell(actor_id, act, int(n), statement_id, article_id, published)
            cells.setdefault(str(key), []).append(cell)
    return {
        key: Summary(
            _newest_first(found),
            unattributed=unattributed.get(key, 0),
            cells=tuple(cells.get(key, ())),
        )
        for key, found in months.items()
    }


def latest_statements(
    conn: duckdb.DuckDBPyConnection, by: str, keys: Sequence[str] | None, limit: int
) -> Iterator[tuple[str, list[StatementRow]]]:
    """(group, its `limit` latest statements, newest first) for each of `keys` that
    has statements (every one when None), in key order, one group at a time."""
    sql = LATEST_SQL.format(members=_MEMBERS[by])
    params = {**_params(keys), "limit": limit}
    with driver_errors(f"cannot read the latest statements by {by}", conn):
        stream = iter_records(conn, sql, StatementRow, params, _STATEMENT)
        for key, rows in groupby(stream, key=lambda pair: pair[0]):
            yield str(key), [row for _, row in rows]


def month_statements(
    conn: duckdb.DuckDBPyConnection,
    by: str,
    months: Sequence[tuple[str, str]] | None,
) -> Iterator[tuple[tuple[str, str], list[StatementRow]]]:
    """((group, month), its statements oldest first) for each of `months` that has
    statements (every group's every month when None), one group-month at a time."""
    keys = None if months is None else sorted({key for key, _ in months})
    wanted = sorted(f"{key}/{month}" for key, month in months or ())
    sql = MONTH_SQL.format(members=_MEMBERS[by])
    params = {**_params(keys), "months": wanted}
    with driver_errors(f"cannot read the statements of a month by {by}", conn):
        stream = iter_records(conn, sql, StatementRow, params, _STATEMENT)
        for (key, month), rows in groupby(stream, key=lambda pair: tuple(pair[0])):
            yield (str(key), str(month)), [row for _, row in rows]


@driver_errors("cannot read whom the speakers speak for")
def speaker_actors(
    conn: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[tuple[str, str], str]:
    """Whom each speaker of these articles speaks for, by (article id, speaker):
    the actor of most of their statements of one actor only in that article."""
    rows = conn.execute(SPEAKER_ACTORS_SQL, {"articles": sorted(set(article_ids))})
    return {(str(a), str(s)): str(actor) for a, s, actor in rows.fetchall()}


def _params(keys: Sequence[str] | None) -> dict[str, object]:
    return {"every": keys is None, "keys": list(keys or [])}


def _pairs(
    conn: duckdb.DuckDBPyConnection, sql: str, by: str, keys: Sequence[str] | None
) -> dict[str, list[tuple[Any, int]]]:
    """Rows of (group, value, count) as each group's (value, count) pairs."""
    found: dict[str, list[tuple[Any, int]]] = {}
    rows = conn.execute(sql.format(members=_MEMBERS[by]), _params(keys)).fetchall()
    for key, value, n in rows:
        found.setdefault(str(key), []).append((value, int(n)))
    return found


def _newest_first(months: Sequence[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """Months newest first, undated last."""
    return tuple(sorted(months, key=lambda m: (m[0] != UNDATED, m[0]), reverse=True))
