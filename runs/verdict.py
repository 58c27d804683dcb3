"""How an ingest run went, in one line for its operators.

`failed` when no source delivered anything (each one's listing failed, or every
page it named did), `partial` when a source or a document failed but something
came through, else `ok`. Prefect's final state (`flows.outcome`), the CLI's
exit code and the run's status in the `runs` table (`runs.ingest`) all follow
`ingest_outcome`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

NAMED = 5  # failing sources named in the line; any more are counted
Outcome = Literal["ok", "partial", "failed"]


class Summary(Protocol):
    """What the verdict reads of a run's summary (`runs.ingest.IngestSummary`,
    which asks `ingest_outcome` for the status it stores)."""

    @property
    def run_id(self) -> str: ...
    @property
    def database(self) -> Path: ...
    @property
    def sources(self) -> int: ...
    @property
    def failures(self) -> Sequence[str]: ...
    @property
    def failed_sources(self) -> Sequence[str]: ...
    @property
    def delivered_nothing(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a run went, and the one line that says so."""

    outcome: Outcome
    message: str


def ingest_verdict(summary: Summary) -> Verdict:
    """The run's verdict: which sources failed, how many delivered nothing, and
    where the details are.

    A source failed when its listing or any of its pages did (the run's
    `failed_sources`, as `communique status` lists them); it delivered nothing
    when none of its pages came through either (`delivered_nothing`).
    """
    failed, total = len(summary.failed_sources), summary.sources
    empty = len(summary.delivered_nothing)
    outcome = ingest_outcome(summary.failures, total, empty)
    if outcome == "ok":
        return Verdict("ok", f"ok: {total} sources, none failed")
    detail = f" ({_names(summary.failed_sources)})" if failed else ""
    if outcome == "failed":
        detail += ", none delivered anything"
    elif empty:
        detail += f", {empty} of them delivered nothing"
    return Verdict(
        outcome,
        f"{outcome}: {failed} of {total} sources failed{detail}; details in the "
        f"runs table of {summary.database}, run {summary.run_id} "
        "(`communique status`)",
    )


def ingest_outcome(failures: Sequence[str], sources: int, empty: int) -> Outcome:
    """`ok` without `failures`; `failed` when `empty` sources of the run's
    `sources` delivered nothing and that is all of them; else `partial`."""
    if not failures:
        return "ok"
    return "failed" if sources and empty >= sources else "partial"


def _names(sources: Sequence[str]) -> str:
    """The first NAMED source names, and how many more."""
    shown = ", ".join(sources[:NAMED])
    rest = len(sources) - NAMED
    return f"{shown} and {rest} more" if rest > 0 else shown
