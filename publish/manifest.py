"""What a site on disk was built from, article by article, so the next publish
renders only what changed.

The manifest lives in the site folder, written last: a publish that stops half-way
leaves the previous manifest, and the next publish renders the same pages again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from publish.links import Links
from publish.render import Selection
from store.groups import ArticleDigest

MANIFEST = ".communique-manifest.json"
VERSION = 3  # 3: actors' and topics' archive pages by month
UNDATED = "undated"  # the search shard of articles without a date


@dataclass(frozen=True, slots=True)
class Manifest:
    """The shape of a build (templates, code, settings, actors) and its articles."""

    shape: str
    actors: Mapping[str, str]  # actor id -> page stem
    topics: Mapping[str, str]  # topic -> page stem
    articles: Mapping[str, ArticleDigest]

    def shards(self, links: Links) -> dict[str, list[str]]:
        """Each search shard's article pages, newest shard first ("undated" last)."""
        shards: dict[str, list[str]] = {}
        for digest in sorted(self.articles.values(), key=lambda d: d.article_id):
            shards.setdefault(digest.shard, []).append(links.article(digest.article_id))
        order = sorted((name for name in shards if name != UNDATED), reverse=True)
        order += [UNDATED] if UNDATED in shards else []
        return {name: shards[name] for name in order}

    @classmethod
    def of(cls, shape: str, links: Links, digests: Iterable[ArticleDigest]) -> Manifest:
        return cls(
            shape,
            dict(links.actors),
            dict(links.topics),
            {d.article_id: d for d in digests},
        )


@dataclass(frozen=True, slots=True)
class Update:
    """The pages an update renders, and the files it deletes."""

    selection: Selection
    removed: tuple[str, ...]  # site-relative paths of pages and feeds gone


def read_manifest(site: Path) -> Manifest | None:
    """The manifest of the site in `site`, or None if it has none it can read."""
    try:
        raw = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
        if raw.get("version") != VERSION:
            return None
        articles = {
            i: ArticleDigest(i, d, tuple(a), tuple(t), m)
            for i, (d, a, t, m) in raw["articles"].items()
        }
        return Manifest(raw["shape"], raw["actors"], raw["topics"], articles)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def manifest_bytes(manifest: Manifest) -> bytes:
    """The manifest as JSON, in a stable order."""
    raw = {
        "version": VERSION,
        "shape": manifest.shape,
        "actors": dict(sorted(manifest.actors.items())),
        "topics": dict(sorted(manifest.topics.items())),
        "articles": {
            i: [d.digest, list(d.actors), list(d.topics), d.shard]
            for i, d in sorted(manifest.articles.items())
        },
    }
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def plan_update(old: Manifest, new: Manifest) -> Update | None:
    """The pages that differ between a site built as `old` and one built as `new`,
    or None when the site must be rebuilt in full (another shape, or a page whose
    file name changed)."""
    if old.shape != new.shape or _moved(old.actors, new.actors):
        return None
    if _moved(old.topics, new.topics):
        return None
    changed = {
        i
        for i in old.articles.keys() | new.articles.keys()
        if old.articles.get(i) != new.articles.get(i)
    }
    actors: set[str] = set()
    topics: set[str] = set()
    shards: set[str] = set()
    for i in changed:
        for digest in (old.articles.get(i), new.articles.get(i)):
            if digest is not None:
                actors.update(digest.actors)
                topics.update(digest.topics)
                shards.add(digest.shard)
    links = Links(old.actors, old.topics)
    removed = [
        links.article(i) for i in sorted(old.articles.keys() - new.articles.keys())
    ]
    for actor_id in sorted(old.actors.keys() - new.actors.keys()):
        removed += [links.actor(actor_id), links.actor_feed(actor_id)]
    for topic in sorted(old.topics.keys() - new.topics.keys()):
        removed += [links.topic(topic), links.topic_feed(topic)]
    gone_months = {d.shard for d in old.articles.values()} - {
        d.shard for d in new.articles.values()
    }
    removed += [links.articles_month(month) for month in sorted(gone_months)]
    actor_months, gone = _months(old, new, changed, "actors")
    removed += [links.actor_month(key, month) for key, month in gone]
    topic_months, gone = _months(old, new, changed, "topics")
    removed += [links.topic_month(key, month) for key, month in gone]
    selection = Selection(
        frozenset(changed & new.articles.keys()),
        frozenset(actors & new.actors.keys()),
        frozenset(topics & new.topics.keys()),
        frozenset(shards),
        actor_months,
        topic_months,
    )
    return Update(selection, tuple(removed))


def _months(
    old: Manifest, new: Manifest, changed: Iterable[str], field: str
) -> tuple[frozenset[tuple[str, str]], list[tuple[str, str]]]:
    """The archive months (actor or topic, month) the changed articles fall in that
    still have statements, and those that have none any more (sorted)."""
    touched = {
        (key, digest.shard)
        for i in changed
        for digest in (old.articles.get(i), new.articles.get(i))
        if digest is not None
        for key in getattr(digest, field)
    }
    kept = {
        (key, digest.shard)
        for digest in new.articles.values()
        for key in getattr(digest, field)
    } & touched
    return frozenset(kept), sorted(touched - kept)


def _moved(old: Mapping[str, str], new: Mapping[str, str]) -> bool:
    """Whether a key both have has another stem now."""
    return any(new[key] != stem for key, stem in old.items() if key in new)
