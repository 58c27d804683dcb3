"""The publish run: render the static digest from the store, recorded in `runs`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import duckdb

from kernel.config import Config
from publish.site import build_site
from runs.record import recorded_run
from store import history
from store.downloads import write_statement_downloads
from store.reads import load_site_data
from store.window import site_window


@dataclass(frozen=True, slots=True)
class PublishSummary:
    """What one publish run wrote."""

    site: Path
    index: Path
    pages: int
    feeds: int
    articles: int = 0
    statements: int = 0


def publish(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    *,
    since: date | None = None,
    limit: int | None = None,
    flow_run_id: str | None = None,
) -> PublishSummary:
    """Render the site from the store into the configured folder.

    `since`: only articles published on or after this date (and their statements;
    positions are recomputed over them). `limit`: only the most recent articles.
    """
    settings = config.settings
    parameters = {
        "sources": str(config.path),
        "database": str(settings.database),
        "site": str(settings.site),
        "since": since.isoformat() if since else None,
        "limit": limit,
    }
    with recorded_run(conn, "publish", parameters, flow_run_id) as run_id:
        with site_window(conn, since=since, limit=limit) as window:
            data = load_site_data(window)
            built = build_site(
                data,
                settings.site,
                downloads=partial(write_statement_downloads, window),
                site_title=settings.site_title,
            )
        counts = {
            "articles": len(data.articles),
            "statements": len(data.statements),
            "pages": built.pages,
            "feeds": built.feeds,
        }
        history.finish_run(conn, run_id, counts, [])
    return PublishSummary(
        settings.site,
        built.index,
        built.pages,
        built.feeds,
        articles=len(data.articles),
        statements=len(data.statements),
    )
