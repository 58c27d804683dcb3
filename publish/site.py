"""Build the static site: render every page into a staging folder, then swap it in;
or update a site in place, rendering only what changed since its manifest.

A build writes the HTML pages, the digest's Atom feed and one per actor and topic, the
statements as CSV and Parquet by month (written by the store), the stylesheet and
search script, pagefind's index, and the manifest (publish.manifest).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined

import templates
from kernel.errors import PublishError, StoreError
from publish.filters import (
    as_said,
    content_first,
    cue_first,
    iso_date,
    label,
    licence_name,
    month_label,
    shown_content,
    speaker_name,
    summarize,
)
from publish.links import anchor, detail_anchor, http_url
from publish.manifest import (
    MANIFEST,
    Manifest,
    manifest_bytes,
    plan_update,
    read_manifest,
)
from publish.pagefind import bundles, index_shards
from publish.pages import DOWNLOADS
from publish.render import Selection, render_site
from publish.writer import Catalogue, Renderer, read_catalogue, write_file
from store.downloads import write_statement_downloads
from store.driver import memory_limited
from store.groups import article_digests

MARKER = ".communique-site"  # marks a folder this module built, and may replace
STATIC = ("style.css", "search.js")  # copied from the templates folder as they are
TEMPLATES = Path(templates.__file__).resolve().parent  # shipped as package data
MEMORY_LIMIT = "512MB"  # DuckDB's own memory while it builds a site (docs/scaling.md)
# Writes the statements of some months (None: all) into a folder; the months written.
Downloads = Callable[[Path, frozenset[str] | None], Sequence[str]]


@dataclass(frozen=True, slots=True)
class SiteSummary:
    """What a build wrote."""

    pages: int  # HTML pages
    feeds: int
    index: Path
    searchable: int = 0  # pages in the search index
    updated: bool = False  # only what changed was rendered, in place


def build_site(
    conn: duckdb.DuckDBPyConnection,
    out_dir: Path,
    *,
    downloads: Downloads | None = None,
    site_title: str = "Communiqué",
    languages: tuple[str, ...] = ("en",),
    base_url: str = "",
    search: bool = True,
    templates_dir: Path = TEMPLATES,
    shape: str = "",
    update: bool = False,
) -> SiteSummary:
    """Write the site of the rows `conn` sees to out_dir.

    A build renders every page into a staging folder and swaps it in once done.
    With `update`, a site whose manifest has this `shape` (what shaped it besides
    the rows: templates, code, settings) is updated in place instead: only the
    pages of the articles, actors and topics that changed, the digest, the lists,
    the downloads and the search index. downloads(folder, months) writes the
    statements' downloads, a CSV and a Parquet file per month (by default from
    `conn`, see store.downloads). Links
    between pages are relative; base_url (absolute http(s), optional) is used only
    for canonical links and the feeds. search=False skips the pagefind index.
    """
    out_dir = Path(out_dir).absolute()
    base = _base_url(base_url)
    _check_replaceable(out_dir)
    with memory_limited(conn, MEMORY_LIMIT):  # DuckDB's; it spills past it
        downloads = downloads or partial(write_statement_downloads, conn)
        catalogue = read_catalogue(conn)
        links = catalogue.links
        manifest = Manifest.of(shape, links, article_digests(conn))
        renderer = Renderer(
            make_environment(templates_dir),
            links,
            out_dir,
            site_title,
            base,
            {a.actor_id: a.name for a in catalogue.actors},
            tuple(languages),
        )
        old = read_manifest(out_dir) if update and shape else None
        plan = plan_update(old, manifest) if old is not None else None
        parts = _Parts(conn, catalogue, templates_dir, downloads, search, manifest)
        if plan is not None:
            summary = _write_site(parts, renderer, plan.selection, plan.removed)
            return replace(summary, index=out_dir / "index.html", updated=True)
        summary = _build_staged(parts, renderer, out_dir)
        return replace(summary, index=out_dir / "index.html")


def _build_staged(parts: _Parts, renderer: Renderer, out_dir: Path) -> SiteSummary:
    """Every page into a staging folder beside out_dir, swapped in once done."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out_dir)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent)
    )
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        staged = replace(renderer, out=staging)
        summary = _write_site(parts, staged, Selection(), ())
        (staging / MARKER).write_text("Built by communique publish; safe to replace.\n")
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return summary


def build_stamp(out_dir: Path) -> str | None:
    """Which build out_dir holds (its marker file's inode and time), or None if it
    holds no finished build: another build in its place has another stamp."""
    marker = out_dir / MARKER
    if not (marker.is_file() and (out_dir / "index.html").is_file()):
        return None
    stat = marker.stat()
    return f"{stat.st_ino}:{stat.st_mtime_ns}"


