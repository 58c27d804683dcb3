"""Paragraphs end sentences: a blank line is a boundary the parser must keep
("Q: ..." after "please.\n\n", a title line before the first paragraph)."""

from __future__ import annotations

from spacy.tokens import Doc


def break_at_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc
