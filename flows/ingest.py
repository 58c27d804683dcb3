"""The ingest flow: read listings, then fetch, parse, extract and store in chunks.

Flows only wire the stage functions; the flow body is the single DuckDB writer.
A source's pages go through in chunks of `chunk_size`, each stored in one
transaction, so memory holds a few chunks whatever the run's size. Fetching and
extraction run on the task runner the settings name: threads, or a Dask cluster
(prefect-dask) whose workers each load the spaCy pipeline once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner
from spacy.language import Language
from tqdm import tqdm

from extract import parse
from extract.dedupe import dedupe_articles
from extract.nlp import pipeline
from extract.nlp.actors import load_registry
from extract.web import fetch
from flows.params import flow_config, flow_run_id, parse_date
from kernel.config import Config, snapshot_path
from kernel.records import (
    Article,
    PageChunk,
    RawDocument,
    Source,
    SourceResult,
    Statement,
    Validators,
)
from store import db, history
from store.snapshot import publish_snapshot

plan_source = task(
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=lambda _task, _run, state: fetch.is_transient(
        state.result(False)
    ),
    cache_policy=NO_CACHE,
    name="read-listing",
)(fetch.plan_source)
fetch_chunk = task(
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=lambda _task, _run, state: fetch.is_transient(
        state.result(False)
    ),
    cache_policy=NO_CACHE,
    name="fetch-pages",
)(fetch.fetch_chunk)
parse_documents = task(cache_policy=NO_CACHE, name="parse")(parse.parse_documents)


def _plan_with_own_fetcher(
    source: Source, listing: Validators | None, chunk_size: int
) -> list[PageChunk]:
    """plan_source with a Fetcher of its own: a live session cannot travel to a
    Dask worker, so each task gets one there (per-host delays then hold per
    task, not across tasks)."""
    fetcher = fetch.Fetcher()
    try:
        return fetch.plan_source(fetcher, source, listing, chunk_size)
    finally:
        fetcher.close()


def _fetch_chunk_with_own_fetcher(
    chunk: PageChunk, known: Mapping[str, Validators]
) -> SourceResult:
    """fetch_chunk with a Fetcher of its own, for a Dask worker."""
    fetcher = fetch.Fetcher()
    try:
        return fetch.fetch_chunk(fetcher, chunk, known)
    finally:
        fetcher.close()


plan_source_on_worker = task(
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=lambda _task, _run, state: fetch.is_transient(
        state.result(False)
    ),
    cache_policy=NO_CACHE,
    name="read-listing",
)(_plan_with_own_fetcher)
fetch_chunk_on_worker = task(
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=lambda _task, _run, state: fetch.is_transient(
        state.result(False)
    ),
    cache_policy=NO_CACHE,
    name="fetch-pages",
)(_fetch_chunk_with_own_fetcher)
FETCH_AHEAD = 4  # chunks fetched ahead of the one being extracted and stored

COUNTS = (
    "fetched",
    "not_modified",
    "listings_unchanged",
    "articles",
    "statements",
    "duplicates",
    "older",
)


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest run did."""

    run_id: str
    status: str
    database: Path
    counts: dict[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()
    failed_sources: tuple[str, ...] = ()
    snapshot: Path | None = None


@dataclass(slots=True)
class _ChunkWork:
    """One chunk between fetching and storing: its articles and their extraction."""

    result: SourceResult
    fresh: list[RawDocument]
    articles: list[Article]
    errors: list[str]
    duplicates: list[str]
    older: int
    extraction: list[PrefectFuture] | dict[str, list[Statement]]


@dataclass(slots=True)
class _Tally:
    """What the chunks stored so far add up to."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    failures: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    fetch_failed: set[str] = field(default_factory=set)  # source ids


@flow(
    name="ingest",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=4),  # type: ignore[arg-type]
)
def ingest(
    sources: str = "sources.toml",
    database: str | None = None,
    limit: int | None = None,
    since: str | None = None,
) -> IngestSummary:
    """Fetch every source, parse and extract new pages, store them in DuckDB.

    `limit`: at most this many pages per source. `since`: articles published
    before this date (YYYY-MM-DD) are not extracted or stored (their pages are kept).
    """
    config = flow_config(sources, database=database)
    since_date = parse_date(since)
    conn = db.open_store(config.settings.database)
    parameters = {
        "sources": str(config.path),
        "database": str(config.settings.database),
        "limit": limit,
        "since": since,
        "task_runner": config.settings.task_runner,
    }
    run_id = history.start_run(conn, "ingest", parameters, flow_run_id())
    try:
        counts, failures, failed_sources = _ingest(
            conn, run_id, config, limit, since_date
        )
        status = history.finish_run(
            conn, run_id, counts, failures, failed_sources=failed_sources
        )
        totals = db.table_counts(conn)
        snapshot = publish_snapshot(conn, snapshot_path(config.settings))
    except BaseException as err:
        history.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
    finally:
        conn.close()
    return IngestSummary(
        run_id=run_id,
        status=status,
        database=config.settings.database,
        counts={**counts, **{f"total_{k}": v for k, v in totals.items()}},
        failures=tuple(failures),
        failed_sources=tuple(sorted(set(failed_sources))),
        snapshot=snapshot,
    )


@task(cache_policy=NO_CACHE, name="extract")
def extract_articles(
    nlp: Language | None, articles: list[Article], config: Config, label: str
) -> dict[str, list[Statement]]:
    """Statements of each article, run through `nlp.pipe` in batches, with progress."""
    if not articles or nlp is None:
        return {}
    texts = [(a.article_id, a.text) for a in articles]
    found: dict[str, list[Statement]] = {}
    stream = pipeline.extract_statements(
        nlp,
        texts,
        batch_size=config.settings.batch_size,
        n_process=config.settings.n_process,
    )
    for article_id, statements in tqdm(
        stream, total=len(texts), desc=f"extract {label}", unit="article", leave=False
    ):
        found[article_id] = statements
    return found


@task(cache_policy=NO_CACHE, name="extract-batch")
def extract_batch(
    model: str, texts: list[tuple[str, str]], batch_size: int
) -> dict[str, list[Statement]]:
    """Statements of one batch of (article id, text), on a Dask worker."""
    nlp = _worker_pipeline(model)
    return dict(pipeline.extract_statements(nlp, texts, batch_size=batch_size))


def _ingest(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    config: Config,
    limit: int | None,
    since: date | None,
) -> tuple[dict[str, int], list[str], list[str]]:
    """Read every listing, then take the sources' pages chunk by chunk: fetch
    (a few chunks ahead), parse, extract (on the task runner) and store each
    chunk in one transaction, in the order of the sources file. Memory holds a
    few chunks, whatever the number of pages."""
    logger = get_run_logger()
    settings = config.settings
    db.save_sources(conn, config.sources)
    db.save_actors(conn, load_registry().actors.values())
    known, listings = db.page_validators(conn), db.listing_validators(conn)
    known_texts = db.known_texts(conn)
    chosen = [s if limit is None else replace(s, limit=limit) for s in config.sources]
    on_dask = settings.task_runner == "dask"
    chosen_listings = [listings.get(s.source_id) for s in chosen]
    tally = _Tally()
    seen_urls: set[str] = set()
    nlp: Language | None = None
    fetcher = fetch.Fetcher()

    def fetch_pages(chunk: PageChunk) -> PrefectFuture:
        own = {url: known[url] for url in chunk.urls if url in known}
        if on_dask:
            return fetch_chunk_on_worker.submit(chunk, own)
        return fetch_chunk.submit(fetcher, chunk, own)

    try:
        if on_dask:
            plans = plan_source_on_worker.map(
                chosen, chosen_listings, unmapped(settings.chunk_size)
            )
        else:
            plans = plan_source.map(
                unmapped(fetcher),
                chosen,
                chosen_listings,
                unmapped(settings.chunk_size),
            )
        chunks = [chunk for plan in plans for chunk in plan.result()]
        pending: _ChunkWork | None = None
        for result in tqdm(
            _in_order(chunks, fetch_pages, FETCH_AHEAD),
            total=len(chunks),
            desc="ingest",
            unit="chunk",
            leave=False,
        ):
            fresh = [d for d in result.documents if d.url not in seen_urls]
            seen_urls.update(d.url for d in fresh)
            articles, errors = parse_documents(fresh)
            articles, duplicates = dedupe_articles(articles, known_texts)
            known_texts.update({a.text_sha256: a.article_id for a in articles})
            articles, older = _published_since(articles, since)
            extraction: list[PrefectFuture] | dict[str, list[Statement]]
            if on_dask:
                extraction = [
                    extract_batch.submit(
                        settings.model,
                        [(a.article_id, a.text) for a in batch],
                        settings.batch_size,
                    )
                    for batch in _chunks(articles, settings.batch_size)
                ]
            else:
                if articles and nlp is None:
                    logger.info("loading spaCy model %s", settings.model)
                    nlp = pipeline.load_pipeline(settings.model)
                extraction = extract_articles(nlp, articles, config, result.source.name)
            work = _ChunkWork(
                result, fresh, articles, errors, duplicates, older, extraction
            )
            if pending is not None:  # on Dask, stored while `work` is extracted
                _store_chunk(conn, run_id, pending, tally)
            pending = work
        if pending is not None:
            _store_chunk(conn, run_id, pending, tally)
    finally:
        fetcher.close()
    for failure in tally.failures:
        logger.warning(failure)
    return tally.counts, tally.failures, tally.failed_sources


def _store_chunk(
    conn: duckdb.DuckDBPyConnection, run_id: str, item: _ChunkWork, tally: _Tally
) -> None:
    """Store one chunk in one transaction, with its listing's validators if it is
    the source's last chunk and no page of the source failed."""
    result = item.result
    source = result.source
    if result.errors:
        tally.fetch_failed.add(source.source_id)
    statements = _statements(item.extraction)
    listing = fetch.listing_to_save(
        result.listing, failed=source.source_id in tally.fetch_failed
    )
    db.save_batch(
        conn,
        run_id,
        source,
        result.attempts,
        item.fresh,
        item.articles,
        statements,
        listing,
    )
    source_failures = list(result.errors) + item.errors
    tally.failures.extend(source_failures)
    if source_failures:
        tally.failed_sources.append(source.name)
    counts = tally.counts
    counts["fetched"] += len(item.fresh)
    counts["not_modified"] += len(result.not_modified)
    counts["listings_unchanged"] += result.listing_unchanged
    counts["duplicates"] += len(item.duplicates)
    counts["older"] += item.older
    counts["articles"] += len(item.articles)
    counts["statements"] += sum(len(s) for s in statements.values())
    get_run_logger().info(
        "%s: %d new pages, %d unchanged, %d articles, %d errors",
        source.name,
        len(item.fresh),
        len(result.not_modified),
        len(item.articles),
        len(source_failures),
    )


def _in_order(
    chunks: Sequence[PageChunk],
    submit: Callable[[PageChunk], PrefectFuture],
    ahead: int,
) -> Iterator[SourceResult]:
    """Each chunk's fetched result, in order, with up to `ahead` fetches running."""
    waiting: deque[PrefectFuture] = deque()
    upcoming = iter(chunks)
    for chunk in islice(upcoming, ahead):
        waiting.append(submit(chunk))
    while waiting:
        result = waiting.popleft().result()
        for chunk in islice(upcoming, 1):
            waiting.append(submit(chunk))
        yield result


def _worker_pipeline(model: str) -> Language:
    """The spaCy pipeline of this Dask worker, loaded on its first batch."""
    from distributed import get_worker

    worker = get_worker()
    loaded: dict[str, Language] = worker.__dict__.setdefault("communique_nlp", {})
    if model not in loaded:
        loaded[model] = pipeline.load_pipeline(model)
    return loaded[model]


def _statements(
    extraction: list[PrefectFuture] | dict[str, list[Statement]],
) -> dict[str, list[Statement]]:
    if isinstance(extraction, dict):
        return extraction
    found: dict[str, list[Statement]] = {}
    for future in extraction:
        found.update(future.result())
    return found


def _chunks(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def _published_since(
    articles: list[Article], since: date | None
) -> tuple[list[Article], int]:
    """Articles published on or after `since` (undated ones kept), and how many not."""
    if since is None:
        return articles, 0
    kept = [a for a in articles if a.published is None or a.published >= since]
    return kept, len(articles) - len(kept)
