"""Where one spoke is not what one said (issue 16): "said in a statement that
X" and "told a news conference that X" give X as the content, and the cue runs
over the venue its preposition opens. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import by_cue


def test_said_in_a_statement_that_gives_the_clause(nlp: Language) -> None:
    text = (
        "China's foreign ministry said in a statement that the sanctions were "
        "illegal.\n"
    )
    said = by_cue(nlp, text)["said in a statement"]
    assert said.content == "that the sanctions were illegal"


def test_told_a_news_conference_that_gives_the_clause(nlp: Language) -> None:
    text = (
        "The police chief told a news conference that officials began receiving "
        "calls on Tuesday.\n"
    )
    told = by_cue(nlp, text)["told"]
    assert told.content.startswith("that officials began")


def test_a_statement_about_something_stays_the_content(nlp: Language) -> None:
    text = "He issued a statement about the charges.\n"
    found = by_cue(nlp, text)
    assert all(not s.content.startswith("that") for s in found.values())


def test_a_noun_with_its_relative_clause_stays_the_content(nlp: Language) -> None:
    text = "Beijing said the meeting that Washington convened was a farce.\n"
    said = by_cue(nlp, text)["said"]
    assert said.content.startswith("the meeting")
