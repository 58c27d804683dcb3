"""The ingest run: read every listing, then fetch, parse, extract and store in chunks.

A source's pages go through in chunks of `chunk_size`, each stored in one
transaction, so memory holds a few chunks whatever the run's size. The stage
runner decides where listings, pages and the NLP run; this body is the single
DuckDB writer. The `ingest` flow, the tests, the kill -9 trials and the
benchmarks all run this one body.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

import duckdb
from tqdm import tqdm

from extract.dedupe import dedupe_articles, keep_first_holders
from extract.nlp.actors import load_registry
from extract.parse import NOT_ARTICLES, parse_documents
from extract.web.fetch import listing_to_save
from kernel.config import Config, snapshot_path
from kernel.records import (
    Affiliation,
    Article,
    Background,
    Extraction,
    PageChunk,
    RawDocument,
    Source,
    SourceResult,
)
from runs.record import recorded_run
from runs.runner import Pending, StageRunner
from runs.verdict import ingest_outcome
from store import db, groups, history
from store.driver import memory_limited
from store.learned import learned_affiliations
from store.snapshot import refresh_snapshot

FETCH_AHEAD = 4  # chunks fetched ahead of the one being extracted and stored
# DuckDB's own memory during the run: without a limit its buffers keep what the
# run's queries read (up to 80 % of RAM), resident beside the NLP (docs/scaling.md).
MEMORY_LIMIT = "384MB"
COUNTS = (
    "fetched",
    "not_modified",
    "listings_unchanged",
    "articles",
    "statements",
    "duplicates",
    "older",
    "not_articles",  # listings and galleries: kept in documents, not extracted
    "other_language",  # articles not in settings.languages: stored, not extracted
)
log = logging.getLogger("communique.ingest")


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest run did."""

    run_id: str
    status: str  # ok, partial or failed: the verdict's outcome (runs.verdict)
    database: Path
    counts: dict[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()
    failed_sources: tuple[str, ...] = ()
    sources: int = 0  # how many sources the run read
    # Failed sources none of whose pages came through (fetched and read, or
    # unchanged): the listing failed, or every page it named did (a page the
    # parser rejected failed).
    delivered_nothing: tuple[str, ...] = ()
    snapshot: Path | None = None
    snapshot_written: bool = False  # False: no content changed, the snapshot stands
    snapshot_write: str = "unchanged"  # or "updated" (changed rows), "rewritten"


def ingest(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    runner: StageRunner,
    *,
    limit: int | None = None,
    since: date | None = None,
    full: bool = False,
    flow_run_id: str | None = None,
) -> IngestSummary:
    """Fetch every source, parse and extract new pages, store them, then write
    the analysts' snapshot if the content changed (or `full`).

    `limit`: at most this many pages per source. `since`: articles published
    before this date are not extracted or stored (their pages are kept, without
    validators). Either way the listing's validators are not saved, so the next
    run reads every page the limited run left out.
    """
    settings = config.settings
    parameters = {
        "sources": str(config.path),
        "database": str(settings.database),
        "limit": limit,
        "since": since.isoformat() if since else None,
        "task_runner": settings.task_runner,
        "full": full,
    }
    with (
        memory_limited(conn, MEMORY_LIMIT, "cannot set DuckDB's memory limit"),
        recorded_run(conn, "ingest", parameters, flow_run_id) as run_id,
    ):
        tally = _ingest_chunks(conn, run_id, config, runner, limit, since)
        runner.release_model()  # the snapshot need not share memory with it
        empty = tuple(sorted(set(tally.failed_sources) - tally.delivered))
        status = history.finish_run(
            conn,
            run_id,
            tally.counts,
            tally.failures,
            ingest_outcome(tally.failures, len(config.sources), len(empty)),
            failed_sources=tally.failed_sources,
        )
        totals = db.table_counts(conn)
        totals["actors_with_statements"] = groups.actors_with_statements(conn)
        target = snapshot_path(settings)
        how = refresh_snapshot(conn, target, full=full)
    return IngestSummary(
        run_id=run_id,
        status=status,
        database=settings.database,
        counts={**tally.counts, **{f"total_{k}": v for k, v in totals.items()}},
        failures=tuple(tally.failures),
        failed_sources=tuple(sorted(set(tally.failed_sources))),
        sources=len(config.sources),
        delivered_nothing=empty,
        snapshot=target,
        snapshot_written=how != "unchanged",
        snapshot_write=how,
    )


@dataclass(slots=True)
class _ChunkWork:
    """One chunk between fetching and storing: its articles and their extraction."""

    result: SourceResult
    fresh: list[RawDocument]
    articles: list[Article]
    errors: list[str]
    duplicates: list[str]
    older: int
    extraction: Pending[Extraction]
    not_articles: int = 0
    other_language: int = 0
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # by URL
    delivered: bool = False  # a page came through: read by the parser, or unchanged


@dataclass(slots=True)
class _Tally:
    """What the chunks stored so far add up to."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    failures: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    delivered: set[str] = field(default_factory=set)  # names: a page came through
    # Source ids whose listing must be read again in full next run: a page
    # failed, the run's --limit cut the listing, or --since left articles out.
    unfinished: set[str] = field(default_factory=set)


def _ingest_chunks(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    config: Config,
    runner: StageRunner,
    limit: int | None,
    since: date | None,
) -> _Tally:
    """Read every listing, then take the sources' pages chunk by chunk: fetch (a
    few chunks ahead), parse, extract and store each chunk in one transaction,
    in the order of the sources file. The next chunk is extracted while the one
    before is stored (which matters when extraction runs elsewhere)."""
    db.save_sources(conn, config.sources)
    db.save_actors(conn, load_registry().actors.values())
    known, listings = db.page_validators(conn), db.listing_validators(conn)
    chosen = [s if limit is None else replace(s, limit=limit) for s in config.sources]
    chunks = runner.plan(
        chosen, [listings.get(s.source_id) for s in chosen], config.settings.chunk_size
    )

    def fetch_pages(chunk: PageChunk) -> Pending[SourceResult]:
        return runner.fetch(chunk, {u: known[u] for u in chunk.urls if u in known})

    prepare = _Preparer(
        runner,
        db.known_texts(conn),
        db.article_holders(conn),
        since,
        learned_affiliations(conn),
        config.settings.languages,
    )
    tally = _Tally(unfinished=_cut_by_limit(chunks, config.sources, limit))
    pending: _ChunkWork | None = None
    fetched = _in_order(chunks, fetch_pages, FETCH_AHEAD)
    for result in tqdm(
        fetched, total=len(chunks), desc="ingest", unit="chunk", leave=False
    ):
        work = prepare(result)
        if pending is not None:
            _store_chunk(conn, run_id, pending, tally)
        pending = work
    if pending is not None:
        _store_chunk(conn, run_id, pending, tally)
    for failure in tally.failures:
        log.warning(failure)
    return tally


@dataclass(slots=True)
class _Preparer:
    """Turns a fetched chunk into work to store: new pages parsed (those the
    parser rejects deliver nothing), claims on an article another page holds
    refused, texts seen before set aside, older articles left out, extraction
    handed to the runner."""

    runner: StageRunner
    known_texts: dict[str, str]
    holders: dict[str, str]  # article id -> URL of the page that holds it
    since: date | None
    # Person -> affiliations stored statements showed, as of the run's start.
    affiliations: Mapping[str, tuple[Affiliation, ...]]
    languages: tuple[str, ...] = ("en",)
    seen_urls: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)  # URLs the parser could not read

    def __call__(self, result: SourceResult) -> _ChunkWork:
        fresh = [d for d in result.documents if d.url not in self.seen_urls]
        self.seen_urls.update(d.url for d in fresh)
        articles, errors, others = parse_documents(fresh)
        self.rejected.update(r.url for r in others if r.page_type not in NOT_ARTICLES)
        pages = {r.url: (r.page_type, r.page_reason) for r in others}
        pages.update({a.url: ("article", "main text") for a in articles})
        articles, claimed, conflicts = keep_first_holders(
            articles, self.holders, self.known_texts
        )
        errors += [f"{result.source.name}: {line}" for line in conflicts]
        articles, duplicates = dedupe_articles(articles, self.known_texts)
        self.known_texts.update({a.text_sha256: a.article_id for a in articles})
        self.holders.update({a.article_id: a.url for a in articles})
        articles, older = _published_since(articles, self.since)
        fresh = _forget_validators(fresh, {a.document_id for a in older})
        texts = [(a.article_id, a.text) for a in articles if self._read(a)]
        actor = result.source.actor
        background = Background(
            {a.article_id: actor for a in articles} if actor else {},
            {a.article_id: a.published for a in articles if a.published},
            self.affiliations,
            {a.article_id: a.title for a in articles if a.title},
        )
        extraction = self.runner.extract(texts, result.source.name, background)
        return _ChunkWork(
            result,
            fresh,
            articles,
            errors,
            [*claimed, *duplicates],
            len(older),
            extraction,
            sum(r.page_type in NOT_ARTICLES for r in others),
            len(articles) - len(texts),
            pages,
            bool(result.not_modified)
            or any(d.url not in self.rejected for d in result.documents),
        )

    def _read(self, article: Article) -> bool:
        """Whether the NLP reads the article: its language is one it handles."""
        return article.language is None or article.language in self.languages


def _store_chunk(
    conn: duckdb.DuckDBPyConnection, run_id: str, item: _ChunkWork, tally: _Tally
) -> None:
    """Store one chunk in one transaction, with its listing's validators if it is
    the source's last chunk and no page of the source failed or was left out."""
    result = item.result
    source = result.source
    if result.errors or item.older:
        tally.unfinished.add(source.source_id)
    extraction = item.extraction.result()
    listing = listing_to_save(
        result.listing, failed=source.source_id in tally.unfinished
    )
    db.save_batch(
        conn,
        run_id,
        source,
        result.attempts,
        item.fresh,
        item.articles,
        extraction.statements,
        listing,
        item.pages,
    )
    source_failures = [*result.errors, *item.errors, *_nlp_failures(item, extraction)]
    tally.failures.extend(source_failures)
    if source_failures:
        tally.failed_sources.append(source.name)
    if item.delivered:
        tally.delivered.add(source.name)
    _count(tally.counts, item, extraction)
    log.info(
        "%s: %d new pages, %d unchanged, %d articles, %d errors",
        source.name,
        len(item.fresh),
        len(result.not_modified),
        len(item.articles),
        len(source_failures),
    )


