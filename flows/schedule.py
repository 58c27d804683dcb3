"""Serve the pipeline flow on a schedule against a running Prefect server."""

from __future__ import annotations

from typing import Any

from prefect.settings import get_current_settings

from flows.params import flow_config
from flows.pipeline import run_pipeline
from kernel.errors import ConfigError


def serve_pipeline(
    sources: str,
    *,
    database: str | None = None,
    site: str | None = None,
    cron: str | None = None,
    interval: float | None = None,
    name: str = "communique",
) -> None:
    """Register the pipeline flow with a schedule on the Prefect server at
    PREFECT_API_URL and run its scheduled runs until stopped."""
    if not get_current_settings().api.url:
        raise ConfigError(
            "communique serve needs a running Prefect server: start one with "
            "`prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    config = flow_config(sources, database=database, site=site)
    parameters: dict[str, Any] = {
        "sources": str(config.path.resolve()),
        "database": str(config.settings.database.resolve()),
        "site": str(config.settings.site.resolve()),
    }
    schedule: dict[str, Any] = (
        {"interval": interval}
        if interval
        else {"cron": cron or config.settings.schedule}
    )
    run_pipeline.serve(
        name=name,
        limit=1,  # one run at a time: DuckDB has one writer
        parameters=parameters,
        description="Communiqué: ingest the sources, then publish the digest.",
        tags=["communique"],
        **schedule,
    )
