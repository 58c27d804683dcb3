"""End to end: the pipeline flow over the bundled corpus served on loopback."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import duckdb
import pytest
from bs4 import BeautifulSoup
from conftest import SEED_GOLD, write_sources

from communique.cli import main
from store.db import CONTENT_TABLES

SEED_PATH = (
    "/wire/seed-article-lavrov-signals-openness-to-talks-as-china-urges-security"
    "-council-to.html"
)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def first_run(prefect_harness, corpus_server, tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pipeline")
    extra = f"""
[[source]]
name = "seed"
kind = "page"
url = "{corpus_server.url}{SEED_PATH}"
allow_private = true
delay = 0
example = true

[[source]]
name = "down"
kind = "feed"
url = "http://127.0.0.1:{_closed_port()}/feed.xml"
allow_private = true
delay = 0
"""
    sources = write_sources(folder, corpus_server.url, extra=extra)
    code = main(["run", "--sources", str(sources)])
    return folder, sources, code


def _snapshot(database: Path) -> dict[str, list[tuple]]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        ids = {t: f"{t[:-1]}_id" for t in CONTENT_TABLES}
        return {
            table: conn.execute(f"SELECT {column} FROM {table} ORDER BY 1").fetchall()
            for table, column in ids.items()
        }
    finally:
        conn.close()


def _position_rows(index: str) -> dict[tuple[str, str], str]:
    """The digest's position rows as text, by (topic heading, actor code)."""
    soup = BeautifulSoup(index, "lxml")
    rows = {}
    for group in soup.select("section.topic-group"):
        topic = group.find("h3").get_text(strip=True)
        for row in group.select("tbody tr"):
            code = row.find("th").get_text(" ", strip=True).split()[-1]
            rows[(topic, code)] = row.get_text(" ", strip=True)
    return rows


def _letters(start: int, end: int, text: str) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def test_a_failing_source_is_recorded_and_the_others_go_on(first_run) -> None:  # type: ignore[no-untyped-def]
    folder, _, code = first_run
    assert code == 1
    conn = duckdb.connect(str(folder / "communique.duckdb"), read_only=True)
    status, failures = conn.execute(
        "SELECT status, failures FROM runs WHERE flow = 'ingest'"
    ).fetchone()
    errors = conn.execute(
        "SELECT count(*) FROM fetches f JOIN sources s USING (source_id)"
        " WHERE s.name = 'down' AND f.outcome = 'error'"
    ).fetchone()[0]
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert status == "partial"
    assert any(f.startswith("down: http://127.0.0.1:") for f in json.loads(failures))
    assert errors >= 1
    assert articles == 55


def test_the_database_holds_the_seed_statements_with_speaker_and_actor(
    first_run,
) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = first_run
    conn = duckdb.connect(str(folder / "communique.duckdb"), read_only=True)
    text, article_id = conn.execute(
        "SELECT text, article_id FROM articles"
        " WHERE canonical_url LIKE '%seed-article%'"
    ).fetchone()
    rows = conn.execute(
        "SELECT content_start, content_end, speaker, actor_id FROM statements"
        " WHERE article_id = ?",
        [article_id],
    ).fetchall()
    conn.close()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["statements"]
    found = 0
    for expected in gold:
        start = text.index(expected["content"])
        want = _letters(start, start + len(expected["content"]), text)
        for s, e, speaker, actor in rows:
            got = _letters(s, e, text)
            if (
                len(want & got) / len(want | got) >= 0.5
                and (speaker or "").lower() == expected["speaker"].lower()
                and actor == expected["actor"]
            ):
                found += 1
                break
    assert found >= 8


