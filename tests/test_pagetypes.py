"""Page types from page structure: listings and galleries are no articles."""

from __future__ import annotations

import pytest

from corpus import load_documents
from corpus.pages import render_site
from extract.parse import parse_document, read_page
from kernel.errors import ParseError
from tests.test_parse import BASE, _raw


@pytest.fixture(scope="module")
def site() -> dict:
    return render_site(load_documents(), BASE)


@pytest.mark.parametrize("path", ["/", "/kremlin/", "/whitehouse/", "/wikinews/"])
def test_index_pages_of_headlines_and_teasers_are_listings(
    site: dict, path: str
) -> None:
    reading = read_page(_raw(BASE + path, site[path].body))
    assert reading.page_type == "listing"
    assert reading.page_reason.endswith("main-text lines are links")
    assert reading.article is None


# A photo gallery as news sites build it: a slideshow of captioned figures.
GALLERY = (
    b"""<!DOCTYPE html><html lang="en"><head><title>In pictures: the summit</title>
</head><body><header><nav><a href="/">Home</a></nav></header><main><article>
<h1>In pictures: the summit in Geneva</h1><p>Publication date: 12 June 2021</p>
<div class="gallery slideshow">"""
    + b"".join(
        b'<figure class="gallery__item"><img src="/p/%d.jpg" alt="">'
        b"<figcaption>Leaders arrive, photo %d.</figcaption></figure>" % (i, i)
        for i in range(12)
    )
    + b"</div></article></main><footer>(c) News</footer></body></html>"
)


def test_a_slideshow_of_captioned_photos_is_a_gallery_not_an_article() -> None:
    reading = read_page(_raw("http://x/gallery", GALLERY))
    assert reading.page_type == "gallery"
    assert reading.page_reason.startswith("12 images for ")
    with pytest.raises(ParseError, match="not an article: a gallery"):
        parse_document(_raw("http://x/gallery", GALLERY))


def test_an_article_page_is_an_article(site: dict) -> None:
    path = next(p for p in site if p.startswith("/kremlin/dipl-031"))
    reading = read_page(_raw(BASE + path, site[path].body))
    assert (reading.page_type, reading.language) == ("article", "en")
    assert reading.article is not None
