"""A hostile page and a careless operator against whole ingest runs: no page takes
over another's article, and no limited run makes later runs skip pages.

Real HTTP on loopback (a server that answers conditional GETs with 304), real
DuckDB files, the real CLI where the item is about the CLI.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest
from loopback import page_source

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main
from extract.parse import own_canonical

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
TOPICS = (
    "grain exports",
    "border crossings",
    "prisoner exchanges",
    "nuclear safety",
    "maritime routes",
    "energy prices",
    "refugee returns",
    "sanctions relief",
    "water rights",
    "air traffic",
    "fishing quotas",
    "cyber attacks",
    "arms control",
    "debt relief",
    "climate finance",
    "vaccine supplies",
    "election monitors",
)


@dataclass
class Site:
    """A loopback site that sends an ETag with each page and answers 304 to a
    matching If-None-Match, as real servers do. It records each GET and status."""

    url: str = ""
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    asked: list[tuple[str, int]] = field(default_factory=list)

    def put(self, path: str, body: bytes, content_type: str = HTML) -> str:
        self.pages[path] = (body, content_type)
        return self.url + path

    def statuses(self, prefix: str) -> list[int]:
        return [status for path, status in self.asked if path.startswith(prefix)]


@contextmanager
def serve_site() -> Iterator[Site]:
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.pages.get(self.path)
            if page is None:
                self._send(404, b"not found", "text/plain", None)
                return
            body, content_type = page
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", content_type, etag)
            else:
                self._send(200, body, content_type, etag)

        def _send(
            self, status: int, body: bytes, content_type: str, etag: str | None
        ) -> None:
            site.asked.append((self.path, status))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Stay silent; requests are recorded in `Site.asked`."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    site.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def article(topic: str, published: str = "2026-03-02", canonical: str = "") -> bytes:
    """An article page of its own text, about `topic`."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(
        f"<p>The foreign minister said on day {day} that talks on {topic} could "
        f"resume next week, and that the delegations would meet in Geneva.</p>"
        for day in range(4)
    )
    return (
        f'<html lang="en"><head><title>Talks on {topic}</title>{link}'
        f'<meta property="article:published_time" content="{published}">'
        f"</head><body><article><h1>Talks on {topic}</h1>{paragraphs}"
        "</article></body></html>"
    ).encode()


def sources_file(folder: Path, entries: list[tuple[str, str, str]]) -> Path:
    """A sources file of (name, kind, url) entries on loopback, no delays."""
    path = folder / "sources.toml"
    path.write_text(
        '[settings]\ndatabase = "communique.duckdb"\n'
        + "".join(
            f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n'
            "allow_private = true\ndelay = 0\n"
            for name, kind, url in entries
        ),
        encoding="utf-8",
    )
    return path


def stored(database: Path, sql: str) -> list[tuple]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


ARTICLE_ROWS = "SELECT article_id, document_id, url, text, title FROM articles"
STATEMENT_ROWS = (
    "SELECT statement_id, article_id, content, sentence FROM statements ORDER BY ALL"
)


# --- item 3: a canonical link cannot take over another page's article ----------


