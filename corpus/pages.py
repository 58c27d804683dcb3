"""Render the corpus as a static site of realistic news and government pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from corpus.documents import CorpusDocument

TEMPLATE_DIR = Path(__file__).parent / "templates"
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
MOST_READ_COUNT = 5
RELATED_COUNT = 4


@dataclass(frozen=True, slots=True)
class Resource:
    """One servable file: its bytes, media type and modification time (UTC)."""

    body: bytes
    content_type: str
    last_modified: datetime


@dataclass(frozen=True, slots=True)
class Site:
    """A section of the demo site, styled after one origin."""

    key: str
    name: str
    publisher: str
    feed_format: str | None  # "rss", "atom" or None (no section feed)


SITES = (
    Site("kremlin", "President of Russia (demo mirror)", "President of Russia", "rss"),
    Site("whitehouse", "The White House (demo mirror)", "The White House", "rss"),
    Site("wikinews", "Wikinews (demo mirror)", "Wikinews", "atom"),
    Site("wire", "Communiqué Wire", "Communiqué Wire", None),
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text and its trailing bracketed citation, if split off."""

    text: str
    cite: str | None = None


@dataclass(frozen=True, slots=True)
class Teaser:
    """A link to another corpus page, as shown in lists, sidebars and feeds."""

    title: str
    url: str
    date: str
    text: str
    site: str
    author: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """Everything an article template shows."""

    doc: CorpusDocument
    site: Site
    url: str
    description: str
    paragraphs: tuple[Paragraph, ...]
    most_read: tuple[Teaser, ...]
    related: tuple[Teaser, ...]
    linked_data: dict[str, object]


def render_site(docs: Sequence[CorpusDocument], base_url: str) -> dict[str, Resource]:
    """Render every page, feed and index of the corpus, keyed by URL path."""
    base = base_url.rstrip("/")
    env = _environment()
    sites = {site.key: site for site in SITES}
    unknown = sorted({doc.site for doc in docs} - sites.keys())
    if unknown:
        raise ValueError(f"documents name unknown sites {unknown}")
    ordered = sorted(docs, key=lambda doc: (doc.date, doc.id))
    teasers = {doc.id: _teaser(doc, base) for doc in ordered}
    resources: dict[str, Resource] = {}
    for doc in ordered:
        page = _article_page(doc, sites[doc.site], ordered, teasers, base)
        html = env.get_template(f"{doc.site}/article.html").render(
            page=page, site=page.site, base_url=base
        )
        resources[article_path(doc)] = Resource(html.encode(), HTML, _published(doc))
    for site in SITES:
        members = [doc for doc in ordered if doc.site == site.key]
        if not members:
            continue
        items = [teasers[doc.id] for doc in reversed(members)]
        modified = _published(members[-1])
        html = env.get_template("section.html").render(
            site=site, items=items, layout=f"{site.key}/layout.html", base_url=base
        )
        resources[f"/{site.key}/"] = Resource(html.encode(), HTML, modified)
        if site.feed_format is not None:
            feed = env.get_template(f"{site.feed_format}.xml").render(
                title=site.name, items=items, base_url=base, path=f"/{site.key}/"
            )
            content_type = RSS if site.feed_format == "rss" else ATOM
            resources[f"/{site.key}/feed.xml"] = Resource(
                feed.encode(), content_type, modified
            )
    resources.update(_site_wide(env, ordered, teasers, sites, base))
    return resources


def article_path(doc: CorpusDocument) -> str:
    """The URL path of a document's page."""
    return f"/{doc.site}/{doc.slug}.html"


def split_paragraphs(doc: CorpusDocument) -> tuple[Paragraph, ...]:
    """Non-empty lines of the text; seed-article citations become separate cites."""
    lines = [line for line in doc.text.split("\n") if line.strip()]
    if doc.site != "wire":
        return tuple(Paragraph(line) for line in lines)
    return tuple(_split_citation(line) for line in lines)


def _site_wide(
    env: Environment,
    ordered: list[CorpusDocument],
    teasers: dict[str, Teaser],
    sites: dict[str, Site],
    base: str,
) -> dict[str, Resource]:
    newest = _published(ordered[-1]) if ordered else datetime(1970, 1, 1, tzinfo=UTC)
    items = [teasers[doc.id] for doc in reversed(ordered)]
    sections = [
        (site, [item for item in items if item.site == site.key])
        for site in sites.values()
    ]
    home = env.get_template("home.html").render(
        sections=[(site, members) for site, members in sections if members],
        base_url=base,
    )
    feed = env.get_template("rss.xml").render(
        title="Communiqué demo corpus", items=items, base_url=base, path="/"
    )
    sitemap = env.get_template("sitemap.xml").render(items=items)
    robots = f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml\n"
    return {
        "/": Resource(home.encode(), HTML, newest),
        "/feed.xml": Resource(feed.encode(), RSS, newest),
        "/sitemap.xml": Resource(sitemap.encode(), XML, newest),
        "/robots.txt": Resource(robots.encode(), TEXT, newest),
    }


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = _long_date
    env.filters["weekday_date"] = _weekday_date
    env.filters["rfc822"] = _rfc822
    env.filters["iso_instant"] = _iso_instant
    return env


