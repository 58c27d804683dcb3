"""Parsing pages of the bundled corpus: main text, metadata, citations, clear errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from corpus import load_documents
from corpus.pages import render_site
from extract.dedupe import dedupe_articles
from extract.parse import parse_document, parse_documents
from kernel.errors import ParseError
from kernel.records import RawDocument

BASE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def pages() -> dict[str, RawDocument]:
    docs = load_documents()
    site = render_site(docs, BASE)
    raw = {}
    for doc in docs:
        path = f"/{doc.site}/{doc.slug}.html"
        raw[doc.id] = _raw(BASE + path, site[path].body, site[path].content_type)
    return raw


def _raw(
    url: str, body: bytes, content_type: str = "text/html; charset=utf-8"
) -> RawDocument:
    return RawDocument(
        source_name="test",
        url=url,
        final_url=url,
        status=200,
        content_type=content_type,
        etag=None,
        last_modified=None,
        body=body,
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_seed_page_gives_its_text_without_citations_and_keeps_them_apart(
    pages: dict[str, RawDocument],
) -> None:
    article = parse_document(pages["seed-article"])
    assert article.text.startswith("Russian Foreign Minister Sergey Lavrov signaled")
    assert "[" not in article.text
    assert [c.text for c in article.citations] == [
        "citation innately attributed to the interview materials",
        "citation attributed to UN Security Council statements",
        "UN discussions and official remarks",
        "policy notes and diplomatic briefings",
        "institutional statements and ongoing diplomatic commentary",
    ]
    first = article.citations[0].offset
    assert article.text[:first].endswith("regional stability.")


def test_seed_page_metadata_comes_from_the_page(pages: dict[str, RawDocument]) -> None:
    article = parse_document(pages["seed-article"])
    assert article.title == (
        "Lavrov signals openness to talks as China urges Security Council "
        "to restart negotiations"
    )
    assert article.published == date(2025, 3, 14)
    assert article.date_source == "json-ld"
    assert article.author == "Communiqué example desk"
    assert article.language == "en"
    assert article.canonical_url.startswith(f"{BASE}/wire/seed-article-")


@pytest.mark.parametrize("doc_id", ["dipl-001", "dipl-031", "dipl-041"])
def test_boilerplate_stays_out_of_the_main_text(
    pages: dict[str, RawDocument], doc_id: str
) -> None:
    text = parse_document(pages[doc_id]).text
    for boilerplate in ("We use cookies", "Most read", "newsletter", "Related"):
        assert boilerplate not in text


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", "text/html", "http://x/a: empty body"),
        (
            b"%PDF-1.7",
            "application/pdf",
            "http://x/a: not an HTML page (Content-Type application/pdf)",
        ),
        (
            b"<html><body><nav></nav></body></html>",
            "text/html",
            "http://x/a: no main text found",
        ),
        (
            b"<html><body><p>Too short.</p></body></html>",
            "text/html",
            "http://x/a: main text too short (10 characters): probably not an article",
        ),
    ],
)
def test_a_page_without_an_article_is_a_clear_parse_error(
    body: bytes, content_type: str, message: str
) -> None:
    with pytest.raises(ParseError) as error:
        parse_document(_raw("http://x/a", body, content_type))
    assert str(error.value) == message


def test_parse_errors_are_listed_and_the_other_documents_go_on(
    pages: dict[str, RawDocument],
) -> None:
    broken = _raw("http://x/empty", b"")
    articles, errors = parse_documents([broken, pages["dipl-001"]])
    assert [a.document_id for a in articles] == [pages["dipl-001"].document_id]
    assert errors == ["test: http://x/empty: empty body"]


def test_the_same_text_under_two_urls_is_kept_once(
    pages: dict[str, RawDocument],
) -> None:
    article = parse_document(pages["dipl-001"])
    copy = replace(article, url="http://mirror/a", canonical_url="http://mirror/a")
    kept, notes = dedupe_articles([article, copy, article], {})
    assert kept == [article]
    assert notes == [
        f"http://mirror/a: same text as article {article.article_id}",
        f"{article.url}: same canonical URL as an article already read",
    ]
