"""A learned cue that runs into its content ('expressed interest' with 'interest
in the project'): the content starts after the cue, and a preposition the
cue's noun governs joins the cue ('expressed interest in | the project'), as
the register's light verbs are drawn ('expressed concern about'). A learned
cue that ends in a preposition whose object is in neither the cue nor the
content ('said on | Telegram | that X') ends before it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution


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
    if end - start < 2 or last.dep_ != "prep":
        return found
    objects = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
    if not objects or any(
        found.content[0] <= o.i < found.content[1] or start <= o.i < end
        for o in objects
    ):
        return found
    return replace(found, cue=(start, end - 1))
