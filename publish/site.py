"""Build the static site: render every page into a staging folder, then swap it in."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

from extract.errors import PublishError
from publish.feeds import render_feed
from publish.filters import iso_date, label, summarize
from publish.links import Links, anchor, detail_anchor, http_url
from publish.pages import Page, plan_pages
from store.reads import SiteData

MARKER = ".communique-site"  # marks a folder this module built, and may replace
STYLESHEET = "style.css"
FEED = "feed.atom"


@dataclass(frozen=True, slots=True)
class SiteSummary:
    """What a build wrote."""

    pages: int  # HTML pages
    feeds: int
    index: Path


def build_site(
    data: SiteData,
    out_dir: Path,
    *,
    templates_dir: Path,
    site_title: str = "Communiqué",
    base_url: str = "",
) -> SiteSummary:
    """Write the site to out_dir, replacing a previous build only once this one is done.

    Links between pages are relative; base_url (absolute http(s), optional) is used only
    for canonical links and the feed.
    """
    out_dir = Path(out_dir).absolute()
    base = _base_url(base_url)
    _check_replaceable(out_dir)
    env = make_environment(templates_dir)
    links = Links.build(
        (a.actor_id for a in data.actors), (t.topic for t in data.topics)
    )
    pages = plan_pages(data, links)
    shared = {
        "site_title": site_title,
        "base_url": base,
        "links": links,
        "actor_names": {a.actor_id: a.name for a in data.actors},
    }

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent)
    )
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        for page in pages:
            _write(staging / page.path, _render(env, page, shared))
        articles = {a.article_id: a for a in data.articles}
        try:
            feed = render_feed(
                data.statements, articles, links, site_title=site_title, base_url=base
            )
        except ValueError as err:
            raise PublishError(f"feed {FEED}: {err}") from err
        (staging / FEED).write_bytes(feed)
        _copy_stylesheet(templates_dir, staging)
        (staging / MARKER).write_text("Built by communique publish; safe to replace.\n")
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SiteSummary(pages=len(pages), feeds=1, index=out_dir / "index.html")


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


def _render(env: Environment, page: Page, shared: dict[str, object]) -> str:
    depth = page.path.count("/")
    context = {
        **shared,
        **page.context,
        "path": page.path,
        "root": "../" * depth,
        "section": page.path.split("/")[0] if depth else "digest",
    }
    try:
        return env.get_template(page.template).render(context)
    except TemplateError as err:
        raise PublishError(f"page {page.path} ({page.template}): {err}") from err


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _copy_stylesheet(templates_dir: Path, staging: Path) -> None:
    source = templates_dir / STYLESHEET
    if not source.is_file():
        raise PublishError(f"stylesheet {source}: not found")
    shutil.copyfile(source, staging / STYLESHEET)


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
