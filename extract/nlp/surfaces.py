"""Speakers must be mentions: a name or phrase as a reader sees it in a sentence.

Real pages hand the parser datelines (`Washington, DC, United States:`), photo
captions (`(Graphic: …)`), navigation run together over several lines, and name
hover-cards fused into the text (`Kristi NoemKristi`). A statement whose speaker
is no mention is dropped (a wrong speaker is worse than none); a speaker's name
over 80 characters (a long description, not a name) is left out, the statement and
its mention kept; a fused hover-card is cut back to the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span

from kernel.records import Statement

MAX_CHARS = 80
_CAPTION = re.compile(r"^\s*[(\[]\s*[A-Z][\w ]{0,30}:")
_FUSED = re.compile(r"(?<=[a-z])(?=[A-Z])")


def mentions_only(statements: Iterable[Statement]) -> list[Statement]:
    """The statements whose speaker and mention are one line, neither dateline
    nor caption (or who have none), in order, with fused hover-card names cut
    back and a speaker's name over 80 characters left out."""
    kept = []
    for statement in statements:
        statement = _last_line(statement)
        speaker, mention = statement.speaker, statement.speaker_mention
        if mention is not None and not is_mention(mention, limit=None):
            continue
        if speaker is not None and not is_mention(speaker, limit=None):
            continue
        if speaker is not None and not is_mention(speaker):
            speaker = None  # a long description is no name: the mention stays
        kept.append(
            replace(
                statement,
                speaker=unfused(_stripped(speaker)),
                speaker_mention=unfused(_stripped(statement.speaker_mention)),
            )
        )
    return kept


def _last_line(statement: Statement) -> Statement:
    """A mention that runs over a paragraph break ('7 p.m.\n\nDonald Trump',
    '"\n\nSchiff') cut back to its last line, when what the speaker is named
    is on that line (a speaker without a name keeps it, and is dropped); its span
    follows."""
    mention, span, speaker = (
        statement.speaker_mention,
        statement.speaker_span,
        statement.speaker,
    )
    if not mention or span is None or "\n" not in mention.strip():
        return statement
    cut = mention.rindex("\n") + 1
    cut += len(mention[cut:]) - len(mention[cut:].lstrip())
    last = mention[cut:]
    if not last or speaker is None or speaker.split()[-1] not in last:
        return statement
    moved = (span[0] + cut, span[1])
    return replace(statement, speaker_mention=last, speaker_span=moved)


def _stripped(surface: str | None) -> str | None:
    return surface.strip() if surface else surface


def is_mention(surface: str, limit: int | None = MAX_CHARS) -> bool:
    """Whether a speaker surface reads as a mention: one line, at most `limit`
    characters, not a dateline and not a caption. (A mention as written may be
    long: `Zhang Jun, who previously served as …,`; the speaker's name may not.)"""
    text = surface.strip()
    if not text or "\n" in text or (limit is not None and len(text) > limit):
        return False
    return not (_CAPTION.match(text) or is_dateline(text))


def is_dateline(text: str) -> bool:
    """`Washington, DC, United States:` or `GENEVA, Switzerland —`: capitalised
    place names in a comma list, closed by a colon or a dash."""
    body = text.rstrip()
    closed = body.endswith((":", "—", "–", "-"))
    parts = [p.strip() for p in body.rstrip(":—–- ").split(",")]
    places = all(p and p[0].isupper() and len(p.split()) <= 4 for p in parts)
    if not closed and " and " in parts[-1]:
        return False  # "Poland, Estonia, Latvia and Lithuania": a list that speaks
    return places and len(parts) >= 2 and (closed or len(parts) >= 3)


def is_dateline_name(name: Span) -> bool:
    """Places set apart by commas ("Washington, DC, United States"), or a place
    and its date ("Addis Ababa, 27 January 2025"): where a text was filed or
    issued, not who speaks."""
    commas = [t.i for t in name if t.text == ","]
    if not commas:
        return False
    words = [t for t in name if t.is_alpha]
    if all(t.ent_type_ in ("GPE", "LOC") for t in words):
        return True
    place, date = name.doc[name.start : commas[0]], name.doc[commas[0] + 1 : name.end]
    return (
        all(t.is_title or t.is_upper for t in place if t.is_alpha)
        and len(date) > 0
        and all(t.ent_type_ == "DATE" for t in date if not t.is_punct)
    )


def names_places_only(name: Span) -> bool:
    """Only places or states ("Kigali", "New Delhi", "The Caribbean and
    Canada"): before a colon and words not quoted, a dateline or a heading, not
    who speaks."""
    named = {i for s in name.doc.spans.get("actors", []) for i in range(s.start, s.end)}
    words = [t for t in name if t.is_alpha and not t.is_stop]
    return bool(words) and all(
        t.ent_type_ in ("GPE", "LOC") or t.i in named for t in words
    )


def unfused(surface: str | None) -> str | None:
    """A name with a hover-card's repeat cut off: `Kristi NoemKristi` → `Kristi
    Noem`. A capital inside a word is cut only where what follows opens the name
    again (so `McDonald` and `DeSantis` stay)."""
    if not surface:
        return surface
    words = surface.split()
    for index, word in enumerate(words[1:], start=1):
        for cut in _FUSED.finditer(word):
            tail = word[cut.start() :]
            if words[0].startswith(tail):
                return " ".join([*words[:index], word[: cut.start()]])
    return surface
