"""The edge of the DuckDB driver: its errors become StoreError, its rows records.

Rows are mapped to dataclass fields by column name (the cursor's description),
never by position, so a reordered SELECT or table cannot shift values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, TypeVar

import duckdb

from kernel.errors import StoreError

T = TypeVar("T")


@contextmanager
def driver_errors(
    what: str, conn: duckdb.DuckDBPyConnection | None = None
) -> Iterator[None]:
    """Turn a `duckdb.Error` raised inside into `StoreError("<what>: <cause>")`
    (and DuckDB's interrupt, Ctrl-C during a query, back into KeyboardInterrupt,
    the query on `conn` stopped: see `interrupts`).

    Also a decorator: `@driver_errors("cannot count the rows")`.
    """
    try:
        with interrupts(conn):  # Ctrl-C inside a query: a stop, never a StoreError
            yield
    except duckdb.Error as err:
        raise StoreError(f"{what}: {err}") from err


def interrupted(err: BaseException) -> bool:
    """Whether DuckDB stopped a query for Ctrl-C: its InterruptException, or the
    plain `RuntimeError("Query interrupted")` it raises while a result is pending."""
    return isinstance(err, duckdb.InterruptException) or (
        type(err) is RuntimeError and str(err) == "Query interrupted"
    )


@contextmanager
def interrupts(conn: duckdb.DuckDBPyConnection | None = None) -> Iterator[None]:
    """Turn DuckDB's stop of a query for Ctrl-C into KeyboardInterrupt: rows read
    lazily may be fetched outside any `driver_errors` block.

    On Ctrl-C DuckDB's Python client stops waiting for the query, but its worker
    threads go on running it: the next statement on `conn`, or closing it (as at
    exit), would wait for them. So the query on `conn` is interrupted first.
    """
    try:
        yield
    except (duckdb.Error, RuntimeError) as err:
        if interrupted(err):
            if conn is not None:
                conn.interrupt()
            raise KeyboardInterrupt from err
        raise


@contextmanager
def memory_limited(
    conn: duckdb.DuckDBPyConnection,
    limit: str,
    what: str = "cannot set DuckDB's memory limit",
) -> Iterator[None]:
    """DuckDB under the memory `limit` (such as "768MB") within the block, where it
    spills sorts and joins to disk; its own setting again after (as DuckDB shows it,
    to a tenth of a GiB). An error setting it is a StoreError saying `what`."""
    with driver_errors(what, conn):
        row = conn.execute("SELECT current_setting('memory_limit')").fetchone()
        conn.execute(f"SET memory_limit = '{limit}'")
    try:
        yield
    finally:
        if row is not None:
            with driver_errors(what, conn):
                conn.execute(f"SET memory_limit = '{row[0]}'")


def named_rows(
    conn: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()
) -> list[dict[str, Any]]:
    """Every row of a query as a dict keyed by column name."""
    with interrupts(conn):
        cursor = conn.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def records(
    conn: duckdb.DuckDBPyConnection,
    sql: str,
    record: type[T],
    convert: Mapping[str, Callable[[Any], object]] | None = None,
) -> tuple[T, ...]:
    """Every row of a query as a `record` dataclass, each column to the field of
    its name; `convert` maps a column name to a function applied to its value."""
    wanted = {f.name for f in fields(record)}  # type: ignore[arg-type]
    rows = named_rows(conn, sql)
    if rows and not set(rows[0]) <= wanted:
        extra = ", ".join(sorted(set(rows[0]) - wanted))
        raise StoreError(f"{record.__name__} has no field for the column(s) {extra}")
    convert = convert or {}
    return tuple(
        record(**{name: convert.get(name, _same)(value) for name, value in row.items()})
        for row in rows
    )


def _same(value: object) -> object:
    return value


def iter_records(
    conn: duckdb.DuckDBPyConnection,
    sql: str,
    record: type[T],
    params: Sequence[object] | Mapping[str, object] = (),
    convert: Mapping[str, Callable[[Any], object]] | None = None,
    size: int = 2000,
) -> Iterator[tuple[Any, T]]:
    """Each row of a query as (its first column, a `record` of the other columns),
    fetched `size` rows at a time, so a long query never sits in memory whole."""
    with interrupts(conn):
        cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description or ()][1:]
    convert = convert or {}
    while True:
        with interrupts(conn):
            batch = cursor.fetchmany(size)
        if not batch:
            return
        for key, *values in batch:
            yield (
                key,
                record(
                    **{
                        name: convert.get(name, _same)(value)
                        for name, value in zip(names, values, strict=True)
                    }
                ),
            )
