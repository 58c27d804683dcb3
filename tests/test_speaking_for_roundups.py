"""Where a news page says it was written from, and what only names a place: a
roundup's items each open with their own dateline ("___ BERLIN — ..."), and an
official the text leaves without a state belongs to the item's place, not the
first item's; a place alone before a colon ("Nairobi: Three ...") is a dateline
or a heading, and a name followed by common nouns ("gives Mr. Lopez some
leverage:") no label: neither is a speaker. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements

ROUNDUP = (
    "ROME -- Italian Prime Minister Mario Conti says schools will reopen in "
    "September. ___ NAIROBI, Kenya -- Kenya has reported more cases. The Health "
    "Ministry reported 312 new cases on Tuesday. President William Otieno said "
    "his government is preparing a testing campaign. ___ PARIS -- France's "
    "health minister is warning of a second wave. Minister Claire Dubois noted "
    "during a visit on Monday that hospitals are ready."
)


@pytest.mark.parametrize(
    ("cue", "actors"),
    [
        ("says", ("ITA",)),
        ("reported", ("KEN",)),
        ("said", ("KEN",)),
        ("noted", ("FRA",)),  # "noted | during a visit on Monday that …"
    ],
)
def test_a_roundup_item_speaks_for_its_own_dateline(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, ROUNDUP, cue).actor_ids == actors


def test_an_organ_named_bare_refers_back_only_within_its_roundup_item(
    nlp: Language,
) -> None:
    text = (
        "ROME -- Italian Prime Minister Mario Conti says schools will reopen. ___ "
        "JERUSALEM -- The Palestinian Health Ministry has recorded 3,000 new cases. "
        "___ NAIROBI -- Kenya's confirmed cases have passed 100,000. The Health "
        "Ministry reported 312 new cases on Tuesday."
    )
    assert one_by_cue(nlp, text, "reported").actor_ids == ("KEN",)


def test_a_roundup_item_from_a_place_of_no_state_leaves_the_official_unnamed(
    nlp: Language,
) -> None:
    text = (
        "ROME -- Italian Prime Minister Mario Conti says schools will reopen. ___ "
        "ANTARCTICA -- The research bases recorded no cases. President Ana Ruiz said "
        "borders would stay shut."
    )
    assert one_by_cue(nlp, text, "said").actor_ids == ()


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi: Three young engineers have won an award for projects that bring "
        "clean water to their villages.",
        "East Africa and Kenya: Mary Wanjiku, Kenya, turning plastic waste into "
        "bricks for schools.",
    ],
)
def test_a_place_before_a_colon_is_no_speaker(nlp: Language, text: str) -> None:
    assert [s for s in statements(nlp, text) if s.cue == ":"] == []


def test_a_colon_after_a_name_and_common_nouns_is_no_speaker(nlp: Language) -> None:
    text = (
        "A long strike gives Mr. Lopez some useful leverage: it lets him keep a "
        "firm line with the owners."
    )
    assert [s for s in statements(nlp, text) if s.cue == ":"] == []
