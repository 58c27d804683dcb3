"""A zygote for the kill -9 trials: load the model once, fork a child per run.

    python tests/crash_worker.py SOURCES_JSON

Reads one command a line: `run DATABASE DELAY` forks a child that runs a plain
ingest (the real run body, `runs.ingest.ingest`, through tests/ingesting.py)
of the sources into DATABASE, one page a chunk;
when DELAY >= 0 the child gets SIGKILL after DELAY seconds unless it finished
first. Answers `killed`
or `exit CODE`. `quit` ends. Forking after the model is loaded makes a trial cost
the run itself, not a Python start-up and a model load.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingesting import run_ingest
from tqdm import tqdm

from extract.nlp.pipeline import load_pipeline
from kernel.records import Source


def main() -> int:
    sources = [Source(**entry) for entry in json.loads(sys.argv[1])]
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as warm:  # import lazily loaded modules now
        run_ingest(Path(warm) / "warm.duckdb", sources, nlp)
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "quit":
            return 0
        database, delay = Path(args[0]), float(args[1])
        pid = os.fork()
        if pid == 0:
            code = 3
            # tqdm's write lock is a multiprocessing semaphore, shared by every
            # child of this zygote: a child killed while holding it would block
            # the next. A lock of its own, as a process started afresh has.
            tqdm.set_lock(threading.RLock())
            try:
                summary = run_ingest(database, sources, nlp, chunk_size=1)
                code = 0 if summary.status == "ok" else 1
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        print(_wait(pid, delay), flush=True)
    return 0


def _wait(pid: int, delay: float) -> str:
    """Wait for the child, killing it after `delay` seconds if that is >= 0."""
    deadline = time.monotonic() + delay
    while delay >= 0 and time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return _outcome(status)
        time.sleep(0.002)
    if delay >= 0:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return _outcome(status)


def _outcome(status: int) -> str:
    if os.WIFSIGNALED(status):
        return "killed"
    return f"exit {os.WEXITSTATUS(status)}"


if __name__ == "__main__":
    raise SystemExit(main())
