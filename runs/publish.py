"""The publish run: render the static digest from the store, recorded in `runs`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from kernel.config import Config
from publish.inputs import build_inputs
from publish.site import TEMPLATES, SiteSummary, build_site, build_stamp
from runs.record import recorded_run
from store import builds, groups, history
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
    unchanged: bool = False  # nothing new since the last build: the site stands
    updated: bool = False  # only what changed was rendered, in place


def publish(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    *,
    since: date | None = None,
    limit: int | None = None,
    full: bool = False,
    flow_run_id: str | None = None,
) -> PublishSummary:
    """Render the site from the store into the configured folder, unless it was
    built from the same statements, settings and templates before (or `full`).

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
        "full": full,
    }
    with recorded_run(conn, "publish", parameters, flow_run_id) as run_id:
        key = f"site:{settings.site.absolute()}"
        digest = site_fingerprint(conn, config, since, limit)
        stamp = build_stamp(settings.site)
        if not full and stamp and builds.built_from(conn, key) == f"{digest}@{stamp}":
            history.finish_run(conn, run_id, {"unchanged": 1}, [])
            return PublishSummary(
                settings.site, settings.site / "index.html", 0, 0, unchanged=True
            )
        # An update in place only on the build this database recorded last (an
        # update that stopped half-way keeps its stamp); another is rebuilt.
        recorded = builds.built_from(conn, key) or ""
        update = not full and stamp is not None and recorded.endswith(f"@{stamp}")
        built, articles, statements = _build(conn, config, since, limit, update)
        builds.record_build(conn, key, f"{digest}@{build_stamp(settings.site)}")
        counts = {
            "articles": articles,
            "statements": statements,
            "pages": built.pages,
            "feeds": built.feeds,
            "updated": int(built.updated),
        }
        history.finish_run(conn, run_id, counts, [])
    return PublishSummary(
        settings.site,
        built.index,
        built.pages,
        built.feeds,
        articles=articles,
        statements=statements,
        updated=built.updated,
    )


def _build(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    since: date | None,
    limit: int | None,
    update: bool,
) -> tuple[SiteSummary, int, int]:
    """Build or update the site of the window; with its articles and statements."""
    with site_window(conn, since=since, limit=limit) as window:
        built = build_site(
            window,
            config.settings.site,
            site_title=config.settings.site_title,
            languages=config.settings.languages,
            shape=site_shape(window, config, since, limit),
            update=update,
        )
        articles, statements = groups.counts(window)
    return built, articles, statements


def site_shape(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    since: date | None = None,
    limit: int | None = None,
) -> str:
    """What shapes every page besides the articles and statements: templates,
    code, settings and the actors' names (a change rebuilds the whole site)."""
    return builds.fingerprint(
        build_inputs(TEMPLATES),
        json.dumps(_settings_shaping(config, since, limit)),
        builds.content_watermark(conn, ("actors",)),
    )


def site_fingerprint(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    since: date | None = None,
    limit: int | None = None,
) -> str:
    """What a build now would be made of: templates and code, settings, content."""
    return builds.fingerprint(
        build_inputs(TEMPLATES),
        json.dumps(_settings_shaping(config, since, limit)),
        builds.content_watermark(conn, builds.SITE_TABLES),
    )


def _settings_shaping(
    config: Config, since: date | None, limit: int | None
) -> list[object]:
    """The settings and parameters every page depends on."""
    settings = config.settings
    return [settings.site_title, list(settings.languages), str(since), str(limit)]
