"""The whole pipeline over real pages served on loopback: no statement from a page
in another language, every speaker a mention, listings and galleries kept as
documents and never as articles.

A subset keeps it fast: every page of ../shared/realpages/aeb/ not in English,
the first 12 in English, the bundled corpus's index pages (listings) and a photo
gallery.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import py3langid

from corpus import load_documents
from corpus.pages import render_site
from kernel.config import Config, Settings
from kernel.records import Source
from runs.reprocess import reextract
from runs.runner import SerialRunner
from store import db
from tests.ingesting import run_ingest
from tests.loopback import Reply, serve_loopback
from tests.realpages import pages
from tests.test_pagetypes import GALLERY

ENGLISH_PAGES = 12
INDEXES = ("/", "/kremlin/", "/whitehouse/", "/wikinews/")


def _real_pages() -> list[tuple[str, bytes, bool]]:
    """(key, body, in English) for the subset."""
    chosen, english = [], 0
    for key, item, raw in pages("aeb"):
        is_english = py3langid.classify(item["articleBody"])[0] == "en"
        if is_english and english >= ENGLISH_PAGES:
            continue
        english += is_english
        chosen.append((key, raw.body, is_english))
    return chosen


def test_real_pages_through_the_pipeline(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    real = _real_pages()
    site = render_site(load_documents(), "http://127.0.0.1:9")
    with serve_loopback() as server:
        urls = [server.script(f"/aeb/{key}.html", Reply(body=b)) for key, b, _ in real]
        listings = [
            server.script(f"/index{i}.html", Reply(body=site[path].body))
            for i, path in enumerate(INDEXES)
        ]
        gallery = server.script("/gallery.html", Reply(body=GALLERY))
        sources = [
            Source(f"page{i}", "page", url, allow_private=True, delay=0)
            for i, url in enumerate([*urls, *listings, gallery])
        ]
        summary = run_ingest(tmp_path / "real.duckdb", sources, nlp)

    database = tmp_path / "real.duckdb"
    settings = Settings(database=database, site=tmp_path / "site")
    config = Config(settings, tuple(sources), tmp_path / "sources.toml")
    conn = db.open_store(database)
    try:  # re-extracting every stored article keeps to English too
        reextract(conn, config, SerialRunner(settings, nlp=nlp))
    finally:
        conn.close()
    conn = duckdb.connect(str(database), read_only=True)
    stored = {u for (u,) in conn.execute("SELECT url FROM articles").fetchall()}
    documents = dict(
        conn.execute("SELECT url, page_type FROM documents").fetchall()  # type: ignore[arg-type]
    )
    foreign = conn.execute(
        "SELECT count(*) FROM statements s JOIN articles a USING (article_id)"
        " WHERE a.language <> 'en'"
    ).fetchone()
    speakers = [
        s for (s,) in conn.execute("SELECT speaker FROM statements").fetchall() if s
    ]
    conn.close()

    not_english = sum(not is_english for _k, _b, is_english in real)
    assert summary.counts["not_articles"] == len(INDEXES) + 1
    assert summary.counts["other_language"] == not_english
    assert not stored & {*listings, gallery}
    assert [documents[url] for url in [*listings, gallery]] == [
        *["listing"] * len(INDEXES),
        "gallery",
    ]
    assert {documents[url] for url in stored} == {"article"}
    assert foreign == (0,)
    assert summary.counts["statements"] > 0
    assert [s for s in speakers if "\n" in s or len(s) > 80] == []
