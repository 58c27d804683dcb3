"""Where flow tasks run: threads, or a Dask cluster; and which Prefect API they use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prefect import Flow
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.ingest import IngestSummary, ingest
from kernel.config import Settings


def configured_ingest(settings: Settings) -> Flow[..., IngestSummary]:
    """The ingest flow on the task runner the settings ask for."""
    return ingest.with_options(task_runner=task_runner(settings))


def task_runner(settings: Settings) -> TaskRunner[Any]:
    """Threads, or a Dask cluster: the one at `dask_address`, else a local one."""
    if settings.task_runner != "dask":
        return ThreadPoolTaskRunner(max_workers=4)
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    env = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    api_url = get_current_settings().api.url
    if api_url:  # else each worker would start a temporary server of its own
        env["PREFECT_API_URL"] = str(api_url)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": settings.dask_workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
            "env": env,
        }
    )


@contextmanager
def prefect_api(settings: Settings) -> Iterator[None]:
    """Make sure flows talk to one Prefect API that Dask workers can reach too.

    With PREFECT_API_URL set (or a test harness), nothing changes. On the Dask
    runner without one, start Prefect's temporary server here and point the flow
    and the workers at it, instead of letting each process start its own.
    """
    if settings.task_runner != "dask" or get_current_settings().api.url:
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        server.stop()
