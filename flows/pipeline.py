"""Prefect flows: ingest (fetch → parse → extract → load), publish, and pipeline.

Flows only wire the stage functions; the flow body is the single DuckDB writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from spacy.language import Language
from tqdm import tqdm

from communique.config import Config, load_config
from extract import fetch, parse, pipeline
from extract.actors import load_registry
from extract.dedupe import dedupe_articles
from extract.records import Article, Statement
from publish.site import build_site
from store import db
from store.reads import load_site_data

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

fetch_source = task(
    retries=2,
    retry_delay_seconds=2,
    retry_condition_fn=lambda _task, _run, state: fetch.is_transient(
        state.result(False)
    ),
    cache_policy=NO_CACHE,
    name="fetch-source",
)(fetch.fetch_source)
parse_documents = task(cache_policy=NO_CACHE, name="parse")(parse.parse_documents)


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest run did."""

    run_id: str
    status: str
    database: Path
    counts: dict[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PublishSummary:
    """What one publish run wrote."""

    site: Path
    index: Path
    pages: int
    feeds: int


@flow(
    name="ingest",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=4),  # type: ignore[arg-type]
)
def ingest(
    sources: str = "sources.toml", database: str | None = None, limit: int | None = None
) -> IngestSummary:
    """Fetch every source, parse and extract new pages, store them in DuckDB."""
    config = _config(sources, database=database)
    conn = db.open_store(config.settings.database)
    parameters = {"sources": str(config.path), "limit": limit}
    run_id = db.start_run(conn, "ingest", parameters, _flow_run_id())
    try:
        counts, failures = _ingest(conn, run_id, config, limit)
        status = db.finish_run(conn, run_id, counts, failures)
        totals = db.table_counts(conn)
    except BaseException as err:
        db.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
    finally:
        conn.close()
    return IngestSummary(
        run_id=run_id,
        status=status,
        database=config.settings.database,
        counts={**counts, **{f"total_{k}": v for k, v in totals.items()}},
        failures=tuple(failures),
    )


def _ingest(
    conn: duckdb.DuckDBPyConnection, run_id: str, config: Config, limit: int | None
) -> tuple[dict[str, int], list[str]]:
    """Fetch all sources at once, then parse, extract and store them one by one."""
    logger = get_run_logger()
    db.save_sources(conn, config.sources)
    db.save_actors(conn, load_registry().actors.values())
    known, listings = db.page_validators(conn), db.listing_validators(conn)
    known_texts = db.known_texts(conn)
    chosen = [s if limit is None else replace(s, limit=limit) for s in config.sources]
    fetcher = fetch.Fetcher()
    try:
        futures = fetch_source.map(
            unmapped(fetcher),
            chosen,
            unmapped(known),
            [listings.get(s.source_id) for s in chosen],
        )
        results = [f.result() for f in futures]
    finally:
        fetcher.close()
    counts = dict.fromkeys(
        (
            "fetched",
            "not_modified",
            "listings_unchanged",
            "articles",
            "statements",
            "duplicates",
        ),
        0,
    )
    failures: list[str] = []
    seen_urls: set[str] = set()
    nlp: Language | None = None
    for result in results:
        fresh = [d for d in result.documents if d.url not in seen_urls]
        seen_urls.update(d.url for d in fresh)
        articles, errors = parse_documents(fresh)
        articles, duplicates = dedupe_articles(articles, known_texts)
        known_texts.update({a.text_sha256: a.article_id for a in articles})
        if articles and nlp is None:
            logger.info("loading spaCy model %s", config.settings.model)
            nlp = pipeline.load_pipeline(config.settings.model)
        statements = extract_articles(nlp, articles, config, result.source.name)
        db.save_batch(
            conn,
            run_id,
            result.source,
            result.attempts,
            fresh,
            articles,
            statements,
            result.listing,
        )
        failures.extend(result.errors + tuple(errors))
        counts["fetched"] += len(fresh)
        counts["not_modified"] += len(result.not_modified)
        counts["listings_unchanged"] += result.listing_unchanged
        counts["duplicates"] += len(duplicates)
        counts["articles"] += len(articles)
        counts["statements"] += sum(len(s) for s in statements.values())
        logger.info(
            "%s: %d new pages, %d unchanged, %d articles, %d errors",
            result.source.name,
            len(fresh),
            len(result.not_modified),
            len(articles),
            len(result.errors) + len(errors),
        )
    for failure in failures:
        logger.warning(failure)
    return counts, failures


@flow(name="publish", log_prints=True)
def publish(
    sources: str = "sources.toml", database: str | None = None, site: str | None = None
) -> PublishSummary:
    """Render the static digest from the DuckDB file."""
    settings = _config(sources, database=database, site=site).settings
    conn = db.open_store(settings.database, read_only=True)
    try:
        data = load_site_data(conn)
    finally:
        conn.close()
    summary = build_site(
        data, settings.site, templates_dir=TEMPLATES, site_title=settings.site_title
    )
    return PublishSummary(settings.site, summary.index, summary.pages, summary.feeds)


@flow(name="pipeline", log_prints=True)
def run_pipeline(
    sources: str = "sources.toml",
    database: str | None = None,
    site: str | None = None,
    limit: int | None = None,
) -> tuple[IngestSummary, PublishSummary]:
    """Ingest, then publish."""
    ingested = ingest(sources, database=database, limit=limit)
    published = publish(sources, database=database, site=site)
    return ingested, published


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


def _config(
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


def _flow_run_id() -> str | None:
    run_id = flow_run.id
    return str(run_id) if run_id else None
