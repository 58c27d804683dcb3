"""A page's furniture is no one speaking: a score, a footnote or a title in
quotation marks before a colon, and a list of links, each rebuilt from the real
news pages of ../shared/realpages (a hand audit of a random sample found them
read as statements). A speaker's line with a colon still is one. Each runs the
real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements


@pytest.mark.parametrize(
    "text",
    [
        "Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal and an assist, and"
        " Carolina beat Chicago.",
        "[2] Joint Commission National Patient Safety Goal: Alarm Management | ECRI"
        " top 10 Health Technology Hazard",
        "Overnight Energy: Mark Ruffalo pushes Congress on chemicals | Lawmakers spar"
        " over actor's testimony | House Dems unveil tax plan",
    ],
)
def test_furniture_with_a_colon_is_no_statement(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


def test_a_title_in_quotation_marks_is_not_a_speaker(nlp: Language) -> None:
    text = (
        'In his book "Financial Freedom: A Proven Path to All the Money You Will'
        ' Ever Need," Sabatier shares the formula he used.'
    )

    assert [s.speaker for s in statements(nlp, text)] == ["Sabatier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lopez: "We will not give up."', "Lopez"),
        ('Partial transcript:\n\n"WALLACE: Let us start with the debate."', "WALLACE"),
    ],
)
def test_a_speaker_s_line_with_a_colon_is_still_a_statement(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [(s.cue, s.speaker) for s in statements(nlp, text)] == [(":", speaker)]


def test_headlines_between_vertical_bars_are_no_statements(nlp: Language) -> None:
    text = (
        "Progressives oppose funding bill over surveillance authority | Senators call"
        " for 5G security coordinator | Facebook gets questions over location tracking"
    )

    assert statements(nlp, text) == []


def test_a_sentence_in_a_table_cell_is_still_a_statement(nlp: Language) -> None:
    text = "| Cell one | The minister said the talks would go on. | Cell three |"

    assert [s.cue for s in statements(nlp, text)] == ["said"]


def test_a_bar_on_the_next_line_does_not_make_a_headline(nlp: Language) -> None:
    text = (
        'The fire service said, "then this will be all of our presents rolled into'
        ' one."\nMUST READ | Thousands are calling for the premier to resign'
    )

    assert "The fire service" in [s.speaker for s in statements(nlp, text)]