def test_a_page_claiming_a_stored_articles_canonical_url_is_refused_and_recorded(
    prefect_harness: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve_site() as trusted, serve_site() as other:
        good = trusted.put("/talks.html", article("grain exports"))
        evil = other.put("/copy.html", article("a forged surrender", canonical=good))
        first = sources_file(tmp_path, [("trusted", "page", good)])
        assert main(["ingest", "--sources", str(first)]) == 0
        database = tmp_path / "communique.duckdb"
        articles, statements = (
            stored(database, ARTICLE_ROWS),
            stored(database, STATEMENT_ROWS),
        )
        assert statements, "the trusted article has statements to lose"
        capsys.readouterr()

        both = [("trusted", "page", good), ("other", "page", evil)]
        code = main(["ingest", "--sources", str(sources_file(tmp_path, both))])

    out, err = capsys.readouterr()
    conflict = (
        f"other: {evil}: claims the canonical URL {good} of the article stored "
        f"from {good}: that article is kept"
    )
    assert code == 1
    assert f"  failed: {conflict}" in out.splitlines()
    assert "Failing sources: other" in out
    assert "Traceback" not in out + err
    assert stored(database, ARTICLE_ROWS) == articles
    assert stored(database, STATEMENT_ROWS) == statements
    (failures,) = stored(database, "SELECT failures FROM runs ORDER BY started_at")[-1]
    assert json.loads(failures) == [conflict]


def test_the_first_page_read_keeps_a_canonical_url_two_pages_claim_in_one_run(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with serve_site() as site:
        good = site.put("/talks.html", article("border crossings"))
        evil = site.put("/evil.html", article("a forged surrender", canonical=good))
        sources = [page_source("good", good), page_source("evil", evil)]
        summary = run_ingest(tmp_path / "one.duckdb", sources, nlp)

    assert summary.status == "partial"
    assert summary.failures == (
        f"evil: {evil}: claims the canonical URL {good} of the article stored "
        f"from {good}: that article is kept",
    )
    rows = stored(tmp_path / "one.duckdb", "SELECT url, canonical_url FROM articles")
    assert rows == [(good, good)]


def test_a_canonical_link_to_another_host_is_ignored_and_the_page_kept_as_itself(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with serve_site() as site:
        good = site.put("/talks.html", article("nuclear safety"))
        site.put("/evil.html", article("a forged surrender", canonical=good))
        other = good.replace("127.0.0.1", "localhost").replace("talks", "evil")
        database = tmp_path / "two.duckdb"
        run_ingest(database, [page_source("good", good)], nlp)
        before = stored(database, ARTICLE_ROWS)
        summary = run_ingest(
            database, [page_source("good", good), page_source("other", other)], nlp
        )

    assert summary.status == "ok"
    rows = stored(database, "SELECT url, canonical_url FROM articles ORDER BY url")
    assert rows == sorted([(good, good), (other, other)])
    assert [row for row in stored(database, ARTICLE_ROWS) if row[2] == good] == before


@pytest.mark.parametrize(
    ("declared", "kept"),
    [
        ("https://www.un.org/en/b.html", "https://www.un.org/en/b.html"),
        ("https://news.un.org/en/b.html", "https://news.un.org/en/b.html"),
        ("/en/b.html", "https://www.un.org/en/b.html"),
        ("https://evil.example/en/a.html", "https://www.un.org/en/a.html"),
        ("//evil.example/en/a.html", "https://www.un.org/en/a.html"),
        ("https://www.un.org@evil.example/", "https://www.un.org/en/a.html"),
        ("https://www.un.org\\@evil.example/", "https://www.un.org/en/a.html"),
        ("javascript:alert(1)", "https://www.un.org/en/a.html"),
        ("https://[::1/", "https://www.un.org/en/a.html"),
        ("https://un.org.evil.example/", "https://www.un.org/en/a.html"),
        ("https://other.github.io/a", "https://www.un.org/en/a.html"),
    ],
)
def test_a_canonical_url_is_accepted_only_on_the_pages_own_site(
    declared: str, kept: str
) -> None:
    assert own_canonical(declared, "https://www.un.org/en/a.html") == kept


# --- item 9: --limit and --since do not make later runs skip pages ---------------


@pytest.fixture
def feed_site() -> Iterator[tuple[Site, str]]:
    """A site with a 17-item RSS feed of distinct, dated articles."""
    with serve_site() as site:
        links = [
            site.put(f"/news/{n}.html", article(topic, f"2026-02-{n + 1:02d}"))
            for n, topic in enumerate(TOPICS)
        ]
        items = "".join(
            f"<item><title>{u}</title><link>{u}</link></item>" for u in links
        )
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
            f"<link>{site.url}/</link><description>d</description>{items}"
            "</channel></rss>"
        )
        yield site, site.put("/feed.xml", rss.encode(), RSS)


@pytest.mark.parametrize(
    "option",
    [["--limit", "2"], ["--since", "2099-01-01"]],
    ids=["limit", "since"],
)
def test_a_limited_run_leaves_the_skipped_pages_to_the_next_plain_run(
    prefect_harness: None,
    feed_site: tuple[Site, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: list[str],
) -> None:
    site, feed = feed_site
    sources = str(sources_file(tmp_path, [("news", "feed", feed)]))
    database = tmp_path / "communique.duckdb"

    assert main(["ingest", "--sources", sources, *option]) == 0
    limited = stored(database, "SELECT count(*) FROM articles")
    site.asked.clear()
    assert main(["ingest", "--sources", sources]) == 0

    out, err = capsys.readouterr()
    assert limited == [(2,)] if option[0] == "--limit" else [(0,)]
    assert stored(database, "SELECT count(*) FROM articles") == [(17,)]
    assert site.statuses("/feed.xml") == [200]
    assert (
        sorted(site.statuses("/news/"))
        == [200] * (17 - limited[0][0]) + [304] * limited[0][0]
    )
    assert "Traceback" not in out + err

    site.asked.clear()
    assert main(["ingest", "--sources", sources]) == 0
    assert site.statuses("/feed.xml") == [304]  # a full run saves the validators
    assert site.statuses("/news/") == []


def test_many_sources_naming_one_article_count_it_once(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with serve_site() as site:
        first = site.put("/talks-0.html", article("grain exports"))
        urls = [first] + [
            site.put(f"/talks-{n}.html", article("grain exports", canonical=first))
            for n in range(1, 20)
        ]
        sources = [page_source(f"s{n}", url) for n, url in enumerate(urls)]
        summary = run_ingest(tmp_path / "many.duckdb", sources, nlp)

    assert summary.counts["articles"] == summary.counts["total_articles"] == 1
    assert summary.counts["statements"] == summary.counts["total_statements"]
    assert summary.counts["duplicates"] == 19
