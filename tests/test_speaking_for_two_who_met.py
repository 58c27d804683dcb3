"""Whom "the two ministers" speak for after a sentence that is not the opening
reports their meeting ("On Tuesday, Minister Wong met her Japanese counterpart
Yoko Kamikawa"): the two it names, each as it would resolve on its own; no one
when one of the two names no actor. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue

ARRIVED = "Australian Foreign Minister Penny Wong arrived in Tokyo on Monday for a three-day visit."  # noqa: E501


@pytest.mark.parametrize(
    "meeting",
    [
        "On Tuesday, Minister Wong met her Japanese counterpart Yoko Kamikawa.",
        "On Tuesday, Minister Wong held talks with her Japanese counterpart Yoko Kamikawa.",  # noqa: E501
    ],
)
def test_the_two_ministers_are_the_two_a_later_meeting_sentence_names(
    nlp: Language, meeting: str
) -> None:
    text = f"{ARRIVED} {meeting} The two ministers agreed that the partnership should deepen."  # noqa: E501
    assert one_by_cue(nlp, text, "agreed").actor_ids == ("AUS", "JPN")


def test_the_two_ministers_name_no_one_when_one_who_met_names_no_actor(
    nlp: Language,
) -> None:
    text = f"{ARRIVED} On Tuesday, Minister Wong met John Smith. The two ministers agreed that the partnership should deepen."  # noqa: E501
    assert one_by_cue(nlp, text, "agreed").actor_ids == ()
