"""Where the CLI runs: Prefect's settings, its log lines, and how it stops.

Set before Prefect is imported, so its settings pick them up.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from types import FrameType

from kernel.errors import CommuniqueError

STARTUP_TIMEOUT = "90"  # seconds for Prefect's temporary server (its default: 20)
PREFECT_LOGGERS = (
    "prefect.flow_runs",
    "prefect.task_runs",
    "prefect.flow_engine",
    "prefect.task_engine",
)
NO_SERVER = (
    "Prefect's temporary server did not start in {timeout} s (is the machine "
    "busy?): start one with `prefect server start` and set "
    "PREFECT_API_URL=http://127.0.0.1:4200/api, or raise "
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
)


def prepare() -> None:
    """Quiet, patient Prefect; our errors logged without tracebacks; SIGTERM
    stops the command as Ctrl-C does (so the temporary server is stopped), and
    a Ctrl-C Python could not raise is raised again (`interrupt_again`)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
    os.environ.setdefault(
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", STARTUP_TIMEOUT
    )
    for name in PREFECT_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, OneLineErrors) for f in logger.filters):
            logger.addFilter(OneLineErrors())
    main = threading.current_thread() is threading.main_thread()
    if main and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
    if main and sys.unraisablehook is sys.__unraisablehook__:
        sys.unraisablehook = interrupt_again


def server_timed_out(err: BaseException) -> str | None:
    """The one line for Prefect's temporary server failing to start, if it is that."""
    if isinstance(err, RuntimeError) and "ephemeral Prefect API server" in str(err):
        timeout = os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")
        return NO_SERVER.format(timeout=timeout or "20")
    return None


class OneLineErrors(logging.Filter):
    """Drops the traceback from a log record of a Communiqué error or an OSError
    (disk full): the message says what failed, and the CLI prints it once more
    as its last line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, CommuniqueError | OSError):
            record.exc_info = None
            record.exc_text = None
        return True


def exit_now(code: int) -> None:
    """End the process with `code` at once if threads are still running (a task
    blocked on a slow server); the flows have recorded the interrupted run and
    stopped their Prefect server by the time the interrupt reaches the CLI."""
    main = threading.main_thread()
    if any(t is not main and not t.daemon for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def interrupt_again(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that landed in a callback Python cannot raise from (an import
    lock's weakref callback) is delivered once more, to stop the command, and
    prints no traceback; anything else is reported as Python does."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
        return
    sys.__unraisablehook__(unraisable)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
