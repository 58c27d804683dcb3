"""A learned cue that runs into its content ('expressed interest' with 'interest
in the project'): the content starts after the cue, and a preposition the
cue's noun governs joins the cue ('expressed interest in | the project'), as
the register's light verbs are drawn ('expressed concern about'). A learned
cue that ends in a preposition of a medium, place or time whose object is in
neither the cue, the content nor the source ('said on | Telegram | that X')
ends before it; one of calling whose content opens with the preposition of
what is called for takes it in ('called | on Russia to …' is 'called on |
Russia to …'). Any cue, learned or not, whose verb's auxiliaries and negation
stand just before it takes them in ('I do n't | think' is 'I don't think')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import quote_spans, trim_end

# Prepositions of a medium, place or time ('said on | Telegram', 'in | Geneva'),
# not of an addressee or a partner ('shared with', 'reiterated to').
_WHERE_OR_HOW = frozenset({"on", "in", "at", "via", "during"})


def without_overlap(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with cue and content apart, when the content starts
    inside the cue and runs past it."""
    (cue_start, cue_end), (start, end) = found.cue, found.content
    if not cue_start <= start < cue_end < end:
        return found
    after = doc[cue_end]
    governed = cue_start <= after.head.i < cue_end
    if after.pos_ == "ADP" and governed and cue_end + 1 < end:
        cue_end += 1
    return replace(found, cue=(cue_start, cue_end), content=(cue_end, end))


def without_dangling_preposition(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with its cue cut before a last preposition whose object
    lies between the cue and the content."""
    start, end = found.cue
    last = doc[end - 1]
    if end - start < 2 or last.dep_ != "prep" or last.lower_ not in _WHERE_OR_HOW:
        return found
    objects = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
    taken = [found.cue, found.content, found.source or (0, 0)]
    if not objects or any(a <= o.i < b for o in objects for a, b in taken):
        return found  # 'stipulated in | the agreements' names the source
    return replace(found, cue=(start, end - 1))


def past_the_medium(doc: Doc, found: Attribution) -> Attribution:
    """'"Russian terrorists," he wrote on Telegram': a content that is only the
    object of the cue's preposition of medium, place or time, after a quotation
    the sentence opens with, is that quotation; the preposition leaves the
    cue."""
    (cue_start, cue_end), (start, end) = found.cue, found.content
    last = doc[cue_end - 1]
    medium = cue_end - cue_start > 1 and last.dep_ == "prep"
    medium = medium and last.lower_ in _WHERE_OR_HOW
    objects = [c for c in last.children if c.dep_ == "pobj"] if medium else []
    only_object = len(objects) == 1 and (start, end) == (
        objects[0].left_edge.i,
        objects[0].i + 1,
    )
    if not only_object:
        return found
    sentence = doc[cue_start].sent
    quotes = quote_spans(doc)
    if any(cue_end <= q[0] < sentence.end for q in quotes):
        return found  # '"X," Cengiz said on X, "Y …"': one quotation, interrupted
    opening = sentence.start
    before = [
        q
        for q in quotes
        if opening <= q[0] and q[1] <= min(cue_start, (found.source or found.cue)[0])
    ]
    if not before:
        return found
    return replace(found, cue=(cue_start, cue_end - 1), content=before[-1])


def past_the_addressee(doc: Doc, found: Attribution) -> Attribution:
    """'The strike was not optional, a spokesman for the ICC told AFP': a
    content that is only whom a postposed "told" addresses is what the
    sentence said before the source."""
    (cue_start, cue_end), (start, end) = found.cue, found.content
    verb = doc[cue_start:cue_end].root
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if verb.lemma_.lower() != "tell" or found.source is None or len(told) != 1:
        return found
    if (start, end) != (told[0].left_edge.i, told[0].right_edge.i + 1):
        return found
    if any(
        c.dep_ in ("ccomp", "xcomp", "prep") and c.i > verb.i for c in verb.children
    ):
        return found  # 'told AFP that X', 'told AFP about X'
    opening, source = doc[cue_start].sent.start, found.source[0]
    before = trim_end(doc, opening, source)
    if before - opening < 3 or doc[before].text != ",":
        return found
    said = [c for c in verb.children if c.dep_ == "ccomp" and opening <= c.i < before]
    if not said:
        return found  # "Asked about the strike, a spokesman told AFP": no clause
    return replace(found, content=(opening, before))


_CALLED = frozenset({"on", "upon", "for"})  # 'called on X to', 'called for X'


def with_calling_preposition(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with the preposition of 'called on' or 'called for' in
    its cue, when its content opened with it."""
    (cue_start, cue_end), (start, end) = found.cue, found.content
    first = doc[start]
    if not (
        start == cue_end
        and end - start > 1
        and first.lower_ in _CALLED
        and first.dep_ == "prep"
        and first.head.i == cue_end - 1
        and first.head.lemma_ == "call"
    ):
        return found
    return replace(found, cue=(cue_start, cue_end + 1), content=(start + 1, end))


_HELPERS = frozenset({"aux", "auxpass", "neg"})


def with_helpers(doc: Doc, found: Attribution) -> Attribution:
    """The attribution with its cue grown back over the auxiliaries and the
    negation of its first word that stand right before it, after the source
    (not an infinitive's 'to' nor a contracted 's)."""
    start, end = found.cue
    verb = doc[start]
    floor = found.source[1] if found.source and found.source[1] <= start else 0
    while start > floor:
        before = doc[start - 1]
        if (
            before.head.i != verb.i
            or before.dep_ not in _HELPERS
            or before.tag_ == "TO"  # 'to | express gratitude': the verb it takes
            or (before.text[0] in "'’" and before.dep_ != "neg")  # "that's"
        ):
            break
        start -= 1
    return found if start == found.cue[0] else replace(found, cue=(start, end))
