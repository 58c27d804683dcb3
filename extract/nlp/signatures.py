"""The signature blocks a joint letter or declaration may close with: short
paragraphs after the last of its prose, each a name over the title that names
one signatory ("(Signed) Penny Wong / Minister for Foreign Affairs of
Australia"), or one closing line that lists them ("Signed by the Foreign
Ministers of Australia, Bahrain, …"). Two or more name the signatories whose
"we" the text is, less a letter's addressee below its closing ("Yours
sincerely," … "His Excellency X / President of Y"); a news report's credit
lines ("Reporting by X in Moscow") are one line each, no block. Pure functions
over a Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.nlp.memo import doc_text

# A signature block: at most this many characters, and no line of it closed as
# a sentence is.
_BLOCK = 200
_CLOSING = frozenset(".!?:;\"”'’")
_LINES = (2, 4)  # a name, then the title and its state (and an office or date)
# A closing line that lists the signatories: "Signed by …", "(Signed) by …".
_SIGNED_BY = re.compile(r"\(?signed\)?\s+by\b", re.I)
# A letter's closing ("Yours sincerely,") before its signatures: a last block
# that opens with an addressee's style is whom the letter is to.
_VALEDICTION = re.compile(
    r"(?i)(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?"
    r"|(?:warm(?:est)?|best|kind)\s+regards|highest\s+consideration)[,.]?\s*$"
)
# How a letter's addressee block opens ("His Excellency Prabowo Subianto").
_ADDRESSEE = re.compile(
    r"(?:His|Her|Their)\s+(?:Excellency|Majesty|Highness)|H\.\s?E\."
)


def closing_signatories(doc: Doc) -> tuple[str, ...]:
    """The actors of the signature blocks the text ends with, in order, when
    there are two or more and each names one actor; none otherwise."""
    text = doc_text(doc).rstrip()
    named = doc.spans.get("actors", [])
    found: list[str] = []
    addressed = False  # the last block is a letter's addressee's
    end = len(text)
    while end > 0:
        start = text.rfind("\n\n", 0, end)
        start = 0 if start < 0 else start + 2
        block = text[start:end].strip()
        if not _signature(block):
            break
        first = text.find(block, start, end)  # the name's line, then the title
        below = text.find("\n", first, end)
        actors = {s.label_ for s in named if below <= s.start_char < end}
        if len(actors) != 1:
            return ()
        found.insert(0, actors.pop())
        if end == len(text):  # the last block
            addressed = _ADDRESSEE.match(block) is not None
        end = start - 2
    if end <= 0:  # nothing but blocks: no text signed
        return ()
    closing = text[:end].rstrip().rsplit("\n\n", 1)[-1].strip()
    if addressed and _VALEDICTION.search(closing):  # a letter's writer(s), then
        found = found[:-1]  # the one it is addressed to, who signs nothing
    signed = tuple(dict.fromkeys(found)) or _signed_by(doc, text)
    return signed if len(signed) > 1 else ()


def _signed_by(doc: Doc, text: str) -> tuple[str, ...]:
    """The actors a closing "Signed by …" paragraph names, in order."""
    start = text.rfind("\n\n") + 2 if "\n\n" in text else 0
    if start == 0 or not _SIGNED_BY.match(text, start):
        return ()
    named = sorted(doc.spans.get("actors", []), key=lambda s: s.start)
    return tuple(dict.fromkeys(s.label_ for s in named if s.start_char >= start))


def _signature(block: str) -> bool:
    """A short paragraph of a few lines, none ending as a sentence does."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return (
        _LINES[0] <= len(lines) <= _LINES[1]
        and len(block) <= _BLOCK
        and not any(line[-1] in _CLOSING for line in lines)
    )
