"""Parsing pages of the bundled corpus: main text, metadata, citations, clear errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from corpus import load_documents
from corpus.pages import render_site
from extract.dedupe import dedupe_articles
from extract.parse import parse_document, parse_documents, strip_citations
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


@pytest.mark.parametrize("doc_id", ["dipl-030", "dipl-045", "dipl-004"])
def test_a_republished_page_gives_its_licence_attribution_and_original(
    pages: dict[str, RawDocument], doc_id: str
) -> None:
    doc = next(d for d in load_documents() if d.id == doc_id)
    article = parse_document(pages[doc_id])

    assert article.license == doc.license_url
    assert article.attribution == doc.attribution
    assert article.original_url == doc.original_url
    assert article.canonical_url.startswith(BASE)  # the page read stays canonical


def test_the_seed_article_has_an_attribution_and_no_original(
    pages: dict[str, RawDocument],
) -> None:
    article = parse_document(pages["seed-article"])

    assert article.attribution is not None
    assert article.attribution.startswith("Synthetic example article")
    assert article.original_url is None


@pytest.mark.parametrize(
    ("based_on", "original"),
    [
        ('{"@id": "https://news.test/a"}', "https://news.test/a"),
        ('[{"url": "/b"}]', "http://x/b"),
        ('"javascript:alert(1)"', None),
        ('"http://x/a"', None),  # the page itself
    ],
)
def test_the_original_is_an_http_url_other_than_the_page(
    based_on: str, original: str | None
) -> None:
    page = (
        '<html lang="en"><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "isBasedOn": {based_on}}}</script></head>'
        f"<body><article><p>{'The minister said talks would resume. ' * 10}</p>"
        "</article></body></html>"
    )

    article = parse_document(_raw("http://x/a", page.encode()))

    assert article.original_url == original


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
    articles, errors, _others = parse_documents([broken, pages["dipl-001"]])
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


# The structure of an en.kremlin.ru readout: the lead sits above the element
# marked as the article body.
KREMLIN_READOUT = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Telephone conversation with Federal Chancellor of Germany Angela Merkel</title>
</head><body><header class="header"><nav><a href="/">President</a></nav></header>
<main><div class="read" itemscope itemtype="http://schema.org/NewsArticle">
<div class="read__in"><div class="read__top">
<h1 class="entry-title p-name" itemprop="name">Telephone conversation with Federal
Chancellor of Germany Angela Merkel</h1>
<div class="read__lead entry-summary p-summary" itemprop="description"><div><p>
Vladimir Putin had a telephone conversation with Federal Chancellor of Germany
Angela Merkel.</p></div></div>
<div class="read__meta"><time class="read__published" datetime="2020-03-20"
itemprop="datePublished">March 20, 2020</time></div></div>
<div class="entry-content e-content read__internal_content" itemprop="articleBody">
<p>The two leaders discussed the situation related to the spread of the coronavirus
infection in Europe and Russia, and the measures taken to counter the threat.</p>
<p>They also exchanged views on the situation in Syria, Libya and Ukraine, and
agreed to continue contacts at various levels.</p>
</div></div></div></main><footer><p>All content is licensed under CC BY 4.0</p>
</footer></body></html>"""


def test_the_lead_above_the_article_body_opens_the_main_text() -> None:
    url = "http://en.kremlin.ru/events/president/news/63040"
    article = parse_document(_raw(url, KREMLIN_READOUT))
    assert article.text.startswith(
        "Vladimir Putin had a telephone conversation with Federal Chancellor of "
        "Germany Angela Merkel.\nThe two leaders discussed"
    )
    assert (article.published, article.date_source) == (date(2020, 3, 20), "microdata")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Add the vegetables. [1 cup asparagus]",
        "The list is ready. [2, 3, 4, 5]",
        "For God so loved the world. [John 3:16]",
        "He said so [in an interview with reporters]",
    ],
)
def test_brackets_that_are_content_stay_when_the_page_marks_no_citation(
    paragraph: str,
) -> None:
    assert strip_citations(paragraph + "\nNext.").text == paragraph + "\nNext."
