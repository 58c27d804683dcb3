"""Prefect flows: publish, and pipeline (ingest, then publish); running them now
(each run in `prefect_api`: a Prefect server this process stops, however it ends)."""

# No `from __future__ import annotations`: Prefect validates flow parameters from
# their real types, also when a served run loads this module from its entrypoint.

from datetime import date

from prefect import flow
from prefect.states import State

from flows.context import flow_run_id, open_store
from flows.outcome import ingest_result, pipeline_result, pipeline_state
from flows.runners import configured_ingest, prefect_api
from kernel.config import Config
from kernel.errors import StoreError
from runs import publish as publish_run
from runs.ingest import IngestSummary
from runs.publish import PublishSummary


@flow(name="publish", log_prints=True)
def publish(
    config: Config,
    since: date | None = None,
    limit: int | None = None,
    full: bool = False,
) -> PublishSummary:
    """Render the static digest from the DuckDB file, unless nothing changed since
    the last build (`full`: rebuild anyway).

    `since`: only articles published on or after this date (and their statements;
    positions are recomputed over them). `limit`: only the most recent articles.
    """
    if not config.settings.database.exists():
        raise StoreError(
            f"no database at {config.settings.database}: run `communique ingest` first"
        )
    with open_store(config.settings) as conn:
        return publish_run.publish(
            conn,
            config,
            since=since,
            limit=limit,
            full=full,
            flow_run_id=flow_run_id(),
        )


@flow(name="pipeline", log_prints=True)
def pipeline(
    config: Config,
    limit: int | None = None,
    since: date | None = None,
    full: bool = False,
) -> State[tuple[IngestSummary, PublishSummary]]:
    """Ingest, then publish. `limit` applies to the ingest (pages per source),
    `since` to both; `full` rewrites the snapshot and the site even if nothing
    changed. Publishes also when no source delivered anything (what is stored
    stays published), then ends as the ingest did (`flows.outcome`)."""
    ingest = configured_ingest(config.settings)
    ingested = ingest_result(
        ingest(config, limit=limit, since=since, full=full, return_state=True)
    )
    published = publish(config, since=since, full=full)
    return pipeline_state(ingested, published)


def run_ingest(
    config: Config,
    *,
    limit: int | None = None,
    since: date | None = None,
    full: bool = False,
) -> IngestSummary:
    """Run the ingest flow now, on the configured task runner; its summary,
    also when the flow run ended Failed."""
    with prefect_api(config.settings):
        ingest = configured_ingest(config.settings)
        return ingest_result(
            ingest(config, limit=limit, since=since, full=full, return_state=True)
        )


def run_publish(
    config: Config,
    *,
    since: date | None = None,
    limit: int | None = None,
    full: bool = False,
) -> PublishSummary:
    """Run the publish flow now."""
    with prefect_api(config.settings):
        return publish(config, since=since, limit=limit, full=full)


def run_pipeline(
    config: Config,
    *,
    limit: int | None = None,
    since: date | None = None,
    full: bool = False,
) -> tuple[IngestSummary, PublishSummary]:
    """Run the pipeline flow now, on the configured task runner; its summaries,
    also when the flow run ended Failed."""
    with prefect_api(config.settings):
        return pipeline_result(
            pipeline(config, limit=limit, since=since, full=full, return_state=True)
        )
