"""Build the static site: render every page into a staging folder, then swap it in.

A build writes the HTML pages, the digest's Atom feed and one per actor and topic, the
statements as CSV and Parquet (written by the store), the stylesheet and search script,
and pagefind's index.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

import templates
from kernel.errors import PublishError, StoreError
from publish.feeds import render_feed
from publish.filters import iso_date, label, summarize
from publish.links import Links, anchor, detail_anchor, http_url
from publish.pagefind import index_site
from publish.pages import Page, plan_pages
from store.reads import SiteData, StatementRow

MARKER = ".communique-site"  # marks a folder this module built, and may replace
STATIC = ("style.css", "search.js")  # copied from the templates folder as they are
TEMPLATES = Path(templates.__file__).resolve().parent  # shipped as package data
CSV = "data/statements.csv"
PARQUET = "data/statements.parquet"


@dataclass(frozen=True, slots=True)
class SiteSummary:
    """What a build wrote."""

    pages: int  # HTML pages
    feeds: int
    index: Path
    searchable: int = 0  # pages in the search index


def build_site(
    data: SiteData,
    out_dir: Path,
    *,
    downloads: Callable[[Path, Path], None],
    site_title: str = "Communiqué",
    base_url: str = "",
    search: bool = True,
    templates_dir: Path = TEMPLATES,
) -> SiteSummary:
    """Write the site to out_dir, replacing a previous build only once this one is done.

    downloads(csv_path, parquet_path) writes the statements' downloads (see
    store.downloads). Links between pages are relative; base_url (absolute http(s),
    optional) is used only for canonical links and the feeds. search=False skips
    the pagefind index (the search page then finds nothing).
    """
    out_dir = Path(out_dir).absolute()
    base = _base_url(base_url)
    _check_replaceable(out_dir)
    links = Links.build(
        (a.actor_id for a in data.actors), (t.topic for t in data.topics)
    )
    build = _Build(
        data, links, make_environment(templates_dir), templates_dir, site_title, base
    )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out_dir)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent)
    )
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        summary = _write_site(build, staging, downloads, search=search)
        (staging / MARKER).write_text("Built by communique publish; safe to replace.\n")
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return replace(summary, index=out_dir / "index.html")


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
    env.filters.update(summarize=summarize, label=label, iso_date=iso_date)
    env.filters["http_url"] = http_url
    env.globals.update(anchor=anchor, detail_anchor=detail_anchor)
    return env


@dataclass(frozen=True, slots=True)
class _Build:
    """What every page of one build shares."""

    data: SiteData
    links: Links
    env: Environment
    templates_dir: Path
    site_title: str
    base: str  # base URL, "" or ending in "/"

    @property
    def shared(self) -> dict[str, object]:
        """The context every template gets."""
        return {
            "site_title": self.site_title,
            "base_url": self.base,
            "links": self.links,
            "actor_names": {a.actor_id: a.name for a in self.data.actors},
        }


def _write_site(
    build: _Build,
    staging: Path,
    downloads: Callable[[Path, Path], None],
    *,
    search: bool,
) -> SiteSummary:
    """Pages, feeds, downloads, static files and the search index, into staging."""
    pages = plan_pages(build.data, build.links)
    shared = build.shared
    for page in pages:
        _write(staging / page.path, _render(build.env, page, shared))
    feeds = _write_feeds(
        build.data, build.links, staging, site_title=build.site_title, base=build.base
    )
    (staging / CSV).parent.mkdir(parents=True, exist_ok=True)
    try:
        downloads(staging / CSV, staging / PARQUET)
    except StoreError as err:
        raise PublishError(f"downloads {CSV}, {PARQUET}: {err}") from err
    for name in STATIC:
        _copy_static(build.templates_dir, staging, name)
    searchable = index_site(staging) if search else 0
    return SiteSummary(
        pages=len(pages),
        feeds=feeds,
        index=staging / "index.html",
        searchable=searchable,
    )


def _render(env: Environment, page: Page, shared: dict[str, object]) -> str:
    depth = page.path.count("/")
    context = {
        **shared,
        **page.context,
        "path": page.path,
        "root": "../" * depth,
        "section": page.path.split("/")[0] if depth else _root_section(page.path),
    }
    try:
        return env.get_template(page.template).render(context)
    except TemplateError as err:
        raise PublishError(f"page {page.path} ({page.template}): {err}") from err


def _root_section(path: str) -> str:
    return "digest" if path == "index.html" else path


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _write_feeds(
    data: SiteData, links: Links, staging: Path, *, site_title: str, base: str
) -> int:
    """The digest's feed, then one per actor and per topic; return how many."""
    by_actor: dict[str, list[StatementRow]] = defaultdict(list)
    by_topic: dict[str, list[StatementRow]] = defaultdict(list)
    for s in data.statements:
        for actor_id in s.actors:
            by_actor[actor_id].append(s)
        for topic in s.topics:
            by_topic[topic].append(s)
    feeds: list[tuple[str, str, str, Sequence[StatementRow]]] = [
        (links.feed(), "index.html", f"{site_title}: statements", data.statements)
    ]
    feeds += [
        (
            links.actor_feed(a.actor_id),
            links.actor(a.actor_id),
            f"{site_title}: {a.name} ({a.actor_id})",
            by_actor[a.actor_id],
        )
        for a in data.actors
    ]
    feeds += [
        (
            links.topic_feed(t.topic),
            links.topic(t.topic),
            f"{site_title}: {label(t.topic)}",
            by_topic[t.topic],
        )
        for t in data.topics
    ]
    articles = {a.article_id: a for a in data.articles}
    for path, alternate, title, statements in feeds:
        try:
            xml = render_feed(
                statements,
                articles,
                links,
                title=title,
                path=path,
                alternate=alternate,
                base_url=base,
            )
        except ValueError as err:
            raise PublishError(f"feed {path}: {err}") from err
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(xml)
    return len(feeds)


def _copy_static(templates_dir: Path, staging: Path, name: str) -> None:
    source = templates_dir / name
    if not source.is_file():
        raise PublishError(f"static file {source}: not found")
    shutil.copyfile(source, staging / name)


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
