"""Jinja2 filters: plain-text wording only; escaping is left to autoescape."""

from __future__ import annotations

import re
from datetime import date

from extract.fragments import content_fragments
from store.reads import PositionRow, StatementRow

_SPACE = re.compile(r"\s+")
# C0 controls but tab and line breaks, DEL, C1 controls, bidi embeddings, overrides
# and isolates: they can hide or reorder what a page shows
UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
REPLACEMENT = "\ufffd"
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A Creative Commons licence or public-domain tool by its URL, for its short name.
_CREATIVE_COMMONS = re.compile(
    r"https?://creativecommons\.org/(?:licenses/(?P<terms>[a-z-]+)"
    r"|publicdomain/(?P<tool>zero|mark))/(?P<version>\d+(?:\.\d+)*)/?(?:deed\.\w+)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?-\u2013\u2014([{\u201c\u2018\"' "  # en/em dash, opening quotes


def summarize(text: str, width: int = 140) -> str:
    """The text on one line, cut at a word boundary before `width` characters, with …"""
    line = _SPACE.sub(" ", text).strip()
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(_TRAILING) + "…"


def neutral(text: str) -> str:
    """The text with each control or bidi-override character replaced by U+FFFD:
    the same length, so character offsets into it still hold."""
    return UNSAFE_CHARS.sub(REPLACEMENT, text)


def label(value: str | None) -> str:
    """A taxonomy code as words: `security_guarantees` -> `security guarantees`."""
    return (value or "").replace("_", " ").strip()


def iso_date(value: date | None, missing: str = "undated") -> str:
    """The date as YYYY-MM-DD, or `missing`."""
    return value.isoformat() if value else missing


def month_label(month: str) -> str:
    """An archive month (YYYY-MM, or "undated") in words: `November 2026`."""
    try:
        day = date.fromisoformat(f"{month}-01")
    except ValueError:
        return month.capitalize()
    return f"{_MONTHS[day.month - 1]} {day.year}"  # English, whatever the locale


def licence_name(value: str) -> str:
    """A Creative Commons URL as its short name (`CC BY 4.0`, `CC0 1.0`), else the
    value as it is."""
    found = _CREATIVE_COMMONS.fullmatch(value.strip())
    if not found:
        return value
    if found["terms"]:
        return f"CC {found['terms'].upper()} {found['version']}"
    tool = "CC0" if found["tool"].lower() == "zero" else "Public Domain Mark"
    return f"{tool} {found['version']}"


# The words of a speaker about themselves or their own side, and to another; and
# every personal pronoun (a speaker no rule resolved).
_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
PRONOUNS = _PERSONAL | {
    "he", "him", "his", "she", "her", "it", "its", "they", "them", "their"
}  # fmt: skip


def as_said(speaker: str | None, mention: str | None, cue: str) -> str:
    """The cue as a reader should see it after the speaker's name: a first- or
    second-person mention goes into the quoted wording, so "Olaf Scholz" is not
    followed by "hopefully now see" but by “we hopefully now see”."""
    if not mention or mention.lower() not in _PERSONAL:
        return cue
    words = {w.lower().strip(".,") for w in cue.split()}
    wording = cue if mention.lower() in words else f"{mention} {cue}"
    return f"\u201c{wording}\u201d"


# Cues that come before their source in English: "according to X", "as stated by X".
_CUE_FIRST = re.compile(r"(?i)^(?:according\b|as (?:\w+ )?(?:by|to)\b|as \w+ by\b)")


def cue_first(cue: str) -> bool:
    """Whether the cue reads before its source ("According to the UN: …"), not
    after it ("the UN according to: …")."""
    return bool(_CUE_FIRST.match(cue.strip()))


def content_first(statement: StatementRow | PositionRow) -> bool:
    """Whether a statement without a speaker reads content first: a passive of a
    readout ("The situation in Syria | was discussed"), which the site then shows
    in that order, not as "unnamed speaker was discussed: The situation …"."""
    cue, content = statement.cue_start, statement.content_start
    if statement.speaker or cue is None or content is None:
        return False
    return content < cue


def shown_content(statement: StatementRow | PositionRow) -> str:
    """The content as a reader should see it: less the reporting clause that
    interrupts it, the sides joined by an ellipsis ('The museum … would make …',
    not 'The museum, Mr. Obama said, would make …'); else the content as stored."""
    s, content = statement, statement.content
    base, cue_start, cue_end = s.content_start, s.cue_start, s.cue_end
    if base is None or cue_start is None or cue_end is None:
        return content
    cue = (cue_start - base, cue_end - base)
    source = None
    if s.speaker_start is not None and s.speaker_end is not None:
        source = (s.speaker_start - base, s.speaker_end - base)
    parts = content_fragments(content, (0, len(content)), cue, source)
    if len(parts) < 2:
        return content
    return " … ".join(content[start:end].strip() for start, end in parts)


def speaker_name(speaker: str | None) -> str | None:
    """The speaker as a reader should see them: a first- or second-person pronoun
    no rule resolved is no name (the page says "unnamed speaker" and quotes the
    pronoun with the cue)."""
    return None if speaker is None or speaker.lower() in _PERSONAL else speaker
