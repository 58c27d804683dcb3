"""Words a colon introduces on a paragraph of their own, as government press
releases print them without quotation marks ('Foreign Secretary David Lammy
said:' then 'A. B.'): the statement is the paragraph, not its first sentence.
A content that opens the paragraph after its cue's colon runs on over the
paragraph's sentences, up to one holding another statement's cue."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import sentence_bounds, token_table


def with_colon_paragraphs(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content its cue's colon opens on a new paragraph run on
    to that paragraph's end, or to the sentence before another's cue."""
    ends = sentence_bounds(doc)[1]
    cues = sorted(a.cue[0] for a in found)
    return [
        replace(one, content=(one.content[0], _paragraph_end(doc, one, ends, cues)))
        if _opened_by_colon(doc, one)
        else one
        for one in found
    ]


def _opened_by_colon(doc: Doc, one: Attribution) -> bool:
    """A colon ends the cue (or follows it) and a line break comes between it
    and the content."""
    table = token_table(doc)
    colon = next(
        (i for i in range(one.cue[0], one.content[0]) if table.text[i] == ":"), None
    )
    return colon is not None and any(
        "\n" in doc[i].text_with_ws for i in range(colon, one.content[0])
    )


def _paragraph_end(doc: Doc, one: Attribution, ends: list[int], cues: list[int]) -> int:
    """Where the content's paragraph ends, sentence by sentence."""
    table = token_table(doc)
    end = one.content[1]
    while True:
        nxt = ends[end - 1]  # past the content's sentence
        if "\n" in doc[nxt - 1].text_with_ws:
            return end  # the paragraph ends with it
        while nxt < len(doc) and table.space[nxt]:
            if "\n" in doc[nxt].text_with_ws:
                return end
            nxt += 1
        if nxt >= len(doc) or any(nxt <= c < ends[nxt] for c in cues):
            return end  # the text's end, or another statement's sentence
        end = trim_end(doc, nxt, ends[nxt])
