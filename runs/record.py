"""A run recorded in `runs`: started, then finished, or failed if it stops."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import duckdb

from store import history


@contextmanager
def recorded_run(
    conn: duckdb.DuckDBPyConnection,
    flow: str,
    parameters: Mapping[str, object],
    flow_run_id: str | None = None,
) -> Iterator[str]:
    """Record a run as started and yield its id; the block records how it ended
    (`history.finish_run`). If the block raises, the run is recorded as failed."""
    run_id = history.start_run(conn, flow, parameters, flow_run_id)
    try:
        yield run_id
    except BaseException as err:
        if isinstance(err, KeyboardInterrupt):  # a query cut by Ctrl-C still runs
            conn.interrupt()  # in DuckDB's threads: stop it, or the write waits
        history.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
