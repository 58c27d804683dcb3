"""Who speaks for whom in briefings, records and releases of other house
styles (issue 15): the one official who answers the floor in the issuer's own
briefing, a spokesperson the header names with a possessive, a label that
names an office-holder by title and surname in capitals, Hansard's note naming
a registry person, "The representative of France … He", a guest the parse took
for an adverb, a spokesperson for the issuer's own presidency, a body's own
council and its allies named with it in its release, and "The Kingdom" in a
state's speaker's turn. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

BRIEFING = """Department Press Briefing – March 18, 2025

MR. BRUCE: Good afternoon, everyone. We call on Iran to stop supplying the Houthis with weapons.

QUESTION: The Venezuelan foreign minister said the detentions are lawful. What's your response?

MR. BRUCE: We reject that characterization entirely.
"""  # noqa: E501


def test_the_one_who_alone_answers_the_floor_speaks_for_the_issuer(
    nlp: Language,
) -> None:
    found = published_by(nlp, BRIEFING, issuer="USA")
    assert found["reject"].actor_ids == ("USA",)
    assert found["call on"].actor_ids == ("USA",)


def test_two_who_answer_the_floor_are_not_given_the_issuer(nlp: Language) -> None:
    text = BRIEFING + "\nMR. ORTAGUS: We support the talks in Oman.\n"
    found = published_by(nlp, text, issuer="USA")
    assert found["reject"].actor_ids == ()


def test_a_spokesperson_the_header_names_with_a_possessive_speaks_for_the_issuer(
    nlp: Language,
) -> None:
    text = """Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on May 21, 2025

Lin Jian: We urge the Philippines to immediately stop its provocations.

Lin Jian: China is seriously concerned about the moves by the relevant countries.
"""  # noqa: E501
    found = published_by(nlp, text, issuer="CHN")
    assert found["urge"].actor_ids == ("CHN",)


def test_a_label_in_capitals_names_an_office_holder_by_title_and_surname(
    nlp: Language,
) -> None:
    text = """Joint press conference with the Prime Minister of New Zealand, Sydney

PRIME MINISTER ALBANESE: We are concerned about the live-fire exercises in the Tasman Sea.

PRIME MINISTER LUXON: New Zealand shares those concerns.
"""  # noqa: E501
    concerned = published_by(nlp, text, issuer="AUS")["are concerned about"]
    assert (concerned.speaker, concerned.actor_ids) == ("Anthony Albanese", ("AUS",))


def test_hansards_note_names_a_registry_person_with_their_office(
    nlp: Language,
) -> None:
    text = """House of Commons Hansard, Foreign Office questions, Tuesday 14 January 2025

Sudan

Emily Thornberry (Islington South and Finsbury) (Lab): What assessment has the Secretary of State made of the situation in Sudan?

The Secretary of State for Foreign, Commonwealth and Development Affairs (Mr David Lammy): The situation in Sudan is grave. I condemn the attacks on civilians in El Fasher.
"""  # noqa: E501
    condemn = published_by(nlp, text)["condemn"]
    assert (condemn.speaker, condemn.actor_ids) == ("David Lammy", ("GBR",))


CAIRO = """President El-Sisi Receives the Foreign Minister of Qatar

President Abdel Fattah El-Sisi received today Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs of the State of Qatar.

Spokesman for the Presidency, Ambassador Mohamed El-Shenawy, said that the President praised the strong fraternal relations between Egypt and Qatar. The two sides stressed the need to consolidate the ceasefire in the Gaza Strip.
"""  # noqa: E501


def test_a_guest_the_parse_took_for_an_adverb_is_received_all_the_same(
    nlp: Language,
) -> None:
    stressed = published_by(nlp, CAIRO, issuer="EGY")["stressed"]
    assert set(stressed.actor_ids) == {"EGY", "QAT"}


def test_a_spokesperson_for_the_issuers_own_presidency_speaks_for_the_issuer(
    nlp: Language,
) -> None:
    assert published_by(nlp, CAIRO, issuer="EGY")["said"].actor_ids == ("EGY",)


def test_another_bodys_spokesperson_named_before_the_title_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = """Press release

