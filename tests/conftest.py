"""Shared fixtures: one spaCy pipeline, one corpus server, one Prefect harness."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

SHARED = Path(__file__).resolve().parents[1] / "corpus" / "data"
SEED_TEXT = SHARED / "seed-article.txt"
SEED_GOLD = Path(__file__).resolve().parent / "data" / "seed-statements.json"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from extract.pipeline import load_pipeline

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


@pytest.fixture(scope="session")
def demo_snapshot(nlp, corpus_server, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The analysts' snapshot of the bundled corpus, built once through the plain
    stage functions (no Prefect run): fetch, parse, extract, store, snapshot."""
    from communique.config import load_config
    from extract.actors import load_registry
    from extract.dedupe import dedupe_articles
    from extract.fetch import Fetcher, fetch_source
    from extract.parse import parse_documents
    from extract.pipeline import extract_statements
    from store import db
    from store.snapshot import publish_snapshot

    folder = tmp_path_factory.mktemp("demo")
    config = load_config(write_sources(folder, corpus_server.url))
    conn = db.open_store(config.settings.database)
    run_id = db.start_run(conn, "ingest", {"sources": str(config.path)})
    db.save_sources(conn, config.sources)
    db.save_actors(conn, load_registry().actors.values())
    fetcher = Fetcher()
    known_texts: dict[str, str] = {}
    seen: set[str] = set()
    for source in config.sources:
        result = fetch_source(fetcher, source, {}, None)
        fresh = [d for d in result.documents if d.url not in seen]
        seen.update(d.url for d in fresh)
        articles, _ = parse_documents(fresh)
        articles, _ = dedupe_articles(articles, known_texts)
        known_texts.update({a.text_sha256: a.article_id for a in articles})
        statements = dict(
            extract_statements(nlp, [(a.article_id, a.text) for a in articles])
        )
        db.save_batch(
            conn, run_id, source, result.attempts, fresh, articles, statements, None
        )
    fetcher.close()
    db.finish_run(conn, run_id, {"articles": len(known_texts)}, [])
    snapshot = publish_snapshot(conn, folder / "communique-snapshot.duckdb")
    conn.close()
    return snapshot
