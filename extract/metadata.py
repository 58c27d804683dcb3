"""What a page says about itself: canonical link, JSON-LD, og: and article: tags.

A republished text names its original in JSON-LD `isBasedOn` and its attribution in
`creditText` (schema.org CreativeWork); both are read as `original` and
`attribution`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bs4 import BeautifulSoup


@dataclass(slots=True)
class PageMeta:
    """The page's own metadata, each field as first declared."""

    values: dict[str, str] = field(default_factory=dict)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (source, value)
    types: set[str] = field(default_factory=set)  # JSON-LD @type values

    def get(self, key: str) -> str | None:
        return self.values.get(key)


def page_metadata(soup: BeautifulSoup) -> PageMeta:
    """The canonical link, language, titles, dates, author, licence, attribution
    and original a page declares in its markup (JSON-LD first, then <meta> tags)."""
    meta = PageMeta()
    html = soup.find("html")
    if html is not None and html.get("lang"):
        meta.values["language"] = str(html["lang"]).split("-")[0].strip().lower()
    link = soup.find("link", rel="canonical")
    if link is not None and link.get("href"):
        meta.values["canonical"] = str(link["href"]).strip()
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except json.JSONDecodeError:
            continue
        for item in _items(data):
            _json_ld(item, meta)
    for tag in soup.find_all("meta"):
        _meta_tag(tag, meta)
    for tag in soup.find_all(True, attrs={"itemprop": "datePublished"}):
        value = tag.get("content") or tag.get("datetime")
        if value:
            meta.dates.append(("microdata", str(value).strip()))
    title = soup.find("title")
    if title is not None and title.get_text(strip=True):
        meta.values["html-title"] = title.get_text(" ", strip=True)
    heading = soup.find("h1")
    if heading is not None and heading.get_text(strip=True):
        meta.values["h1"] = heading.get_text(" ", strip=True)
    return meta


def _items(data: object) -> list[dict]:
    """The JSON-LD objects of a script: a list, one object, or an @graph."""
    items = data if isinstance(data, list) else [data]
    found: list[dict] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        found.append(item)
        graph = item.get("@graph")
        if isinstance(graph, list):
            found += [g for g in graph if isinstance(g, dict)]
    return found


def _meta_tag(tag: object, meta: PageMeta) -> None:
    key = tag.get("property") or tag.get("name")  # type: ignore[attr-defined]
    value = tag.get("content")  # type: ignore[attr-defined]
    if not key or not value:
        return
    key, value = str(key).lower(), " ".join(str(value).split())
    if key == "article:published_time":
        meta.dates.append(("meta", value))
    elif key == "og:title":
        meta.values.setdefault("og:title", value)
    elif key == "og:site_name":
        meta.values.setdefault("sitename", value)
    elif key == "author":
        meta.values.setdefault("author", value)


def _json_ld(item: dict, meta: PageMeta) -> None:
    kinds = item.get("@type")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if isinstance(kind, str):
            meta.types.add(kind)
    if item.get("datePublished"):
        meta.dates.append(("json-ld", str(item["datePublished"]).strip()))
    if isinstance(item.get("headline"), str):
        meta.values.setdefault("headline", " ".join(item["headline"].split()))
    author = item.get("author")
    if isinstance(author, list) and author:
        author = author[0]
    if isinstance(author, dict) and isinstance(author.get("name"), str):
        meta.values.setdefault("author", author["name"])
    elif isinstance(author, str):
        meta.values.setdefault("author", author)
    if isinstance(item.get("license"), str):
        meta.values.setdefault("license", item["license"])
    if isinstance(item.get("creditText"), str) and item["creditText"].strip():
        meta.values.setdefault("attribution", " ".join(item["creditText"].split()))
    original = _url_of(item.get("isBasedOn"))
    if original:
        meta.values.setdefault("original", original)


def _url_of(value: object) -> str | None:
    """The URL a JSON-LD reference gives: a string, or the url (else @id) of an
    object, or of a list's first item."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if not isinstance(value, str):
        return None
    return value.strip() or None
