"""The search index: pagefind (its PyPI package ships the binary) over the article
pages, one index (a "shard") per month of publication, merged in the browser.

pagefind cannot add pages to an index it wrote, so a site that gains articles
indexes again only the shards of the months they were published in. Each shard is
a whole pagefind bundle at `pagefind/<YYYY-MM>/` (or `pagefind/undated/`); the
search page loads the newest one and merges the others (`mergeIndex`).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kernel.errors import PublishError

SEARCH_DIR = "pagefind"  # the folder of the shards and of pagefind's default UI
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")  # the same in every bundle
TIMEOUT = 120.0  # seconds, plus TIMEOUT_PER_PAGE for each HTML page of a shard
# pagefind takes about 9 ms a page on a busy 2-core machine (14,080 articles took
# over 120 s): a fixed limit failed every publish past about 10,000 articles.
TIMEOUT_PER_PAGE = 0.05


def index_shards(
    site: Path, shards: Mapping[str, Sequence[str]], touched: Iterable[str] | None
) -> int:
    """Index again each shard in `touched` (every shard when None) from its pages
    (site-relative paths), delete the shards no page is in any more, and put the
    default UI at `site/pagefind/`; return how many pages were indexed.

    All local files, so search works offline once the site is served over HTTP.
    """
    root = site / SEARCH_DIR
    root.mkdir(exist_ok=True)
    for entry in root.iterdir():
        if entry.is_dir() and (entry.name.startswith(".") or entry.name not in shards):
            shutil.rmtree(entry, ignore_errors=True)
    names = list(shards) if touched is None else sorted(set(touched) & set(shards))
    pages = sum(_index_shard(site, name, shards[name]) for name in names)
    for name in UI_FILES:
        newest = root / next(iter(shards), "") / name
        if shards and newest.is_file():
            partial = root / f".{name}.part"
            shutil.copyfile(newest, partial)
            os.replace(partial, root / name)
        elif not shards:
            (root / name).unlink(missing_ok=True)
    return pages


def bundles(shards: Iterable[str]) -> list[str]:
    """The site-relative folders of the shards' bundles, in the order given."""
    return [f"{SEARCH_DIR}/{name}/" for name in shards]


def _index_shard(site: Path, name: str, pages: Sequence[str]) -> int:
    """Index one shard's pages into a new bundle, then put it in place of the old.

    pagefind reads a folder that holds (hard links to) just those pages, so the
    result URLs are the pages' own site-relative paths.
    """
    root = site / SEARCH_DIR
    source, fresh, old = (root / f".{name}.{part}" for part in ("pages", "new", "old"))
    for leftover in (source, fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    for page in pages:
        _link(site / page, source / page)
    try:
        indexed = _run_pagefind(source, fresh, f"{SEARCH_DIR}/{name}", len(pages))
    finally:
        shutil.rmtree(source, ignore_errors=True)
    target = root / name
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return indexed


def _link(page: Path, into: Path) -> None:
    into.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(page, into)
    except OSError:
        shutil.copyfile(page, into)


def _run_pagefind(source: Path, output: Path, shard: str, pages: int) -> int:
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(source),
        "--output-path",
        str(output),
    ]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT + TIMEOUT_PER_PAGE * pages,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise PublishError(f"search index {shard}: {err}") from err
    if done.returncode in (-signal.SIGINT, 128 + signal.SIGINT):
        raise KeyboardInterrupt  # Ctrl-C reached pagefind first: the run stops
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PublishError(
            f"search index {shard}: pagefind exited with {done.returncode}: {last[0]}"
        )
    return _indexed_pages(done.stdout)


def _indexed_pages(output: str) -> int:
    """The page count pagefind reports (`Indexed 55 pages`), 0 if it says none."""
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == "Indexed" and words[2].startswith("page"):
            return int(words[1]) if words[1].isdigit() else 0
    return 0
