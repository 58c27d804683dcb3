"""A transcript's speakers on their own thoughts and words (issue 16): a
first-person subject of a cue verb with a clausal complement inside a labelled
turn, the speaker's own view ('In my view, X'), and the light verb 'have' with a
noun of talk. Sentences of our own,
through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import by_cue


def _turns(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _assert_merkel_says(nlp: Language, line: str, cue: str, content: str) -> None:
    """`line`, a turn after another speaker's, is Angela Merkel's statement of
    `content` under `cue`."""
    found = by_cue(nlp, _turns("Vladimir Putin: Thank you.", line))
    assert found[cue].content == content
    assert found[cue].speaker == "Angela Merkel"


@pytest.mark.parametrize(
    ("line", "cue", "content"),
    [
        (
            "Angela Merkel: I would like to point out that many of the citizens of"
            " Ukraine speak Russian at home.",
            "would like to point out",
            "that many of the citizens of Ukraine speak Russian at home",
        ),
        (
            "Angela Merkel: Let me underscore that Germany is building up its"
            " cooperation with Russia.",
            "underscore",
            "that Germany is building up its cooperation with Russia",
        ),
        (
            "Angela Merkel: I would like to remind colleagues that Germany has"
            " always fulfilled its obligations.",
            "would like to remind",
            "that Germany has always fulfilled its obligations",
        ),
    ],
)
def test_a_turn_speakers_first_person_clause_is_their_statement(
    nlp: Language, line: str, cue: str, content: str
) -> None:
    _assert_merkel_says(nlp, line, cue, content)


@pytest.mark.parametrize(
    ("line", "cue", "content"),
    [
        (
            "Angela Merkel: In my view, we need such talks at the highest level.",
            "In my view",
            "we need such talks at the highest level",
        ),
        (
            "Angela Merkel: Moreover, to my mind, this is also in the interests of"
            " Korea.",
            "to my mind",
            "this is also in the interests of Korea",
        ),
        (
            "Angela Merkel: It is our common opinion that only the Syrians should"
            " determine the future of their country.",
            "It is our common opinion",
            "that only the Syrians should determine the future of their country",
        ),
        (
            "Angela Merkel: As I see it, there is no other way.",
            "As I see it",
            "there is no other way",
        ),
    ],
)
def test_a_turn_speakers_view_is_their_statement(
    nlp: Language, line: str, cue: str, content: str
) -> None:
    _assert_merkel_says(nlp, line, cue, content)


def test_a_first_person_exclamation_in_a_turn_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _turns(
        "Vladimir Putin: Thank you.",
        "Angela Merkel: I would also like to express how grateful I am for this"
        " invitation.",
    )
    assert not by_cue(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "We had a very detailed conversation on all items on our agenda.",
            "had a very detailed conversation on",
            "all items on our agenda",
        ),
        (
            "And, of course, we had a detailed discussion of a number of"
            " international problems.",
            "had a detailed discussion of",
            "a number of international problems",
        ),
        (
            "The two ministers had an exchange of views on the situation in the"
            " Middle East.",
            "had an exchange of views on",
            "the situation in the Middle East",
        ),
        (
            "I have the impression that the North Korean leader also shares this"
            " viewpoint.",
            "have the impression",
            "that the North Korean leader also shares this viewpoint",
        ),
    ],
)
def test_have_with_a_noun_of_talk_is_a_light_verb_cue(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_have_with_another_noun_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia has an interest in the region. We have talks with them every week."
    assert not by_cue(nlp, text)


@pytest.mark.parametrize(
    ("line", "cue", "content"),
    [
        (
            "Angela Merkel: I condemn all attacks on humanitarian workers; more"
            " than three hundred staff have been killed.",
            "condemn",
            "all attacks on humanitarian workers",
        ),
        (
            "Angela Merkel: The president told me that Egypt is ready to host a"
            " conference, and I fully support this initiative.",
            "fully support",
            "this initiative",
        ),
    ],
)
def test_a_turn_speakers_stance_on_an_object_is_their_statement(
    nlp: Language, line: str, cue: str, content: str
) -> None:
    _assert_merkel_says(nlp, line, cue, content)


def test_a_label_with_a_comma_ends_before_the_speech(nlp: Language) -> None:
    text = _turns(
        "Official Spokesperson, Shri Randhir Jaiswal: Good afternoon.",
        "Question (Sidhant Sibal, WION): Sir, what is India's position?",
        "Official Spokesperson, Shri Randhir Jaiswal: We have always called for"
        " dialogue and diplomacy.",
    )
    found = by_cue(nlp, text)["have always called for"]
    assert found.content == "dialogue and diplomacy"
