"""Publication dates as the publisher means them, on made-up and real pages."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import publication_date, read_stamp, url_date

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("structured", "found", "url", "expected"),
    [
        # A placeholder is no date; htmldate's reading stands.
        (
            [("json-ld", "0001-01-01T00:00:00Z")],
            "2019-11-18",
            "http://x/a",
            (date(2019, 11, 18), "htmldate"),
        ),
        ([("json-ld", "1970-01-01T00:00:00Z")], None, "http://x/a", (None, None)),
        ([("meta", "2031-05-01")], None, "http://x/a", (None, None)),
        # A UTC timestamp past midnight is the day before for the publisher.
        (
            [("json-ld", "2023-11-09T05:30Z")],
            None,
            "http://x/2023/11/08/a",
            (date(2023, 11, 8), "url"),
        ),
        (
            [("json-ld", "2023-11-09T05:30:00+00:00")],
            "2023-11-08",
            "http://x/a",
            (date(2023, 11, 8), "htmldate"),
        ),
        # An explicit local offset is the publisher's own day.
        (
            [("json-ld", "2023-11-08T23:30:00-05:00")],
            "2023-11-09",
            "http://x/a",
            (date(2023, 11, 8), "json-ld"),
        ),
        # Agreement keeps the structured source.
        (
            [("meta", "2019-11-18T10:00:00Z")],
            "2019-11-18",
            "http://x/a",
            (date(2019, 11, 18), "meta"),
        ),
        # A malformed structured date is passed over.
        (
            [("json-ld", "November 8, 2019")],
            "2019-11-08",
            "http://x/a",
            (date(2019, 11, 8), "htmldate"),
        ),
        ([], None, "http://x/2019/11/8/story", (date(2019, 11, 8), "url")),
    ],
)
def test_the_date_is_the_publishers_day_and_says_how_it_was_found(
    structured: list[tuple[str, str]],
    found: str | None,
    url: str,
    expected: tuple[date | None, str | None],
) -> None:
    assert publication_date(structured, found, url, TODAY) == expected


@pytest.mark.parametrize(
    "value", ["0001-01-01", "2019-02-30", "2019-11-18T25:00:00Z", "18/11/2019", ""]
)
def test_impossible_or_unstructured_stamps_are_not_read(value: str) -> None:
    stamp = read_stamp(value)
    assert stamp is None or stamp.day.year == 1


def test_a_url_without_a_plausible_date_has_none() -> None:
    assert url_date("http://x/1889/01/01/a", TODAY) is None
    assert url_date("http://x/2019/13/01/a", TODAY) is None
    assert url_date("http://x/2019-11-19/a", TODAY) == date(2019, 11, 19)
