"""A run with nothing new rebuilds nothing: the site and the snapshot stand until
their content, settings or templates change, or a run asks for `full`."""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest, small_corpus
from publish_data import TEMPLATES, fill
from spacy.language import Language

from extract import fragments
from kernel.config import Config, Settings
from publish.inputs import build_inputs, input_files
from runs.ingest import MEMORY_LIMIT, ingest
from runs.publish import publish
from runs.runner import SerialRunner
from store import db
from store.snapshot import refresh_snapshot

NEW_STATEMENT = """
INSERT INTO statements
SELECT * REPLACE ('zh2' AS statement_id, 7 AS seq) FROM statements
WHERE statement_id = 'zh1'
"""
CHANGED_ACT = "UPDATE statements SET act = 'warn' WHERE statement_id = 'zh1'"
NEW_ACTOR_NAME = "UPDATE actors SET name = 'Russian Federation' WHERE actor_id = 'RUS'"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated database with the publishing tests' articles and statements."""
    conn = db.open_store(tmp_path / "communique.duckdb")
    fill(conn)
    yield conn
    conn.close()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    settings = Settings(database=tmp_path / "communique.duckdb", site=tmp_path / "site")
    return Config(settings, (), tmp_path / "sources.toml")


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns


def test_a_publish_with_nothing_new_leaves_the_site_as_it_was(store, config):
    first = publish(store, config)
    before = _stamp(config.settings.site / "index.html")

    again = publish(store, config)

    assert not first.unchanged
    assert first.pages > 0
    assert again.unchanged
    assert (again.pages, again.feeds) == (0, 0)
    assert _stamp(config.settings.site / "index.html") == before
    recorded = store.execute(
        "SELECT counts->>'unchanged' FROM runs WHERE flow = 'publish'"
        " ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
    assert recorded == ("1",)


@pytest.mark.parametrize(
    "change", [NEW_STATEMENT, CHANGED_ACT, NEW_ACTOR_NAME], ids=["new", "act", "name"]
)
def test_a_new_or_changed_row_rebuilds_the_site(store, config, change):
    publish(store, config)

    store.execute(change)
    again = publish(store, config)

    assert not again.unchanged
    assert again.pages > 0


def test_a_new_setting_a_full_run_or_a_deleted_site_rebuilds_the_site(store, config):
    publish(store, config)
    retitled = replace(config, settings=replace(config.settings, site_title="Other"))

    assert not publish(store, retitled).unchanged
    assert publish(store, retitled).unchanged
    assert not publish(store, retitled, full=True).unchanged
    assert not publish(store, retitled, limit=2).unchanged
    shutil.rmtree(retitled.settings.site / "articles")
    (retitled.settings.site / "index.html").unlink()
    assert not publish(store, retitled, limit=2).unchanged
    assert (retitled.settings.site / "articles").is_dir()


def test_a_site_another_database_built_in_its_place_is_rebuilt(store, config, tmp_path):
    publish(store, config)
    other = db.open_store(tmp_path / "other.duckdb")
    try:
        fill(other)
        other.execute(CHANGED_ACT)
        assert not publish(other, config).unchanged
    finally:
        other.close()

    assert not publish(store, config).unchanged
    assert publish(store, config).unchanged


def test_a_changed_template_changes_what_the_site_is_built_from(tmp_path):
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES, copy)
    before = build_inputs(copy)

    style = copy / "style.css"
    style.write_text(style.read_text(encoding="utf-8") + "\n/* new */\n")

    assert build_inputs(copy) != before
    assert build_inputs(TEMPLATES) == build_inputs(TEMPLATES)


def test_the_code_that_splits_a_content_for_its_pages_is_what_a_site_is_built_from():
    assert Path(fragments.__file__) in input_files(TEMPLATES)


