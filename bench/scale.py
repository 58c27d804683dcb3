"""What a run costs as the database grows: the bundled corpus copied to 1 x, 16 x,
256 x and about 100,000 articles (1,818 x), then at each size a full rebuild, a
run with nothing new, and a run that adds 200 new articles.

The base database comes from the bundled corpus, served on loopback and ingested
by the ingest run body (NLP included, once). Each size copies its rows with new
ids, URLs and dates (`scaled_rows.py`, no NLP). At each size, in child processes
(so each peak memory is its own):

- **full**: `runs.ingest.ingest(full=True)` then `runs.publish.publish(full=True)`,
  the run bodies the CLI and the flows call, every stage in this process;
- **no change**: the same without `full` (every listing answers 304);
- **no change, CLI**: `communique run` in a fresh process against a Prefect server
  that is already running (started once by this bench), as a cron job would
  (wall clock, interpreter start included; best of three);
- **add 200**: the run bodies with a second sitemap of 200 new pages; the NLP of
  those 200 (and loading the model) is timed apart from the rest.

Publish is timed apart in each run, with its own peak memory (the process's
high-water mark is reset before it through `/proc/self/clear_refs`, so the NLP
model of the ingest does not count). A run adding 200 updates the site in place
(publish renders only what the new articles touch, and re-indexes only the search
shards of their months).

Sizes above `--full-max` copies build no site (a full rebuild of 100,000 articles
renders and indexes every page): there the bench times the snapshot written in
full, a no-change ingest (run body, and `communique ingest` against the running
Prefect server), and the publish run's decision that nothing changed
(`runs.publish.site_fingerprint`), which is what a no-change publish does before it
returns.

Every run times its snapshot refresh apart, with the peak memory during it
(`scale_snapshot.py`); above `--full-max`, unless `--skip-add`, the ingest run body
also adds the 200 new pages (NLP timed apart, no publish), and a second table gives
the snapshot written in full and updated after adding 200.

Usage: .venv/bin/python bench/scale.py [--sizes 1,16,64,256,1818] [--full-max 256]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale_snapshot import SnapshotTimer, child_add_ingest, report_snapshots
from scaled_rows import scale_database

ROOT = Path(__file__).resolve().parents[1]
NEW_PAGES = 200
CLI_RUNS = 3  # the no-change CLI run: best of three (the machine may be shared)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,16,64,256,1818")
    parser.add_argument("--full-max", type=int, default=256)
    parser.add_argument("--work", type=Path, help="keep the databases here")
    parser.add_argument(
        "--skip-add", action="store_true", help="no run adding 200 articles (no NLP)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.config)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        return _bench(args.work, sizes, args.full_max, args.skip_add)
    with tempfile.TemporaryDirectory(prefix="communique-scale-") as tmp:
        return _bench(Path(tmp), sizes, args.full_max, args.skip_add)


def _bench(work: Path, sizes: list[int], full_max: int, skip_add: bool) -> int:
    from corpus.server import serve_corpus
    from flows.runners import tied_server

    new_corpus = _new_corpus(work / "new-corpus")
    server = tied_server()
    server.start()
    try:
        with (
            serve_corpus(port=0) as base_server,
            serve_corpus(port=0, data_dir=new_corpus) as new_server,
        ):
            urls = (f"{base_server.url}/sitemap.xml", f"{new_server.url}/sitemap.xml")
            base = work / "base"
            base.mkdir(exist_ok=True)
            _run_child("ingest", _sources(base, urls[:1]), server.api_url)
            rows = [
                _one_size(
                    work, base, copies, urls, server.api_url, (full_max, skip_add)
                )
                for copies in sizes
            ]
    finally:
        server.stop()
    _report(rows)
    report_snapshots(rows)
    return 0


def _one_size(
    work: Path,
    base: Path,
    copies: int,
    urls: tuple[str, str],
    api_url: str,
    limits: tuple[int, bool],
) -> dict:
    """Build the database of `copies` copies, then time the runs on it."""
    folder = work / f"x{copies}"
    folder.mkdir(exist_ok=True)
    start = time.perf_counter()
    counts = scale_database(
        base / "communique.duckdb", folder / "communique.duckdb", copies
    )
    row: dict = {"copies": copies, "counts": counts}
    row["scale_seconds"] = time.perf_counter() - start
    row["db_mib"] = (folder / "communique.duckdb").stat().st_size / 2**20
    print(f"{copies} x: {counts['articles']:,} articles", file=sys.stderr)
    full_max, skip_add = limits
    if copies > full_max:
        one_source = _sources(folder, urls[:1])
        row["snapshot"] = _run_child("snapshot", one_source, api_url)
        row["large"] = _run_child("large", one_source, api_url)
        row["cli_ingest"] = _timed_child("cli_ingest", one_source, api_url)
        if not skip_add:
            both = _sources(folder, urls)
            row["add_ingest"] = _run_child("add_ingest", both, api_url)
        print(json.dumps(row), file=sys.stderr)
        return row
    one_source = _sources(folder, urls[:1])
    row["full"] = _run_child("full", one_source, api_url)
    row["no_change"] = _run_child("no_change", one_source, api_url)
    row["cli"] = min(
        (_timed_child("cli", one_source, api_url) for _ in range(CLI_RUNS)),
        key=lambda run: float(run["wall"]),
    )
    if not skip_add:
        row["add"] = _run_child("add", _sources(folder, urls), api_url)
    print(json.dumps(row), file=sys.stderr)
    return row


def _timed_child(name: str, config: Path, api_url: str) -> dict:
    """A child's result, with its wall-clock seconds (process start included)."""
    start = time.perf_counter()
    result = _run_child(name, config, api_url)
    return {**result, "wall": time.perf_counter() - start}


