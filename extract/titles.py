"""The article's own title, without the site's name around it.

Pages name themselves in several places: `og:title` and the `<title>` often add
the site ("… | Reuters", "BBC News - …"), the JSON-LD headline and the `<h1>`
usually do not. A part of a title set off by a separator is dropped when it is
the site's name (from `og:site_name`, the `<title>`'s other parts, or the domain).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:[|\u2013\u2014•·:»]|-|::)\s+")


def page_title(
    candidates: list[str | None], sitename: str | None, url: str
) -> str | None:
    """The first title found (`og:title`, headline, `<h1>`, `<title>`, …) with
    spaces normalised and the site's name cut off."""
    titles = [" ".join(t.split()) for t in candidates if t and t.strip()]
    if not titles:
        return None
    names = _site_names(sitename, url)
    for title in titles:
        cut = strip_site(title, names)
        if cut and not _is_site(cut, names):
            return cut
    return titles[0]


def strip_site(title: str, names: set[str]) -> str:
    """The title without leading or trailing parts that name the site."""
    bounds, start = [], 0
    for separator in _SEPARATOR.finditer(title):
        bounds.append((start, separator.start()))
        start = separator.end()
    bounds.append((start, len(title)))
    first, last = 0, len(bounds) - 1
    while last > first and _is_site(title[slice(*bounds[last])], names):
        last -= 1
    while first < last and _is_site(title[slice(*bounds[first])], names):
        first += 1
    return title[bounds[first][0] : bounds[last][1]].strip()


def _site_names(sitename: str | None, url: str) -> set[str]:
    names = {_key(sitename)} if sitename else set()
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    labels = host.split(".")
    if len(labels) >= 2:
        names.add(_key(labels[-2]))
        names.add(_key(".".join(labels[-2:])))
    names.add(_key(host))
    return {name for name in names if name}


def _is_site(part: str, names: set[str]) -> bool:
    key = _key(part)
    if not key or len(part.split()) > 5:
        return False
    return any(key == name or (len(name) >= 3 and name in key) for name in names)


def _key(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())
