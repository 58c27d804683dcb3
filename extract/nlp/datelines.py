"""A dateline opening a report ("MOSCOW, March 3 (Reuters) -", "DUBAI (AP) —",
"Beijing, Jan 5 —"), after any headline the text opens with: where its dash
is, and the sources the parse ran back over it. Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.header import first_paragraph
from extract.nlp.memo import once_per_doc
from extract.nlp.quotes import SpanRange
from extract.nlp.token_table import subtree

DASHES = frozenset({"-", "—", "–", "--"})
_OPENING = 16  # tokens before a dateline's dash
_PLACE_WORDS = 3  # words of a place's name ("Port-au-Prince" is five tokens, too many)


def dateline_dash(doc: Doc) -> int | None:
    """The dash that ends a dateline opening the Doc ("MOSCOW, March 3 (Reuters)
    -", "Beijing, Jan 5 —"): a place in capitals or followed by a comma or a
    parenthesis, a date or an agency, no verb; or the colon after a place and a
    date ("Addis Ababa, 20 March 2025:"); None without one."""
    return once_per_doc(doc, "dateline_dash", _dateline_dash)


def _dateline_dash(doc: Doc) -> int | None:
    begin = prose_start(doc)
    opening = doc[begin : begin + _OPENING]
    dash = next((t.i for t in opening if t.text in DASHES), None)
    colon = next((t.i for t in opening if t.text == ":"), None)
    if (
        colon is not None
        and (dash is None or colon < dash)
        and _dated(doc, begin, colon)
    ):
        return colon  # "Addis Ababa, 20 March 2025:"
    if dash is None or dash <= begin or not doc[dash - 1].whitespace_:
        return None  # "Russia-Ukraine talks" is no dateline
    first = doc[begin].text
    place = (first.isupper() and len(first) > 1) or _named_place(doc, begin, dash)
    if not place or any(t.pos_ in ("VERB", "AUX") for t in doc[begin:dash]):
        return None
    return dash


def _dated(doc: Doc, begin: int, colon: int) -> bool:
    """A place's name and a date before a colon, no verb ("Addis Ababa, 20 March
    2025:"; not "Guterres, speaking in Geneva on Monday, said:")."""
    words = doc[begin:colon]
    return (
        any(t.ent_type_ == "DATE" for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and _named_place(doc, begin, colon)
    )


def _named_place(doc: Doc, begin: int, dash: int) -> bool:
    """A place's capitalised name, of up to three words, closed by a comma or a
    parenthesis ("Beijing, Jan 5 —", "Addis Ababa, Ethiopia –")."""
    close = next((t.i for t in doc[begin:dash] if t.text in (",", "(")), None)
    if close is None or not 0 < close - begin <= _PLACE_WORDS:
        return False
    return all(t.text[:1].isupper() or t.text == "-" for t in doc[begin:close])


def past_dateline(subject: Token | None) -> Token | None:
    """The subject after a dateline the parse took for a subject: one it hung in
    apposition on the dateline ("GENEVA – [UNHCR], the UN Refugee Agency, is
    alarmed") or a second subject of the same verb ("GENEVA – [UNHCR], …,
    welcomes"); else the subject itself."""
    dash = dateline_dash(subject.doc) if subject is not None else None
    if subject is None or dash is None or subject.i >= dash:
        return subject
    later = [c for c in subject.children if c.dep_ == "appos" and c.i > dash]
    later += [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > dash]
    return later[0] if later else subject


def prose_start(doc: Doc) -> int:
    """The first token of the first paragraph of prose, after a header (a
    headline) the text may open with."""
    start = first_paragraph(doc)[0]
    return next((t.i for t in doc if t.idx >= start and not t.is_space), 0)


def after_dateline(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Sources that the parse ran back over a dateline ("MOSCOW (Reuters) - |
    Foreign Minister X said") start after its dash, and so do contents; a
    source that is the dateline ("DUBAI (AP) — | Iran denied") is the cue's
    subject after it."""
    dash = dateline_dash(doc)
    if dash is None:
        return found
    out = []
    for a in found:
        if a.source is not None and a.source[0] <= dash < a.source[1] - 1:
            a = replace(a, source=(dash + 1, a.source[1]))
        elif a.source is not None and a.source[1] <= dash + 1:
            a = replace(a, source=_subject_after(doc, a.cue, dash))
        if a.content[0] <= dash < a.content[1] - 1:  # "SEOUL -- X fired …, Y said"
            a = replace(a, content=(dash + 1, a.content[1]))
        out.append(a)
    return out


def _subject_after(doc: Doc, cue: SpanRange, dash: int) -> SpanRange | None:
    """The subject of a cue's verb after a dateline's dash, if it has one."""
    head = doc[cue[0] : cue[1]].root
    first = head
    while first.dep_ == "conj":
        first = first.head
    # "Iran denied … and threatened": the subject of the sentence's own verb
    verbs = [head, first] if first.dep_ == "ROOT" else [head]
    subjects = [
        later
        for v in verbs
        for c in v.children
        if c.dep_ == "nsubj"
        and (later := past_dateline(c)) is not None
        and later.i > dash  # "RIYADH … - [Saudi Arabia's foreign ministry]" hung
    ]  # in apposition on the dateline the parse took for the subject
    if not subjects:
        return None
    start, end = subtree(doc, subjects[0].i)
    return (max(start, dash + 1), end)
