"""The state an op-ed's author writes for, when the text names the author's
office: a byline opening it ("By Zheng Zeguang, Chinese Ambassador to the UK")
or a closing line ("The author is the Ambassador of Indonesia to the United
Kingdom"). A serving official's "I" and "we" speak for the state whose office
they hold, not for the one they are posted to; a former one's for no one.
Pure functions over a Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.nlp.actors import ActorRegistry
from extract.nlp.memo import doc_text
from extract.nlp.officials import TITLES

_BYLINE = re.compile(r"By [^\n,]{3,60},[ \t]*(?P<office>[^\n]{3,120})")
_CLOSING = re.compile(
    r"(?:The|the) (?:author|writer) is (?P<office>[^\n]{3,160}?)\.?[ \t]*\Z"
)
_PAST = frozenset({"former", "retired", "ex", "late"})


def author_state(doc: Doc, registry: ActorRegistry) -> tuple[str, ...]:
    """The one state the author's office names, less where they are posted
    ("to the UK"); none when no line names an office, or names a past one."""
    text = doc_text(doc).rstrip()
    first = text.split("\n", 1)[0]
    last = text.rsplit("\n", 1)[-1]
    match = _BYLINE.fullmatch(first.rstrip())
    start = match.start("office") if match else -1
    if match is None:
        closing = _CLOSING.search(last)
        if closing is None:
            return ()
        start = len(text) - len(last) + closing.start("office")
        match = closing
    office = match.group("office")
    office = re.split(r"\bto\b", office, maxsplit=1)[0]  # not where they serve
    words = office.lower().replace(",", " ").split()
    if _PAST & set(words) or not any(w in TITLES for w in words):
        return ()
    end = start + len(office)
    states = {
        s.label_
        for s in doc.spans.get("actors", [])
        if start <= s.start_char and s.end_char <= end
        and getattr(registry.actors.get(s.label_), "kind", "") == "state"
    }  # fmt: skip
    return (states.pop(),) if len(states) == 1 else ()
