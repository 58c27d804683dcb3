"""Round 37 (issues 15 and 16): the guest of the issuer's meeting is the other
side. Each runs the real pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

HOSTED = (
    "Cairo, 2 May 2026\n\n"
    "President Abdel Fattah Sisi held talks today with Prime Minister Kyriakos"
    " Mitsotakis of Greece at the Ittihadiya Palace. The two leaders discussed"
    " regional developments. The guest praised Egypt's role in mediation. The"
    " visiting delegation welcomed the progress on the interconnector."
)


def test_the_guest_of_the_issuers_meeting_is_the_other_side(nlp: Language) -> None:
    found = published_by(nlp, HOSTED, issuer="EGY")
    assert found["praised"].actor_ids == ("GRC",)
    assert found["welcomed"].actor_ids == ("GRC",)
    assert found["discussed"].actor_ids == ("EGY", "GRC")


def test_a_guest_of_a_meeting_the_issuer_did_not_hold_is_not_read(
    nlp: Language,
) -> None:
    found = published_by(nlp, HOSTED, issuer="FRA")
    assert found["praised"].actor_ids == ()