def _article_page(
    doc: CorpusDocument,
    site: Site,
    ordered: list[CorpusDocument],
    teasers: dict[str, Teaser],
    base: str,
) -> ArticlePage:
    url = base + article_path(doc)
    description = teasers[doc.id].text
    linked_data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": doc.title,
        "datePublished": doc.date,
        "author": {"@type": "Organization", "name": doc.author},
        "publisher": {"@type": "Organization", "name": site.publisher},
        "license": doc.license_url,
        "creditText": doc.attribution,
        "mainEntityOfPage": url,
        "description": description,
    }
    if doc.original_url:
        linked_data["isBasedOn"] = doc.original_url
    return ArticlePage(
        doc=doc,
        site=site,
        url=url,
        description=description,
        paragraphs=split_paragraphs(doc),
        most_read=tuple(teasers[d.id] for d in _most_read(doc, ordered)),
        related=tuple(teasers[d.id] for d in _related(doc, ordered)),
        linked_data=linked_data,
    )


def _most_read(
    doc: CorpusDocument, ordered: list[CorpusDocument]
) -> list[CorpusDocument]:
    """The newest other pages of the same site, topped up from the whole corpus."""
    others = [d for d in reversed(ordered) if d.id != doc.id]
    same_site = [d for d in others if d.site == doc.site]
    picked = same_site[:MOST_READ_COUNT]
    picked += [d for d in others if d not in picked][: MOST_READ_COUNT - len(picked)]
    return picked


def _related(
    doc: CorpusDocument, ordered: list[CorpusDocument]
) -> list[CorpusDocument]:
    """Other pages sharing the most title words, nearest in date first."""
    words = _title_words(doc.title)
    day = date.fromisoformat(doc.date)

    def rank(other: CorpusDocument) -> tuple[int, int, str]:
        shared = len(words & _title_words(other.title))
        distance = abs((date.fromisoformat(other.date) - day).days)
        return (-shared, distance, other.id)

    return sorted((d for d in ordered if d.id != doc.id), key=rank)[:RELATED_COUNT]


_STOPWORDS = frozenset(
    {"about", "after", "call", "following", "from", "into", "joint", "over"}
    | {"president", "readout", "statement", "that", "their", "this", "with"}
)


def _title_words(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return frozenset(w for w in words if len(w) > 3 and w not in _STOPWORDS)


def _teaser(doc: CorpusDocument, base: str) -> Teaser:
    url = base + article_path(doc)
    return Teaser(doc.title, url, doc.date, _summary(doc), doc.site, doc.author)


def _summary(doc: CorpusDocument, limit: int = 220) -> str:
    """The first full sentence of the first substantial paragraph, shortened."""
    paragraphs = [p.text.strip() for p in split_paragraphs(doc)]
    lead = next(
        (p for p in paragraphs if len(p) >= 60), paragraphs[0] if paragraphs else ""
    )
    match = re.match(
        r"(.{40,}?[a-z0-9)][.!?][\"\u201d\u2019]?)(?:\s+(?=[A-Z\u201c\"])|$)", lead
    )
    sentence = match.group(1) if match else lead
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def _split_citation(line: str) -> Paragraph:
    match = re.fullmatch(r"(.*?)(\[[^\[\]]+\])(\s*)", line, flags=re.DOTALL)
    if match is None:
        return Paragraph(line)
    return Paragraph(match.group(1), match.group(2))


def _published(doc: CorpusDocument) -> datetime:
    return _at_nine(doc.date)


def _at_nine(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(hour=9, tzinfo=UTC)


def _long_date(value: str) -> str:
    day = date.fromisoformat(value)
    return f"{day:%B} {day.day}, {day.year}"


def _weekday_date(value: str) -> str:
    day = date.fromisoformat(value)
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def _rfc822(value: str) -> str:
    return format_datetime(_at_nine(value), usegmt=True)


def _iso_instant(value: str) -> str:
    return f"{value}T09:00:00Z"
