"""Speeches a release prints one after another under headings of their own
("His Majesty The King's speech", "The President's speech", "Speech by
President X"): first person after the second heading is the next speaker's, not
the issuer's by default. Pure functions over a Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.nlp.memo import doc_text, once_per_doc

# A heading line of a speech: short, no full stop, a word of a speech in it.
_HEADING = re.compile(
    r"(?m)^[ \t]*(?=[^\n]{3,80}$)[^\n.!?:]*(?:['’]s (?:speech|remarks|address|toast)"
    r"|\b(?:speech|remarks|address|toast) (?:by|of) [A-Z])[^\n.!?:]*[ \t]*$",
    re.IGNORECASE,
)  # "The President's speech", "Remarks by Secretary X", not "Freedom of speech"
_WORDS = 8  # words of a heading at most


def later_speech(doc: Doc, char: int) -> bool:
    """Whether a character offset falls under a speech heading that is not the
    release's first."""
    starts = once_per_doc(doc, "speech_headings", _headings)
    return len(starts) > 1 and char > starts[1]


def _headings(doc: Doc) -> tuple[int, ...]:
    """Where the speech headings of the Doc's body start (not its title line)."""
    text = doc_text(doc)
    found = []
    for match in _HEADING.finditer(text):
        line = match.group(0).strip()
        if len(line.split()) > _WORDS or line == (doc._.title or "").strip():
            continue
        before = text[: match.start()]
        if not before.endswith("\n\n") and before:
            continue  # a heading stands on a line of its own after a blank line
        found.append(match.start())
    return tuple(found)
