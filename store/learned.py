"""What stored statements and articles tell the next extraction: affiliations,
publication dates and titles."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import duckdb

from kernel.records import Affiliation
from store.driver import driver_errors, named_rows


@driver_errors("cannot read the learned affiliations")
def learned_affiliations(
    conn: duckdb.DuckDBPyConnection,
) -> dict[str, tuple[Affiliation, ...]]:
    """Every person's affiliations as the `affiliations` view holds them."""
    rows = named_rows(
        conn,
        "SELECT person, actor_id, role, first_seen, last_seen, statement_id"
        " FROM affiliations ORDER BY person, first_seen NULLS LAST, actor_id",
    )
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
