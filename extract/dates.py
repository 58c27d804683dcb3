"""The publication date as the publisher means it, and how it was found.

A page may state its date several times: in JSON-LD, in a <meta> tag, in its URL
and in the text (which htmldate reads). Structured dates are often placeholders
(`0001-01-01T00:00:00Z`) or UTC timestamps that fall on the next day for the
publisher (`2019-11-19T02:30Z` for an article of the 18th in New York), so they are
taken only when they are plausible and either agree with the other evidence or
carry their own local offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

EARLIEST = date(1990, 1, 1)

_ISO = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)"
    r"(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?\s*$",
    re.I,
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/._-]|$)")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A structured date: the publisher's local day, and whether it was given in
    UTC (so the publisher's own day may be the one before)."""

    day: date
    utc: bool


def publication_date(
    structured: list[tuple[str, str]],
    found: str | None,
    url: str,
    today: date,
) -> tuple[date | None, str | None]:
    """The publication date and how it was found (`json-ld`, `meta`, `url`,
    `htmldate`), or (None, None).

    `structured` holds (source, value) pairs in order of trust; `found` is what
    htmldate read from the whole page (its text, URL and markup).
    """
    stamps = [
        (source, stamp)
        for source, value in structured
        if (stamp := read_stamp(value)) is not None and _plausible(stamp.day, today)
    ]
    other = _plain_date(found, today)
    in_url = url_date(url, today)
    witness = in_url or other
    for source, stamp in stamps:
        if witness is None or witness == stamp.day:
            return stamp.day, source
        if stamp.utc and witness == stamp.day - timedelta(days=1):
            return witness, "url" if in_url else "htmldate"
    if in_url is not None:
        return in_url, "url"
    if stamps and not stamps[0][1].utc:
        return stamps[0][1].day, stamps[0][0]
    if other is not None:
        return other, "htmldate"
    if stamps:
        return stamps[0][1].day, stamps[0][0]
    return None, None


def read_stamp(value: str) -> Stamp | None:
    """A well-formed ISO 8601 date or timestamp as its publisher's local day.

    An explicit offset other than UTC is the publisher's own, so the day written
    is theirs; a UTC timestamp keeps its UTC day, marked as such.
    """
    match = _ISO.match(value or "")
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_written = date(int(year), int(month), int(day))
        if hour is not None:
            datetime(2000, 1, 1, int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if hour is None:
        return Stamp(day_written, utc=False)
    utc = zone is None or zone.upper() == "Z" or zone.replace(":", "")[1:] == "0000"
    return Stamp(day_written, utc=utc and zone is not None)


def url_date(url: str, today: date) -> date | None:
    """The date a URL's path spells (`/2019/11/8/`, `/2019-11-19/`), if plausible."""
    match = _URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    try:
        found = date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return found if _plausible(found, today) else None


def _plain_date(value: str | None, today: date) -> date | None:
    stamp = read_stamp(value or "")
    return stamp.day if stamp and _plausible(stamp.day, today) else None


def _plausible(day: date, today: date) -> bool:
    """Not a placeholder (0001-01-01, 1970-01-01) and not in the future."""
    return EARLIEST <= day <= today + timedelta(days=1)
