"""Records for the store tests: a source, its pages, articles and statements."""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb

from extract.nlp.actors import Actor
from kernel.records import Article, FetchAttempt, RawDocument, Source, Statement
from store.db import save_batch

SOURCE = Source("wire", "feed", "https://wire.example/feed.xml")
FETCHED = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
MARCH, APRIL = date(2024, 3, 1), date(2024, 4, 1)
ACTORS = [Actor("RUS", "Russia", "state"), Actor("USA", "United States", "state")]


def new_document(slug: str) -> RawDocument:
    url = f"https://wire.example/{slug}.html"
    return RawDocument(
        source_name=SOURCE.name,
        url=url,
        final_url=url,
        status=200,
        content_type="text/html; charset=utf-8",
        etag=f'"{slug}"',
        last_modified="Fri, 01 Mar 2024 12:00:00 GMT",
        body=f"<p>{slug}</p>".encode(),
        fetched_at=FETCHED,
    )


def new_attempt(document: RawDocument) -> FetchAttempt:
    return FetchAttempt(
        url=document.url,
        attempt=1,
        status=200,
        outcome="ok",
        error=None,
        started_at=FETCHED,
        elapsed_ms=3.5,
        bytes=len(document.body),
    )


def new_article(document: RawDocument, published: date) -> Article:
    return Article(
        document_id=document.document_id,
        url=document.url,
        canonical_url=document.url,
        title=f"Title of {document.url}",
        author="Desk",
        sitename="Wire",
        published=published,
        date_source="meta",
        language="en",
        text="Russia said talks were possible. The US said no.",
        parser_version="test",
    )


def new_statement(
    article: Article,
    seq: int,
    content: str,
    actor: str | None = "RUS",
    topic: str | None = "ukraine",
) -> Statement:
    start = seq * 100
    return Statement(
        article_id=article.article_id,
        seq=seq,
        cue="said",
        cue_span=(start, start + 4),
        content=content,
        content_span=(start + 5, start + 5 + len(content)),
        kind="indirect",
        sentence=f"Someone said {content}.",
        sentence_span=(start, start + 20),
        act="statement",
        extractor_version="test",
        speaker="Someone",
        actor_ids=(actor,) if actor else (),
        topics=(topic,) if topic else (),
    )


def save(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    documents: list[RawDocument],
    articles: list[Article],
    statements: dict[str, list[Statement]],
) -> None:
    attempts = [new_attempt(document) for document in documents]
    save_batch(conn, run_id, SOURCE, attempts, documents, articles, statements, None)
