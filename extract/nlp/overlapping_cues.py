"""A learned cue that runs into its content ('expressed interest' with 'interest
in the project'): the content starts after the cue, and a preposition the
cue's noun governs joins the cue ('expressed interest in | the project'), as
the register's light verbs are drawn ('expressed concern about')."""

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
