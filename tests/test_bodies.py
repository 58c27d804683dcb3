"""Which body "the bloc", "the alliance", "the agency" or "the group" refers
back to: the one body the nearest subject before names. Sentences of our own,
through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "EU foreign ministers met in Brussels on Monday. The bloc said it "
            "would impose new sanctions.",
            ("EU",),
        ),
        (
            "The IAEA visited the plant last week. The agency said the reactors "
            "were safe.",
            ("IAEA",),
        ),
        (
            "ASEAN foreign ministers met in Vientiane. The group called for an "
            "end to violence in Myanmar.",
            ("ASEAN",),
        ),
        # a subject naming a state too, or no body: unresolved
        (
            "France and the EU signed the deal. The bloc said it was pleased.",
            (),
        ),
        ("Protesters gathered in the square. The group said it would stay.", ()),
    ],
)
def test_a_body_named_by_what_it_is_is_the_one_named_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert statements(nlp, text)[-1].actor_ids == actors
