"""Bare titles in a readout of a call or meeting: "The Secretary and the Foreign
Minister discussed X" are its two participants, the title the document never
tied to a name being the side the other leaves; a bare title the issuer's own
offices do not hold ("the Foreign Minister" in a White House readout) names no
actor rather than the issuer's. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

BLINKENS = date(2023, 6, 1)  # while Secretary of State
MET = (
    "Secretary Blinken met today with Indian External Affairs Minister "
    "Subrahmanyam Jaishankar in Washington. "
)


def test_two_bare_titles_of_a_meeting_are_its_two_participants(
    nlp: Language,
) -> None:
    text = (
        MET
        + "The Secretary and the Foreign Minister discussed the situation in Ukraine."
    )
    found = published_by(nlp, text, "USA", BLINKENS)["discussed"]
    assert found.actor_ids == ("USA", "IND")


def test_a_bare_title_the_issuer_holds_no_office_of_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = MET + "The Foreign Minister thanked the Secretary for the hospitality."
    assert published_by(nlp, text, "USA", BLINKENS)["thanked"].actor_ids == ()


def test_a_bare_title_the_issuer_holds_stays_the_issuers(nlp: Language) -> None:
    text = MET + "The Secretary stressed the importance of the partnership."
    assert published_by(nlp, text, "USA", BLINKENS)["stressed"].actor_ids == ("USA",)


def test_a_bare_title_named_in_the_opening_stays_that_persons(nlp: Language) -> None:
    text = (
        "President Biden spoke today with Prime Minister Narendra Modi of India. "
        "The Prime Minister welcomed the progress on trade."
    )
    assert published_by(nlp, text, "USA", BLINKENS)["welcomed"].actor_ids == ("IND",)


def test_a_bare_title_the_other_side_was_named_with_is_the_other_sides(
    nlp: Language,
) -> None:
    # the issuer's leader once held the title too: only the office he holds
    # on the day counts, and the readout named Israel's holder
    text = (
        "Vladimir Putin had a telephone conversation with Prime Minister of Israel "
        "Benjamin Netanyahu. The Prime Minister raised the issue of hostages."
    )
    found = published_by(nlp, text, "RUS", date(2023, 10, 16))["raised"]
    assert found.actor_ids == ("ISR",)


def test_a_bare_title_the_issuers_named_leader_holds_stays_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "Vladimir Putin had a telephone conversation with President of France "
        "Emmanuel Macron. The President stressed that the agreements must be kept."
    )
    found = published_by(nlp, text, "RUS", date(2023, 10, 16))["stressed"]
    assert found.actor_ids == ("RUS",)
