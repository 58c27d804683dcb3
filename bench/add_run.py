"""A run that adds 200 articles to about 100,000, end to end: ingest (fetch, parse,
NLP, store, snapshot) then publish (an update of the site in place), the run bodies
users run, in one process, each phase timed with its own peak memory.

`prepare` ingests the bundled corpus (served on loopback, NLP once), copies its rows
`--copies` times (`scaled_rows.py`), writes the first snapshot in full (timed, with
its peak) and builds the site once. The site's seed build is the only thing that is
not as users run it: `--seed-search off` leaves the pagefind index out of it (a full
index of 100,000 pages takes most of an hour here); the update then indexes the
months it touches, as it would on a full site. `--seed-search on` builds the whole
site, index included, with `runs.publish.publish(full=True)` (its time and peak are
reported: the full rebuild's figures).

`add` serves 200 new pages (the corpus's texts with new ids, titles and a last line)
dated after the newest article, as a run every six hours finds them, and runs
`runs.ingest.ingest` then `runs.publish.publish` with both sitemaps. Each phase
below is a function the run bodies call, wrapped where they call it; its peak is the
process's VmHWM reset (`/proc/self/clear_refs`) when the phase starts; "other" is
the run's time outside the phases.

Usage:
  .venv/bin/python bench/add_run.py prepare WORK [--copies 1818]
  .venv/bin/python bench/add_run.py seed WORK [--seed-search off]
  .venv/bin/python bench/add_run.py add WORK [--batch 1]  # --batch: other new pages

`--keep` adds to a copy of WORK, which leaves WORK as it is, but the copy's snapshot
is another file than the one the database recorded, so it is written in full.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from scale import ROOT, _new_corpus, _run_child, _sources
from scale_snapshot import _reset_peak, vm_hwm_mib
from scaled_rows import scale_database

NEWEST = date(2025, 11, 23)  # the bundled corpus's newest article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "seed", "add", "child"))
    parser.add_argument("work", type=Path)
    parser.add_argument("--copies", type=int, default=1818)
    parser.add_argument("--seed-search", choices=("on", "off"), default="off")
    parser.add_argument("--keep", action="store_true", help="add to a copy of WORK")
    parser.add_argument("--batch", type=int, default=0, help="another 200 new pages")
    parser.add_argument(
        "--no-publish", action="store_true", help="the ingest run body alone"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step == "child":
        print(json.dumps(CHILDREN[args.child](args.config)))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    if args.step == "prepare":
        result = _prepare(args.work, args.copies)
    elif args.step == "seed":
        result = _seed(args.work, args.seed_search == "on")
    else:
        result = _add(args.work, args.keep, args.no_publish, args.batch)
    print(json.dumps(result, indent=1))
    return 0


def _prepare(work: Path, copies: int) -> dict[str, Any]:
    from corpus.server import serve_corpus
    from flows.runners import tied_server

    server = tied_server()
    server.start()
    try:
        with serve_corpus(port=0) as corpus:
            urls = (f"{corpus.url}/sitemap.xml",)
            base = work / "base"
            base.mkdir(exist_ok=True)
            _run_child("ingest", _sources(base, urls), server.api_url)
            start = time.perf_counter()
            big = work / f"x{copies}"
            big.mkdir(exist_ok=True)
            counts = scale_database(
                base / "communique.duckdb", big / "communique.duckdb", copies
            )
            result: dict[str, Any] = {"counts": counts}
            result["scale_seconds"] = time.perf_counter() - start
            config = _sources(big, urls)
            result["snapshot"] = _run_child("snapshot", config, server.api_url)
    finally:
        server.stop()
    return result


def _seed(work: Path, search: bool) -> dict[str, Any]:
    """The site of WORK's database, built once by the publish run body."""
    big = next(work.glob("x*"))
    config = _sources(big, ("http://127.0.0.1:9/sitemap.xml",))
    return _child("seed_search" if search else "seed", config, "")


