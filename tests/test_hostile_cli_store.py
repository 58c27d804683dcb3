"""A full disk, an unwritable snapshot, a second writer, an old database: one
line each, exit 2, and the run recorded with what it stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from loopback import Reply, serve_loopback

from communique.cli import main
from store import db, history

ROOT = Path(__file__).resolve().parents[1]
# Ingest two loopback pages with files capped at 2 MB (RLIMIT_FSIZE, no root
# needed): the second page's 3 MB commit fails as on a full disk.
FULL_DISK = """
import resource, sys
sys.path.insert(0, "tests")
from pathlib import Path
from loopback import FAST, PAGE, Reply, serve_loopback
from ingesting import run_ingest
from extract.nlp.pipeline import load_pipeline
from extract.web.fetcher import Fetcher
from kernel.errors import CommuniqueError
from kernel.records import Source
nlp = load_pipeline()
big = PAGE.replace(b"</article>", b"<p>" + b"x" * 3_000_000 + b"</p></article>")
with serve_loopback() as s:
    sources = [Source("small", "page", s.script("/a.html", Reply()), True, 0),
               Source("big", "page", s.script("/b.html", Reply(body=big)), True, 0)]
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, resource.RLIM_INFINITY))
    try:
        run_ingest(Path(sys.argv[1]), sources, nlp, fetcher=Fetcher(settings=FAST))
    except CommuniqueError as err:
        print(str(err).splitlines()[0])
"""


def test_a_full_disk_at_commit_records_the_run_with_what_was_stored(
    tmp_path: Path,
) -> None:
    database = tmp_path / "c.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    assert done.stdout.startswith("cannot store the batch of source big: ")
    assert "File too large" in done.stdout
    conn = db.open_store(database, read_only=True)
    status, counts, failures = conn.execute(
        "SELECT status, counts, failures FROM runs"
    ).fetchone()
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()
    conn.close()
    assert status == "failed"
    assert stored == (1,)
    assert json.loads(counts)["articles"] == 1
    assert json.loads(counts)["statements"] == 6
    assert "source big" in json.loads(failures)[0]


def test_an_unwritable_snapshot_is_one_line_and_keeps_the_run_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prefect_harness: None
) -> None:
    (tmp_path / "snap.duckdb").mkdir()  # a folder where the snapshot file goes
    with serve_loopback() as server:
        url = server.script("/a.html", Reply())
        sources = tmp_path / "sources.toml"
        sources.write_text(
            '[settings]\nsnapshot = "snap.duckdb"\ndatabase = "c.duckdb"\n'
            f'[[source]]\nname = "a"\nkind = "page"\nurl = "{url}"\n'
            "allow_private = true\ndelay = 0\n",
            encoding="utf-8",
        )
        code = main(["ingest", "--sources", str(sources)])

    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("error: ")
    assert "snap.duckdb" in err.splitlines()[-1]
    conn = db.open_store(tmp_path / "c.duckdb", read_only=True)
    status, counts, failures = conn.execute(
        "SELECT status, counts, failures FROM runs"
    ).fetchone()
    conn.close()
    assert status == "partial"
    assert json.loads(counts)["articles"] == 1
    assert "IsADirectoryError" in json.loads(failures)[-1]


# `communique run` whose early lock check passes just before another run takes
# the writer's lock (the holder starts right after the check).
SECOND_RUN = """
import atexit, sys
sys.path.insert(0, "tests")
from conftest import held_by_another_process
import communique.cli as cli
check = cli._check_store
def check_then_lose_the_race(config, *, created=False):
    check(config, created=created)
    holder = held_by_another_process(config.settings.database)
    holder.__enter__()
    atexit.register(holder.__exit__, None, None, None)
cli._check_store = check_then_lose_the_race
raise SystemExit(cli.main(sys.argv[1:]))
"""


def test_a_second_run_after_the_early_check_fails_in_one_line(tmp_path: Path) -> None:
    database = tmp_path / "c.duckdb"
    db.open_store(database).close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    done = subprocess.run(
        [
            *(sys.executable, "-c", SECOND_RUN, "run", "--sources", "sources.toml"),
            *("--db", str(database), "--site", str(tmp_path / "site")),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )

    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    last = [line for line in done.stderr.splitlines() if "temporary server" not in line]
    assert last[-1].startswith(f"error: {database} is locked by another process")


def test_status_reads_a_schema_1_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "old.duckdb"
    conn = db.open_store(database)
    run_id = history.start_run(conn, "ingest", {})
    history.finish_run(conn, run_id, {"articles": 3}, [], failed_sources=[])
    conn.execute("DROP VIEW statements_full")
    conn.execute("ALTER TABLE runs DROP COLUMN host")
    conn.execute("ALTER TABLE runs DROP COLUMN failed_sources")
    conn.execute("UPDATE schema_version SET version = 1")
    conn.close()

    code = main(
        ["status", "--sources", str(ROOT / "sources.toml"), "--db", str(database)]
    )

    out = capsys.readouterr().out
    assert code == 0
    assert " ingest   ok       3 articles" in out
    assert (
        "Failing sources: not recorded by schema version 1; the next ingest "
        f"migrates the database to version {db.SCHEMA_VERSION}\n"
    ) in out
    rows = out.split("Rows\n")[1].splitlines()
    assert dict(line.split() for line in rows)["runs"] == "1"
