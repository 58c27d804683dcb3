"""Turn labels of a transcript, read off the token table: the colons that end a
label opening a line ('Vladimir Putin: We discussed …', 'Question: …').

A turn is the speaker's own speech, not a report of it: the attribution finder
leaves the label's colon out of a transcript's attributions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.memo import once_per_doc
from extract.nlp.token_table import token_table

# The longest label ('President of the Russian Federation Vladimir Putin').
_LABEL_WORDS = 8


def turn_label_colons(doc: Doc) -> list[int]:
    """Indexes of the colons that end a turn label (computed once per Doc)."""
    return once_per_doc(doc, "turn_label_colons", _label_colons)


def is_transcript(doc: Doc) -> bool:
    """Whether the Doc has turns: two labels or more (one is a headline, as in
    'Sanders: Clinton needs to …')."""
    return len(turn_label_colons(doc)) >= 2


def _label_colons(doc: Doc) -> list[int]:
    table = token_table(doc)
    n = len(table.text)
    out = []
    for i, text in enumerate(table.text):
        if text != ":" or i + 1 >= n or table.quote_marks[i + 1]:
            continue
        start = i
        while (
            start > 0 and i - start < _LABEL_WORDS and "\n" not in table.text[start - 1]
        ):
            start -= 1
        opens = start == 0 or "\n" in table.text[start - 1]
        if opens and start < i and not any(table.punct[j] for j in range(start, i)):
            out.append(i)
    return out
