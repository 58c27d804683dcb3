"""An office-holder speaks for their state on the day the verb names, when it
names one with a year; else on the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from extract.nlp.pipeline import extract_statements
from kernel.records import Background

PUBLISHED = date(2019, 11, 20)  # Trump in office, Obama out of it


def _actors(nlp, text: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    background = Background(published={"doc": PUBLISHED})
    statements = next(extract_statements(nlp, [("doc", text)], background=background))
    return [s.actor_ids for s in statements[1]]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a candidate then, president on the article's date: no state
        (
            "In December 2015, shortly before voting began in the Republican "
            "primary, Donald Trump released a letter saying he was healthy.",
            (),
        ),
        # a president then, a former president on the article's date
        ("Barack Obama said in 2015 that the deal was good.", ("USA",)),
        ("On 3 March 2015, Barack Obama warned that the deal was at risk.", ("USA",)),
        # in office on the day named
        ("Donald Trump said in 2018 that the deal was terrible.", ("USA",)),
    ],
)
def test_the_day_the_verb_names_decides_the_office(  # type: ignore[no-untyped-def]
    nlp, text: str, actors: tuple[str, ...]
) -> None:
    assert _actors(nlp, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama said on Wednesday that the deal was good.",  # no year
        "Barack Obama said that the 2015 deal was good.",  # a year in the content
        "Barack Obama said at a rally on Nov. 6, 2015 that the deal was good.",
        "Barack Obama said in 2025 that the deal was good.",  # after the article
    ],
)
def test_otherwise_the_article_date_decides(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _actors(nlp, text) == [()]
