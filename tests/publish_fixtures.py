"""The publishing tests' fixtures: one database state, and the site built from it.

The test_publish_* modules load this module as a plugin (`pytest_plugins`), so
each fixture is defined once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from publish_data import build, fill


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB file with three articles, three actors and five statements."""
    db = duckdb.connect(str(tmp_path / "communique.duckdb"))
    fill(db)
    yield db
    db.close()


@pytest.fixture
def site(conn: duckdb.DuckDBPyConnection, tmp_path: Path) -> Path:
    """The site built from `conn`."""
    out = tmp_path / "site"
    build(conn, out)
    return out
