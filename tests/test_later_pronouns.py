"""Sources resolved from who spoke before them (issue 15): "it" right after a
body spoke is that body; "his office" is the side of the person named before
it; "it" after a person or an unknown source stays unknown. Each runs the real
pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import statements


def test_it_after_a_body_spoke_is_that_body(nlp: Language) -> None:
    text = (
        "SEOUL (Reuters) - South Korea's Joint Chiefs of Staff said North Korea "
        "fired a ballistic missile on Monday. It said the missile flew about "
        "1,000 km.\n"
    )
    it = [s for s in statements(nlp, text) if s.speaker_mention == "It"]
    assert [s.actor_ids for s in it] == [("KOR",)]


def test_his_office_is_the_side_of_the_person_named_before(nlp: Language) -> None:
    text = (
        "NAIROBI (Reuters) - Kenya's President William Ruto offered to host talks "
        "between the two sides, his office said.\n"
    )
    office = [s for s in statements(nlp, text) if s.speaker_mention == "his office"]
    assert [s.actor_ids for s in office] == [("KEN",)]


def test_it_after_a_person_spoke_stays_unknown(nlp: Language) -> None:
    text = (
        "An analyst, John Smith, said the launch was a provocation. It said the "
        "missile flew far.\n"
    )
    it = [s for s in statements(nlp, text) if s.speaker_mention == "It"]
    assert all(s.actor_ids == () for s in it)
