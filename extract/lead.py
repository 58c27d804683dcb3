"""The lead (standfirst) a page sets apart above its article body.

Official pages put their first paragraph, often the one naming who spoke with whom
("Vladimir Putin had a telephone conversation with …"), in its own element above
the element marked as the article body, and main-text extraction keeps only the
body. The lead is found from the page's structure: an element whose class or
names it (`lead`, `standfirst`, the microformat's `entry-summary`),
outside navigation and asides, that reads as prose and comes before the main text.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

# Class names of a lead: `read__lead`, `article-lead`, `standfirst`, and the
# h-entry microformat's `entry-summary` / `p-summary`. Teaser classes (`dek`,
# `excerpt`, `description`, `subtitle`) are left out: on news pages they mark a
# promotional line that the article body does not continue.
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:lead|lede|standfirst)(?:$|[-_])|^(?:entry|p)-summary$", re.I
)
_OUTSIDE = ("nav", "footer", "aside", "form", "script", "style", "noscript")
_MIN_CHARS, _MAX_CHARS = 40, 800
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ":")


def with_lead(soup: BeautifulSoup, text: str) -> str:
    """The main text with the page's lead put first, when the page has one that
    the main text lacks and that stands before it."""
    lead = find_lead(soup)
    if lead is None or _flat(lead)[:60] in _flat(text):
        return text
    page = _flat(soup.get_text(" "))
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    at_lead, at_body = page.find(_flat(lead)), page.find(_flat(first_line)[:60])
    if at_lead < 0 or (at_body >= 0 and at_lead > at_body):
        return text
    return f"{lead}\n{text}"


def find_lead(soup: BeautifulSoup) -> str | None:
    """The text of the first element the page marks as its lead, if it is prose."""
    for tag in soup.find_all(_marked_lead):
        if any(parent.name in _OUTSIDE for parent in tag.parents):
            continue
        text = " ".join(tag.get_text(" ").split())
        if _MIN_CHARS <= len(text) <= _MAX_CHARS and text.endswith(_SENTENCE_END):
            return text
    return None


def _marked_lead(tag: Tag) -> bool:
    if tag.name not in ("div", "p", "section", "span"):
        return False
    classes = [c for c in tag.get_attribute_list("class") if c]
    return any(_LEAD_CLASS.search(str(name)) for name in classes)


def _flat(text: str) -> str:
    return " ".join(text.split())
