"""Where each page lives: safe, unique file names and relative links between pages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from publish.filters import REPLACEMENT, UNSAFE_CHARS

_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")
_UNSAFE_RUN = re.compile(r"[^a-z0-9_]+")
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Links:
    """Site-relative paths of every page, built once per build from the data's ids."""

    actors: Mapping[str, str]  # actor id -> file stem
    topics: Mapping[str, str]  # topic -> file stem

    @classmethod
    def build(cls, actor_ids: Iterable[str], topics: Iterable[str]) -> Links:
        """Give every actor and topic a unique stem; actor codes stay as they are."""
        return cls(
            actors=_unique_stems(actor_ids, safe_name),
            topics=_unique_stems(topics, slugify),
        )

    def actor(self, actor_id: str) -> str:
        return f"actors/{self.actors.get(actor_id) or safe_name(actor_id)}.html"

    def topic(self, topic: str) -> str:
        return f"topics/{self.topics.get(topic) or slugify(topic)}.html"

    def actor_month(self, actor_id: str, month: str) -> str:
        """The archive page of an actor's statements in a month (YYYY-MM, undated)."""
        return f"actors/{self.actors.get(actor_id) or safe_name(actor_id)}/{month}.html"

    def topic_month(self, topic: str, month: str) -> str:
        """The archive page of a topic's statements in a month (YYYY-MM, undated)."""
        return f"topics/{self.topics.get(topic) or slugify(topic)}/{month}.html"

    def article(self, article_id: str) -> str:
        return f"articles/{safe_name(article_id)}.html"

    def articles_month(self, month: str) -> str:
        """The list of the articles published in a month (YYYY-MM, undated)."""
        return f"articles/months/{month}.html"

    def statement(self, article_id: str, statement_id: str) -> str:
        """The statement's anchor in its article page."""
        return f"{self.article(article_id)}#{anchor(statement_id)}"

    def feed(self) -> str:
        """The digest's Atom feed: every statement, latest first."""
        return "feed.atom"

    def actor_feed(self, actor_id: str) -> str:
        return f"feeds/actors/{self.actors.get(actor_id) or safe_name(actor_id)}.atom"

    def topic_feed(self, topic: str) -> str:
        return f"feeds/topics/{self.topics.get(topic) or slugify(topic)}.atom"


def anchor(statement_id: str) -> str:
    """The HTML id of a statement in its article's text."""
    return f"s-{safe_name(statement_id)}"


def detail_anchor(statement_id: str) -> str:
    """The HTML id of a statement in the list below its article's text."""
    return f"d-{safe_name(statement_id)}"


def safe_name(value: str) -> str:
    """The value itself if it is a safe file name, else a slug with a short hash."""
    if _SAFE.fullmatch(value):
        return value
    return f"{slugify(value, hashed=False)[:60]}-{_digest(value)}".lstrip("-")


def slugify(value: str, *, hashed: bool = True) -> str:
    """Lower-case letters, digits, `_` and `-`; a hash when nothing else is left."""
    slug = _UNSAFE_RUN.sub("-", value.lower()).strip("-")[:80]
    if not slug and hashed:
        return _digest(value)
    return slug


def http_url(value: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL that is safe as an href, else None.

    A URL with userinfo (`https://www.un.org@evil.example/` goes to evil.example)
    or with control or bidi-override characters is refused.
    """
    if not value or not _HTTP_URL.fullmatch(value):
        return None
    if UNSAFE_CHARS.search(value) or REPLACEMENT in value:
        return None
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
    except ValueError:  # malformed netloc, such as an unclosed IPv6 bracket
        return None
    return value if hostname and "@" not in parts.netloc else None


def _unique_stems(values: Iterable[str], make: Callable[[str], str]) -> dict[str, str]:
    """Map each value to a stem, adding a hash where two would share one file."""
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for value in sorted(set(values)):
        stem = make(value)
        if stem.lower() in taken or stem.lower() == "index":
            stem = f"{stem[:60]}-{_digest(value)}"
        taken.add(stem.lower())
        stems[value] = stem
    return stems


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]
