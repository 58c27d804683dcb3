"""The day a statement was made, when its verb says so with a year.

An office-holder speaks for their state on the days they hold office, which the
registry looks up on the article's date. News often reports what someone said
or did years before ('In December 2015, Trump released a letter', 'Obama said
in 2015 that'): then the day the verb names decides, not the article's, so a
candidate is no president and a former president was one. Only a date with a
year, attached to the verb itself ('in', 'on', 'during' or a bare date), counts;
a date inside the content or on another word ('at a rally on Nov. 6') does not.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Token

_PREPOSITIONS = frozenset({"in", "on", "during"})
_BARE = frozenset({"npadvmod", "tmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MID_YEAR, _MID_MONTH = 7, 15  # the day a year or a month alone stands for


def event_day(subject: Token) -> date | None:
    """The day the verb of which `subject` is the subject names with a year,
    or None: a year alone stands for its middle, a month for its 15th."""
    if subject.dep_ not in _SUBJECTS:
        return None
    verb = subject.head
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            found = _day(objects[0]) if objects else None
        elif child.dep_ in _BARE:
            found = _day(child)
        else:
            continue
        if found is not None:
            return found
    return None


def _day(head: Token) -> date | None:
    """The date a DATE entity headed by `head` spells with a year."""
    if head.ent_type_ != "DATE":
        return None
    words = [t for t in head.subtree if t.ent_type_ == "DATE"]
    years = [int(t.text) for t in words if _YEAR.match(t.text)]
    if len(years) != 1:
        return None  # no year, or a range ('between 2010 and 2015')
    months = [_MONTHS[w] for t in words if (w := t.lower_.rstrip(".")) in _MONTHS]
    days = [int(t.text) for t in words if t.text.isdigit() and 1 <= int(t.text) <= 31]
    if not months:
        return date(years[0], _MID_YEAR, 1)
    day = days[0] if days else _MID_MONTH
    try:
        return date(years[0], months[0], day)
    except ValueError:
        return date(years[0], months[0], _MID_MONTH)
