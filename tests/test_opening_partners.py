"""Whom an opening sentence met (issues 15 and 16): "with" names a partner only
when its object is someone; in "The EU agreed with the call of the
Secretary-General", the call is no partner, so the Secretary-General is no
participant of the meeting and "The Ministers" get no actor from it (a wrong
state is worse than none); after "We met X", "the two ministers" are the issuer
and X. Runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

READOUT = """Readout of the Ministers' Meeting

The Ministers welcomed the proposal by Russia to hold talks in Istanbul. The EU agreed with the call of the Secretary-General for an immediate ceasefire.
"""  # noqa: E501

MET = """Readout of the Secretary's Meeting with Foreign Minister Wong

Secretary Blinken met with Australian Foreign Minister Penny Wong in Washington. The two leaders discussed the situation in the Pacific.
"""  # noqa: E501


def test_a_stance_agreed_with_is_no_partner(nlp: Language) -> None:
    said = published_by(nlp, READOUT, issuer="USA")
    assert said["welcomed"].speaker_mention == "The Ministers"
    assert said["welcomed"].actor_ids == ()


def test_someone_met_with_is_still_a_partner(nlp: Language) -> None:
    said = published_by(nlp, MET, issuer="USA", day=date(2023, 6, 1))
    assert set(said["discussed"].actor_ids) == {"USA", "AUS"}


WE_MET = """Readout

We met Japanese Foreign Minister Hayashi in Tokyo today. The two ministers discussed the situation in the Taiwan Strait. They agreed to stay in close contact.
"""  # noqa: E501


def test_the_two_ministers_after_we_met_one_are_both_sides(nlp: Language) -> None:
    said = published_by(nlp, WE_MET, issuer="USA", day=date(2023, 6, 1))
    assert said["discussed"].actor_ids == ("USA", "JPN")
    assert said["agreed"].actor_ids == ("USA", "JPN")


def test_the_delegations_after_our_delegation_met_theirs_are_both(
    nlp: Language,
) -> None:
    text = (
        "Readout\n\nOur delegation met the Japanese delegation in Tokyo today. The"
        " delegations discussed the situation in the Taiwan Strait.\n"
    )
    said = published_by(nlp, text, issuer="USA", day=date(2023, 6, 1))
    assert said["discussed"].actor_ids == ("USA", "JPN")