Polisario Front spokesman Mohamed Salem said the front rejects the plan.
"""
    assert published_by(nlp, text, issuer="MAR")["said"].actor_ids == ()


def test_a_presidential_spokesman_in_the_issuers_release_is_the_issuers(
    nlp: Language,
) -> None:
    text = """Press release

Presidential Spokesman Mohamed El-Shenawy said that the President praised the relations.
"""
    assert published_by(nlp, text, issuer="EGY")["said"].actor_ids == ("EGY",)


def test_a_spokesperson_for_another_body_is_not_the_issuers(nlp: Language) -> None:
    text = """Statement

Spokesman for the Houthi movement Mohammed Abdulsalam said that the group would continue its operations.
"""  # noqa: E501
    assert published_by(nlp, text, issuer="EGY")["said"].actor_ids != ("EGY",)


def test_a_bodys_own_council_in_its_release_is_that_body(nlp: Language) -> None:
    text = """Final Communique of the 164th Session of the GCC Ministerial Council

The Ministerial Council of the Gulf Cooperation Council held its 164th session in Kuwait.

The Ministerial Council condemned the repeated violations of Syrian sovereignty. The Council called on Iran to respond to the efforts of the UAE.
"""  # noqa: E501
    found = published_by(nlp, text, issuer="GCC")
    assert found["condemned"].actor_ids == ("GCC",)
    assert found["called"].actor_ids == ("GCC",)


def test_the_bodys_own_allies_named_with_it_speak_with_its_voice(
    nlp: Language,
) -> None:
    text = """NATO Allies condemn Russian drone incursion into Romanian airspace

NATO Allies condemn the violation of Romanian airspace by Russian drones on 2 December 2026.
"""  # noqa: E501
    assert published_by(nlp, text, issuer="NATO")["condemn"].actor_ids == ("NATO",)


def test_the_kingdom_in_a_states_speakers_turn_is_that_state(nlp: Language) -> None:
    text = """CNBC interview: Saudi Foreign Minister on Gaza

Hadley Gamble: Your Highness, thank you for joining us. What is your response?

Prince Faisal bin Farhan: We reject this approach completely. The Kingdom has called repeatedly for an immediate and permanent ceasefire.
"""  # noqa: E501
    called = published_by(nlp, text)["has called repeatedly for"]
    assert called.actor_ids == ("SAU",)


def test_departments_of_any_side_in_a_speakers_turn_are_no_ones(
    nlp: Language,
) -> None:
    text = """Press statements following Russian-Chinese talks

Vladimir Putin: We held substantive talks today.

Xi Jinping: The corresponding departments and business entities have signed a number of cooperation agreements. The Government supports this work.
"""  # noqa: E501
    found = published_by(nlp, text)
    assert found["have signed"].actor_ids == ()
    assert found["supports"].actor_ids == ("CHN",)


def test_indias_external_affairs_minister_by_initials_speaks_for_india(
    nlp: Language,
) -> None:
    text = """EAM's meeting with Foreign Minister of Singapore

External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Singapore Dr. Vivian Balakrishnan in New Delhi today. EAM appreciated Singapore's support for India's engagement with ASEAN.
"""  # noqa: E501
    assert published_by(nlp, text)["appreciated"].actor_ids == ("IND",)


def test_the_kingdom_is_no_ones_own_where_the_voice_is_no_kingdoms(
    nlp: Language,
) -> None:
    text = """Readout

Secretary Blinken met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh. The Kingdom reiterated its call for a ceasefire.
"""  # noqa: E501
    found = published_by(nlp, text, issuer="USA")["reiterated"]
    assert "USA" not in found.actor_ids


def test_another_bodys_council_named_before_is_not_the_issuing_bodys(
    nlp: Language,
) -> None:
    text = """Press release

The Secretary-General met the President of the Council of the European Union. The Council called for more aid.
"""  # noqa: E501
    assert "UN" not in published_by(nlp, text, issuer="UN")["called for"].actor_ids