def _add(work: Path, keep: bool, no_publish: bool, batch: int) -> dict[str, Any]:
    from corpus.server import serve_corpus
    from flows.runners import tied_server

    big = next(work.glob("x*"))
    if keep:  # the run on a copy: WORK stays ready for the next one
        copy = work / "add-copy"
        shutil.rmtree(copy, ignore_errors=True)
        skip = shutil.ignore_patterns("site", "*.wal", "*.tmp") if no_publish else None
        shutil.copytree(big, copy, symlinks=True, ignore=skip)
        big = copy
    new_corpus = _recent_corpus(work / f"new-corpus-{batch}", batch)
    server = tied_server()
    server.start()
    try:
        with (
            serve_corpus(port=_prepared_port(work)) as corpus,
            serve_corpus(port=0, data_dir=new_corpus) as new,
        ):
            urls = (f"{corpus.url}/sitemap.xml", f"{new.url}/sitemap.xml")
            name = "add_ingest" if no_publish else "add"
            return _child(name, _sources(big, urls), server.api_url)
    finally:
        server.stop()


def _prepared_port(work: Path) -> int:
    """The port `prepare` served the corpus on: the source's id is its URL's."""
    import tomllib
    from urllib.parse import urlsplit

    with (work / "base" / "sources-1.toml").open("rb") as file:
        url = tomllib.load(file)["source"][0]["url"]
    return int(urlsplit(url).port or 0)


def _child(name: str, config: Path, api_url: str) -> dict[str, Any]:
    """A child of this script (scale.py's `_run_child` runs scale.py's)."""
    import subprocess

    command = [sys.executable, __file__, "child", ".", "--child", name]
    command += ["--config", str(config)]
    env = {**os.environ, "PREFECT_API_URL": api_url} if api_url else {**os.environ}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"bench child {name} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _recent_corpus(folder: Path, batch: int) -> Path:
    """The 200 new pages, dated over the nine days after the newest article; each
    `batch` has pages of its own."""
    _new_corpus(folder)
    path = folder / "diplomatic.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    for n, record in enumerate(records):
        record["date"] = (NEWEST + timedelta(days=1 + n % 9)).isoformat()
        if batch:
            record["id"] += f"-batch{batch}"
            record["title"] += f" (batch {batch})"
            record["text"] += f"\n\nBatch {batch}."
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    toml = (folder / "seed-article.toml").read_text("utf-8")
    toml = toml.replace('date = "2025-03-14"', f'date = "{NEWEST + timedelta(9)}"')
    if batch:
        toml = toml.replace('id = "seed-article"', f'id = "seed-article-{batch}"')
        seed = folder / "seed-article.txt"
        seed.write_text(seed.read_text("utf-8") + f"\nBatch {batch}.\n", "utf-8")
    (folder / "seed-article.toml").write_text(toml, "utf-8")
    return folder


# --- children ----------------------------------------------------------------


