"""A person's own office (issue 15): "his office" reporting what one person
did is that person's side; when the clause names two people, or "it" follows
a statement, no one's is guessed. "His country" in what a person says is
their state, unless another is named between. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import statements


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


def test_his_office_after_a_meeting_of_two_is_no_ones(nlp: Language) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu spoke with U.S. President Joe "
        "Biden by phone, his office said.\n"
    )
    office = [s for s in statements(nlp, text) if s.speaker_mention == "his office"]
    assert all("USA" not in s.actor_ids for s in office)


def test_it_after_a_body_reporting_another_is_no_ones(nlp: Language) -> None:
    text = (
        "The Indian Foreign Ministry said Pakistan had rejected the proposal. "
        "It said New Delhi was meddling in its internal affairs.\n"
    )
    it = [s for s in statements(nlp, text) if s.speaker_mention == "It"]
    assert all(s.actor_ids == () for s in it)


def test_his_country_in_what_he_says_is_his_state(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said his country was ready for talks."
    )
    country = [s for s in statements(nlp, text) if s.speaker_mention == "his country"]
    assert [s.actor_ids for s in country] == [("RUS",)]


def test_his_country_after_another_person_is_named_is_no_ones(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said Antony Blinken's remarks showed"
        " his country was not ready for talks."
    )
    country = [s for s in statements(nlp, text) if s.speaker_mention == "his country"]
    assert all(s.actor_ids == () for s in country)
