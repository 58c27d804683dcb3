"""Operators' command line: usage errors, status, run history, windows, migration."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml
from conftest import held_by_another_process

from communique.cli import main
from kernel.config import Settings, load_config, snapshot_path
from kernel.errors import ConfigError
from store import db, history
from store.reads import load_site_data
from store.window import site_window

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["ingest", "--since", "2025-13-01"],
            "communique ingest: error: argument --since: '2025-13-01' is not a date "
            "like 2025-03-14\n",
        ),
        (["run", "--since", "yesterday"], "'yesterday' is not a date like 2025-03-14"),
        (["ingest", "--limit", "0"], "'0' must be at least 1"),
        (["publish", "--limit", "many"], "'many' is not a whole number"),
        (["serve", "--cron", "0 6 * * *", "--interval", "5"], "not allowed with"),
        (["serve", "--interval", "-1"], "'-1' must be more than 0"),
        (["ingest", "--site", "x"], "error: unrecognized arguments: --site x"),
    ],
)
def test_a_usage_error_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_help_prints_the_full_usage_and_ingest_takes_no_site(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: communique ingest [-h] [--sources SOURCES]")
    assert "--since DATE" in out
    assert "--site" not in out


def test_since_limit_and_exit_codes_are_explained_in_the_help_of_each_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    failed = "0 all good, 1 some sources or documents failed"
    for command, words, exits in (
        ("run", "at most N pages per source are fetched", failed),
        ("ingest", "older pages are still fetched and kept", failed),
        (
            "publish",
            "the N most recently published articles",
            "0 the site is built (or was up to date), 2 usage",
        ),
    ):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "--since DATE" in out
        assert words in out
        assert f"Exit codes: {exits}" in out
    assert "1 some sources" not in out  # publish fails no source or document


def test_serve_without_a_prefect_server_is_a_one_line_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path)
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "communique"),
            "serve",
            "--sources",
            str(ROOT / "sources.toml"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "error: communique serve needs a running Prefect server: start one with "
        "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api\n"
    )


def test_the_main_help_gives_the_exit_codes_the_commands_give(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])

    assert "1 some sources or documents failed" in capsys.readouterr().out


def test_serve_with_a_bad_cron_is_a_one_line_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = ROOT / "sources.toml"

    code = main(["serve", "--sources", str(sources), "--cron", "61 * * * *"])

    assert code == 2
    assert capsys.readouterr().err == (
        'error: --cron "61 * * * *" is not a valid cron expression; write five '
        'fields, like "0 6 * * *"\n'
    )


def test_serve_with_a_bad_schedule_setting_names_the_sources_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[settings]\nschedule = "0 25 * * *"\n'
        '[[source]]\nname = "a"\nkind = "page"\nurl = "http://127.0.0.1:9/"\n',
        encoding="utf-8",
    )

    code = main(["serve", "--sources", str(sources)])

    assert code == 2
    assert capsys.readouterr().err == (
        f'error: {sources}: schedule "0 25 * * *" is not a valid cron expression; '
        'write five fields, like "0 6 * * *"\n'
    )


def test_status_prints_the_last_runs_the_failing_sources_and_row_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "communique.duckdb"
    conn = db.open_store(database)
    for failed in (["down"], [], ["down", "slow"], ["down"]):
        run_id = history.start_run(conn, "ingest", {})
        failures = [f"{name}: timed out" for name in failed]
        history.finish_run(
            conn, run_id, {"articles": 1}, failures, failed_sources=failed
        )
    conn.close()

    code = main(
        ["status", "--sources", str(ROOT / "sources.toml"), "--db", str(database)]
    )

    out = capsys.readouterr().out
    assert code == 0
    assert "Failing sources\n  down (failed 2 runs in a row): down: timed out\n" in out
    assert "slow" not in out.split("Failing sources")[1]
    assert " ingest   partial  1 articles, 0 statements, 1 failures" in out
    rows = dict(line.split() for line in out.split("Rows\n")[1].splitlines())
    assert rows == {
        **dict.fromkeys(db.TABLES, "0"),
        "runs": "4",
        "builds": "0",
        "schema_version": "1",
    }


def test_status_says_a_publish_that_found_nothing_new_left_the_site_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "communique.duckdb"
    conn = db.open_store(database)
    built = history.start_run(conn, "publish", {})
    history.finish_run(conn, built, {"articles": 55, "statements": 1004}, [])
    skipped = history.start_run(conn, "publish", {})
    history.finish_run(conn, skipped, {"unchanged": 1}, [])
    conn.close()

    main(["status", "--sources", str(ROOT / "sources.toml"), "--db", str(database)])

    out = capsys.readouterr().out
    assert " publish  ok       site unchanged, 0 failures" in out
    assert " publish  ok       55 articles, 1004 statements, 0 failures" in out
    assert "0 articles, 0 statements" not in out


def test_a_version_3_database_gains_roles_and_affiliations(tmp_path: Path) -> None:
    database = tmp_path / "old.duckdb"
    conn = db.open_store(database)
    conn.execute("DROP VIEW affiliations")
    conn.execute("ALTER TABLE statements DROP COLUMN role")
    conn.execute("UPDATE schema_version SET version = 3")
    conn.close()

    conn = db.open_store(database)
    versions = conn.execute("SELECT version FROM schema_version").fetchall()
    roles = conn.execute("SELECT count(role) FROM statements").fetchall()
    learned = conn.execute("SELECT count(*) FROM affiliations").fetchall()
    conn.close()
    assert versions == [(3,), (db.SCHEMA_VERSION,)]
    assert roles == [(0,)]
    assert learned == [(0,)]


def test_a_version_2_database_gains_the_run_columns(tmp_path: Path) -> None:
    database = tmp_path / "old.duckdb"
    conn = db.open_store(database)
    conn.execute("DROP VIEW statements_full")
    conn.execute("ALTER TABLE runs DROP COLUMN host")
    conn.execute("ALTER TABLE runs DROP COLUMN failed_sources")
    conn.execute("UPDATE schema_version SET version = 2")
    conn.close()

    conn = db.open_store(database)
    run_id = history.start_run(conn, "ingest", {})
    history.finish_run(conn, run_id, {}, ["a: down"], failed_sources=["a"])

    versions = conn.execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(2,), (db.SCHEMA_VERSION,)]
    assert conn.execute("SELECT failed_sources FROM runs").fetchall() == [(["a"],)]
    assert conn.execute("SELECT count(*) FROM statements_full").fetchall() == [(0,)]
    conn.close()


@pytest.mark.parametrize(
    ("version", "undo", "table", "columns"),
    [
        (
            3,
            [
                "ALTER TABLE documents DROP COLUMN page_type",
                "ALTER TABLE documents DROP COLUMN page_reason",
            ],
            "documents",
            ["page_reason", "page_type"],
        ),
        (
            4,
            [
                "DROP VIEW statements_full",
                "ALTER TABLE articles DROP COLUMN original_url",
                "ALTER TABLE articles DROP COLUMN attribution",
            ],
            "statements_full",  # the view is made again with them
            ["attribution", "original_url"],
        ),
    ],
)
def test_an_older_database_gains_the_columns_of_later_versions(
    tmp_path: Path, version: int, undo: list[str], table: str, columns: list[str]
) -> None:
    database = tmp_path / "old.duckdb"
    conn = db.open_store(database)
    for statement in undo:
        conn.execute(statement)
    conn.execute("UPDATE schema_version SET version = ?", [version])
    conn.close()

    conn = db.open_store(database)
    found = conn.execute(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_name = ? AND list_contains(?, column_name) ORDER BY 1",
        [table, columns],
    ).fetchall()
    versions = conn.execute("SELECT version FROM schema_version").fetchall()
    conn.close()
    assert [c for (c,) in found] == columns
    assert versions == [(version,), (db.SCHEMA_VERSION,)]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('task_runner = "ray"', "task_runner must be one of threads, dask"),
        ("dask_workers = 0", "dask_workers must be a whole number of at least 1"),
        ('schedule = "daily"', "schedule must be a cron expression with five fields"),
    ],
)
def test_bad_operator_settings_are_config_errors(
    tmp_path: Path, toml: str, message: str
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(f"[settings]\n{toml}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_the_snapshot_sits_beside_the_database_unless_configured(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[settings]\ndatabase = "data/x.duckdb"\n', encoding="utf-8")
    assert (
        snapshot_path(load_config(path).settings) == tmp_path / "data/x-snapshot.duckdb"
    )
    path.write_text('[settings]\nsnapshot = "/srv/share/c.duckdb"\n', encoding="utf-8")
    assert snapshot_path(load_config(path).settings) == Path("/srv/share/c.duckdb")


def test_prefect_yaml_deploys_the_pipeline_on_the_default_schedule() -> None:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = spec["deployments"]
    path, name = deployment["entrypoint"].split(":")
    assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8")
    assert deployment["schedules"][0]["cron"] == Settings().schedule
    assert deployment["concurrency_limit"] == 1


@pytest.mark.slow
def test_a_window_since_a_date_shows_only_its_articles(
    demo_snapshot: Path, tmp_path: Path
) -> None:
    # The publish flow holds the writer's connection: so does this test, on a copy.
    conn = duckdb.connect(str(shutil.copy(demo_snapshot, tmp_path / "c.duckdb")))
    everything = load_site_data(conn)
    with site_window(conn, since=date(2025, 1, 1)) as window:
        recent = load_site_data(window)
    with site_window(conn, limit=3) as window:
        latest = load_site_data(window)
    after = load_site_data(conn)
    conn.close()

    assert 0 < len(recent.articles) < len(everything.articles)
    assert all(a.published and a.published >= date(2025, 1, 1) for a in recent.articles)
    assert {s.article_id for s in recent.statements} <= {
        a.article_id for a in recent.articles
    }
    assert all(p.published >= date(2025, 1, 1) for p in recent.latest_positions)
    assert [a.article_id for a in latest.articles] == [
        a.article_id for a in everything.articles[:3]
    ]
    assert after == everything


@pytest.mark.parametrize(
    "command", ["ingest", "run", "publish", "reparse", "reextract"]
)
def test_a_command_on_a_locked_database_is_a_one_line_error_before_any_flow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    database = tmp_path / "locked.duckdb"
    db.open_store(database).close()
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[settings]\ndatabase = "locked.duckdb"\n'
        '[[source]]\nname = "a"\nkind = "page"\nurl = "http://127.0.0.1:9/"\n',
        encoding="utf-8",
    )

    with held_by_another_process(database) as holder:
        code = main([command, "--sources", str(sources)])

    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err == (
        f"error: {database} is locked by another process {holder} (DuckDB allows "
        "one writer): wait for the running job to finish, or stop that process if "
        "it is stuck\n"
    )


def test_publish_without_a_database_is_one_line_before_any_flow_starts(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flows.pipeline

    def no_flow(*args: object, **kwargs: object) -> None:
        raise AssertionError("the publish flow started")

    monkeypatch.setattr(flows.pipeline, "run_publish", no_flow)
    sources = tmp_path / "sources.toml"
    sources.write_text('[settings]\ndatabase = "none.duckdb"\n', encoding="utf-8")

    code = main(["publish", "--sources", str(sources)])

    assert code == 2
    assert capsys.readouterr().err == (
        f"error: no database at {tmp_path / 'none.duckdb'}: run `communique ingest` "
        "first\n"
    )
    assert not (tmp_path / "site").exists()