class Phases:
    """Wraps functions where the run bodies call them: seconds and own peak each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.peaks: dict[str, float] = {}
        self.depth = 0

    def wrap(self, owner: Any, attribute: str, phase: str) -> None:
        function = getattr(owner, attribute)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.depth:  # inside another phase: counted there
                return function(*args, **kwargs)
            self.depth += 1
            _reset_peak()
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.depth -= 1
                self.seconds[phase] = self.seconds.get(phase, 0.0) + (
                    time.perf_counter() - start
                )
                self.peaks[phase] = max(self.peaks.get(phase, 0.0), vm_hwm_mib())

        setattr(owner, attribute, timed)


def _ingest_phases(phases: Phases, runner: Any) -> None:
    import runs.ingest as ingest
    import store.db as db

    for name in ("save_sources", "save_actors", "page_validators"):
        phases.wrap(db, name, "start: sources, actors, validators")
    phases.wrap(db, "listing_validators", "start: sources, actors, validators")
    phases.wrap(db, "known_texts", "start: known texts and holders")
    phases.wrap(db, "article_holders", "start: known texts and holders")
    phases.wrap(ingest, "learned_affiliations", "start: learned affiliations")
    phases.wrap(runner, "plan", "listings")
    phases.wrap(runner, "fetch", "fetch")
    phases.wrap(ingest, "parse_documents", "parse")
    phases.wrap(ingest, "keep_first_holders", "dedupe")
    phases.wrap(ingest, "dedupe_articles", "dedupe")
    phases.wrap(runner, "extract", "NLP")
    phases.wrap(db, "save_batch", "store")
    phases.wrap(ingest.history, "finish_run", "run record and counts")
    phases.wrap(db, "table_counts", "run record and counts")
    phases.wrap(ingest, "refresh_snapshot", "snapshot")


def _publish_phases(phases: Phases) -> None:
    import publish.render as render
    import publish.site as site
    import runs.publish as run

    phases.wrap(run, "site_fingerprint", "publish: fingerprint")
    phases.wrap(site, "read_catalogue", "publish: catalogue")
    phases.wrap(site, "article_digests", "publish: manifest")
    phases.wrap(site, "plan_update", "publish: manifest")
    phases.wrap(site, "read_manifest", "publish: manifest")
    phases.wrap(render.groups, "listed_articles", "publish: list of articles")
    phases.wrap(render.groups, "statements_per_article", "publish: list of articles")
    phases.wrap(render, "_article_pages", "publish: article pages")
    phases.wrap(render, "render_groups", "publish: actor and topic pages, feeds")
    phases.wrap(render, "_article_lists", "publish: articles by month")
    phases.wrap(render, "_digest_pages", "publish: digest and lists")
    phases.wrap(site, "write_downloads", "publish: downloads")
    phases.wrap(site, "index_shards", "publish: search shards")
    phases.wrap(site, "manifest_bytes", "publish: manifest")


def _child_add(config_path: Path, *, publishing: bool = True) -> dict[str, Any]:
    """The ingest and publish run bodies with the new pages, phase by phase."""
    from bench_runner import TimedRunner

    from kernel.config import load_config
    from runs.ingest import ingest
    from runs.publish import publish
    from store import db

    config = load_config(config_path)
    if limit := os.environ.get("BENCH_PUBLISH_MEMORY_LIMIT"):  # to try a value
        import publish.site as site_module

        site_module.MEMORY_LIMIT = limit  # the file unchanged: the same site shape
    runner = TimedRunner(config.settings, load=True)
    phases = Phases()
    _ingest_phases(phases, runner)
    _publish_phases(phases)
    conn = db.open_store(config.settings.database)
    try:
        _reset_peak()
        start = time.perf_counter()
        summary = ingest(conn, config, runner)
        ingest_seconds = time.perf_counter() - start
    finally:
        runner.close()
        conn.close()
    load_seconds = runner.load_seconds
    del runner  # as the pipeline flow does: ingest's runner and connection go,
    gc.collect()  # and publish opens its own (flows/pipeline.py)
    resident = vm_rss_mib()
    conn = db.open_store(config.settings.database)
    try:
        start = time.perf_counter()
        published = publish(conn, config) if publishing else None
        publish_seconds = time.perf_counter() - start
    finally:
        conn.close()
    total = ingest_seconds + publish_seconds
    other = total - sum(phases.seconds.values())
    return {
        "articles": summary.counts["articles"],
        "statements": summary.counts["statements"],
        "snapshot": summary.snapshot_write,
        "site_updated": published.updated if published else None,
        "pages": published.pages if published else None,
        "model_load": load_seconds,
        "resident_mib_before_publish": resident,
        "ingest": ingest_seconds,
        "publish": publish_seconds,
        "outside NLP": ingest_seconds + publish_seconds - phases.seconds["NLP"],
        "seconds": {
            **phases.seconds,
            "other": other,
        },
        "peak_mib": phases.peaks,
        "run peak_mib": max(phases.peaks.values()),
    }


def vm_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child_seed(config_path: Path, *, search: bool) -> dict[str, Any]:
    """The site built in full by the publish run body (without search: the
    pagefind index left out, bench only)."""
    import publish.site as site
    from kernel.config import load_config
    from runs.publish import publish
    from store import db

    if not search:
        site.index_shards = lambda *args, **kwargs: 0  # type: ignore[assignment]
    config = load_config(config_path)
    conn = db.open_store(config.settings.database)
    try:
        _reset_peak()
        start = time.perf_counter()
        published = publish(conn, config, full=True)
        seconds = time.perf_counter() - start
    finally:
        conn.close()
    return {
        "search": search,
        "seconds": seconds,
        "pages": published.pages,
        "peak_mib": vm_hwm_mib(),
    }


CHILDREN: dict[str, Callable[[Path], dict[str, Any]]] = {
    "add": _child_add,
    "add_ingest": lambda path: _child_add(path, publishing=False),
    "seed": lambda path: _child_seed(path, search=False),
    "seed_search": lambda path: _child_seed(path, search=True),
}

_ = ROOT  # scale.py's root: the corpus comes from there

if __name__ == "__main__":
    raise SystemExit(main())