def _nlp_failures(item: _ChunkWork, extraction: Extraction) -> list[str]:
    """One line per article the NLP failed on: the article is stored without
    statements (`communique reextract` retries it)."""
    return [
        f"{item.result.source.name}: {a.url}: {extraction.failures[a.article_id]}"
        for a in item.articles
        if a.article_id in extraction.failures
    ]


def _count(counts: dict[str, int], item: _ChunkWork, extraction: Extraction) -> None:
    result = item.result
    counts["fetched"] += len(item.fresh)
    counts["not_modified"] += len(result.not_modified)
    counts["listings_unchanged"] += result.listing_unchanged
    counts["duplicates"] += len(item.duplicates)
    counts["older"] += item.older
    counts["articles"] += len(item.articles)
    counts["not_articles"] += item.not_articles
    counts["other_language"] += item.other_language
    counts["statements"] += sum(len(s) for s in extraction.statements.values())


def _in_order(
    chunks: Sequence[PageChunk],
    submit: Callable[[PageChunk], Pending[SourceResult]],
    ahead: int,
) -> Iterator[SourceResult]:
    """Each chunk's fetched result, in order, with up to `ahead` fetches running."""
    waiting: deque[Pending[SourceResult]] = deque()
    upcoming = iter(chunks)
    for chunk in islice(upcoming, ahead):
        waiting.append(submit(chunk))
    while waiting:
        result = waiting.popleft().result()
        for chunk in islice(upcoming, 1):
            waiting.append(submit(chunk))
        yield result


def _published_since(
    articles: list[Article], since: date | None
) -> tuple[list[Article], list[Article]]:
    """Articles published on or after `since` (undated ones kept), and the others."""
    if since is None:
        return articles, []
    kept = [a for a in articles if a.published is None or a.published >= since]
    return kept, [a for a in articles if a.published and a.published < since]


def _forget_validators(
    documents: list[RawDocument], left_out: set[str]
) -> list[RawDocument]:
    """The documents, those of articles left out stored without ETag and
    Last-Modified: a later run fetches them in full instead of getting 304."""
    return [
        replace(d, etag=None, last_modified=None) if d.document_id in left_out else d
        for d in documents
    ]


def _cut_by_limit(
    chunks: Sequence[PageChunk], sources: Sequence[Source], limit: int | None
) -> set[str]:
    """Source ids whose listing the run's `limit` may have cut: it took as many
    pages as that limit allows, fewer than the source's own limit would."""
    tighter = {
        s.source_id
        for s in sources
        if limit is not None and (s.limit is None or limit < s.limit)
    }
    planned = Counter[str]()
    for chunk in chunks:
        planned[chunk.source.source_id] += len(chunk.urls)
    return {s for s in tighter if limit is not None and planned[s] >= limit}
