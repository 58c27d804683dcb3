"""The bundled corpus end to end: each republished article keeps its licence,
attribution and original from its page to the site and the downloads."""

from __future__ import annotations

import duckdb
from bs4 import BeautifulSoup

from corpus import load_documents
from corpus.pages import article_path
from kernel.records import stable_id
from publish.links import Links


def test_a_cc_by_article_page_credits_its_source_and_links_licence_and_original(
    built_site, corpus_server
):
    site, _ = built_site
    doc = next(d for d in load_documents() if d.id == "dipl-030")  # en.kremlin.ru
    article_id = stable_id(corpus_server.url + article_path(doc))
    page = site / Links.build([], []).article(article_id)

    box = _soup(page).select_one("aside.licence")

    assert box.select_one(".licence__attribution").get_text() == (
        "Source: President of Russia, en.kremlin.ru, CC BY 4.0"
    )
    licence = box.select_one(".licence__terms a[rel~=license]")
    assert (licence["href"], licence.get_text()) == (doc.license_url, "CC BY 4.0")
    original = box.select_one(".licence__original a")
    assert original["href"] == doc.original_url
    assert original["href"].startswith("http://en.kremlin.ru/")


def test_the_downloads_name_each_statements_licence_and_attribution(built_site):
    site, _ = built_site
    parquet = str(site / "data" / "statements" / "*.parquet")
    conn = duckdb.connect()

    rows = conn.execute(
        "SELECT DISTINCT license, attribution FROM read_parquet(?)"
        " WHERE original_url LIKE 'http://en.kremlin.ru/%'",
        [parquet],
    ).fetchall()
    conn.close()

    assert rows == [
        (
            "https://creativecommons.org/licenses/by/4.0/",
            "Source: President of Russia, en.kremlin.ru, CC BY 4.0",
        )
    ]


def _soup(path):  # type: ignore[no-untyped-def]
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
