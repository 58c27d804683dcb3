"""Where flow tasks run: threads, or a Dask cluster; and which Prefect API they use."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import prefect
from prefect import Flow
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.states import State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.ingest import IngestSummary, ingest
from kernel.config import Settings

PR_SET_PDEATHSIG = 1  # Linux prctl(2): the signal a child gets when its parent dies


def configured_ingest(settings: Settings) -> Flow[..., State[IngestSummary]]:
    """The ingest flow on the task runner the settings ask for."""
    return ingest.with_options(task_runner=task_runner(settings))


def task_runner(settings: Settings) -> TaskRunner[Any]:
    """Threads, or a Dask cluster: the one at `dask_address`, else a local one."""
    if settings.task_runner != "dask":
        return PromptThreads(max_workers=4)
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


class PromptThreads(ThreadPoolTaskRunner):  # type: ignore[type-arg]
    """Prefect's thread pool, except that a flow stopped by Ctrl-C (or SIGTERM)
    does not wait for its tasks: a fetch blocked on a slow server would hold the
    interrupt for as long as its timeout. Their futures are cancelled, and the
    threads still running are left to the process's exit."""

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        if exc_type is not None and not issubclass(exc_type, Exception):
            for event in self._cancel_events.values():
                event.set()
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
        super().__exit__(exc_type, exc_value, traceback)


@contextmanager
def prefect_api(settings: Settings) -> Iterator[None]:
    """Make sure flows talk to one Prefect API that Dask workers can reach too.

    With PREFECT_API_URL set (or a test harness), nothing changes. Without one,
    start Prefect's temporary server here (`tied_server`) and point the flow and
    any workers at it, instead of letting Prefect (and each worker) start one.
    """
    if get_current_settings().api.url:
        yield
        return
    server = tied_server()
    try:
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
    finally:
        _drain_prefect_workers()
        server.stop()


def _drain_prefect_workers() -> None:
    """Send the log lines and events still queued for the server before it
    stops (as prefect_test_harness does), so they do not fail afterwards."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with suppress(RuntimeError):  # never started
            worker.drain_all(timeout=5)


def tied_server() -> Any:
    """Prefect's temporary server (not started), tied to this process: in a
    session of its own (the terminal's Ctrl-C reaches the command, which records
    the interrupted run before it stops the server), and on Linux sent SIGTERM
    when this process dies however it dies (SIGKILL included), so no server is
    left running. Prefect's server module is imported here: it is slow to load."""
    from prefect.server.api.server import SubprocessASGIServer

    class TiedServer(SubprocessASGIServer):
        _instances = {}  # noqa: RUF012  (one per port, apart from Prefect's own)

        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            return _uvicorn(self.port)

    return TiedServer()


def _uvicorn(port: int | None) -> subprocess.Popen[Any]:
    """Prefect's own server command (prefect.server.api.server), started in a
    session of its own and told to die with this process."""
    server_env = {
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
    }
    return subprocess.Popen(
        args=[
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            str(prefect.__module_path__.parent),
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ],
        env={
            **os.environ,
            **server_env,
            **get_current_settings().to_environment_variables(exclude_unset=True),
        },
        start_new_session=True,
        preexec_fn=_die_with_parent(),
    )


def _die_with_parent() -> Any:
    """A preexec hook asking Linux to send the child SIGTERM when its parent dies
    (None elsewhere). Resolved before the fork: the hook only makes the call."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def hook() -> None:
        prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM))
        if os.getppid() != parent:  # the parent died before the call
            os.kill(os.getpid(), signal.SIGTERM)

    return hook
