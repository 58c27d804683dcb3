"""Serve the pipeline on a schedule against a running Prefect server."""

# No `from __future__ import annotations`: Prefect validates flow parameters from
# their real types, also when a served run loads this module from its entrypoint.

from pathlib import Path
from typing import Any

from prefect import flow
from prefect.client.schemas.schedules import CronSchedule
from prefect.settings import get_current_settings
from prefect.states import State

from flows.outcome import pipeline_result, pipeline_state
from flows.pipeline import pipeline
from kernel.config import Config, load_config, require_sources
from kernel.errors import ConfigError
from runs.ingest import IngestSummary
from runs.publish import PublishSummary


@flow(name="scheduled-pipeline", log_prints=True)
def scheduled_pipeline(
    sources: str, database: str | None = None, site: str | None = None
) -> State[tuple[IngestSummary, PublishSummary]]:
    """Read the sources file (so edits count from the next run), then run the
    pipeline flow; ends as it did."""
    config = load_config(
        Path(sources),
        database=Path(database) if database else None,
        site=Path(site) if site else None,
    )
    ended = pipeline(require_sources(config), return_state=True)
    return pipeline_state(*pipeline_result(ended))


def serve_pipeline(
    config: Config,
    *,
    cron: str | None = None,
    interval: float | None = None,
    name: str = "communique",
) -> None:
    """Register the pipeline with a schedule on the Prefect server at
    PREFECT_API_URL and run its scheduled runs until stopped."""
    schedule: dict[str, Any] = (
        {"interval": interval} if interval else {"cron": _valid_cron(cron, config)}
    )
    if not get_current_settings().api.url:
        raise ConfigError(
            "communique serve needs a running Prefect server: start one with "
            "`prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    parameters: dict[str, Any] = {
        "sources": str(config.path.resolve()),
        "database": str(config.settings.database.resolve()),
        "site": str(config.settings.site.resolve()),
    }
    scheduled_pipeline.serve(
        name=name,
        limit=1,  # one run at a time: DuckDB has one writer
        parameters=parameters,
        description="Communiqué: ingest the sources, then publish the digest.",
        tags=["communique"],
        **schedule,
    )


def _valid_cron(cron: str | None, config: Config) -> str:
    """The --cron expression, else the `schedule` setting, checked as Prefect
    will read it: a bad one is a usage error, not a traceback from the server."""
    expression = cron or config.settings.schedule
    try:
        CronSchedule(cron=expression)
    except ValueError as err:
        where = "--cron" if cron else f"{config.path}: schedule"
        raise ConfigError(
            f'{where} "{expression}" is not a valid cron expression; '
            'write five fields, like "0 6 * * *"'
        ) from err
    return expression
