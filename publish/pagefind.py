"""The search index: pagefind (its PyPI package ships the binary) over the pages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kernel.errors import PublishError

SEARCH_DIR = "pagefind"  # pagefind's own output folder name, which its UI expects
TIMEOUT = 120.0  # seconds, plus TIMEOUT_PER_PAGE for each HTML page of the site
# pagefind takes about 9 ms a page on a busy 2-core machine (14,080 articles took
# over 120 s): a fixed limit failed every publish past about 10,000 articles.
TIMEOUT_PER_PAGE = 0.05


def index_site(site: Path) -> int:
    """Index every page under site with `data-pagefind-body`; return the page count.

    Writes `site/pagefind/` (index, WebAssembly and the default UI): all local files,
    so search works offline once the site is served over HTTP. The index is written
    beside the old one and put in its place once whole (pagefind leaves the files of
    an earlier index in its output folder).
    """
    fresh, old = site / f".{SEARCH_DIR}.new", site / f".{SEARCH_DIR}.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    pages = _run_pagefind(site, fresh.name)
    target = site / SEARCH_DIR
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return pages


def _run_pagefind(site: Path, subdir: str) -> int:
    timeout = TIMEOUT + TIMEOUT_PER_PAGE * sum(1 for _ in site.rglob("*.html"))
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        subdir,
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise PublishError(f"search index {site / SEARCH_DIR}: {err}") from err
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PublishError(
            f"search index {site / SEARCH_DIR}: pagefind exited with "
            f"{done.returncode}: {last[0]}"
        )
    return _indexed_pages(done.stdout)


def _indexed_pages(output: str) -> int:
    """The page count pagefind reports (`Indexed 55 pages`), 0 if it says none."""
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == "Indexed" and words[2].startswith("page"):
            return int(words[1]) if words[1].isdigit() else 0
    return 0
