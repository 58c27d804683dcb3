"""What stored statements and articles tell the next extraction: affiliations,
publication dates and titles."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import duckdb

from kernel.records import Affiliation
from store.driver import driver_errors, named_rows

# The `affiliations` view (schema.sql) over the articles fetched in a run that
# finished (ok or partial).
_SETTLED_AFFILIATIONS = """
WITH settled AS (
    SELECT DISTINCT ar.article_id
    FROM articles ar
    JOIN documents d ON d.document_id = ar.document_id
    JOIN fetches f ON f.url = d.url AND f.outcome IN ('ok', 'not_modified')
    JOIN runs r ON r.run_id = f.run_id AND r.status IN ('ok', 'partial')
)
SELECT s.speaker AS person, s.actor_id, s.role,
       min(ar.published) AS first_seen, max(ar.published) AS last_seen,
       arg_min(s.statement_id, (coalesce(ar.published, DATE '9999-12-31'),
               s.statement_id)) AS statement_id
FROM statements s
JOIN articles ar ON ar.article_id = s.article_id
WHERE s.role IS NOT NULL AND s.speaker IS NOT NULL AND len(s.actor_ids) = 1
  AND s.article_id IN (SELECT article_id FROM settled)
GROUP BY s.speaker, s.actor_id, s.role
ORDER BY person, first_seen NULLS LAST, s.actor_id
"""


@driver_errors("cannot read the learned affiliations")
def learned_affiliations(
    conn: duckdb.DuckDBPyConnection,
) -> dict[str, tuple[Affiliation, ...]]:
    """Every person's affiliations as the `affiliations` view holds them, from
    the articles of runs that finished: a killed run's stored chunks teach the
    run that completes its work nothing, so that run extracts as an unkilled
    one would have."""
    rows = named_rows(conn, _SETTLED_AFFILIATIONS)
    found: dict[str, list[Affiliation]] = defaultdict(list)
    for row in rows:
        found[row["person"]].append(Affiliation(**row))
    return {person: tuple(them) for person, them in found.items()}


@driver_errors("cannot read the stored articles' dates")
def article_dates(conn: duckdb.DuckDBPyConnection) -> dict[str, date]:
    """The publication date of each stored article that has one."""
    rows = conn.execute(
        "SELECT article_id, published FROM articles WHERE published IS NOT NULL"
    ).fetchall()
    return dict(rows)


@driver_errors("cannot read the stored articles' titles")
def article_titles(conn: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The title of each stored article that has one."""
    rows = conn.execute(
        "SELECT article_id, title FROM articles WHERE title IS NOT NULL"
    ).fetchall()
    return dict(rows)
