"""What operators see in Prefect: an ingest that got nothing from any source ends
Failed, one where some pages or sources failed but something came through ends
Completed saying so; the work is stored either way, and the exit code, the `runs`
table and `communique status` say the same. Real CLI, real flows (or the run body
they call), real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import duckdb
import pytest
from ingesting import run_ingest
from loopback import PAGE, Loopback, Reply, page_source, serve_loopback

import flows.pipeline  # noqa: F401  (Prefect sets up its logging now, not under capsys)
from communique.cli import main
from flows.outcome import ingest_result
from kernel.records import Source
from runs.ingest import IngestSummary
from runs.verdict import ingest_verdict

ROOT = Path(__file__).resolve().parents[1]
GONE = Reply(404, b"gone")
RSS = (("Content-Type", "application/rss+xml"),)
UNREADABLE = Reply(body=b"<html><body><p>Menu</p></body></html>")  # no article
REJECTED = "main text too short (4 characters): probably not an article"


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
    assert (code, status, failed_sources) == (3, "failed", ["gone", "moved"])
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


def test_a_run_where_no_source_delivered_is_recorded_failed_and_status_shows_it(
    loopback: Loopback, nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    sources = [
        page_source(name, loopback.script(f"/{name}.html", GONE))
        for name in ("gone", "moved")
    ]
    database = tmp_path / "communique.duckdb"

    summary = run_ingest(database, sources, nlp)
    main(["status", "--sources", str(ROOT / "sources.toml"), "--db", str(database)])

    run_id, status, failed_sources, _ = _last_ingest(database)
    assert (summary.status, ingest_verdict(summary).outcome) == ("failed", "failed")
    assert (run_id, status, failed_sources) == (
        summary.run_id,
        "failed",
        ["gone", "moved"],
    )
    assert " ingest   failed   0 articles, 0 statements, 2 failures" in (
        capsys.readouterr().out
    )


def test_a_run_that_delivered_nothing_stays_failed_when_its_snapshot_fails(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sources = [page_source("gone", loopback.script("/gone.html", GONE))]
    database = tmp_path / "communique.duckdb"
    (tmp_path / "communique-snapshot.duckdb").mkdir()  # where the snapshot goes

    with pytest.raises(IsADirectoryError):
        run_ingest(database, sources, nlp)

    conn = duckdb.connect(str(database), read_only=True)
    status, failures = conn.execute("SELECT status, failures FROM runs").fetchone()
    conn.close()
    assert status == "failed"
    assert "IsADirectoryError" in failures


@pytest.mark.parametrize(
    ("pages", "status", "delivered_nothing"),
    [
        ({"blank": [UNREADABLE]}, "failed", ("blank",)),
        ({"blank": [UNREADABLE], "fine": [Reply()]}, "partial", ("blank",)),
        ({"blank": [UNREADABLE, Reply()]}, "partial", ()),
    ],
    ids=["alone", "beside-a-good-source", "beside-a-good-page"],
)
def test_a_source_whose_every_page_the_parser_rejects_delivered_nothing(
    pages: dict[str, list[Reply]],
    status: str,
    delivered_nothing: tuple[str, ...],
    loopback: Loopback,
    nlp,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """Each source is a feed of its pages; the unreadable page is a failure of its
    own, one line, whatever else came through."""
    sources = [_feed_source(loopback, name, replies) for name, replies in pages.items()]
    blank = f"{loopback.url}/blank/0.html"

    summary = run_ingest(tmp_path / "communique.duckdb", sources, nlp)

    assert (summary.status, summary.delivered_nothing) == (status, delivered_nothing)
    assert ingest_verdict(summary).outcome == status
    assert summary.failures == (f"blank: {blank}: {REJECTED}",)
    assert _last_ingest(tmp_path / "communique.duckdb")[1:3] == (status, ["blank"])


def test_a_page_the_parser_rejected_is_stored_and_read_again_by_the_next_run(
    loopback: Loopback, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = loopback.script("/blank.html", UNREADABLE, _page("blank"))
    database = tmp_path / "communique.duckdb"

    first = run_ingest(database, [page_source("blank", url)], nlp)
    kept = _rows(database, "SELECT url, page_type, page_reason FROM documents")
    second = run_ingest(database, [page_source("blank", url)], nlp)

    assert (first.status, first.failures) == (
        "failed",
        (f"blank: {url}: {REJECTED}",),
    )
    assert kept == [(url, "other", "main text too short")]
    assert (second.status, second.failures) == ("ok", ())
    assert _article_urls(database) == [url]


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


def _feed_source(loopback: Loopback, name: str, replies: list[Reply]) -> Source:
    """A feed on loopback of one page per reply."""
    urls = [
        loopback.script(f"/{name}/{n}.html", reply) for n, reply in enumerate(replies)
    ]
    url = loopback.script(f"/{name}.xml", _feed(urls))
    return Source(name, "feed", url, allow_private=True, delay=0)


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


def _rows(database: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    conn = duckdb.connect(str(database), read_only=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


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