def test_the_snapshot_is_rewritten_only_when_the_content_changed(
    corpus_server, nlp, tmp_path
):
    database = tmp_path / "communique.duckdb"
    sources = small_corpus(corpus_server.url)
    first = run_ingest(database, sources, nlp)
    assert first.snapshot is not None
    written = _stamp(first.snapshot)

    again = run_ingest(database, sources, nlp)  # every page answers 304

    assert first.snapshot_written
    assert not again.snapshot_written
    assert _stamp(first.snapshot) == written
    with duckdb.connect(str(database)) as conn:
        conn.execute(
            "DELETE FROM statements WHERE statement_id ="
            " (SELECT min(statement_id) FROM statements)"
        )
        stored = conn.execute("SELECT count(*) FROM statements").fetchone()
    third = run_ingest(database, sources, nlp)
    assert third.snapshot_written
    with duckdb.connect(str(first.snapshot), read_only=True) as snapshot:
        assert snapshot.execute("SELECT count(*) FROM statements").fetchone() == stored
    stale = tmp_path / "stale.duckdb"  # another file put in the snapshot's place
    shutil.copy(first.snapshot, stale)
    stale.replace(first.snapshot)
    assert run_ingest(database, sources, nlp).snapshot_written


class _LimitWatcher(SerialRunner):
    """Notes DuckDB's memory limit on the run's connection when the NLP starts."""

    def __init__(self, settings: Settings, conn: duckdb.DuckDBPyConnection, nlp):  # type: ignore[no-untyped-def]
        super().__init__(settings, nlp=nlp)
        self.conn = conn
        self.limits: list[str] = []

    def extract(self, texts, label, background=None):  # type: ignore[no-untyped-def]
        limit = self.conn.execute("SELECT current_setting('memory_limit')").fetchone()
        self.limits.append(str(limit[0]) if limit else "")
        return super().extract(texts, label, background)


def test_an_ingest_run_keeps_duckdb_under_its_memory_limit_and_lifts_it_after(
    corpus_server, nlp, tmp_path
):
    database = tmp_path / "communique.duckdb"
    settings = Settings(database=database, site=tmp_path / "site")
    config = Config(settings, tuple(small_corpus(corpus_server.url)), tmp_path / "s")
    with duckdb.connect() as scratch:
        scratch.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        (expected,) = scratch.execute(
            "SELECT current_setting('memory_limit')"
        ).fetchone()
    conn = db.open_store(database)
    try:
        conn.execute("SET memory_limit = '2GiB'")  # shown as set, to a tenth of a GiB
        (before,) = conn.execute("SELECT current_setting('memory_limit')").fetchone()
        runner = _LimitWatcher(settings, conn, nlp)
        ingest(conn, config, runner)
        (after,) = conn.execute("SELECT current_setting('memory_limit')").fetchone()
    finally:
        conn.close()

    assert runner.limits
    assert set(runner.limits) == {expected}
    assert expected != before
    assert after == before


def test_an_ingest_run_lets_go_of_the_model_it_loaded_before_the_snapshot(
    corpus_server, tmp_path, monkeypatch
):
    database = tmp_path / "communique.duckdb"
    settings = Settings(database=database, site=tmp_path / "site")
    config = Config(settings, tuple(small_corpus(corpus_server.url)), tmp_path / "s")
    runner = _ModelWatcher(settings)
    alive_at_snapshot: list[bool] = []

    def watched(conn, target, *, full=False):  # type: ignore[no-untyped-def]
        alive_at_snapshot.append(runner.model() is not None)
        return refresh_snapshot(conn, target, full=full)

    monkeypatch.setattr("runs.ingest.refresh_snapshot", watched)
    conn = db.open_store(database)
    try:
        summary = ingest(conn, config, runner)
    finally:
        runner.close()
        conn.close()

    assert summary.counts["statements"] > 0  # the runner loaded a model and used it
    assert alive_at_snapshot == [False]


class _ModelWatcher(SerialRunner):
    """Keeps a weak reference to the model it extracts with."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.model: Callable[[], Language | None] = lambda: None

    def extract(self, texts, label, background=None):  # type: ignore[no-untyped-def]
        self.model = weakref.ref(self.nlp())
        return super().extract(texts, label, background)
