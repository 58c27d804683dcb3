"""An acronym a text defines ("The Department of National Defense (DND) said …
The DND accused …"): a later mention of it names what the name named. Pure
functions over spaCy spans."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution

_LONGEST = 8  # letters of an acronym
_NAME_DEPS = frozenset({"pobj", "prep", "compound", "amod"})  # not "A and | B (ACR)"


def defined_name(source: Span) -> Span | None:
    """The name an earlier "Name (ACR)" defines for a source that is the
    acronym alone ("the DND", "DND"); None otherwise."""
    words = [t for t in source if t.lower_ != "the"]
    if len(words) != 1 or len(source) > 2:
        return None
    word = words[0]
    if not (word.is_upper and word.is_alpha and 2 <= len(word) <= _LONGEST):
        return None
    doc = source.doc
    for token in doc[: source.start]:
        if (
            token.text == word.text
            and token.i - 1 > 0
            and doc[token.i - 1].text == "("
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text == ")"
        ):
            return _name_before(token)
    return None


def _name_before(acronym: Token) -> Span | None:
    """The noun phrase that ends right before the acronym's parenthesis: the
    one the parse hangs it on as an apposition, else the phrase climbed to."""
    doc = acronym.doc
    paren = doc[acronym.i - 1]  # never the Doc's first token (`defined_name`)
    top = doc[paren.i - 1]
    if acronym.dep_ == "appos" and acronym.head.i < paren.i:
        top = acronym.head  # "Ministry | of Trade, Industry and Energy (MOTIE)"
    while top.dep_ in _NAME_DEPS and top.head.i < paren.i and top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    start = top.left_edge.i
    joins = [  # "Pakistan and | the TTP (TTP)", not "of Trade, Industry and Energy"
        t.i
        for t in doc[start : paren.i]
        if t.head == top and (t.dep_ in ("cc", "conj") or t.text == ",")
    ]
    start = joins[-1] + 1 if joins else start
    end = paren.i
    if start >= end:
        return None
    close = paren.i + 2  # "… (MOD) | of the United Kingdom": whose it is
    if (
        close + 1 < len(doc)
        and doc[close].text == ")"
        and doc[close + 1].lower_ == "of"
    ):
        end = doc[close + 1].right_edge.i + 1
    return doc[start:end]


def whole_name_source(doc: Doc, found: Attribution) -> Attribution:
    """A source that is only the acronym in parentheses after a name ("The
    National Cyber Security Centre (| NCSC) | assesses"): the name with it."""
    if found.source is None:
        return found
    start, end = found.source
    first = doc[start + 1] if doc[start].text == "(" and start + 1 < end else doc[start]
    if not (first.is_upper and first.is_alpha) or first.i < 2:
        return found
    if doc[first.i - 1].text != "(" or first.i + 1 >= len(doc):
        return found
    if doc[first.i + 1].text != ")":
        return found
    name = doc[first.i - 2]
    if name.pos_ not in ("PROPN", "NOUN") or not name.text[:1].isupper():
        return found
    return replace(found, source=(name.left_edge.i, max(end, first.i + 2)))
