"""The parser on real pages (../shared/realpages/, read in place): dates, main
text, titles, page types and languages."""

from __future__ import annotations

from datetime import date

import py3langid
import pytest
import trafilatura

from bench.realpages import shingle_counts, text_scores
from extract.dates import url_date
from extract.parse import read_page
from kernel.records import PageReading
from tests.realpages import pages

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def aeb() -> list[tuple[dict, PageReading]]:
    """Every page of the article-extraction benchmark, read once."""
    return [(item, read_page(raw, today=TODAY)) for _key, item, raw in pages("aeb")]


def test_every_url_dated_real_article_gets_the_date_its_url_spells(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    dated = [(url_date(i["url"], TODAY), r.published) for i, r in aeb]
    dated = [(want, got) for want, got in dated if want is not None]
    assert len(dated) == 45
    assert [pair for pair in dated if pair[0] != pair[1]] == []


def test_no_real_article_gets_a_date_before_1990_or_in_the_future(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    for _item, reading in aeb:
        published = reading.published
        assert published is None or date(1990, 1, 1) <= published <= TODAY


def test_main_text_scores_at_least_plain_trafilatura_on_the_benchmark(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    ours = [shingle_counts(i["articleBody"], r.text) for i, r in aeb]
    plain = [
        shingle_counts(i["articleBody"], trafilatura.extract(raw.body, url=i["url"]))
        for (i, _r), (_k, _i, raw) in zip(aeb, pages("aeb"), strict=True)
    ]
    assert text_scores(ours)[2] >= text_scores(plain)[2]


def test_no_bracket_on_a_real_page_is_taken_for_a_citation(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    cut = [c.text for _i, r in aeb if r.article for c in r.article.citations]
    assert cut == []


def test_the_benchmarks_articles_are_read_as_articles(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    kinds = [r.page_type for _i, r in aeb]
    # One page, a swimming meet's results with 82 photos and 102 words, reads as
    # a gallery.
    assert kinds.count("article") >= len(kinds) - 1


def test_the_language_is_the_language_of_the_article_text(
    aeb: list[tuple[dict, PageReading]],
) -> None:
    expected = [py3langid.classify(i["articleBody"])[0] for i, _r in aeb]
    found = [r.language for _i, r in aeb]
    agree = sum(e == f for e, f in zip(expected, found, strict=True))
    assert agree >= 0.97 * len(aeb)
    assert found.count("en") >= 155