def _run_child(name: str, config: Path, api_url: str) -> dict:
    command = [sys.executable, __file__, "--child", name, "--config", str(config)]
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"bench child {name} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _sources(folder: Path, urls: tuple[str, ...]) -> Path:
    """A sources file: the database, site and snapshot in folder; one sitemap each."""
    path = folder / f"sources-{len(urls)}.toml"
    text = '[settings]\ndatabase = "communique.duckdb"\nsite = "site"\n'
    for n, url in enumerate(urls):
        text += (
            f'\n[[source]]\nname = "sitemap-{n}"\nkind = "sitemap"\nurl = "{url}"\n'
            "allow_private = true\ndelay = 0\n"
        )
    path.write_text(text, encoding="utf-8")
    return path


def _new_corpus(folder: Path) -> Path:
    """A corpus data folder of 200 pages none of the copies has: the texts of the
    bundled corpus with new ids, titles and a last line."""
    folder.mkdir(parents=True, exist_ok=True)
    source = ROOT / "corpus" / "data"
    records = [
        json.loads(line)
        for line in (source / "diplomatic.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    lines = []
    for n in range(NEW_PAGES - 1):  # the seed article is one more
        record = dict(records[n % len(records)])
        record["id"] = f"{record['id']}-new{n}"
        record["title"] = f"{record['title']} (new {n})"
        record["text"] = f"{record['text']}\n\nNew page {n}."
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "diplomatic.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    seed = (source / "seed-article.txt").read_text("utf-8")
    (folder / "seed-article.txt").write_text(seed + "\n\nNew page.\n", "utf-8")
    toml = (source / "seed-article.toml").read_bytes()
    (folder / "seed-article.toml").write_bytes(toml)
    return folder


def _report(rows: list[dict]) -> None:
    print(
        "| copies | articles | statements | DB MiB | full rebuild s (ingest + "
        "snapshot / publish) | peak MiB (publish) | no change s | peak MiB | no "
        "change, CLI, running Prefect s | add 200: outside NLP s (publish) | NLP s "
        "| peak MiB (publish) |"
    )
    print("|" + "---:|" * 12)
    for r in rows:
        c = r["counts"]
        cells = [f"{r['copies']} x", f"{c['articles']:,}", f"{c['statements']:,}"]
        cells.append(f"{r['db_mib']:,.0f}")
        if "large" in r:
            g, snap = r["large"], r["snapshot"]
            cells += [f"{snap['ingest']:.1f} / not run", f"{snap['peak_mib']:,.0f}"]
            cells += [f"{g['ingest'] + g['decision']:.2f}", f"{g['peak_mib']:,.0f}"]
            ingest_cli = r["cli_ingest"]["wall"]
            cells.append(f"{ingest_cli:.1f} (`ingest`) + {g['decision']:.1f}")
            print("| " + " | ".join(cells + ["not run"] * 3) + " |")
            continue
        f, n, cli = r["full"], r["no_change"], r["cli"]
        cells += [
            f"{f['ingest']:.1f} / {f['publish']:.1f}",
            f"{f['peak_mib']:,.0f} ({f['publish_peak_mib']:,.0f})",
            f"{n['ingest'] + n['publish']:.2f}",
            f"{n['peak_mib']:,.0f}",
            f"{cli['wall']:.1f}",
        ]
        a = r.get("add")
        cells += (
            [
                f"{a['ingest'] + a['publish'] - a['extract']:.1f} ({a['publish']:.1f})",
                f"{a['extract']:.1f}",
                f"{a['peak_mib']:,.0f} ({a['publish_peak_mib']:,.0f})",
            ]
            if a
            else ["not run"] * 3
        )
        print("| " + " | ".join(cells) + " |")


def _peak_mib() -> float:
    """This process's own peak resident memory (VmHWM): `ru_maxrss` would start
    from what the parent held when it forked this child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    """Reset this process's VmHWM to its resident size now; False if it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# --- children: each runs in a process of its own -----------------------------


def _child_runs(config_path: Path, *, full: bool, nlp: bool = False) -> dict:
    """The ingest then the publish run body; seconds, counts, peak memory."""
    from bench_runner import TimedRunner

    from kernel.config import load_config
    from runs.ingest import ingest
    from runs.publish import publish
    from store import db

    config = load_config(config_path)
    runner = TimedRunner(config.settings, load=nlp)
    timer = SnapshotTimer()
    conn = db.open_store(config.settings.database)
    try:
        start = time.perf_counter()
        summary = ingest(conn, config, runner, full=full)
        ingest_seconds = time.perf_counter() - start
        before = _reset_peak()
        start = time.perf_counter()
        published = publish(conn, config, full=full)
        publish_seconds = time.perf_counter() - start
        publish_peak = _peak_mib() if before else 0.0
    finally:
        runner.close()
        conn.close()
    return {
        "ingest": ingest_seconds,
        "publish": publish_seconds,
        "publish_peak_mib": publish_peak,
        "site_updated": published.updated,
        "pages": published.pages,
        "extract": runner.extract_seconds,
        "model_load": runner.load_seconds,
        "articles": summary.counts["articles"],
        "snapshot_written": summary.snapshot_written,
        "site_unchanged": published.unchanged,
        "snapshot_timer": timer.result(),
        "peak_mib": timer.run_peak_mib(),
    }


def _child_large(config_path: Path, *, full: bool) -> dict:
    """An ingest (`full`: the snapshot written in full), then the publish run's
    fingerprint of what the site would be built from; no site is built."""
    from bench_runner import TimedRunner

    from kernel.config import load_config
    from runs.ingest import ingest
    from runs.publish import site_fingerprint
    from store import db

    config = load_config(config_path)
    runner = TimedRunner(config.settings)
    timer = SnapshotTimer()
    conn = db.open_store(config.settings.database)
    try:
        start = time.perf_counter()
        summary = ingest(conn, config, runner, full=full)
        ingest_seconds = time.perf_counter() - start
        start = time.perf_counter()
        site_fingerprint(conn, config)
        decision = time.perf_counter() - start
    finally:
        runner.close()
        conn.close()
    return {
        "ingest": ingest_seconds,
        "decision": decision,
        "status": summary.status,
        "snapshot_written": summary.snapshot_written,
        "snapshot_timer": timer.result(),
        "peak_mib": timer.run_peak_mib(),
    }


def _child_cli(config_path: Path, command: str = "run") -> dict:
    from communique.cli import main as cli

    start = time.perf_counter()
    code = cli([command, "--sources", str(config_path)])
    return {
        "seconds": time.perf_counter() - start,
        "code": code,
        "peak_mib": _peak_mib(),
    }


CHILDREN = {
    "ingest": lambda path: _child_runs(path, full=False, nlp=True),
    "full": lambda path: _child_runs(path, full=True),
    "no_change": lambda path: _child_runs(path, full=False),
    "cli": _child_cli,
    "cli_ingest": lambda path: _child_cli(path, "ingest"),
    "snapshot": lambda path: _child_large(path, full=True),
    "large": lambda path: _child_large(path, full=False),
    "add": lambda path: _child_runs(path, full=False, nlp=True),
    "add_ingest": child_add_ingest,
}


if __name__ == "__main__":
    raise SystemExit(main())
