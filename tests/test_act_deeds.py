"""Diplomatic acts worded as deeds, the second set (`extract/nlp/act_deeds.py`):
a meeting's work, a meeting's purpose, a text of agreement signed, a plan
presented, an offer turned down, resolve under a condition and a
forward-looking attitude are statements of a state, body or official; the same
words of a firm, a club or a thing are none."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements, the_one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers took stock of the situation in the Sahel.",
         ("took stock of", "the situation in the Sahel", "The foreign ministers",
          "consult")),
        ("The delegations held a session of consultations on visa facilitation.",
         ("held a session of consultations on", "visa facilitation",
          "The delegations", "consult")),
        ("The minister met with his Greek counterpart to discuss migration.",
         ("to discuss", "migration", "The minister", "consult")),
        ("The two delegations initialled a protocol on fisheries.",
         ("initialled", "a protocol on fisheries", "The two delegations", "agree")),
        ("The special envoy presented a roadmap to the warring parties.",
         ("presented", "a roadmap", "The special envoy", "propose")),
        ("Baku turned down the invitation to the summit.",
         ("turned down", "the invitation to the summit", "Baku", "reject")),
        ("Iran will respond with force if Israel strikes its nuclear sites.",
         ("will respond", "with force if Israel strikes its nuclear sites", "Iran",
          "threaten")),
        ("Beijing will take resolute measures if Manila continues its provocations.",
         ("will take", "resolute measures if Manila continues its provocations",
          "Beijing", "threaten")),
        ("The leaders looked forward to deepening their cooperation on energy.",
         ("looked forward to", "deepening their cooperation on energy",
          "The leaders", "express_intent_to_negotiate")),
        # an envoy summoned in protest: what is protested is the content
        ("China summoned the Japanese ambassador over the remarks.",
         ("summoned", "the remarks", "China", "criticise")),
        ("Iran summoned the ambassadors of France and Germany to protest against"
         " the sanctions.", ("summoned", "the sanctions", "Iran", "criticise")),
    ],
)  # fmt: skip
def test_a_deed_of_a_state_is_a_statement(
    nlp: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    s = the_one(nlp, text)
    assert (s.cue, s.content, s.speaker_mention, s.act) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shopkeepers took stock of their shelves.",
        "The club signed a deal with a new sponsor.",
        "The students presented a plan for the school garden.",
        "The band turned down the offer of a record contract.",
        "The referee met with the coaches to discuss the schedule.",
        "The market will react with volatility if rates rise.",
        "The children looked forward to the holidays.",
        "The club summoned its players over the scandal.",
    ],
)
def test_the_same_deeds_of_a_firm_a_club_or_a_person_off_duty_are_none(
    nlp: Language, text: str
) -> None:
    assert [(s.cue, s.content) for s in statements(nlp, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The heatwave raised concerns about water supplies.",
        "The bank refused to extend the loan.",
        "The patients did not rule out surgery.",
    ],
)
def test_a_deed_whose_subject_is_a_thing_or_a_firm_is_no_statement(
    nlp: Language, text: str
) -> None:
    assert [(s.cue, s.content) for s in statements(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Our partners on the ground tell us that the roads are closed.",
         "Our partners on the ground"),
        ("Humanitarian workers have told us that the shelters are full.",
         "Humanitarian workers"),
    ],
)  # fmt: skip
def test_a_group_of_people_who_tell_us_that_is_a_source(
    nlp: Language, text: str, source: str
) -> None:
    found = [s for s in statements(nlp, text) if s.cue in ("tell", "have told")]
    assert [s.speaker_mention for s in found] == [source]


def test_our_colleagues_on_the_ground_are_the_speakers_own_not_the_other_speakers(
    nlp: Language,
) -> None:
    text = (
        "UN Geneva press briefing\n\n"
        "Olga Sarrado (UNHCR): We are alarmed by the number of people fleeing.\n\n"
        "Jens Laerke (OCHA): Our colleagues on the ground tell us that trucks are "
        "still waiting at the border.\n"
    )
    told = [s for s in statements(nlp, text) if s.cue == "tell"]
    assert [(s.speaker_mention, s.actor_ids) for s in told] == [
        ("Our colleagues on the ground", ("OCHA",))
    ]


def test_looking_forward_as_a_sentences_last_deed_is_read(nlp: Language) -> None:
    text = (
        "Mauro Vieira said that Brazil adheres to the one-China policy, and looks"
        " forward to deepening cooperation in infrastructure, agriculture and the"
        " digital economy."
    )
    found = {s.cue: s for s in statements(nlp, text)}
    assert found["said"].content.startswith("that Brazil adheres to")
