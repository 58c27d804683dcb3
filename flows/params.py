"""What every flow does with its parameters: the sources file, dates, run ids."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from prefect.runtime import flow_run

from kernel.config import Config, load_config
from kernel.errors import ConfigError


def flow_config(
    sources: str, *, database: str | None = None, site: str | None = None
) -> Config:
    """The sources file, with the database and site paths given on the command line."""
    config = load_config(Path(sources))
    settings = replace(
        config.settings,
        database=Path(database) if database else config.settings.database,
        site=Path(site) if site else config.settings.site,
    )
    return replace(config, settings=settings)


def parse_date(value: str | None) -> date | None:
    """A flow's date parameter: ISO text, so a deployment can carry it as JSON."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise ConfigError(f"since: {value!r} is not a date like 2025-03-14") from err


def iso_date(value: date | None) -> str | None:
    """A date as a flow parameter (ISO text), None kept."""
    return value.isoformat() if value else None


def flow_run_id() -> str | None:
    """The Prefect flow-run id of the running flow, if any."""
    run_id = flow_run.id
    return str(run_id) if run_id else None
