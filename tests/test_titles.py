"""Titles as the article names itself: no site name around it, plain spaces."""

from __future__ import annotations

import pytest

from extract.parse import own_canonical
from extract.titles import page_title


@pytest.mark.parametrize(
    ("candidates", "sitename", "url", "expected"),
    [
        (
            ["Why the talks failed | Reuters"],
            None,
            "https://www.reuters.com/a",
            "Why the talks failed",
        ),
        (
            ["BBC News - Iran strikes Syria"],
            "BBC News",
            "https://www.bbc.com/a",
            "Iran strikes Syria",
        ),
        (
            ["Lavrov: talks to resume – The Hill"],
            None,
            "https://thehill.com/a",
            "Lavrov: talks to resume",
        ),
        (
            ["Talks\u00a0resume in\u00a0Geneva"],
            None,
            "https://x.org/a",
            "Talks resume in Geneva",
        ),
        (["A | B | Daily Planet"], "Daily Planet", "https://planet.example/a", "A | B"),
        # A separator inside the title itself stays.
        (
            ["Opinion | Republicans Are Following Trump"],
            None,
            "https://nytimes.com/a",
            "Opinion | Republicans Are Following Trump",
        ),
        # The first candidate that is not only the site's name wins.
        (
            ["Reuters", "Trade war widens"],
            None,
            "https://reuters.com/a",
            "Trade war widens",
        ),
        ([None, "  "], None, "https://x.org/a", None),
    ],
)
def test_the_title_loses_the_sites_name_and_keeps_its_own_words(
    candidates: list[str | None], sitename: str | None, url: str, expected: str | None
) -> None:
    assert page_title(candidates, sitename, url) == expected


def test_a_relative_canonical_link_is_resolved_against_the_page() -> None:
    page = "http://en.kremlin.ru/events/president/news/29764.html"
    assert own_canonical("../29763.html", page) == (
        "http://en.kremlin.ru/events/president/29763.html"
    )
