"""What kind of page this is (article, listing, gallery, other), from its structure,
and the language of its main text."""

from __future__ import annotations

import re

import py3langid
from bs4 import BeautifulSoup

LISTING_TYPES = ("CollectionPage", "ItemList", "SearchResultsPage")
GALLERY_TYPES = ("ImageGallery", "MediaGallery")
_HEADLINE_WORDS = 4  # a link this long reads as a headline, not a menu entry
_MIN_TEASERS = 5
_WORDS_PER_IMAGE = 8
_MIN_IMAGES = 6
_MAX_GALLERY_WORDS = 200


def page_kind(
    soup: BeautifulSoup, text: str, ld_types: frozenset[str]
) -> tuple[str, str]:
    """The page's type and why: `listing` when the main text opens with headlines
    that link elsewhere and a third of its lines are such links (or the page's
    JSON-LD says so), `gallery` when images in figures or a slideshow come with
    few words, else `article`."""
    for kind, types in (("listing", LISTING_TYPES), ("gallery", GALLERY_TYPES)):
        declared = sorted(ld_types.intersection(types))
        if declared and "NewsArticle" not in ld_types and "Article" not in ld_types:
            return kind, f"JSON-LD @type {declared[0]}"
    lines = [line for line in (_line(x) for x in text.split("\n")) if line]
    headlines = _headline_links(soup)
    linked = sum(line in headlines for line in lines)
    opens = any(line in headlines for line in lines[:3])
    if opens and linked >= _MIN_TEASERS and linked * 3 >= len(lines):
        return "listing", f"{linked} of {len(lines)} main-text lines are links"
    images = len(_content_images(soup))
    words = len(text.split())
    if (
        images >= _MIN_IMAGES
        and words < images * _WORDS_PER_IMAGE
        and words < _MAX_GALLERY_WORDS
    ):
        return "gallery", f"{images} images for {words} words of text"
    return "article", "main text"


def text_language(text: str, declared: str | None) -> str | None:
    """The language of the main text (py3langid), the page's own `lang` when the
    text is too short to tell or the identifier cannot load."""
    words = text.split()
    if len(words) < 20:
        return declared
    try:
        language, _score = py3langid.classify(" ".join(words[:400]))
    except OSError:  # its model could not be loaded (a full disk): the page's own
        return declared
    return str(language)


def _line(text: str) -> str:
    """A line of main text as words, without a list bullet."""
    return " ".join(text.split()).lstrip("-•*· ").strip()


def _headline_links(soup: BeautifulSoup) -> set[str]:
    found = set()
    for link in soup.find_all("a", href=True):
        words = link.get_text(" ").split()
        if len(words) >= _HEADLINE_WORDS:
            found.add(" ".join(words))
    return found


def _content_images(soup: BeautifulSoup) -> list[object]:
    """Images shown as content: in a <figure> or a gallery, slideshow or carousel,
    not in navigation, headers, footers or asides."""
    images: list[object] = []
    for image in soup.find_all("img"):
        parents = {parent.name for parent in image.parents}
        if parents & {"nav", "header", "footer", "aside"}:
            continue
        if "figure" in parents or _gallery_class(image):
            images.append(image)
    return images


_GALLERY = re.compile(r"gallery|slide|carousel|photo", re.I)


def _gallery_class(image: object) -> bool:
    for parent in image.parents:  # type: ignore[attr-defined]
        classes = " ".join(parent.get_attribute_list("class") or [])
        if classes and _GALLERY.search(classes):
            return True
    return False
