"""Whom an agency's speakers speak for: "WHO" alone is the World Health
Organization (in a label's bracket and in running text), never in a line
written in capitals; the registry knows its Director-General. Each runs the
real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue

GENEVA = """UN Geneva press briefing, 9 February 2024

Olga Sarrado (UNHCR): We call on donors to fund the regional response.

Christian Lindmeier (WHO): We urge all parties to protect health workers.

Question (AFP): Can you confirm that aid is getting through?
"""


@pytest.mark.parametrize(
    ("cue", "actors"), [("call on", ("UNHCR",)), ("urge", ("WHO",))]
)
def test_an_agency_in_a_labels_bracket_is_whom_its_speaker_speaks_for(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, GENEVA, cue).actor_ids == actors


def test_who_alone_in_running_text_is_the_world_health_organization(
    nlp: Language,
) -> None:
    text = "WHO is deeply concerned about the spread of mpox in the region."
    assert one_by_cue(nlp, text, "is deeply concerned about").actor_ids == ("WHO",)


def test_who_in_a_line_of_capitals_names_no_body(nlp: Language) -> None:
    doc = nlp("WHO WILL PAY FOR THE DAMAGE? THE US SAID IT WOULD NOT.")
    assert [s.label_ for s in doc.spans["actors"]] == ["USA"]


def test_the_director_generals_we_is_the_body_he_heads(nlp: Language) -> None:
    text = """WHO media briefing

Dr Tedros Adhanom Ghebreyesus: We call on all countries to share data.

Helen Branswell: Can you confirm the numbers?

Dr Tedros Adhanom Ghebreyesus: I believe that the outbreak can be contained.
"""
    assert one_by_cue(nlp, text, "call on").actor_ids == ("WHO",)
