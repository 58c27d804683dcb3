"""What every flow takes from where it runs: the open store, the Prefect run id
and its logger."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
from prefect import get_run_logger
from prefect.runtime import flow_run

from kernel.config import Settings
from store import db


@contextmanager
def open_store(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """The configured DuckDB file, open for writing for the length of a flow; the
    run body's log lines (logger `communique`) go to the flow run's logger."""
    logger = logging.getLogger("communique")
    handler = _ToRunLogger(get_run_logger())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the run logger prints them; not twice
    conn = db.open_store(settings.database)
    try:
        yield conn
    finally:
        conn.close()
        logger.removeHandler(handler)
        logger.propagate = True


def flow_run_id() -> str | None:
    """The Prefect flow-run id of the running flow, if any."""
    run_id = flow_run.id
    return str(run_id) if run_id else None


class _ToRunLogger(logging.Handler):
    """Hands log records to a Prefect run logger."""

    def __init__(
        self, run_logger: logging.Logger | logging.LoggerAdapter[logging.Logger]
    ) -> None:
        super().__init__()
        self.run_logger = run_logger

    def emit(self, record: logging.LogRecord) -> None:
        self.run_logger.log(record.levelno, record.getMessage())