def test_the_seed_example_supplies_no_position_and_its_page_says_so(first_run) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = first_run
    conn = duckdb.connect(str(folder / "communique.duckdb"), read_only=True)
    (seed,) = conn.execute(
        "SELECT article_id FROM articles WHERE canonical_url LIKE '%seed-article%'"
    ).fetchone()
    owner, examples = conn.execute(
        "SELECT so.name, (SELECT list(article_id) FROM example_articles)"
        " FROM articles ar JOIN documents d USING (document_id)"
        " JOIN sources so ON so.source_id = d.source_id WHERE ar.article_id = ?",
        [seed],
    ).fetchone()
    views = conn.execute(
        "SELECT count(*) FROM latest_positions WHERE article_id = ?", [seed]
    ).fetchone()
    conn.close()
    assert (owner, examples, views) == ("everything", [seed], (0,))
    index = (folder / "site" / "index.html").read_text(encoding="utf-8")
    rows = _position_rows(index)
    assert ("negotiations", "RUS") in rows  # from the Kremlin's own texts
    seeded = [
        key
        for key, row in rows.items()
        if any(
            words in row
            for words in ("openness to talks", "must be framed", "Zhang Jun")
        )
    ]
    assert seeded == []
    assert f"articles/{seed}.html" not in index
    links = set(re.findall(r'href="(articles/[0-9a-f]+\.html)#s-[0-9a-f]+"', index))
    assert links
    assert all((folder / "site" / link).is_file() for link in links)
    page = BeautifulSoup(
        (folder / "site" / "articles" / f"{seed}.html").read_text(encoding="utf-8"),
        "lxml",
    )
    note = page.select_one("p.example-note")
    assert note is not None
    assert "not counted as any state's positions" in note.get_text()
    assert "openness to talks" in page.get_text()


def test_a_second_run_changes_nothing_and_gets_304s(first_run, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, sources, _ = first_run
    database = folder / "communique.duckdb"
    before = _snapshot(database)
    built = [
        (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in (folder / "site" / "index.html", folder / "communique-snapshot.duckdb")
    ]
    capsys.readouterr()
    main(["run", "--sources", str(sources)])
    assert _snapshot(database) == before
    out = capsys.readouterr().out
    assert "(unchanged: no content changed)\n" in out
    assert "Site unchanged (nothing new since the last build); open " in out
    assert built == [
        (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in (folder / "site" / "index.html", folder / "communique-snapshot.duckdb")
    ]
    conn = duckdb.connect(str(database), read_only=True)
    rows = conn.execute(
        "SELECT outcome, url FROM fetches WHERE run_id = (SELECT run_id FROM runs"
        " WHERE flow = 'ingest' ORDER BY started_at DESC LIMIT 1)"
    ).fetchall()
    conn.close()
    not_modified = [url for outcome, url in rows if outcome == "not_modified"]
    refetched = [url for outcome, url in rows if outcome == "ok"]
    assert len(not_modified) == 5  # four listings and the seed page
    assert all(url.endswith("/robots.txt") for url in refetched)


def test_help_is_offered_for_every_command(capsys) -> None:  # type: ignore[no-untyped-def]
    for command in (
        "demo",
        "run",
        "ingest",
        "publish",
        "extract-dir",
        "serve-corpus",
        "status",
    ):
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: communique " + command in capsys.readouterr().out


def test_a_missing_sources_file_is_a_one_line_error(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["ingest", "--sources", str(tmp_path / "nope.toml")]) == 2
    assert (
        capsys.readouterr().err
        == f"error: sources file not found: {tmp_path / 'nope.toml'}\n"
    )


def test_status_prints_row_counts_and_the_last_runs(first_run, capsys) -> None:  # type: ignore[no-untyped-def]
    _, sources, _ = first_run
    assert main(["status", "--sources", str(sources)]) == 0
    out = capsys.readouterr().out
    rows = out.split("Rows\n")[1].splitlines()
    assert dict(line.split() for line in rows)["articles"] == "55"
    assert " ingest   partial  55 articles" in out


def test_every_run_records_its_prefect_flow_run_parameters_and_failing_sources(
    first_run,
) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = first_run
    conn = duckdb.connect(str(folder / "communique.duckdb"), read_only=True)
    rows = conn.execute(
        "SELECT flow, flow_run_id, finished_at >= started_at, host, failed_sources,"
        " json_extract_string(parameters, '$.task_runner'),"
        " json_extract(counts, '$.pages')"
        " FROM runs ORDER BY started_at LIMIT 2"
    ).fetchall()
    conn.close()
    (ingest, publish) = rows
    assert ingest[0] == "ingest"
    assert ingest[1]
    assert ingest[2:5] == (True, socket.gethostname(), ["down"])
    assert ingest[5] == "threads"
    assert publish[0] == "publish"
    assert publish[1]
    assert publish[1] != ingest[1]
    assert int(publish[6]) > 100


def test_the_analysts_snapshot_is_written_after_the_run(first_run) -> None:  # type: ignore[no-untyped-def]
    folder, _, _ = first_run
    conn = duckdb.connect(str(folder / "communique-snapshot.duckdb"), read_only=True)
    articles = conn.execute("SELECT count(*) FROM statements_full").fetchone()
    conn.close()
    assert articles[0] > 600
