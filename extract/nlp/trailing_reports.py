"""A report that closes its sentence: 'A Greek official said that X, the Athens
News reported.'

The outlet reports the whole clause before the comma, the official's speech
included; the finders give it only the inner content, and let the inner cue's
content run on over the outlet and its cue. Here the closing report takes the
clause before the comma before its source, and a content in that clause ends at
that comma.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end, trim_span
from extract.nlp.token_table import TokenTable, sentence_bounds, token_table


def with_trailing_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each report that closes its sentence given the clause before
    it as content, and the contents in that clause cut at its comma."""
    table = token_table(doc)
    starts, _ = sentence_bounds(doc)
    out = list(found)
    for b, report in enumerate(found):
        comma = _closing_comma(table, report)
        if comma is None:
            continue
        first = starts[comma]
        inner = [
            a
            for a, other in enumerate(found)
            if a != b and first <= other.cue[0] < comma and other.content[1] > comma
        ]
        if not inner or report.content[0] <= first:
            continue
        out[b] = replace(report, content=trim_span(doc, first, comma))
        for a in inner:
            start = out[a].content[0]
            if start < comma:
                out[a] = replace(out[a], content=(start, trim_end(doc, start, comma)))
    return out


def _closing_comma(table: TokenTable, report: Attribution) -> int | None:
    """The comma before the source of a report whose source and cue close the
    sentence ('…, the Athens News reported.'), if it is one."""
    if report.source is None or report.source[1] > report.cue[0]:
        return None
    comma = report.source[0] - 1
    if comma < 1 or table.text[comma] != ",":
        return None
    after = range(report.cue[1], len(table.text))
    for i in after:
        if not table.punct[i]:
            return None
        if table.text[i] in (".", "!", "?"):
            break
    return comma if report.content[1] <= comma else None
