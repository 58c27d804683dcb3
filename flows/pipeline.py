"""Prefect flows: publish, and pipeline (ingest, then publish); running them now.

The ingest flow is in `flows.ingest`, the task runners in `flows.runners` and the
schedule in `flows.schedule`. Flows only wire the stage functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from prefect import flow

from flows.ingest import IngestSummary, ingest
from flows.params import flow_config, flow_run_id, iso_date, parse_date
from flows.runners import configured_ingest, prefect_api
from kernel.config import load_config
from kernel.errors import StoreError
from publish.site import build_site
from store import db, history
from store.reads import load_site_data
from store.window import site_window

__all__ = [
    "IngestSummary",
    "PublishSummary",
    "ingest",
    "publish",
    "run_all",
    "run_ingest",
    "run_pipeline",
]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class PublishSummary:
    """What one publish run wrote."""

    site: Path
    index: Path
    pages: int
    feeds: int
    articles: int = 0
    statements: int = 0


@flow(name="publish", log_prints=True)
def publish(
    sources: str = "sources.toml",
    database: str | None = None,
    site: str | None = None,
    since: str | None = None,
    limit: int | None = None,
) -> PublishSummary:
    """Render the static digest from the DuckDB file.

    `since`: only articles published on or after this date (and their statements;
    positions are recomputed over them). `limit`: only the most recent articles.
    """
    settings = flow_config(sources, database=database, site=site).settings
    if not settings.database.exists():
        raise StoreError(
            f"no database at {settings.database}: run `communique ingest` first"
        )
    conn = db.open_store(settings.database)
    parameters = {
        "sources": sources,
        "database": str(settings.database),
        "site": str(settings.site),
        "since": since,
        "limit": limit,
    }
    run_id = history.start_run(conn, "publish", parameters, flow_run_id())
    try:
        with site_window(conn, since=parse_date(since), limit=limit) as window:
            data = load_site_data(window)
        summary = build_site(
            data, settings.site, templates_dir=TEMPLATES, site_title=settings.site_title
        )
        counts = {
            "articles": len(data.articles),
            "statements": len(data.statements),
            "pages": summary.pages,
            "feeds": summary.feeds,
        }
        history.finish_run(conn, run_id, counts, [])
    except BaseException as err:
        history.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
    finally:
        conn.close()
    return PublishSummary(
        settings.site,
        summary.index,
        summary.pages,
        summary.feeds,
        articles=len(data.articles),
        statements=len(data.statements),
    )


@flow(name="pipeline", log_prints=True)
def run_pipeline(
    sources: str = "sources.toml",
    database: str | None = None,
    site: str | None = None,
    limit: int | None = None,
    since: str | None = None,
) -> tuple[IngestSummary, PublishSummary]:
    """Ingest, then publish. `limit` applies to the ingest (pages per source),
    `since` to both."""
    ingested = configured_ingest(sources)(
        sources, database=database, limit=limit, since=since
    )
    published = publish(sources, database=database, site=site, since=since)
    return ingested, published


def run_ingest(
    sources: str,
    *,
    database: str | None = None,
    limit: int | None = None,
    since: date | None = None,
) -> IngestSummary:
    """Run the ingest flow now, on the configured task runner."""
    settings = load_config(Path(sources)).settings
    with prefect_api(settings):
        return configured_ingest(sources)(
            sources, database=database, limit=limit, since=iso_date(since)
        )


def run_all(
    sources: str,
    *,
    database: str | None = None,
    site: str | None = None,
    limit: int | None = None,
    since: date | None = None,
) -> tuple[IngestSummary, PublishSummary]:
    """Run the pipeline flow now, on the configured task runner."""
    settings = load_config(Path(sources)).settings
    with prefect_api(settings):
        return run_pipeline(
            sources, database=database, site=site, limit=limit, since=iso_date(since)
        )
