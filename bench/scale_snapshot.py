"""The analysts' snapshot in `bench/scale.py`: how long the ingest run body spends
writing it, how (in full, or updated with the rows that changed) and the
process's peak memory while it does.

`SnapshotTimer` wraps `runs.ingest.refresh_snapshot`, the function the run body
calls, and resets the process's peak resident size (`/proc/self/clear_refs`)
just before it, so its peak is the snapshot's own (with whatever the process
already holds, the spaCy model included).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

import runs.ingest


class SnapshotTimer:
    """Times every snapshot refresh of the run bodies in this process."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.how = "not called"
        self.peak_mib = 0.0
        self.peak_before = 0.0  # the process's peak before the (last) refresh
        self._refresh = runs.ingest.refresh_snapshot
        runs.ingest.refresh_snapshot = self._timed  # type: ignore[assignment]

    def result(self) -> dict[str, Any]:
        """What the last refresh did, its seconds and the peak memory during it."""
        return {"seconds": self.seconds, "how": self.how, "peak_mib": self.peak_mib}

    def run_peak_mib(self) -> float:
        """The process's peak over the whole run, the refresh included."""
        return max(self.peak_before, vm_hwm_mib())

    def _timed(self, *args: Any, **kwargs: Any) -> str:
        self.peak_before = max(self.peak_before, vm_hwm_mib())
        _reset_peak()
        start = time.perf_counter()
        self.how = self._refresh(*args, **kwargs)
        self.seconds += time.perf_counter() - start
        self.peak_mib = vm_hwm_mib()
        return self.how


def child_add_ingest(config_path: Path) -> dict[str, Any]:
    """The ingest run body with 200 new pages (NLP included, timed apart), no
    publish: at sizes where the site is not built."""
    from bench_runner import TimedRunner

    from kernel.config import load_config
    from store import db

    config = load_config(config_path)
    runner = TimedRunner(config.settings, load=True)
    timer = SnapshotTimer()
    conn = db.open_store(config.settings.database)
    try:
        start = time.perf_counter()
        summary = runs.ingest.ingest(conn, config, runner)
        seconds = time.perf_counter() - start
    finally:
        runner.close()
        conn.close()
    return {
        "ingest": seconds,
        "extract": runner.extract_seconds,
        "model_load": runner.load_seconds,
        "articles": summary.counts["articles"],
        "snapshot": timer.result(),
        "peak_mib": timer.run_peak_mib(),
    }


def report_snapshots(rows: list[dict[str, Any]]) -> None:
    """The snapshot's own table: written in full, and updated after adding 200."""
    print(
        "\n| copies | articles | snapshot in full s | peak MiB | add 200: ingest "
        "outside NLP s | of which snapshot s | snapshot | peak MiB |"
    )
    print("|" + "---:|" * 8)
    for row in rows:
        full = row.get("snapshot") or row.get("full", {})
        add = row.get("add_ingest") or row.get("add")
        cells = [f"{row['copies']} x", f"{row['counts']['articles']:,}"]
        written = full.get("snapshot_timer", {"seconds": 0.0, "peak_mib": 0.0})
        cells += [f"{written['seconds']:.1f}", f"{written['peak_mib']:,.0f}"]
        if add:
            snap = add.get("snapshot_timer") or add["snapshot"]
            outside = add["ingest"] - add["extract"]
            cells += [f"{outside:.1f}", f"{snap['seconds']:.1f}", snap["how"]]
            cells.append(f"{snap['peak_mib']:,.0f}")
        else:
            cells += ["not run"] * 4
        print("| " + " | ".join(cells) + " |")


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def vm_hwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
