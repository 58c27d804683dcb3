"""What an incremental publish costs on a large database, part by part, without
building the whole site first (a full build of 100,000 articles takes about an hour).

It plays a publish after the `--new` newest articles arrived: the manifest of every
article, the actor and topic pages and feeds they touch, their article pages, the
digest and lists, the archive months they fall in, the downloads and the search
shards of their months, each part timed with its own peak memory (the process's
high-water mark reset before it). The parts are the functions
`publish.site.build_site` calls for an update (`render_site` with a `Selection`);
what the bench leaves out is reading and writing the manifest file and deleting
pages. The shards need their months' article pages on disk: those are rendered
first and not counted.

Usage: .venv/bin/python bench/site_parts.py DATABASE [--new 200]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from scale import _peak_mib, _reset_peak

from publish.manifest import Manifest, manifest_bytes
from publish.pagefind import index_shards
from publish.render import Selection, render_site
from publish.site import MEMORY_LIMIT, make_environment
from publish.writer import Renderer, read_catalogue
from store import db
from store.downloads import write_statement_downloads
from store.driver import memory_limited
from store.groups import article_digests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--new", type=int, default=200)
    args = parser.parse_args()
    conn = db.open_store(args.database)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="site-parts-") as out,
            memory_limited(conn, MEMORY_LIMIT),  # as build_site sets it
        ):
            result = _parts(conn, Path(out), args.new)
    finally:
        conn.close()
    print(json.dumps(result, indent=1))
    return 0


def _parts(conn, out: Path, new: int) -> dict:  # type: ignore[no-untyped-def]
    seconds: dict[str, float] = {}
    peaks: dict[str, float] = {}

    def timed(part: str, run):  # type: ignore[no-untyped-def]
        _reset_peak()
        start = time.perf_counter()
        result = run()
        seconds[part] = time.perf_counter() - start
        peaks[part] = _peak_mib()
        return result

    catalogue, digests, manifest = timed(
        "manifest and catalogue", lambda: _catalogue_and_manifest(conn)
    )
    links = catalogue.links
    touched = _touched(digests, new)
    names = {a.actor_id: a.name for a in catalogue.actors}
    renderer = Renderer(make_environment(_templates()), links, out, "B", "", names)
    pages, feeds = timed(
        "pages and feeds", lambda: render_site(conn, catalogue, renderer, touched)
    )
    (out / "data").mkdir(exist_ok=True)
    timed(
        "downloads",
        lambda: write_statement_downloads(conn, out / "data", touched.shards),
    )
    months = Selection(
        articles=frozenset(
            d.article_id for d in digests if d.shard in (touched.shards or ())
        ),
        actors=frozenset(),
        topics=frozenset(),
        actor_months=frozenset(),
        topic_months=frozenset(),
    )
    render_site(conn, catalogue, renderer, months)  # not timed: the months' pages
    shards = manifest.shards(links)
    indexed = timed("search shards", lambda: index_shards(out, shards, touched.shards))
    return {
        "articles": len(digests),
        "new": min(new, len(digests)),
        "touched": {
            "actors": len(touched.actors or ()),
            "topics": len(touched.topics or ()),
            "shards": sorted(touched.shards or ()),
            "archive months": len(touched.actor_months or ())
            + len(touched.topic_months or ()),
            "pages indexed": indexed,
        },
        "pages": pages,
        "feeds": feeds,
        "seconds": seconds,
        "total seconds": sum(seconds.values()),
        "peak_mib": peaks,  # each part's own (VmHWM reset before it)
    }


def _catalogue_and_manifest(conn):  # type: ignore[no-untyped-def]
    catalogue = read_catalogue(conn)
    digests = article_digests(conn)
    manifest = Manifest.of("bench", catalogue.links, digests)
    manifest_bytes(manifest)
    return catalogue, digests, manifest


def _touched(digests, new: int) -> Selection:  # type: ignore[no-untyped-def]
    """What a publish renders after the `new` newest articles arrived."""
    newest = sorted(
        digests, key=lambda d: (d.shard != "undated", d.shard, d.article_id)
    )[-new:]
    return Selection(
        articles=frozenset(d.article_id for d in newest),
        actors=frozenset(a for d in newest for a in d.actors),
        topics=frozenset(t for d in newest for t in d.topics),
        shards=frozenset(d.shard for d in newest),
        actor_months=frozenset((a, d.shard) for d in newest for a in d.actors),
        topic_months=frozenset((t, d.shard) for d in newest for t in d.topics),
    )


def _templates() -> Path:
    from publish.site import TEMPLATES

    return TEMPLATES


if __name__ == "__main__":
    sys.exit(main())
