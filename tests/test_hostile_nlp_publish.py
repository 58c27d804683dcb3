"""Hostile metadata on the site: links that read as one host and go to another,
and control or bidi-override characters that hide or reorder what a page shows.

Issue 14 item 6 (rows in docs/reliability.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from publish_data import build, soup

from publish.links import http_url

pytest_plugins = ("publish_fixtures",)

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TRICK = "https://www.un.org@evil.example/"


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://news.test/2", "https://news.test/2"),
        ("https://news.test/a@b?to=x@y", "https://news.test/a@b?to=x@y"),
        (TRICK, None),
        ("https://user:secret@news.test/", None),
        ("https://@news.test/", None),
        ("https://news.test/\u202egnp.exe", None),
        ("https://news.test/\x85", None),
        ("https://news.test/\ufffd", None),
    ],
)
def test_http_url_refuses_userinfo_and_hidden_characters(
    url: str, href: str | None
) -> None:
    assert http_url(url) == href


def test_tricky_links_and_hidden_characters_do_not_reach_the_pages(
    conn: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    conn.execute(
        "UPDATE articles SET title = ?, canonical_url = ?, sitename = ?, author = ?"
        " WHERE article_id = 'late'",
        ["Zhang \u202etxet\u202c urges talks", TRICK, "News\x07 Test", "A\u2066B"],
    )
    # same length, so the stored character offsets of the statements still hold
    conn.execute(
        "UPDATE articles SET text = '\u202e' || text[2:] WHERE article_id = 'early'"
    )
    conn.execute(
        "UPDATE statements SET speaker = ? WHERE statement_id = 'lav1'",
        ["Sergey\u202e Lavrov"],
    )
    site = tmp_path / "hostile-site"

    build(conn, site)

    for path in site.rglob("*.html"):
        assert not UNSAFE.search(path.read_text(encoding="utf-8")), path
    late = soup(site / "articles" / "late.html")
    assert late.h1.get_text() == "Zhang \ufffdtxet\ufffd urges talks"
    assert late.select_one("dl.meta span.url").get_text() == TRICK
    hrefs = [a["href"] for path in site.rglob("*.html") for a in soup(path)("a")]
    assert not [h for h in hrefs if "evil.example" in h]
    early = soup(site / "articles" / "early.html")
    assert early.select_one("div.text p").get_text().startswith("\ufffdussian")
    assert early.select_one("div.text mark.speaker").get_text() == "Sergey Lavrov"
    assert "Sergey\ufffd Lavrov" in early.get_text()
