"""Whole ingest runs on loopback: faults recorded, the run goes on, pages kept once.

Each test names its row of docs/reliability.md. The runs are real: the ingest
run body in-process, or the CLI with its Prefect flow.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from ingesting import SEED_PATH, run_ingest
from loopback import (
    HTML,
    PAGE,
    Loopback,
    Reply,
    page_source,
    serve_loopback,
)

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


def test_same_article_under_two_urls_is_stored_once(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    canonical = f'<link rel="canonical" href="{loopback.url}/a.html">'
    with_link = PAGE.replace(b"<head>", b"<head>" + canonical.encode())
    urls = [
        loopback.script("/a.html", Reply(body=with_link)),
        loopback.script("/amp/a.html", Reply(body=with_link)),  # same canonical URL
        loopback.script("/mirror.html", Reply(body=PAGE)),  # same text, no link
    ]
    sources = [page_source(f"copy{i}", url) for i, url in enumerate(urls)]

    summary = run_ingest(tmp_path / "dup.duckdb", sources, nlp)

    assert summary.status == "ok"
    conn = duckdb.connect(str(tmp_path / "dup.duckdb"), read_only=True)
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()
    articles = conn.execute("SELECT canonical_url FROM articles").fetchall()
    conn.close()
    assert documents == (3,)
    assert articles == [(urls[0],)]


# --- a whole run ------------------------------------------------------------------


def test_ingest_records_each_fault_goes_on_and_prints_no_traceback(
    prefect_harness: None,
    corpus_server: object,
    loopback: Loopback,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = corpus_server.url + SEED_PATH  # type: ignore[attr-defined]
    zipped = (*HTML, ("Content-Encoding", "gzip"))
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    urls = {
        "gone": loopback.script("/gone.html", Reply(404, b"no")),
        "pdf": loopback.script(
            "/report",
            Reply(body=b"%PDF", headers=(("Content-Type", "application/pdf"),)),
        ),
        "loop": loopback.script(
            "/loop.html", Reply(302, b"", (("Location", "/loop.html"),))
        ),
        "bomb": loopback.script("/bomb.html", Reply(body=bomb, headers=zipped)),
        "nowhere": "http://nonexistent.invalid/feed.xml",
    }
    private = loopback.script("/private.html", Reply())
    entries = [("seed", "page", seed, True), ("private", "page", private, False)]
    entries += [(name, "page", url, True) for name, url in urls.items()]
    sources = _sources_file(tmp_path, entries)
    expected = _expected_failures(private, urls)

    code = main(["ingest", "--sources", str(sources)])

    out, err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Ingest partial: 1 pages fetched; ")
    failed = [line for line in out.splitlines() if line.startswith("  failed: ")]
    assert [line[len("  failed: ") :] for line in failed] == expected
    assert "Traceback" not in out + err
    status, failures, recorded, articles = _recorded(tmp_path / "communique.duckdb")
    assert status == "partial"
    assert json.loads(failures) == expected
    assert articles == (1,)
    outcomes = {name: outcome for name, outcome, _ in recorded}
    assert outcomes == {
        "seed": "ok",
        "private": "skipped",
        "gone": "error",
        "pdf": "error",
        "loop": "error",
        "bomb": "error",
        "nowhere": "error",
    }
    assert all(error for name, _, error in recorded if name != "seed")


def _sources_file(folder: Path, entries: list[tuple[str, str, str, bool]]) -> Path:
    """A sources file of (name, kind, url, allow_private) entries, no delays."""
    sources = folder / "sources.toml"
    sources.write_text(
        '[settings]\ndatabase = "communique.duckdb"\n'
        + "".join(
            f'[[source]]\nname = "{n}"\nkind = "{k}"\nurl = "{u}"\n'
            f"allow_private = {str(p).lower()}\ndelay = 0\n"
            for n, k, u, p in entries
        ),
        encoding="utf-8",
    )
    return sources


def _recorded(database: Path) -> tuple[str, str, list[tuple], tuple | None]:
    """The run's status and failures, every non-robots fetch as (source, outcome,
    error), and the article count."""
    conn = duckdb.connect(str(database), read_only=True)
    try:
        row = conn.execute("SELECT status, failures FROM runs").fetchone()
        assert row is not None
        recorded = conn.execute(
            "SELECT s.name, f.outcome, f.error FROM fetches f JOIN sources s"
            " USING (source_id) WHERE f.url NOT LIKE '%/robots.txt'"
            " ORDER BY s.name, f.attempt"
        ).fetchall()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()
    finally:
        conn.close()
    return row[0], row[1], recorded, articles


def _expected_failures(private: str, urls: dict[str, str]) -> list[str]:
    """The one-line failure of each faulty source, in the sources file's order."""
    gone, report, loop = urls["gone"], urls["pdf"], urls["loop"]
    return [
        f"private: {private}: refused: 127.0.0.1 resolves to 127.0.0.1, a private, "
        "loopback, link-local or metadata address (set allow_private = true on the "
        "source to allow it)",
        f"gone: {gone}: HTTP 404 Not Found: not retried, check the URL",
        f"pdf: {report}: not an HTML page (Content-Type application/pdf): not stored",
        f"loop: {loop}: redirect loop ({loop} → {loop}): fix the URL or the site",
        f"bomb: {urls['bomb']}: body larger than the limit of 5000000 bytes: cut off "
        "and not stored (raise max_bytes if the page is genuine)",
        f"nowhere: {urls['nowhere']}: cannot resolve host nonexistent.invalid (DNS): "
        "check the URL in the sources file",
    ]
