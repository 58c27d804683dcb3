"""A national title with its portfolio in a wire report datelined in a
capital (issue 15): "Treasury Secretary X" in a WASHINGTON report is the
United States'; a title that names another state stays that state's. Each
runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by


def test_a_portfolio_title_under_a_capitals_dateline_is_that_states(
    nlp: Language,
) -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed new tariffs on Friday.\n\n"
        "Treasury Secretary Scott Bessent said the measures were necessary.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("USA",)


def test_a_portfolio_title_naming_another_state_is_that_states(
    nlp: Language,
) -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed new tariffs on Friday.\n\n"
        "British Treasury Secretary Jane Doe said the measures were regrettable.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("GBR",)
