"""Prefect flows that re-process stored documents: reparse and reextract.

Thin wrappers around the run bodies in `runs.reprocess`. Nothing is fetched.
"""

# No `from __future__ import annotations`: Prefect validates flow parameters from
# their real types, also when a served run loads this module from its entrypoint.

from prefect import flow

from flows.context import flow_run_id, open_store
from flows.stages import stage_runner
from kernel.config import Config
from runs import reprocess
from runs.reprocess import ReprocessSummary


@flow(name="reparse", log_prints=True)
def reparse(config: Config) -> ReprocessSummary:
    """Rebuild articles from the stored documents (after a parser change)."""
    runner = stage_runner(config.settings)
    try:
        with open_store(config.settings) as conn:
            return reprocess.reparse(conn, config, runner, flow_run_id=flow_run_id())
    finally:
        runner.close()


@flow(name="reextract", log_prints=True)
def reextract(config: Config) -> ReprocessSummary:
    """Rebuild every statement from the stored articles (after a model change)."""
    runner = stage_runner(config.settings)
    try:
        with open_store(config.settings) as conn:
            return reprocess.reextract(conn, config, runner, flow_run_id=flow_run_id())
    finally:
        runner.close()
