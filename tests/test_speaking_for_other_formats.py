"""Who speaks for whom in the formats of other sources, construction by
construction (issue 15): a title line and a place line before the opening, a
UK readout's "spoke to", a visit's host, a questioner's vocative, "he" inside
a turn, "we" in a debate, qualified titles and institutions, an office "of"
another body, "X, who said", an office's attitude, "on behalf of" in the
header, "the Hon." inside a participant's name, "the two" and "both" for the
participants. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements

from extract.nlp.pipeline import extract_statements
from kernel.records import Background

READOUT = """PM call with President Zelenskyy: 2 March 2025

Prime Minister Keir Starmer spoke to President Zelenskyy of Ukraine this evening.

President Zelenskyy thanked the Prime Minister for the UK's support.

The leaders agreed that a just peace must be negotiated with Ukraine.

The Prime Minister added that Europe must do more for its own security.
"""


def test_a_readouts_title_line_is_not_its_opening_and_spoke_to_names_both(
    nlp: Language,
) -> None:
    assert set(one_by_cue(nlp, READOUT, "agreed").actor_ids) == {"GBR", "UKR"}


def test_the_prime_minister_is_the_one_that_title_named_not_the_last_speaker(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, READOUT, "added").actor_ids == ("GBR",)


VISIT = """1. President Abdel Fattah El-Sisi paid a State Visit to India in
January 2023.

2. The two leaders agreed to elevate the relationship to a Strategic Partnership.
"""


def test_a_visits_host_is_one_of_the_two_leaders(nlp: Language) -> None:
    assert set(one_by_cue(nlp, VISIT, "agreed").actor_ids) == {"EGY", "IND"}


BRIEFING = """NATO Secretary General: Good afternoon. I welcome the decision by
Germany to deliver more air defence systems to Ukraine.

Moderator: We will take a few questions. Deutsche Welle, please.

Q: Secretary General, the Russian Foreign Minister said today that NATO is a
party to the conflict.

NATO Secretary General: NATO is not a party. I have spoken with Prime Minister
Orban, and he assured me that Hungary will ratify.
"""


def test_a_vocative_opening_a_question_is_not_its_source(nlp: Language) -> None:
    assert one_by_cue(nlp, BRIEFING, "said").actor_ids == ("RUS",)


def test_he_inside_a_turn_is_never_its_speaker(nlp: Language) -> None:
    said = one_by_cue(nlp, BRIEFING, "assured")
    assert said.actor_ids == ("HUN",)  # Orban, not the turn's NATO


DEBATE = """Mr. Nebenzia (Russian Federation): We believe that the ceasefire must hold.

Mrs. Thomas-Greenfield (United States of America): We have made clear that aid
must reach those in need. I spoke with my Egyptian counterpart, and he assured
me that the crossing would stay open.

Mr. Zhang Jun (China): China supports the efforts of Egypt.

Mr. Nicolas de Riviere (France): France condemns the attacks.
"""


def test_we_in_a_debate_of_four_states_is_the_speakers_own(nlp: Language) -> None:
    assert one_by_cue(nlp, DEBATE, "have made clear").actor_ids == ("USA",)


def test_he_in_a_turn_is_the_counterpart_named_before(nlp: Language) -> None:
    assert one_by_cue(nlp, DEBATE, "assured").actor_ids == ("EGY",)


RELEASE = """Foreign Minister Baerbock travels to Kyiv

Federal Foreign Office, Berlin, 11 September 2023

Foreign Minister Annalena Baerbock travelled to Kyiv today for talks with the
Ukrainian Government.

The Foreign Minister met her Ukrainian counterpart Dmytro Kuleba. Kuleba said
that Ukraine needed more weapons.

The Foreign Minister announced more humanitarian aid.

The Federal Government has made clear that it will not recognise the annexation.
"""


@pytest.mark.parametrize("cue", ["announced", "has made clear"])
def test_a_qualified_title_or_body_is_not_another_one_named_before(
    nlp: Language, cue: str
) -> None:
    # not Ukraine's: the issuer's, whose office and seat the header names
    assert one_by_cue(nlp, RELEASE, cue).actor_ids == ("DEU",)


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "The Secretary-General of NATO said that the alliance would grow.",
            "said",
            ("NATO",),
        ),
        (
            "The Secretary-General of the United Nations said that talks must resume.",
            "said",
            ("UNSG",),
        ),
        (
            "They met the Special Envoy of the ASEAN Chair, who reported that "
            "access remained limited.",
            "reported",
            ("ASEAN",),
        ),
        (
            "The Secretary-General is alarmed by the escalation of fighting.",
            "is alarmed by",
            ("UNSG",),
        ),
    ],
)
def test_an_office_speaks_for_the_body_its_grammar_names(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


DECLARATION = """Georgia: Declaration by the High Representative on behalf of the EU

The EU calls on the Georgian authorities to reverse this trend.

We recall that Georgia was granted candidate status in December 2023.
"""


def test_on_behalf_of_in_the_header_names_the_documents_we(nlp: Language) -> None:
    assert one_by_cue(nlp, DECLARATION, "recall").actor_ids == ("EU",)


def test_a_header_line_holds_no_statement(nlp: Language) -> None:
    cues = [s.cue for s in statements(nlp, DECLARATION)]
    assert ":" not in cues


ASKED = """President of Russia Vladimir Putin: Good evening.

Question: Mr Putin, the summit is over. Can we say this evening that a real thaw
has started in Europe?

President of Russia Vladimir Putin: We believe that it has.
"""


def test_a_question_from_the_floor_in_the_first_person_is_no_statement(
    nlp: Language,
) -> None:
    assert "say" not in [s.cue for s in statements(nlp, ASKED)]


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (  # "the Hon." ends no sentence: the meeting keeps its second side
            "Japan-Australia Foreign Ministers' Meeting\n\nOn March 5, Ms. Kamikawa "
            "Yoko, Minister for Foreign Affairs of Japan, held a meeting with Senator "
            "the Hon. Penny Wong, Minister for Foreign Affairs of Australia.\n\nThe "
            "two ministers confirmed that they would continue to work together.",
            "confirmed",
            ("JPN", "AUS"),
        ),
        (  # a count alone stands for the participants
            "Secretary of State Antony J. Blinken spoke today with Indian External "
            "Affairs Minister Subrahmanyam Jaishankar. The two discussed regional "
            "security.",
            "discussed",
            ("USA", "IND"),
        ),
        (
            "President Biden spoke with President Macron of France. Both agreed "
            "that the alliance was strong.",
            "agreed",
            ("USA", "FRA"),
        ),
    ],
)
def test_the_participants_of_a_meeting_are_those_its_opening_names(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    background = Background(published={"doc": date(2024, 3, 6)})
    found = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    assert [s.actor_ids for s in found if s.cue == cue] == [actors]
