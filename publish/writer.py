"""Where a build's pages and feeds go: the renderer every page group shares, and the
small tables (actors, topics, positions) every page group needs."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
from jinja2 import Environment, TemplateError

from kernel.errors import PublishError
from publish.feeds import render_feed
from publish.links import Links
from publish.pages import Page
from store.driver import driver_errors, records
from store.reads import (
    ACTORS_SQL,
    LATEST_POSITIONS_SQL,
    TOPICS_SQL,
    ActorRow,
    ArticleRow,
    PositionRow,
    StatementRow,
    TopicRow,
    main_first,
)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The small tables every page group needs: actors, topics, positions."""

    actors: tuple[ActorRow, ...]  # as stored (pages escape them)
    topics: tuple[TopicRow, ...]
    positions: tuple[PositionRow, ...]

    @property
    def links(self) -> Links:
        return Links.build(
            (a.actor_id for a in self.actors), (t.topic for t in self.topics)
        )


@driver_errors("cannot read the site's actors, topics and positions")
def read_catalogue(conn: duckdb.DuckDBPyConnection) -> Catalogue:
    """Every actor with a statement, every topic, every latest position."""
    return Catalogue(
        actors=records(conn, ACTORS_SQL, ActorRow),
        topics=records(conn, TOPICS_SQL, TopicRow),
        positions=records(
            conn, LATEST_POSITIONS_SQL, PositionRow, {"actor_ids": main_first}
        ),
    )


@dataclass(frozen=True, slots=True)
class Renderer:
    """What every page of one build shares, and where it writes."""

    env: Environment
    links: Links
    out: Path
    site_title: str
    base: str  # base URL, "" or ending in "/"
    actor_names: Mapping[str, str]
    languages: tuple[str, ...] = ("en",)  # the languages statements are read in

    def page(self, page: Page) -> None:
        """Render one page and write it in place of the old one."""
        depth = page.path.count("/")
        context = {
            "site_title": self.site_title,
            "base_url": self.base,
            "links": self.links,
            "actor_names": self.actor_names,
            "languages": self.languages,
            **page.context,
            "path": page.path,
            "root": "../" * depth,
            "section": page.path.split("/")[0] if depth else _root_section(page.path),
        }
        target = self.out / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        try:  # streamed to the file: a page of many statements is never one string
            with partial.open("w", encoding="utf-8", newline="\n") as out:
                out.writelines(self.env.get_template(page.template).generate(context))
        except TemplateError as err:
            partial.unlink(missing_ok=True)
            raise PublishError(f"page {page.path} ({page.template}): {err}") from err
        os.replace(partial, target)

    def feed(
        self,
        path: str,
        alternate: str,
        title: str,
        statements: Sequence[StatementRow],
        articles: Mapping[str, ArticleRow],
    ) -> None:
        """Render one Atom feed and write it in place of the old one."""
        try:
            xml = render_feed(
                statements,
                articles,
                self.links,
                title=title,
                path=path,
                alternate=alternate,
                actor_names=self.actor_names,
                site_title=self.site_title,
                base_url=self.base,
            )
        except ValueError as err:
            raise PublishError(f"feed {path}: {err}") from err
        write_file(self.out / path, xml)


def write_file(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file, so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


def _root_section(path: str) -> str:
    return "digest" if path == "index.html" else path
