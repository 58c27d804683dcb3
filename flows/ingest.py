"""The ingest flow: the ingest run body on Prefect's task runner."""

# No `from __future__ import annotations`: Prefect validates flow parameters from
# their real types, also when a served run loads this module from its entrypoint.

from datetime import date

from prefect import flow
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner

from flows.context import flow_run_id, open_store
from flows.outcome import ingest_state
from flows.stages import stage_runner
from kernel.config import Config
from runs import ingest as ingest_run
from runs.ingest import IngestSummary


@flow(
    name="ingest",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=4),  # type: ignore[arg-type]
)
def ingest(
    config: Config,
    limit: int | None = None,
    since: date | None = None,
    full: bool = False,
) -> State[IngestSummary]:
    """Fetch every source, parse and extract new pages, store them in DuckDB.

    `limit`: at most this many pages per source. `since`: articles published
    before this date are not extracted or stored (their pages are kept).
    `full`: rewrite the analysts' snapshot even if no content changed.
    Once all is stored, the run ends Failed if no source delivered anything,
    else Completed (`flows.outcome`); read its summary with
    `outcome.ingest_result`.
    """
    stages = stage_runner(config.settings)
    try:
        with open_store(config.settings) as conn:
            summary = ingest_run.ingest(
                conn,
                config,
                stages,
                limit=limit,
                since=since,
                full=full,
                flow_run_id=flow_run_id(),
            )
    finally:
        stages.close()
    return ingest_state(summary)
