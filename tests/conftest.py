"""Shared fixtures: one spaCy pipeline, one corpus server, one Prefect harness."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

SHARED = Path(__file__).resolve().parents[1] / "corpus" / "data"
SEED_TEXT = SHARED / "seed-article.txt"
SEED_GOLD = Path(__file__).resolve().parent / "data" / "seed-statements.json"


@contextmanager
def held_by_another_process(database: Path) -> Iterator[str]:
    """Keep a DuckDB file open for writing in another process; yields the
    holder as DuckDB's lock error names it, `(program, PID n)`."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            "conn = duckdb.connect(sys.argv[1])\n"
            "print('ready', flush=True)\n"
            "time.sleep(60)\n",
            str(database),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "ready\n"
        yield f"({os.readlink(f'/proc/{holder.pid}/exe')}, PID {holder.pid})"
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from extract.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_server() -> Iterator[object]:
    from corpus.server import serve_corpus

    with serve_corpus(port=0) as server:
        yield server


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(autouse=True)
def prefect_logs_to_this_test() -> None:
    """Prefect's console handlers keep the stderr they were set up with, which may
    be an earlier test's captured (and closed) stream: point them at this test's."""
    import logging

    for logger in (logging.getLogger(), *logging.root.manager.loggerDict.values()):
        for handler in getattr(logger, "handlers", ()):
            if type(handler).__name__ == "PrefectConsoleHandler":
                handler.stream = sys.stderr
                handler.console.file = sys.stderr


def write_sources(folder: Path, base_url: str, *, extra: str = "") -> Path:
    """A sources file for the bundled corpus served at base_url, plus extra TOML."""
    path = folder / "sources.toml"
    path.write_text(
        f"""
[settings]
database = "communique.duckdb"
site = "site"

[[source]]
name = "kremlin"
kind = "feed"
url = "{base_url}/kremlin/feed.xml"
allow_private = true
delay = 0

[[source]]
name = "whitehouse"
kind = "feed"
url = "{base_url}/whitehouse/feed.xml"
allow_private = true
delay = 0

[[source]]
name = "wikinews"
kind = "feed"
url = "{base_url}/wikinews/feed.xml"
allow_private = true
delay = 0

[[source]]
name = "everything"
kind = "sitemap"
url = "{base_url}/sitemap.xml"
allow_private = true
delay = 0
{extra}
""",
        encoding="utf-8",
    )
    return path


# --- the site for browser tests: one real database, one build, one browser -----

HOSTILE_TITLE = '<script>window.pwned = "title"</script> Hostile & <b>bold</b>'
HOSTILE_SPEAKER = "<img src=x onerror=\"window.pwned='speaker'\"> Minister"
HOSTILE_CONTENT = '<script>window.pwned = "content"</script> talks must resume'
HOSTILE_LINK = '<a href="javascript:window.pwned=1">Geneva</a>'
HOSTILE_URL = 'javascript:window.pwned="url"'


@pytest.fixture(scope="session")
def built_site(corpus_server, nlp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The bundled corpus through the ingest and publish run bodies (no Prefect),
    plus one hostile article stored before publishing (with search)."""
    from kernel.config import Config, Settings
    from kernel.records import Source
    from runs.ingest import ingest
    from runs.publish import publish
    from runs.runner import SerialRunner
    from store import db

    folder = tmp_path_factory.mktemp("browser-site")
    source = Source(
        name="everything",
        kind="sitemap",
        url=f"{corpus_server.url}/sitemap.xml",
        allow_private=True,
        delay=0,
    )
    settings = Settings(database=folder / "communique.duckdb", site=folder / "site")
    config = Config(settings, (source,), folder / "sources.toml")
    runner = SerialRunner(settings, nlp=nlp)
    conn = db.open_store(settings.database)
    try:
        assert ingest(conn, config, runner).status == "ok"
        hostile_article, hostile_statement = _hostile_records()
        db.save_articles(
            conn, [hostile_article], {hostile_article.article_id: [hostile_statement]}
        )
        publish(conn, config)
    finally:
        runner.close()
        conn.close()
    return settings.site, hostile_article.article_id


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The built site served on loopback (pagefind fetches its index over HTTP)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(built_site[0]))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.fail("chromium is missing: scripts/test.sh installs it with apt-get")
    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser, site_url) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh tab that fails the test on any request that leaves the loopback site."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    outside: list[str] = []
    tab.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((site_url, "data:", "blob:"))
            else outside.append(request.url)
        ),
    )
    yield tab
    context.close()
    assert outside == [], f"requests outside the site: {outside}"


def _hostile_records():  # type: ignore[no-untyped-def]
    """An article whose every field tries to inject markup, and one statement."""
    from datetime import date

    from kernel.records import Article, Citation, Statement

    lead = f"Officials met in {HOSTILE_LINK}.\n"
    sentence = f"{HOSTILE_SPEAKER} said that {HOSTILE_CONTENT}."
    text = lead + sentence
    article = Article(
        document_id="hostile",
        url=HOSTILE_URL,
        canonical_url=HOSTILE_URL,
        title=HOSTILE_TITLE,
        author="<i>Mallory</i>",
        sitename="<marquee>Evil</marquee>",
        published=date(2021, 6, 1),
        date_source="test",
        language="en",
        text=text,
        citations=(Citation("<script>cite()</script>", len(lead) - 1),),
        parser_version="test",
    )
    start = len(lead)
    cue_at = text.index(" said", start) + 1
    content_at = text.index(HOSTILE_CONTENT)
    statement = Statement(
        article_id=article.article_id,
        seq=0,
        cue="said",
        cue_span=(cue_at, cue_at + 4),
        content=HOSTILE_CONTENT,
        content_span=(content_at, content_at + len(HOSTILE_CONTENT)),
        kind="indirect",
        sentence=sentence,
        sentence_span=(start, len(text)),
        act="state",
        extractor_version="test",
        speaker=HOSTILE_SPEAKER,
        speaker_mention=HOSTILE_SPEAKER,
        speaker_span=(start, start + len(HOSTILE_SPEAKER)),
        actor_ids=("EVL",),
        topics=("negotiations",),
    )
    return article, statement


@pytest.fixture(scope="session")
def demo_snapshot(nlp, corpus_server, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The analysts' snapshot of the bundled corpus, built once by the ingest run
    body (no Prefect run): fetch, parse, extract, store, snapshot."""
    from kernel.config import load_config
    from runs.ingest import ingest
    from runs.runner import SerialRunner
    from store import db

    folder = tmp_path_factory.mktemp("demo")
    config = load_config(write_sources(folder, corpus_server.url))
    runner = SerialRunner(config.settings, nlp=nlp)
    conn = db.open_store(config.settings.database)
    try:
        summary = ingest(conn, config, runner)
    finally:
        runner.close()
        conn.close()
    assert summary.snapshot is not None
    return summary.snapshot
