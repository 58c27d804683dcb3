"""Briefings, speeches and threats (issues 15 and 16): a briefing's numbered
"3. QUESTION:" and "ANSWER:" labels are turns, so the answer's "we" is the
issuer's; a title that threatens a deed ("The Israeli Prime Minister has
threatened military action") is a threat of that state's, where a person
threatened is not a deed. Each runs the real pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by, statements

NUMBERED_BRIEFING = (
    "No: 12, Press Briefing by the Spokesperson\n\n"
    "1. QUESTION: What is the Ministry's position on the new sanctions?\n\n"
    "ANSWER: We reject unilateral sanctions that harm civilians.\n\n"
    "2. QUESTION: Will the Minister travel to Baku?\n\n"
    "ANSWER: The Minister will travel to Baku next week. We believe the peace"
    " process must be supported by all."
)


def test_a_numbered_question_label_opens_a_turn(nlp: Language) -> None:
    found = published_by(nlp, NUMBERED_BRIEFING, issuer="TUR")
    assert found["reject"].actor_ids == ("TUR",)
    assert found["believe"].actor_ids == ("TUR",)


def test_a_numbered_heading_is_no_turn_label(nlp: Language) -> None:
    text = (
        "Weekly briefing of the Ministry\n\n"
        "1. Ukraine: We condemn the strikes on the energy grid.\n\n"
        "2. Sudan: We call on the parties to agree to a ceasefire."
    )
    found = published_by(nlp, text, issuer="NOR")
    assert found["condemn"].actor_ids == ("NOR",)
    assert found["call on"].actor_ids == ("NOR",)


def test_a_title_threatening_a_deed_threatens(nlp: Language) -> None:
    text = (
        "The Israeli Prime Minister has threatened military action against"
        " Hezbollah if the attacks continue."
    )
    found = published_by(nlp, text)
    threat = found["has threatened"]
    assert threat.act == "threaten"
    assert threat.actor_ids == ("ISR",)
    assert threat.content.startswith("military action")


def test_a_threatened_person_is_no_deed_threatened(nlp: Language) -> None:
    found = statements(nlp, "The Prime Minister threatened the journalist.")
    assert found == [], [(s.cue, s.content) for s in found]


def test_things_that_threaten_make_no_statement(nlp: Language) -> None:
    found = statements(nlp, "The crisis has threatened the stability of the region.")
    assert found == [], [(s.cue, s.content) for s in found]
