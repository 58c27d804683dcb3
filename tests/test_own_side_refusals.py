"""Refusals and reserved rights of the speaker's own side (issue 16): "said
Israel would not agree to X" rejects X and "said Pakistan reserves the right to
respond" threatens, when the clause's subject is the speaker's own side; the
same words reported of another side, an analyst's reading, a reply to a letter
or a past fact are no act of the speaker's. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import one_by_cue


def test_not_agreeing_to_a_proposal_is_the_speakers_rejection(
    nlp: Language,
) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu said Israel would not agree "
        "to a permanent end to the war.\n"
    )
    assert one_by_cue(nlp, text, "said").act == "reject"


def test_another_sides_refusal_reported_is_no_rejection(nlp: Language) -> None:
    text = (
        "US Secretary of State Antony Blinken said Hamas would not agree to the "
        "proposal.\n"
    )
    assert one_by_cue(nlp, text, "said").act != "reject"


def test_reserving_the_right_to_respond_threatens(nlp: Language) -> None:
    text = (
        "Pakistan's Foreign Office spokeswoman said Pakistan reserves the right "
        "to respond at a time and place of its choosing.\n"
    )
    assert one_by_cue(nlp, text, "said").act == "threaten"


def test_an_analysts_account_of_a_reserved_right_threatens_nothing(
    nlp: Language,
) -> None:
    text = (
        "An Israeli analyst said Israel reserves the right to respond at a time "
        "of its choosing.\n"
    )
    assert one_by_cue(nlp, text, "said").act != "threaten"


def test_a_state_that_will_not_tolerate_something_rejects_it(
    nlp: Language,
) -> None:
    text = (
        "Officials said the army was on alert. India would not tolerate "
        "cross-border terrorism, the minister added.\n"
    )
    assert one_by_cue(nlp, text, "would not tolerate").act == "reject"


def test_reserving_the_right_to_respond_to_a_letter_is_a_reply(
    nlp: Language,
) -> None:
    text = (
        "Iran's Foreign Ministry said Iran reserves the right to respond to the "
        "letter from the three European countries.\n"
    )
    assert one_by_cue(nlp, text, "said").act != "threaten"


def test_an_agreement_not_reached_in_the_past_is_no_rejection(
    nlp: Language,
) -> None:
    text = "Israeli officials said Israel had not agreed to the timetable.\n"
    assert one_by_cue(nlp, text, "said").act != "reject"


def test_another_sides_refusal_to_accept_is_no_rejection(nlp: Language) -> None:
    text = (
        "US Secretary of State Antony Blinken said Hamas would not accept the "
        "proposal.\n"
    )
    assert one_by_cue(nlp, text, "said").act != "reject"


def test_the_own_sides_refusal_to_recognise_rejects(nlp: Language) -> None:
    text = "The Russian Foreign Ministry said Moscow would never recognise the vote.\n"
    assert one_by_cue(nlp, text, "said").act == "reject"
