"""Re-process stored documents without fetching: reparse and reextract.

After a parser change, `reparse` rebuilds the articles from the stored bytes and
re-extracts only the articles whose text changed (statement offsets point into the
text). After a model or rules change, `reextract` rebuilds every statement. Each
writes its changes in one transaction and records a run; running either again on
the same inputs changes no row. An article the NLP fails on keeps the statements
it had, and the run records the failure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import duckdb

from extract.dedupe import dedupe_articles
from extract.parse import parse_documents, read_page
from kernel.config import Config
from kernel.records import Article, Background, PageReading, RawDocument
from runs.record import recorded_run
from runs.runner import StageRunner
from store import db, history
from store.learned import article_dates, article_titles, learned_affiliations
from store.stored import (
    article_sources,
    article_texts,
    extractor_versions,
    statement_count,
    stored_articles,
    stored_documents,
)

Reader = Callable[[RawDocument], PageReading]


@dataclass(frozen=True, slots=True)
class ReprocessSummary:
    """What one reparse or reextract run did."""

    run_id: str
    flow: str
    status: str
    counts: dict[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()
    extractor_versions: tuple[str, ...] = ()  # of the statements stored afterwards


def reparse(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    runner: StageRunner,
    *,
    read: Reader = read_page,
    flow_run_id: str | None = None,
) -> ReprocessSummary:
    """Rebuild the articles from the stored documents, without fetching.

    Articles that come out the same are left untouched; those whose text changed
    (or that are new) get their statements re-extracted by the runner (which
    loads the model only then); articles no document yields any more are deleted
    with their statements. Every document's page type is read again.
    """
    parameters = {"batch_size": config.settings.batch_size}
    with recorded_run(conn, "reparse", parameters, flow_run_id) as run_id:
        documents = stored_documents(conn)
        before = stored_articles(conn)
        parsed, failures, others = parse_documents(documents, read)
        pages = _page_types(documents, parsed, others)
        kept, duplicates = dedupe_articles(parsed, {})
        changed = [a for a in kept if _row(a) != before.rows.get(a.article_id)]
        new_text = [
            a
            for a in changed
            if a.article_id not in before.ids
            or before.texts[a.article_id] != a.text_sha256
        ]
        languages = config.settings.languages
        texts = [
            (a.article_id, a.text)
            for a in new_text
            if a.language is None or a.language in languages
        ]
        background = _background(conn, config, documents, kept)
        extraction = runner.extract(texts, "reparse", background).result()
        failures += [
            f"{a.url}: {extraction.failures[a.article_id]}"
            for a in new_text
            if a.article_id in extraction.failures
        ]
        removed = sorted(before.ids - {a.article_id for a in kept})
        db.save_articles(conn, changed, extraction.statements, removed)
        retyped = db.save_page_types(conn, pages)
        counts = {
            "documents": len(documents),
            "articles": len(kept),
            "changed": len(changed),
            "removed": len(removed),
            "reextracted": len(new_text),
            "statements": sum(len(s) for s in extraction.statements.values()),
            "duplicates": len(duplicates),
            "page_types_changed": retyped,
        }
        status = history.finish_run(conn, run_id, counts, failures)
    return ReprocessSummary(
        run_id, "reparse", status, counts, tuple(failures), extractor_versions(conn)
    )


def reextract(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    runner: StageRunner,
    *,
    flow_run_id: str | None = None,
) -> ReprocessSummary:
    """Rebuild every statement from the stored articles with this model and rules.

    Statement ids hash the article id and spans, so a statement found again keeps
    its id; each records the extractor version that produced it.
    """
    settings = config.settings
    parameters = {"model": settings.model, "batch_size": settings.batch_size}
    with recorded_run(conn, "reextract", parameters, flow_run_id) as run_id:
        texts = article_texts(conn, settings.languages)
        before = statement_count(conn)
        background = Background(
            _issuers(config, article_sources(conn)),
            article_dates(conn),
            learned_affiliations(conn),
            article_titles(conn),
        )
        extraction = runner.extract(texts, "reextract", background).result()
        failures = [
            f"article {article_id}: {reason}"
            for article_id, reason in extraction.failures.items()
        ]
        db.save_articles(conn, [], extraction.statements)
        counts = {
            "articles": len(texts),
            "statements": sum(len(s) for s in extraction.statements.values()),
            "statements_before": before,
        }
        status = history.finish_run(conn, run_id, counts, failures)
    return ReprocessSummary(
        run_id, "reextract", status, counts, tuple(failures), extractor_versions(conn)
    )


def _background(
    conn: duckdb.DuckDBPyConnection,
    config: Config,
    documents: list[RawDocument],
    kept: list[Article],
) -> Background:
    """What is known of re-parsed articles before they are read again."""
    sources = {d.document_id: d.source_name for d in documents}
    return Background(
        _issuers(config, {a.article_id: sources[a.document_id] for a in kept}),
        {a.article_id: a.published for a in kept if a.published},
        learned_affiliations(conn),
        {a.article_id: a.title for a in kept if a.title},
    )


def _issuers(config: Config, source_of: Mapping[str, str]) -> dict[str, str]:
    """The issuer of each article (id -> source name) whose source declares an
    `actor` in sources.toml."""
    actors = {s.name: s.actor for s in config.sources if s.actor}
    return {
        article_id: actors[name]
        for article_id, name in source_of.items()
        if name in actors
    }


def _page_types(
    documents: list[RawDocument], articles: list[Article], others: list[PageReading]
) -> dict[str, tuple[str, str]]:
    """Document id -> (page type, reason) as the parser reads the page now."""
    by_url = {r.url: (r.page_type, r.page_reason) for r in others}
    by_url.update({a.url: ("article", "main text") for a in articles})
    return {d.document_id: by_url[d.url] for d in documents if d.url in by_url}


def _row(article: Article) -> tuple[object, ...]:
    """An article as stored, but for `parsed_at`."""
    return (
        article.document_id,
        article.url,
        article.canonical_url,
        article.title,
        article.author,
        article.sitename,
        article.published,
        article.date_source,
        article.language,
        article.text,
        article.text_sha256,
        article.citations,
        article.license,
        article.parser_version,
        article.original_url,
        article.attribution,
    )
