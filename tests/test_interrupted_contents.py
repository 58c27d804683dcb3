"""A content its own reporting clause interrupts ("The museum, Mr. Obama said,
would make visitors face uncomfortable truths") is what was said on both sides
of the clause: the statement holds both, and `extract-dir` writes the content
as two fragments without the clause, as PolNeAR marks it. Runs the real
pipeline and the real `predict_folder`."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from statements_by_cue import published_by

from extract.nlp.predictions import predict_folder

MUSEUM = (
    "The museum opened on Saturday.\n\n"
    "The museum, Mr. Obama said, would make visitors face uncomfortable truths.\n"
)


def test_both_sides_of_the_reporting_clause_are_the_content(nlp: Language) -> None:
    said = published_by(nlp, MUSEUM)["said"]
    assert said.content == (
        "The museum, Mr. Obama said, would make visitors face uncomfortable truths"
    )
    assert said.speaker_mention == "Mr. Obama"


def test_a_subject_left_before_the_clause_is_not_lost(nlp: Language) -> None:
    text = "All of this, he acknowledges, could be undone at the ballot box.\n"
    acknowledges = published_by(nlp, text)["acknowledges"]
    assert acknowledges.content.startswith("All of this")
    assert acknowledges.content.endswith("at the ballot box")


def test_words_after_the_cue_stay_in_the_clause(nlp: Language) -> None:
    text = (
        "The sanctions, the ministry said in a statement, would hurt ordinary people.\n"
    )
    said = published_by(nlp, text)["said"]
    assert said.content.startswith("The sanctions")
    assert said.content.endswith("would hurt ordinary people")


def test_extract_dir_writes_the_content_without_the_clause(
    nlp: Language, tmp_path: Path
) -> None:
    (tmp_path / "museum.txt").write_text(MUSEUM, encoding="utf-8")
    record = next(predict_folder(nlp, tmp_path))
    (found,) = [
        a for a in record["attributions"] if a["speaker_mention"] == "Mr. Obama"
    ]
    pieces = [MUSEUM[start:end] for start, end in found["content"]]
    assert pieces == ["The museum", "would make visitors face uncomfortable truths"]
    assert MUSEUM[slice(*found["cue"])] == "said"


def test_extract_dir_keeps_whole_a_content_nothing_sets_its_cue_off_in(
    nlp: Language, tmp_path: Path
) -> None:
    text = (
        "The agreement is based on the principles as outlined by President Biden"
        " on May 31, and endorsed by the Council."
    )
    (tmp_path / "outlined.txt").write_text(text, encoding="utf-8")
    record = next(predict_folder(nlp, tmp_path))
    (found,) = [
        a for a in record["attributions"] if a["speaker_mention"] == "President Biden"
    ]
    assert text[slice(*found["content"])].startswith("The agreement is based on")
    assert text[slice(*found["cue"])] == "as outlined by"


def test_a_circumstance_after_the_clause_is_not_what_was_said(
    nlp: Language,
) -> None:
    text = "The talks failed, he said, as he left the building.\n"
    said = published_by(nlp, text)["said"]
    assert not ("The talks failed" in said.content and "left" in said.content)


def test_an_opening_circumstance_is_not_what_was_said(nlp: Language) -> None:
    text = (
        "At the opening of the summit, the chairman said, the delegates would"
        " vote on Friday.\n"
    )
    said = published_by(nlp, text)["said"]
    assert not said.content.startswith("At the opening")


def test_a_connective_before_the_clause_stays_out(nlp: Language) -> None:
    text = "Moreover, in my opinion, this is also in the interests of Korea.\n"
    for statement in published_by(nlp, text).values():
        assert not statement.content.startswith("Moreover")


def test_a_hyphen_inside_a_word_sets_nothing_off(nlp: Language) -> None:
    text = "During the talks, we emphasised the importance of confidence-building measures.\n"  # noqa: E501
    emphasised = published_by(nlp, text)["emphasised"]
    assert emphasised.content == "the importance of confidence-building measures"


def test_a_time_after_the_clause_is_not_what_was_said(nlp: Language) -> None:
    text = (
        "Hillary Clinton won the Missouri primary, the AP said, two days after"
        " voters went to the polls.\n"
    )
    said = published_by(nlp, text)["said"]
    assert not ("won the Missouri" in said.content and "two days" in said.content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The war is over, the president said, in a speech that was broadcast"
            " on state television.\n",
            id="a-whole-clause-before",
        ),
        pytest.param(
            "The strike ended on Monday and the workers, the union said, returned"
            " to work.\n",
            id="the-writers-clause-before-the-subject",
        ),
        pytest.param(
            "Sudan, the envoy said, who returned from Khartoum on Monday, faces"
            " famine.\n",
            id="a-relative-clause-of-the-speaker-after",
        ),
    ],
)
def test_the_writers_words_around_the_clause_stay_out(nlp: Language, text: str) -> None:
    """The content is not grown over its reporting clause."""
    said = published_by(nlp, text)["said"]
    assert " said" not in said.content
