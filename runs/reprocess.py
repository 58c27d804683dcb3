"""Re-process stored documents without fetching: reparse and reextract.

After a parser change, `reparse` rebuilds the articles from the stored bytes and
re-extracts only the articles whose text changed (statement offsets point into the
text). After a model or rules change, `reextract` rebuilds every statement. Each
writes its changes in one transaction and records a run; running either again on
the same inputs changes no row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb
from spacy.language import Language

from extract.dedupe import dedupe_articles
from extract.nlp import pipeline
from extract.parse import parse_document
from kernel.errors import ParseError
from kernel.records import Article, Citation, RawDocument, Statement
from store import db, history

Parser = Callable[[RawDocument], Article]


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
    load_nlp: Callable[[], Language],
    *,
    parse: Parser = parse_document,
    batch_size: int = 16,
    flow_run_id: str | None = None,
) -> ReprocessSummary:
    """Rebuild the articles from the stored documents, without fetching.

    Articles that come out the same are left untouched; those whose text changed
    (or that are new) get their statements re-extracted, loading the model only
    then; articles no document yields any more are deleted with their statements.
    """
    run_id = history.start_run(conn, "reparse", {"batch_size": batch_size}, flow_run_id)
    try:
        documents = stored_documents(conn)
        before = stored_articles(conn)
        parsed, failures = [], []
        for document in documents:
            try:
                parsed.append(parse(document))
            except ParseError as err:
                failures.append(f"{document.source_name}: {err}")
        kept, duplicates = dedupe_articles(parsed, {})
        changed = [a for a in kept if _row(a) != before.rows.get(a.article_id)]
        new_text = [
            a
            for a in changed
            if a.article_id not in before.ids
            or before.texts[a.article_id] != a.text_sha256
        ]
        statements = _extract(load_nlp, new_text, batch_size) if new_text else {}
        removed = sorted(before.ids - {a.article_id for a in kept})
        db.save_articles(conn, changed, statements, removed)
        counts = {
            "documents": len(documents),
            "articles": len(kept),
            "changed": len(changed),
            "removed": len(removed),
            "reextracted": len(new_text),
            "statements": sum(len(s) for s in statements.values()),
            "duplicates": len(duplicates),
        }
        status = history.finish_run(conn, run_id, counts, failures)
    except BaseException as err:
        history.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
    return ReprocessSummary(
        run_id, "reparse", status, counts, tuple(failures), extractor_versions(conn)
    )


def reextract(
    conn: duckdb.DuckDBPyConnection,
    nlp: Language,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    flow_run_id: str | None = None,
) -> ReprocessSummary:
    """Rebuild every statement from the stored articles with this model and rules.

    Statement ids hash the article id and spans, so a statement found again keeps
    its id; each records the extractor version that produced it.
    """
    version = pipeline.extractor_version(nlp)
    parameters = {"extractor_version": version, "batch_size": batch_size}
    run_id = history.start_run(conn, "reextract", parameters, flow_run_id)
    try:
        rows = conn.execute(
            "SELECT article_id, text FROM articles ORDER BY article_id"
        ).fetchall()
        before = conn.execute("SELECT count(*) FROM statements").fetchone()
        statements = dict(
            pipeline.extract_statements(
                nlp, rows, batch_size=batch_size, n_process=n_process
            )
        )
        db.save_articles(conn, [], statements)
        counts = {
            "articles": len(rows),
            "statements": sum(len(s) for s in statements.values()),
            "statements_before": int(before[0]) if before else 0,
        }
        status = history.finish_run(conn, run_id, counts, [])
    except BaseException as err:
        history.finish_run(conn, run_id, {}, [f"run stopped: {err!r}"], status="failed")
        raise
    return ReprocessSummary(
        run_id, "reextract", status, counts, (), extractor_versions(conn)
    )


def stored_documents(conn: duckdb.DuckDBPyConnection) -> list[RawDocument]:
    """Every stored document, those that hold an article first (so that dedupe
    keeps the same one of two equal texts), then oldest first."""
    rows = conn.execute(
        """
        SELECT coalesce(s.name, d.source_id), d.url, d.final_url, d.status,
               d.content_type, d.etag, d.last_modified, d.body, d.fetched_at
        FROM documents d
        LEFT JOIN sources s USING (source_id)
        ORDER BY EXISTS (
            SELECT 1 FROM articles a WHERE a.document_id = d.document_id
        ) DESC, d.fetched_at, d.document_id
        """
    ).fetchall()
    return [
        RawDocument(
            source_name=row[0],
            url=row[1],
            final_url=row[2],
            status=row[3],
            content_type=row[4],
            etag=row[5],
            last_modified=row[6],
            body=bytes(row[7]),
            fetched_at=row[8],
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class StoredArticles:
    """The stored articles by id: each row as `_row` shapes it, and text hash."""

    rows: dict[str, tuple[object, ...]]
    texts: dict[str, str]

    @property
    def ids(self) -> set[str]:
        return set(self.rows)


def stored_articles(conn: duckdb.DuckDBPyConnection) -> StoredArticles:
    """Every stored article, in the shape `reparse` compares."""
    rows = conn.execute(
        "SELECT article_id, document_id, url, canonical_url, title, author, sitename,"
        " published, date_source, language, text, text_sha256, citations, license,"
        " parser_version FROM articles"
    ).fetchall()
    shaped = {}
    for row in rows:
        citations = tuple(
            Citation(c["text"], c["offset"]) for c in json.loads(row[12] or "[]")
        )
        shaped[row[0]] = (*row[1:12], citations, *row[13:])
    return StoredArticles(shaped, {row[0]: row[11] for row in rows})


def extractor_versions(conn: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """The extractor versions of the stored statements."""
    rows = conn.execute(
        "SELECT DISTINCT extractor_version FROM statements ORDER BY 1"
    ).fetchall()
    return tuple(row[0] for row in rows)


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
    )


def _extract(
    load_nlp: Callable[[], Language], articles: Iterable[Article], batch_size: int
) -> dict[str, list[Statement]]:
    nlp = load_nlp()
    texts = [(a.article_id, a.text) for a in articles]
    return dict(pipeline.extract_statements(nlp, texts, batch_size=batch_size))
