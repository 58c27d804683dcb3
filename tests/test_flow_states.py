"""What operators see in Prefect: an ingest whose every source failed ends Failed,
one where some failed ends Completed saying so; the work is stored either way and
the exit code says the same. Real CLI, real flows, real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import duckdb
import pytest
from loopback import PAGE, Loopback, Reply, serve_loopback

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main
from runs.ingest import IngestSummary
from runs.verdict import ingest_verdict

GONE = Reply(404, b"gone")
VISIT = PAGE.replace(b"talks could resume", b"the visit could go ahead")


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    with serve_loopback() as server:
        yield server


@pytest.mark.slow
def test_a_run_whose_every_source_failed_ends_failed_after_publishing(
    prefect_harness: None, loopback: Loopback, tmp_path: Path
) -> None:
    sources = _sources_file(
        tmp_path,
        {
            "gone": loopback.script("/gone.html", GONE),
            "moved": loopback.script("/moved.html", GONE),
        },
    )

    code = main(["run", "--sources", str(sources)])

    database = tmp_path / "communique.duckdb"
    run_id, status, failed_sources, flow_run_id = _last_ingest(database)
    message = (
        "failed: 2 of 2 sources failed (gone, moved); details in the runs table "
        f"of {database}, run {run_id} (`communique status`)"
    )
    ingest, pipeline, publish = _prefect_runs(flow_run_id, database)
    assert (ingest.state.type.value, ingest.state.message) == ("FAILED", message)
    assert (pipeline.state.type.value, pipeline.state.message) == ("FAILED", message)
    assert publish.state.type.value == "COMPLETED"
    assert (code, status, failed_sources) == (3, "partial", ["gone", "moved"])
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.slow
def test_a_run_where_some_sources_failed_completes_saying_so_and_the_next_finishes(
    prefect_harness: None, loopback: Loopback, tmp_path: Path
) -> None:
    sources = _sources_file(
        tmp_path,
        {
            "talks": loopback.script("/talks.html", Reply(body=PAGE)),
            "late": loopback.script("/late.html", GONE, Reply(body=VISIT)),
        },
    )
    database = tmp_path / "communique.duckdb"

    first = main(["ingest", "--sources", str(sources)])
    run_id, status, failed_sources, flow_run_id = _last_ingest(database)
    (ingest,) = _prefect_runs(flow_run_id)
    second = main(["ingest", "--sources", str(sources)])
    (again,) = _prefect_runs(_last_ingest(database)[3])

    assert (ingest.state.type.value, ingest.state.message) == (
        "COMPLETED",
        "partial: 1 of 2 sources failed (late); details in the runs table of "
        f"{database}, run {run_id} (`communique status`)",
    )
    assert (first, status, failed_sources) == (1, "partial", ["late"])
    assert (second, again.state.type.value, again.state.message) == (
        0,
        "COMPLETED",
        "ok: 2 sources, none failed",
    )
    assert _article_urls(database) == sorted(
        [loopback.url + "/late.html", loopback.url + "/talks.html"]
    )


@pytest.mark.parametrize(
    ("failed_sources", "failures", "line"),
    [
        ((), (), "ok: 3 sources, none failed"),
        (("b",), ("b: x",), "partial: 1 of 3 sources failed (b); details"),
        (("a", "b", "c"), ("a: x",), "failed: 3 of 3 sources failed (a, b, c); de"),
    ],
)
def test_the_verdict_counts_the_failed_sources_and_says_where_to_look(
    failed_sources: tuple[str, ...], failures: tuple[str, ...], line: str
) -> None:
    summary = IngestSummary(
        "r1", "partial", Path("c.duckdb"), {}, failures, failed_sources, 3
    )
    assert ingest_verdict(summary).message.startswith(line)


def test_the_verdict_names_five_failing_sources_and_counts_the_rest() -> None:
    names = tuple(f"s{n}" for n in range(8))
    summary = IngestSummary("r1", "partial", Path("c.duckdb"), {}, names, names, 9)
    assert ingest_verdict(summary).message == (
        "partial: 8 of 9 sources failed (s0, s1, s2, s3, s4 and 3 more); details in "
        "the runs table of c.duckdb, run r1 (`communique status`)"
    )


def _sources_file(folder: Path, pages: dict[str, str]) -> Path:
    """A sources file of page sources (name: URL) on loopback, no delays."""
    path = folder / "sources.toml"
    path.write_text(
        '[settings]\ndatabase = "communique.duckdb"\nsite = "site"\n'
        + "".join(
            f'[[source]]\nname = "{name}"\nkind = "page"\nurl = "{url}"\n'
            "allow_private = true\ndelay = 0\n"
            for name, url in pages.items()
        ),
        encoding="utf-8",
    )
    return path


def _last_ingest(database: Path) -> tuple[str, str, list[str], str]:
    """The last ingest run's id, status, failed sources and Prefect flow-run id."""
    conn = duckdb.connect(str(database), read_only=True)
    try:
        row = conn.execute(
            "SELECT run_id, status, failed_sources, flow_run_id FROM runs"
            " WHERE flow = 'ingest' ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return row


def _prefect_runs(ingest_run_id: str, database: Path | None = None) -> list:  # type: ignore[type-arg]
    """The ingest flow run as Prefect recorded it; with `database`, also its
    pipeline parent and the publish run recorded there."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        ingest = client.read_flow_run(UUID(ingest_run_id))
        if database is None:
            return [ingest]
        parent = client.read_task_run(ingest.parent_task_run_id)
        conn = duckdb.connect(str(database), read_only=True)
        (publish_id,) = conn.execute(
            "SELECT flow_run_id FROM runs WHERE flow = 'publish'"
        ).fetchone()
        conn.close()
        return [
            ingest,
            client.read_flow_run(parent.flow_run_id),
            client.read_flow_run(UUID(publish_id)),
        ]


def _article_urls(database: Path) -> list[str]:
    conn = duckdb.connect(str(database), read_only=True)
    try:
        rows = conn.execute("SELECT url FROM articles ORDER BY url").fetchall()
    finally:
        conn.close()
    return [url for (url,) in rows]
