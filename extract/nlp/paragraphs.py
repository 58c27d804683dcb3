"""Paragraphs end sentences: a blank line is a boundary the parser must keep
("Q: ..." after "please.\n\n", a title line before the first paragraph),
unless a colon before it opens what follows ("she said:\n\n"Ukraine ..."")."""

from __future__ import annotations

from spacy.tokens import Doc


def break_at_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start."""
    for token in doc[2:]:
        before = doc[token.i - 1]
        blank = before.is_space and before.text.count("\n") >= 2
        if blank and not token.is_space and doc[token.i - 2].text != ":":
            token.is_sent_start = True
    return doc
