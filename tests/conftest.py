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
