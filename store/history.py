"""Run history: every run's start, end, parameters, counts and failures in `runs`."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import duckdb

from store.driver import driver_errors

ABANDONED = (
    "the process stopped before the run finished (killed?); the next run redid "
    "its unfinished work"
)


@driver_errors("cannot record the start of a run")
def start_run(
    conn: duckdb.DuckDBPyConnection,
    flow: str,
    parameters: Mapping[str, object],
    flow_run_id: str | None = None,
) -> str:
    """Record a run as started; returns its id.

    DuckDB lets one process write, so a run still marked `running` when another
    starts was killed: it is marked `abandoned` first.
    """
    abandon_runs(conn)
    run_id = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO runs (run_id, flow, flow_run_id, started_at, status, parameters,"
        " host) VALUES (?, ?, ?, ?, 'running', ?, ?)",
        [
            run_id,
            flow,
            flow_run_id,
            datetime.now(UTC),
            json.dumps(parameters, default=str),
            socket.gethostname(),
        ],
    )
    return run_id


@driver_errors("cannot mark unfinished runs as abandoned")
def abandon_runs(conn: duckdb.DuckDBPyConnection) -> int:
    """Mark runs left `running` by a killed process as `abandoned`; how many."""
    rows = conn.execute(
        "UPDATE runs SET status = 'abandoned', failures = ? WHERE status = 'running'"
        " RETURNING run_id",
        [json.dumps([ABANDONED])],
    ).fetchall()
    return len(rows)


@driver_errors("cannot record the end of a run")
def finish_run(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    counts: Mapping[str, int],
    failures: Sequence[str],
    status: str | None = None,
    failed_sources: Sequence[str] = (),
) -> str:
    """Record a run's end; its status is the status given (an ingest's verdict,
    or failed when the run itself stopped), else ok, or partial when something
    failed.

    A run that stops keeps what it stored: one that had already recorded its end
    (a snapshot failed after it) keeps its counts, is partial (failed if it was)
    and gains the failure; one that stopped half-way gets the counts of what its
    fetches stored.
    """
    ended = conn.execute(
        "SELECT counts, failures, status FROM runs WHERE run_id = ?"
        " AND finished_at IS NOT NULL",
        [run_id],
    ).fetchone()
    if status == "failed" and ended is not None:
        counts = json.loads(ended[0] or "{}")
        failures = [*json.loads(ended[1] or "[]"), *failures]
        status = "failed" if ended[2] == "failed" else "partial"
    elif status == "failed" and not counts:
        counts = stored_by(conn, run_id)
    status = status or ("partial" if failures else "ok")
    conn.execute(
        "UPDATE runs SET finished_at = ?, status = ?, counts = ?, failures = ?,"
        " failed_sources = ? WHERE run_id = ?",
        [
            datetime.now(UTC),
            status,
            json.dumps(counts),
            json.dumps(list(failures)),
            sorted(set(failed_sources)),
            run_id,
        ],
    )
    return status


@driver_errors("cannot count what the run stored")
def stored_by(conn: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    """Pages, articles and statements that a run's fetches brought in."""
    row = conn.execute(
        """
        WITH pages AS (
            SELECT DISTINCT url FROM fetches WHERE run_id = ? AND outcome = 'ok'
        ),
        stored AS (
            SELECT DISTINCT a.article_id FROM articles a
            JOIN documents d USING (document_id) JOIN pages p ON p.url = d.url
        )
        SELECT (SELECT count(*) FROM fetches WHERE run_id = ?
                AND outcome = 'not_modified'),
               (SELECT count(*) FROM documents d JOIN pages p ON p.url = d.url),
               (SELECT count(*) FROM stored),
               (SELECT count(*) FROM statements JOIN stored USING (article_id))
        """,
        [run_id, run_id],
    ).fetchone()
    names = ("not_modified", "fetched", "articles", "statements")
    return dict(zip(names, row or (0, 0, 0, 0), strict=True))


@driver_errors("cannot read the run history")
def last_runs(conn: duckdb.DuckDBPyConnection, limit: int) -> list[tuple]:
    """The most recent runs: id, flow, start, status, counts, seconds, failures."""
    return conn.execute(
        "SELECT run_id, flow, started_at, status, counts,"
        " epoch(finished_at - started_at), json_array_length(failures)"
        " FROM runs ORDER BY started_at DESC LIMIT ?",
        [limit],
    ).fetchall()


@driver_errors("cannot read the failing sources")
def failing_sources(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, int, str]]:
    """Sources that failed in the last finished ingest run: name, runs in a row
    that it has failed (up to the last 10), and its last error."""
    return conn.execute(
        """
        WITH recent AS (
            SELECT run_id, failed_sources, failures,
                   row_number() OVER (ORDER BY started_at DESC) AS age
            FROM runs
            WHERE flow = 'ingest' AND finished_at IS NOT NULL
            QUALIFY age <= 10
        ),
        failed AS (
            SELECT unnest(failed_sources) AS name, age, failures FROM recent
        )
        SELECT f.name,
               (SELECT coalesce(
                    min(r.age) FILTER (
                        WHERE NOT list_contains(coalesce(r.failed_sources, []), f.name)
                    ),
                    max(r.age) + 1) - 1
                FROM recent r)
                   AS streak,
               (SELECT x FROM unnest(CAST(f.failures AS VARCHAR[])) AS t(x)
                WHERE starts_with(x, f.name || ': ') LIMIT 1) AS error
        FROM failed f
        WHERE f.age = 1
        ORDER BY f.name
        """
    ).fetchall()
