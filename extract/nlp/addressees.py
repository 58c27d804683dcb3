"""Whom a statement is addressed to and where it was said, read from its cue verb.

Pure functions over a Doc and an attribution found in it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.acts import cue_verb
from extract.nlp.attribution import Attribution
from extract.nlp.informed import informed_of
from extract.nlp.quotes import SpanRange
from extract.nlp.taxonomy import PositionWords

_ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})


def find_addressee(
    doc: Doc, attribution: Attribution, words: PositionWords
) -> SpanRange | None:
    """Whom the statement is addressed to: 'urged [the UN Security Council] to',
    'called on [Kyiv] to'. The audience ('told reporters') is no addressee."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None:
        return None
    candidates: list[Token] = []
    if verb.lemma_.lower() in words.addressee_verbs:
        candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        # 'pressed all sides to adhere': the parser may make them the subject
        # of the clause the verb governs
        for clause in verb.children:
            infinitive = any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            )
            if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and infinitive:
                candidates += [c for c in clause.children if c.dep_ == "nsubj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _ADDRESSEE_PREPS:
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for head in sorted(candidates, key=lambda t: t.i):
        if head.pos_ == "PRON" or head.ent_type_ in ("DATE", "TIME"):
            continue
        if {head.lemma_.lower(), head.text} & words.not_addressees or _is_media(
            head, words
        ):
            continue
        start, end = head.left_edge.i, head.right_edge.i + 1
        for clause in head.children:  # 'the Council [to restart talks]'
            if clause.dep_ in ("xcomp", "acl", "relcl", "ccomp") and clause.i > head.i:
                end = min(end, clause.left_edge.i)
        about = informed_of(verb, head)  # 'briefed the Council [on the talks]'
        if about is not None and about.head == head:
            end = min(end, about.i)
        return _trim(doc, (start, end))
    return None


def find_venue(
    doc: Doc, attribution: Attribution, words: PositionWords
) -> SpanRange | None:
    """Where or on what occasion it was said, without the preposition:
    'at [the United Nations]', 'in [an interview broadcast by a regional channel]'."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None:
        return None
    content = range(*attribution.content)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.venue_preps:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i in content or pobj.ent_type_ in ("DATE", "TIME"):
            continue
        lemma = pobj.lemma_.lower()
        if lemma in words.not_venues:
            continue
        if lemma in words.venue_nouns or (prep.lower_ == "at" and pobj.pos_ == "PROPN"):
            return _trim(doc, (pobj.left_edge.i, pobj.right_edge.i + 1))
    return None


def _is_media(head: Token, words: PositionWords) -> bool:
    """A news outlet named as what was told: 'told Al Jazeera'."""
    if head.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE", ""):
        return False
    name = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    return name.removeprefix("the ") in words.not_addressees


def _trim(doc: Doc, span: SpanRange) -> SpanRange:
    """Without punctuation at either end."""
    start, end = span
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end)
