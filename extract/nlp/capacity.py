"""The capacity a presiding speaker speaks in. The President of a UN organ
speaks as President (for no state: the label names none) until they say "I
shall now make a statement in my capacity as the representative of Japan";
from the next sentence they speak for Japan, until "I now resume my functions
as President". Pure functions over a Doc."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.memo import doc_text
from extract.nlp.turns import Turn

_CAPACITY = re.compile(
    r"\bin\s+(?:my|his|her)\s+capacity\s+as\s+(?:the\s+)?representative\s+of\s+"
    r"(?P<state>[^.,;:]{2,60})"
)
_RESUME = re.compile(r"\bresume\s+(?:my|his|her)\s+functions\s+as\b", re.I)


def in_capacity(doc: Doc, turns: list[Turn]) -> list[Turn]:
    """The turns with those of a presiding speaker who names the state they
    speak for split at that sentence: the rest of the turn speaks for it, up
    to the sentence that resumes the presidency (which, and what follows,
    speaks for none again)."""
    found: list[Turn] = []
    for turn in turns:
        found.extend(
            _split(doc, turn) if not turn.actors and not turn.floor else [turn]
        )
    return found


def _split(doc: Doc, turn: Turn) -> list[Turn]:
    text = doc_text(doc)
    start, end = doc[turn.start].idx, doc[turn.end - 1].idx
    said = _CAPACITY.search(text, start, end)
    state = _state_named(doc, said.start("state"), said.end("state")) if said else ()
    if said is None or not state:
        return [turn]
    opens = doc.char_span(said.start(), said.end(), alignment_mode="expand")
    if opens is None or opens.sent.end >= turn.end:
        return [turn]
    cut = opens.sent.end
    back = _RESUME.search(text, doc[cut].idx, end)
    resumed = back and doc.char_span(back.start(), back.end(), alignment_mode="expand")
    stop = max(cut, resumed.sent.start) if resumed else turn.end
    parts = [
        replace(turn, end=cut),
        replace(turn, start=cut, end=stop, actors=state, continued=True),
    ]
    if stop < turn.end:
        parts.append(replace(turn, start=stop, continued=True))
    return [p for p in parts if p.start < p.end]


def _state_named(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The one actor the words after "representative of" name."""
    named = {
        s.label_
        for s in doc.spans.get("actors", [])
        if start <= s.start_char and s.end_char <= end
    }
    return (named.pop(),) if len(named) == 1 else ()
