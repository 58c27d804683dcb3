"""A resolution's or communiqué's paragraphs (issues 15 and 16): the body its
opening names performs each act a paragraph opens with (also when the tagger
took a numbered paragraph's verb for a noun), each one joined to it, and each
preambular participle; a paragraph ending in a comma or semicolon closes the
header, as does one that adopts "the following decision:". Each runs the real
pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statements_by_cue import statements

COMMUNIQUE = """Communique of the 1260th meeting of the Peace and Security Council on the situation in the DRC

The Peace and Security Council of the African Union (AU), at its 1260th meeting held on 28 February 2025,

1. Strongly condemns the M23's seizure of Goma and Bukavu and demands its immediate withdrawal from all occupied areas;

2. Welcomes the merger of the Luanda and Nairobi processes;

3. Decides to remain actively seized of the matter.
"""  # noqa: E501


def test_each_operative_paragraph_is_the_bodys_act(nlp: Language) -> None:
    found = [(s.cue, s.actor_ids, s.act) for s in statements(nlp, COMMUNIQUE)]
    assert found == [
        ("Strongly condemns", ("AU",), "criticise"),
        ("demands", ("AU",), "demand"),
        ("Welcomes", ("AU",), "support"),
        ("Decides", ("AU",), "agree"),
    ]


ADOPTED = """Communique of the 1320th meeting of the Peace and Security Council on the situation in Sudan

The Peace and Security Council of the African Union (AU), at its 1320th meeting held on 28 November 2026, on the situation in Sudan, adopted the following decision:

Council,

1. Strongly condemns the continued attacks on civilians in El Fasher;

2. Requests the Chairperson of the Commission to convene a meeting of the parties.
"""  # noqa: E501


def test_an_opening_that_adopts_the_following_text_names_the_body(
    nlp: Language,
) -> None:
    found = [(s.cue, s.actor_ids, s.act) for s in statements(nlp, ADOPTED)]
    assert found == [
        ("Strongly condemns", ("AU",), "criticise"),
        ("Requests", ("AU",), "appeal"),
    ]  # and "adopted | the following decision:" says nothing by itself


def test_an_operative_content_runs_to_the_next_verb_joined_to_it(
    nlp: Language,
) -> None:
    found = {s.cue: s.content for s in statements(nlp, COMMUNIQUE)}
    assert found["Strongly condemns"] == "the M23's seizure of Goma and Bukavu"
    assert found["demands"] == "its immediate withdrawal from all occupied areas"


RESOLUTION = """Resolution 2812 (2026)

Adopted by the Security Council at its 10071st meeting, on 2 December 2026

The Security Council,

Expressing grave concern at the deterioration of the humanitarian situation in North Darfur,

1. Condemns in the strongest terms the attacks against civilians in El Fasher;

2. Demands an immediate ceasefire;

3. Calls upon all parties to allow rapid, safe and unhindered humanitarian access;

4. Decides to remain actively seized of the matter.
"""  # noqa: E501


def test_a_resolutions_paragraphs_preambular_and_operative_are_the_bodys(
    nlp: Language,
) -> None:
    found = [(s.cue, s.actor_ids, s.act) for s in statements(nlp, RESOLUTION)]
    assert found == [
        ("Expressing grave concern at", ("UNSC",), "express_concern"),
        ("Condemns in the strongest terms", ("UNSC",), "criticise"),
        ("Demands", ("UNSC",), "demand"),
        ("Calls", ("UNSC",), "appeal"),
        ("Decides", ("UNSC",), "agree"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Prime Minister Modi,\n\nFollowing our conversation last week, I am"
        " writing to invite you to the summit.\n",
        "Mr. President,\n\nSpeaking on behalf of the European Union, I thank you for"
        " convening this meeting.\n",
        "Statute\n\nThe Assembly of States Parties,\n\n1. Members of the Council"
        " shall meet annually;\n",
    ],
)
def test_a_letter_a_speech_or_a_noun_opens_no_operative_clause(
    nlp: Language, text: str
) -> None:
    opening = text.split(",")[0].split("\n")[-1]  # "Dear Prime Minister Modi"
    assert opening not in [s.speaker_mention for s in statements(nlp, text)]
