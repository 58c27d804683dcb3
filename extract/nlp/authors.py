"""The state an op-ed's author writes for, when the text names the author's
office: a byline opening it ("By Zheng Zeguang, Chinese Ambassador to the UK")
or a closing line ("The author is the Ambassador of Indonesia to the United
Kingdom"). A serving official of a state (an ambassador, a minister) speaks
for the state whose office they hold, not for the one they are posted to; a
former one, a body's official, an opposition leader or a scholar for no one.
Pure functions over a Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.nlp.actors import ActorRegistry
from extract.nlp.memo import doc_text

_BYLINE = re.compile(r"By [^\n,]{3,60},[ \t]*(?P<office>[^\n]{3,120})")
_CLOSING = re.compile(
    r"(?:The|the) (?:author|writer) is (?P<office>[^\n]{3,160}?)\.?[ \t]*\Z"
)
# Offices whose holder's "we" is a state's (not an envoy of the UN, a
# rapporteur, an opposition leader, a mayor or a think tank's president).
_OFFICES = frozenset(
    {"ambassador", "minister", "president", "chancellor", "premier", "secretary",
     "spokesperson", "spokesman", "spokeswoman", "envoy"}
)  # fmt: skip
# Words that make the office no state's, or no longer held.
_NOT_THE_STATE_S = frozenset(
    {"former", "retired", "ex", "late", "opposition", "leader", "mayor", "party",
     "institute", "university", "centre", "center", "council", "foundation",
     "forum", "served", "was", "from", "until", "rapporteur", "representative",
     "chamber", "commerce", "company", "association", "bank", "group", "board"}
)  # fmt: skip


def author_state(doc: Doc, registry: ActorRegistry) -> tuple[str, ...]:
    """The one state the author's office names, less where they are posted
    ("to the UK"); none when no line names an office, or names a past one."""
    text = doc_text(doc).rstrip()
    first = text.split("\n", 1)[0]
    last = text.rsplit("\n", 1)[-1]
    match = _BYLINE.fullmatch(first.rstrip())
    if match is not None and not _a_name(match.group(0)[3 : match.start("office")]):
        match = None  # "By late Tuesday, Iranian Foreign Minister …"
    start = match.start("office") if match else -1
    if match is None:
        closing = _CLOSING.search(last)
        if closing is None:
            return ()
        start = len(text) - len(last) + closing.start("office")
        match = closing
    office = match.group("office")
    if any(c.isdigit() for c in office):
        return ()  # "US Ambassador to Russia from 2012 to 2014"
    office = re.split(r"\b(?:to|in)\b", office, maxsplit=1)[0]  # not where they serve
    words = office.lower().replace(",", " ").split()
    if _NOT_THE_STATE_S & set(words) or not _OFFICES & set(words):
        return ()
    end = start + len(office)
    named = {
        s.label_ for s in doc.spans.get("actors", []) if start <= s.start_char < end
    }
    kinds = {getattr(registry.actors.get(a), "kind", "") for a in named}
    if len(named) != 1 or kinds != {"state"}:
        return ()  # a body's official ("EU Ambassador in China"), or two states
    return (named.pop(),)


def _a_name(words: str) -> bool:
    """One person's name, as a byline gives it ("Zheng Zeguang"), not a time
    ("late Tuesday") nor two authors ("X and Y")."""
    parts = words.strip().split()
    return 1 < len(parts) <= 4 and all(p[:1].isupper() for p in parts)
