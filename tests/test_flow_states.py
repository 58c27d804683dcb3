"""What operators see in Prefect: an ingest that got nothing from any source ends
Failed, one where some pages or sources failed but something came through ends
Completed saying so; the work is stored either way and the exit code says the
same. Real CLI, real flows, real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import duckdb
import pytest
from loopback import PAGE, Loopback, Reply, serve_loopback

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main
from flows.outcome import ingest_result
from runs.ingest import IngestSummary
from runs.verdict import ingest_verdict

GONE = Reply(404, b"gone")
RSS = (("Content-Type", "application/rss+xml"),)


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
        "failed: 2 of 2 sources failed (gone, moved), none delivered anything; "
        f"details in the runs table of {database}, run {run_id} (`communique status`)"
    )
    ingest, pipeline, publish = _prefect_runs(flow_run_id, database)
    assert (ingest.state.type.value, ingest.state.message) == ("FAILED", message)
    assert (pipeline.state.type.value, pipeline.state.message) == ("FAILED", message)
    assert publish.state.type.value == "COMPLETED"
    assert (code, status, failed_sources) == (3, "partial", ["gone", "moved"])
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.slow
def test_a_run_where_each_source_lost_a_page_completes_saying_so_and_the_next_finishes(
    prefect_harness: None, loopback: Loopback, tmp_path: Path
) -> None:
    """Two feeds each have one dead page and one good one, a third is down: the
    run got something, so it is partial, not failed."""
    east, west = (
        [
            loopback.script(f"/{name}/good.html", _page(name)),
            loopback.script(f"/{name}/late.html", GONE, _page(f"{name} late")),
        ]
        for name in ("east", "west")
    )
    down = [loopback.script("/down/good.html", _page("down"))]
    sources = _sources_file(
        tmp_path,
        {
            "east": loopback.script("/east.xml", _feed(east)),
            "west": loopback.script("/west.xml", _feed(west)),
            "down": loopback.script("/down.xml", GONE, _feed(down)),
        },
        kind="feed",
    )
    database = tmp_path / "communique.duckdb"

    first = main(["ingest", "--sources", str(sources)])
    run_id, status, failed_sources, flow_run_id = _last_ingest(database)
    (ingest,) = _prefect_runs(flow_run_id)
    second = main(["ingest", "--sources", str(sources)])
    (again,) = _prefect_runs(_last_ingest(database)[3])

    assert (ingest.state.type.value, ingest.state.message) == (
        "COMPLETED",
        "partial: 3 of 3 sources failed (down, east, west), 1 of them delivered "
        f"nothing; details in the runs table of {database}, run {run_id} "
        "(`communique status`)",
    )
    assert (first, status, failed_sources) == (1, "partial", ["down", "east", "west"])
    assert (second, again.state.type.value, again.state.message) == (
        0,
        "COMPLETED",
        "ok: 3 sources, none failed",
    )
    assert _article_urls(database) == sorted([*east, *west, *down])


ALL = ("a", "b", "c")


@pytest.mark.parametrize(
    ("failed_sources", "delivered_nothing", "line"),
    [
        ((), (), "ok: 3 sources, none failed"),
        (("b",), (), "partial: 1 of 3 sources failed (b); details"),
        (ALL, (), "partial: 3 of 3 sources failed (a, b, c); details"),
        (ALL, ("a", "c"), "partial: 3 of 3 sources failed (a, b, c), 2 of them de"),
        (ALL, ALL, "failed: 3 of 3 sources failed (a, b, c), none delivered any"),
    ],
)
def test_the_verdict_fails_only_a_run_where_no_source_delivered_anything(
    failed_sources: tuple[str, ...], delivered_nothing: tuple[str, ...], line: str
) -> None:
    failures = tuple(f"{name}: x" for name in failed_sources)
    summary = IngestSummary(
        "r1",
        "partial",
        Path("c.duckdb"),
        {},
        failures,
        failed_sources,
        3,
        delivered_nothing=delivered_nothing,
    )
    assert ingest_verdict(summary).message.startswith(line)


def test_the_verdict_names_five_failing_sources_and_counts_the_rest() -> None:
    names = tuple(f"s{n}" for n in range(8))
    summary = IngestSummary("r1", "partial", Path("c.duckdb"), {}, names, names, 9)
    assert ingest_verdict(summary).message == (
        "partial: 8 of 9 sources failed (s0, s1, s2, s3, s4 and 3 more); details in "
        "the runs table of c.duckdb, run r1 (`communique status`)"
    )


def _sources_file(folder: Path, urls: dict[str, str], kind: str = "page") -> Path:
    """A sources file of sources of one kind (name: URL) on loopback, no delays."""
    path = folder / "sources.toml"
    path.write_text(
        '[settings]\ndatabase = "communique.duckdb"\nsite = "site"\n'
        + "".join(
            f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n'
            "allow_private = true\ndelay = 0\n"
            for name, url in urls.items()
        ),
        encoding="utf-8",
    )
    return path


def _page(topic: str) -> Reply:
    """An article page of its own text."""
    return Reply(body=PAGE.replace(b"talks could", f"{topic} talks could".encode()))


def _feed(urls: list[str]) -> Reply:
    """An RSS feed listing the URLs."""
    items = "".join(f"<item><title>{u}</title><link>{u}</link></item>" for u in urls)
    return Reply(
        body=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
            f"<link>http://127.0.0.1/</link><description>d</description>{items}"
            "</channel></rss>"
        ).encode(),
        headers=RSS,
    )


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


def test_a_runs_summary_is_read_back_even_where_an_event_loop_runs() -> None:
    """Playwright's sync API (a browser in the same process) leaves an event loop
    running: Prefect's `State.result` would hand back a coroutine there."""
    from prefect.states import Completed

    summary = object()

    async def inside_a_loop() -> object:
        return ingest_result(Completed(data=summary))

    assert asyncio.run(inside_a_loop()) is summary
