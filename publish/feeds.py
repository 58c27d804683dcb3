"""Atom feeds of statements, latest first: the digest's, and one per actor and topic."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time

from feedgen.feed import FeedGenerator

from publish.filters import label, shown_content, summarize
from publish.links import Links, http_url
from publish.pages import latest_first
from store.reads import ArticleRow, StatementRow

FEED_LIMIT = 100
_NOT_A_NAME = re.compile(  # pronouns, descriptions, turn labels (first word);
    # groups and possessives (anywhere)
    r"(?i)^(a|all|an|both|each|he|her|his|i|it|its|my|one|our|question|several|she"
    r"|some|that|the|their|these|they|this|those|we|you|your)(?!\S)"
    r"|\s(and|&|or|with)\s|,|['’]s(?!\S)"
)
_PARTICLES = re.compile(r"(?i)al|bin|da|de|del|der|di|dos|du|el|ibn|la|le|van|von")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_feed(
    statements: Sequence[StatementRow],
    articles: Mapping[str, ArticleRow],
    links: Links,
    *,
    title: str,
    path: str,
    alternate: str,
    actor_names: Mapping[str, str],
    site_title: str = "Communiqué",
    base_url: str = "",
    limit: int = FEED_LIMIT,
) -> bytes:
    """Atom XML for the latest `limit` statements at site-relative `path`.

    `alternate` is the page the feed follows; `actor_names` names every actor of a
    joint statement in its title, and the actors of entries whose speaker has no
    name (see `feed_author`); an entry without one takes the feed's author, the
    site (RFC 4287 asks one of them). Without base_url, links are relative to the
    feed's own folder (`../../articles/…` from `feeds/actors/`), so they resolve
    wherever the site is served. Text goes out as Atom `type="text"`, so feed
    readers never interpret it as HTML.
    """
    latest = latest_first(statements)[:limit]
    root = base_url or "../" * path.count("/")  # the site root, seen from the feed
    fg = FeedGenerator()
    fg.id(base_url + path if base_url else _urn("feed", path))
    fg.title(_xml(title))
    fg.author(name=_xml(site_title))
    fg.subtitle("Who said what in diplomatic news, extracted automatically.")
    fg.link(href=root + path, rel="self", type="application/atom+xml")
    fg.link(href=root + alternate, rel="alternate", type="text/html")
    fg.language("en")
    fg.updated(_moment(max((s.published for s in latest if s.published), default=None)))
    for s in latest:
        entry = fg.add_entry(order="append")
        href = root + links.statement(s.article_id, s.statement_id)
        entry.id(href if base_url else _urn("statement", s.statement_id))
        entry.title(_xml(_title(s, actor_names)))
        # one link only: feedgen 1.0 drops rel and type on entry links, so a second
        # (related) link would read as another alternate
        entry.link(href=href, rel="alternate", type="text/html")
        author = feed_author(s, actor_names)
        if author:
            entry.author(name=_xml(author))
        for topic in s.topics:
            entry.category(term=_xml(topic), label=_xml(label(topic)))
        article = articles.get(s.article_id)
        # the original a republished text is based on outlives the page read
        source = (
            http_url(article.original_url or article.canonical_url) if article else None
        )
        entry.summary(
            _xml(f"{s.sentence}\n\nSource: {source}" if source else s.sentence)
        )
        moment = _moment(s.published)
        entry.published(moment)
        entry.updated(moment)
    result: bytes = fg.atom_str(pretty=True)
    return result


def feed_author(s: StatementRow, actor_names: Mapping[str, str]) -> str | None:
    """The speaker's name if it is one, else the actors' names ("Russia and
    Türkiye"), else None: never a pronoun or description ("They", "Both sides")."""
    if s.speaker and is_name(s.speaker):
        return s.speaker
    names = [actor_names.get(a) or a for a in s.actors]
    if len(names) > 1:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return names[0] if names else None


def is_name(speaker: str) -> bool:
    """Whether the speaker reads as one proper name ("Sergey Lavrov", "Abdel
    Fattah el-Sisi"): capitalised words and name particles only, never a pronoun,
    a description ("The leaders", "the Russian side"), a possessive ("Ukraine’s")
    or a group ("Turkey and Libya", "Mr Erdogan and I")."""
    if _NOT_A_NAME.search(speaker):
        return False
    capitalised = [w for w in speaker.split() if not _PARTICLES.fullmatch(w)]
    return bool(capitalised) and all(_capitalised(w) for w in capitalised)


def _capitalised(word: str) -> bool:
    """Upper case first, or after a particle and hyphen ("el-Sisi", "al-Assad")."""
    head, _, rest = word.partition("-")
    if rest and _PARTICLES.fullmatch(head):
        return rest[:1].isupper()
    return word[:1].isupper()


def _title(s: StatementRow, names: Mapping[str, str]) -> str:
    """`Russia (reject): Sergey Lavrov rejected …`; a joint statement names each of
    its actors (`Germany and United States (agree): …`), not its main one only."""
    who = s.actor_name or s.actor_id or "Unattributed"
    if len(s.actors) > 1:
        *first, last = [names.get(a, a) for a in s.actors]
        who = f"{', '.join(first)} and {last}"
    speaker = s.speaker or "someone"
    return (
        f"{who} ({label(s.act)}): {speaker} {s.cue} {summarize(shown_content(s), 100)}"
    )


def _moment(day: date | None) -> datetime:
    """Midnight UTC of the day; the build time when there is no date."""
    return datetime.combine(day, time(), UTC) if day else datetime.now(UTC)


def _urn(kind: str, value: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"communique:{kind}:{value}").urn


def _xml(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (lxml refuses them)."""
    return _NOT_XML.sub("", text)