def make_environment(templates_dir: Path) -> Environment:
    """The Jinja2 environment: autoescaped, strict about undefined names."""
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        summarize=summarize, label=label, iso_date=iso_date, shown_content=shown_content
    )
    env.globals.update(
        as_said=as_said,
        cue_first=cue_first,
        content_first=content_first,
        speaker_name=speaker_name,
    )
    env.filters["month_label"] = month_label
    env.filters["http_url"] = http_url
    env.filters["licence_name"] = licence_name
    env.globals.update(anchor=anchor, detail_anchor=detail_anchor)
    return env


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a build writes besides the pages."""

    conn: duckdb.DuckDBPyConnection
    catalogue: Catalogue
    templates_dir: Path
    downloads: Downloads
    search: bool
    manifest: Manifest


def _write_site(
    parts: _Parts, renderer: Renderer, selection: Selection, removed: Sequence[str]
) -> SiteSummary:
    """Pages, feeds, downloads, static files, the search index and, last, the
    manifest, into renderer.out."""
    out = renderer.out
    for path in removed:
        (out / path).unlink(missing_ok=True)
        if path.count("/") == 2:  # an archive month: its folder may be empty now
            with contextlib.suppress(OSError):
                (out / path).parent.rmdir()
    shards = parts.manifest.shards(renderer.links)
    pages, feeds = render_site(
        parts.conn, parts.catalogue, renderer, selection, bundles(shards)
    )
    write_downloads(parts.downloads, out, selection.shards)
    for name in STATIC:
        _copy_static(parts.templates_dir, out, name)
    searchable = index_shards(out, shards, selection.shards) if parts.search else 0
    write_file(out / MANIFEST, manifest_bytes(parts.manifest))
    return SiteSummary(
        pages=pages, feeds=feeds, index=out / "index.html", searchable=searchable
    )


def write_downloads(
    downloads: Downloads, out: Path, months: frozenset[str] | None
) -> None:
    """The statements of `months` (None: every month) into out/DOWNLOADS, a CSV
    and a Parquet file each, written into a staging folder and moved in; the files
    of those months that have no statement any more are deleted."""
    folder, staging = out / DOWNLOADS, out / f"{DOWNLOADS}.part"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        written = downloads(staging, months)
    except StoreError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(f"downloads {DOWNLOADS}/: {err}") from err
    folder.mkdir(exist_ok=True)
    for month in sorted((months or set()) - set(written)):
        for suffix in (".csv", ".parquet"):
            (folder / f"{month}{suffix}").unlink(missing_ok=True)
    for month in written:
        for suffix in (".csv", ".parquet"):
            os.replace(staging / f"{month}{suffix}", folder / f"{month}{suffix}")
    shutil.rmtree(staging, ignore_errors=True)


def _copy_static(templates_dir: Path, out: Path, name: str) -> None:
    source = templates_dir / name
    if not source.is_file():
        raise PublishError(f"static file {source}: not found")
    write_file(out / name, source.read_bytes())


def _base_url(base_url: str) -> str:
    if not base_url:
        return ""
    if not http_url(base_url):
        raise PublishError(f"base_url {base_url!r}: not an absolute http(s) URL")
    return base_url if base_url.endswith("/") else base_url + "/"


def _check_replaceable(out_dir: Path) -> None:
    """Refuse to replace anything but an empty folder or a site built here before."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise PublishError(f"output {out_dir}: exists and is not a folder")
    if any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
        raise PublishError(
            f"output {out_dir}: not empty and not a Communiqué site (no {MARKER})"
        )


def _remove_leftovers(out_dir: Path) -> None:
    """Delete what builds killed before they finished left next to out_dir: their
    staging folders (`.NAME.build-` and mkdtemp's 8 characters) and old builds
    being swapped out (`.NAME.old-` and 8 hex digits, carrying the site marker).
    Nothing else, and no symbolic link, is touched."""
    name = re.escape(out_dir.name)
    build = re.compile(rf"\.{name}\.build-[a-z0-9_]{{8}}")  # tempfile.mkdtemp's
    old = re.compile(rf"\.{name}\.old-[0-9a-f]{{8}}")  # _swap's
    for entry in out_dir.parent.iterdir():
        if entry.is_symlink() or not entry.is_dir():
            continue
        if build.fullmatch(entry.name) or (
            old.fullmatch(entry.name) and (entry / MARKER).is_file()
        ):
            shutil.rmtree(entry, ignore_errors=True)


def _swap(staging: Path, out_dir: Path) -> None:
    """Put staging in place of out_dir, then delete the old build."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}")
    out_dir.rename(old)
    try:
        staging.rename(out_dir)
    except OSError:
        old.rename(out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
