"""The stage functions as Prefect tasks, behind the run bodies' `StageRunner`.

`ThreadStages` submits them to the flow's thread pool (one guarded HTTP client
shared by the threads); `DaskStages` to a Dask cluster, where each task builds
its own HTTP client (a live session cannot travel) and each worker loads the
spaCy pipeline once. Tasks do not retry: the HTTP layer retries transient
faults itself, and records every attempt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from prefect import task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from spacy.language import Language

from extract.nlp import pipeline
from extract.web import fetch
from extract.web.fetcher import Fetcher
from kernel.config import Settings
from kernel.records import (
    Background,
    Extraction,
    PageChunk,
    Source,
    SourceResult,
    Statement,
    Validators,
)
from runs.runner import (
    Pending,
    SerialRunner,
    StageRunner,
    extract_with_progress,
)

read_listing = task(cache_policy=NO_CACHE, name="read-listing")(fetch.plan_source)
fetch_pages = task(cache_policy=NO_CACHE, name="fetch-pages")(fetch.fetch_chunk)
extract = task(cache_policy=NO_CACHE, name="extract")(extract_with_progress)


def stage_runner(settings: Settings) -> StageRunner:
    """The stages on the task runner the settings name."""
    return (
        DaskStages(settings)
        if settings.task_runner == "dask"
        else ThreadStages(settings)
    )


class ThreadStages(SerialRunner):
    """Listings and pages fetched on the flow's threads (one HTTP client shared);
    the NLP in this process, as a task."""

    def plan(
        self,
        sources: Sequence[Source],
        listings: Sequence[Validators | None],
        chunk_size: int,
    ) -> list[PageChunk]:
        plans = read_listing.map(
            unmapped(self.fetcher), sources, listings, unmapped(chunk_size)
        )
        return [chunk for plan in plans for chunk in plan.result()]

    def fetch(
        self, chunk: PageChunk, known: Mapping[str, Validators]
    ) -> Pending[SourceResult]:
        return fetch_pages.submit(self.fetcher, chunk, known)

    extract_stage = staticmethod(extract)  # the NLP as a Prefect task, here


class DaskStages:
    """Listings, pages and the NLP (in batches) on the workers of a Dask cluster."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def plan(
        self,
        sources: Sequence[Source],
        listings: Sequence[Validators | None],
        chunk_size: int,
    ) -> list[PageChunk]:
        plans = read_listing_on_worker.map(sources, listings, unmapped(chunk_size))
        return [chunk for plan in plans for chunk in plan.result()]

    def fetch(
        self, chunk: PageChunk, known: Mapping[str, Validators]
    ) -> Pending[SourceResult]:
        return fetch_pages_on_worker.submit(chunk, known)

    def extract(
        self,
        texts: Sequence[tuple[str, str]],
        label: str,
        background: Background | None = None,
    ) -> Pending[Extraction]:
        size = self.settings.batch_size
        batches = [texts[i : i + size] for i in range(0, len(texts), size)]
        model, known = self.settings.model, background or Background()
        return _Gathered(
            [
                extract_on_worker.submit(model, b, size, known.only({i for i, _ in b}))
                for b in batches
            ]
        )

    def release_model(self) -> None:
        """Nothing held here: each worker keeps its own model for later runs."""

    def close(self) -> None:
        """Nothing held here: each task closes its own HTTP client."""


@dataclass(frozen=True, slots=True)
class _Gathered:
    """The extraction of several batches, as one."""

    futures: list[PrefectFuture[Extraction]]

    def result(self) -> Extraction:
        statements: dict[str, list[Statement]] = {}
        failures: dict[str, str] = {}
        for future in self.futures:
            part = future.result()
            statements.update(part.statements)
            failures.update(part.failures)
        return Extraction(statements, failures)


@task(cache_policy=NO_CACHE, name="read-listing")
def read_listing_on_worker(
    source: Source, listing: Validators | None, chunk_size: int
) -> list[PageChunk]:
    """`fetch.plan_source` with an HTTP client of its own (per-host delays then
    hold per task, not across tasks)."""
    fetcher = Fetcher()
    try:
        return fetch.plan_source(fetcher, source, listing, chunk_size)
    finally:
        fetcher.close()


@task(cache_policy=NO_CACHE, name="fetch-pages")
def fetch_pages_on_worker(
    chunk: PageChunk, known: Mapping[str, Validators]
) -> SourceResult:
    """`fetch.fetch_chunk` with an HTTP client of its own."""
    fetcher = Fetcher()
    try:
        return fetch.fetch_chunk(fetcher, chunk, known)
    finally:
        fetcher.close()


@task(cache_policy=NO_CACHE, name="extract-batch")
def extract_on_worker(
    model: str,
    texts: Sequence[tuple[str, str]],
    batch_size: int,
    background: Background,
) -> Extraction:
    """One batch of (article id, text) through this worker's spaCy pipeline."""
    return pipeline.extract_articles(
        _worker_pipeline(model), texts, batch_size=batch_size, background=background
    )


def _worker_pipeline(model: str) -> Language:
    """The spaCy pipeline of this Dask worker, loaded on its first batch."""
    from distributed import get_worker

    worker = get_worker()
    loaded: dict[str, Language] = worker.__dict__.setdefault("communique_nlp", {})
    if model not in loaded:
        loaded[model] = pipeline.load_pipeline(model)
    return loaded[model]
