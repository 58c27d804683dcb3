"""Scheduling: `communique serve` against a real Prefect server on loopback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
import requests
from test_flows import SEED_PATH

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen(
            args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen) -> None:
    """Stop a process this test started, and everything it started in turn."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until(check, seconds: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(1)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def _healthy(api: str) -> bool:
    try:
        return requests.get(f"{api}/health", timeout=2).ok
    except requests.ConnectionError:
        return False


def _scheduled_runs(api: str, state: str) -> list[dict]:
    answer = requests.post(
        f"{api}/flow_runs/filter",
        json={
            "flow_runs": {
                "state": {"type": {"any_": [state]}},
                "deployment_id": {"is_null_": False},
            }
        },
        timeout=5,
    )
    answer.raise_for_status()
    return answer.json()


@pytest.mark.slow
def test_a_served_pipeline_completes_a_scheduled_run(
    corpus_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sources = _seed_sources(tmp_path, corpus_server.url)
    port = str(_free_port())
    api = f"http://127.0.0.1:{port}/api"
    env = _prefect_env(tmp_path, api)
    command = ["server", "start", "--host", "127.0.0.1", "--port", port]
    server = _start(
        [str(BIN / "prefect"), *command],
        env,
        tmp_path / "server.log",
    )
    try:
        _wait_until(lambda: _healthy(api), 60, "the Prefect server")
        serve = _start(
            [
                str(BIN / "communique"),
                "serve",
                "--sources",
                str(sources),
                "--interval",
                "5",
            ],
            env,
            tmp_path / "serve.log",
        )
        try:
            completed = _wait_until(
                lambda: _scheduled_runs(api, "COMPLETED"), 75, "a completed run"
            )
        finally:
            _stop(serve)
    finally:
        _stop(server)

    assert completed[0]["name"]
    conn = duckdb.connect(str(tmp_path / "communique.duckdb"), read_only=True)
    runs = conn.execute(
        "SELECT flow, status, flow_run_id FROM runs ORDER BY started_at"
    ).fetchall()
    conn.close()
    assert runs[:2] == [
        ("ingest", "ok", runs[0][2]),
        ("publish", "ok", runs[1][2]),
    ]
    assert runs[0][2]
    assert runs[1][2]
    assert (tmp_path / "site" / "index.html").is_file()


def _seed_sources(folder: Path, base_url: str) -> Path:
    """A sources file with the seed article as its one page source."""
    sources = folder / "sources.toml"
    sources.write_text(
        f"""
[settings]
database = "communique.duckdb"
site = "site"

[[source]]
name = "seed"
kind = "page"
url = "{base_url}{SEED_PATH}"
allow_private = true
delay = 0
""",
        encoding="utf-8",
    )
    return sources


def _prefect_env(folder: Path, api: str) -> dict[str, str]:
    """The environment of the Prefect server and of `communique serve`."""
    return {
        **os.environ,
        "PREFECT_HOME": str(folder / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
    }
