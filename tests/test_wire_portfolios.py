"""A national title with its portfolio in a wire report datelined in a
capital (issue 15): a visiting secretary is not the host state's, and a title
that names another state stays that state's. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by


def test_a_visiting_secretary_is_not_the_datelines_state(nlp: Language) -> None:
    text = (
        "TOKYO (Reuters) - Visiting Agriculture Secretary Tom Vilsack said on "
        "Tuesday that Japan should open its rice market.\n"
    )
    assert "JPN" not in published_by(nlp, text)["said"].actor_ids


def test_a_portfolio_title_naming_another_state_is_that_states(
    nlp: Language,
) -> None:
    text = (
        "WASHINGTON (Reuters) - The United States imposed new tariffs on Friday.\n\n"
        "British Treasury Secretary Jane Doe said the measures were regrettable.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("GBR",)
