"""How a flow run ends in Prefect: Failed when no source of its ingest delivered
anything, else Completed with the verdict's line (`partial: N of M sources
failed …`).

The flows build these states only after the run body has stored its work (and
the pipeline has published it); the summaries travel with the state either way.
"""

from __future__ import annotations

from typing import Any, cast

from prefect.states import Completed, Failed, State

from kernel.errors import CommuniqueError
from runs.ingest import IngestSummary
from runs.publish import PublishSummary
from runs.verdict import ingest_verdict


class SourcesFailed(CommuniqueError):
    """No source of an ingest delivered anything; its failures are recorded. The
    data of the Failed state, so that a caller who asks for the flow's result
    gets it raised, summaries attached."""

    def __init__(
        self,
        message: str,
        ingested: IngestSummary,
        published: PublishSummary | None = None,
    ) -> None:
        super().__init__(message)
        self.ingested = ingested
        self.published = published

    def __reduce__(self) -> tuple[Any, ...]:  # results may be pickled to storage
        return (type(self), (str(self), self.ingested, self.published))


def ingest_state(summary: IngestSummary) -> State[IngestSummary]:
    """The final state of an ingest flow run that stored `summary`."""
    verdict = ingest_verdict(summary)
    if verdict.outcome == "failed":
        return Failed(
            message=verdict.message, data=SourcesFailed(verdict.message, summary)
        )
    return Completed(message=verdict.message, data=summary)


def pipeline_state(
    ingested: IngestSummary, published: PublishSummary
) -> State[tuple[IngestSummary, PublishSummary]]:
    """The final state of a pipeline flow run: as its ingest ended."""
    verdict = ingest_verdict(ingested)
    if verdict.outcome == "failed":
        error = SourcesFailed(verdict.message, ingested, published)
        return Failed(message=verdict.message, data=error)
    return Completed(message=verdict.message, data=(ingested, published))


def ingest_result(state: State[Any]) -> IngestSummary:
    """The summary an ingest flow run ended with, Failed or not; an error that
    stopped the run is raised again."""
    carried = _carried(state)
    if isinstance(carried, SourcesFailed):
        return carried.ingested
    return cast(IngestSummary, carried)


def pipeline_result(state: State[Any]) -> tuple[IngestSummary, PublishSummary]:
    """The summaries a pipeline flow run ended with, Failed or not; an error
    that stopped the run is raised again."""
    carried = _carried(state)
    if isinstance(carried, SourcesFailed):
        if carried.published is None:  # an ingest's state, not a pipeline's
            raise carried
        return carried.ingested, carried.published
    return cast(tuple[IngestSummary, PublishSummary], carried)


def _carried(state: State[Any]) -> object:
    """The data of a finished flow run's state; an error other than
    SourcesFailed is raised. Read synchronously even where an event loop runs
    (Prefect's `result` would hand back a coroutine there)."""
    data = state.result(raise_on_failure=False, _sync=True)  # type: ignore[call-overload]
    if isinstance(data, BaseException) and not isinstance(data, SourcesFailed):
        raise data
    return data
