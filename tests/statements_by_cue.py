"""A text of our own as one document through the real pipeline (the `nlp`
fixture): its statements, all of them or by cue."""

from __future__ import annotations

from spacy.language import Language

from extract.nlp.pipeline import extract_statements
from kernel.records import Statement


def statements(nlp: Language, text: str) -> list[Statement]:
    """The statements the pipeline finds in `text`, in the order it gives them."""
    return next(extract_statements(nlp, [("doc", text)]))[1]


def by_cue(nlp: Language, text: str) -> dict[str, Statement]:
    """The statements of `text` keyed by cue (of two with one cue, the later)."""
    return {s.cue: s for s in statements(nlp, text)}


def one_by_cue(nlp: Language, text: str, cue: str) -> Statement:
    """The one statement of `text` with this cue; fails, showing the cues and
    speakers found, if there is none or more than one."""
    found = statements(nlp, text)
    with_cue = [s for s in found if s.cue == cue]
    assert len(with_cue) == 1, [(s.cue, s.speaker_mention) for s in found]
    return with_cue[0]
