"""A position made clear is a statement, however the parse hangs its clause
('has made it clear that X', 'has made clear that X', 'made our position
clear'). Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import by_cue


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The Secretary has made it clear that the United States will act.",
         "has made it clear", "that the United States will act"),
        ("The Secretary has made clear that the United States will not hesitate"
         " to act.", "has made clear",
         "that the United States will not hesitate to act"),
        ("Germany made it clear that it would not send troops.", "made it clear",
         "that it would not send troops"),
        ("We have made our position clear to the Chinese side.", "have made",
         "our position"),
    ],
)  # fmt: skip
def test_a_position_made_clear_is_a_statement(
    nlp: Language, sentence: str, cue: str, content: str
) -> None:
    found = by_cue(nlp, "The talks ended. " + sentence)
    assert cue in found, list(found)
    assert found[cue].content == content


def test_making_a_thing_clear_of_debris_is_no_statement(nlp: Language) -> None:
    found = by_cue(nlp, "The talks ended. The crews made the road clear of debris.")
    assert not any(cue.startswith("made") for cue in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia should make it clear that it has no territorial claims, the minister"
        " said.",
        "If Moscow makes it clear that it is ready for a ceasefire, Kyiv will"
        " negotiate, Zelensky said.",
        "The attack made it clear that Russia is not interested in peace, analysts"
        " said.",
    ],
)
def test_a_position_wished_for_supposed_or_shown_by_a_thing_is_none(
    nlp: Language, sentence: str
) -> None:
    found = by_cue(nlp, "The talks ended. " + sentence)
    assert not any("clear" in cue for cue in found), list(found)
