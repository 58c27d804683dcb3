"""Prefect flows that re-process stored documents: reparse and reextract.

Thin wrappers: each opens the store, calls the plain function in
`runs.reprocess` and closes the store. Nothing is fetched.
"""

from __future__ import annotations

from prefect import flow

from extract.nlp import pipeline
from flows.params import flow_config, flow_run_id
from runs import reprocess
from runs.reprocess import ReprocessSummary
from store import db


@flow(name="reparse", log_prints=True)
def reparse(
    sources: str = "sources.toml", database: str | None = None
) -> ReprocessSummary:
    """Rebuild articles from the stored documents (after a parser change)."""
    settings = flow_config(sources, database=database).settings
    conn = db.open_store(settings.database)
    try:
        return reprocess.reparse(
            conn,
            lambda: pipeline.load_pipeline(settings.model),
            batch_size=settings.batch_size,
            flow_run_id=flow_run_id(),
        )
    finally:
        conn.close()


@flow(name="reextract", log_prints=True)
def reextract(
    sources: str = "sources.toml", database: str | None = None
) -> ReprocessSummary:
    """Rebuild every statement from the stored articles (after a model change)."""
    settings = flow_config(sources, database=database).settings
    nlp = pipeline.load_pipeline(settings.model)
    conn = db.open_store(settings.database)
    try:
        return reprocess.reextract(
            conn,
            nlp,
            batch_size=settings.batch_size,
            n_process=settings.n_process,
            flow_run_id=flow_run_id(),
        )
    finally:
        conn.close()
