"""Whom speakers speak for where a report moves and what a title names: a
sentence opening with a capital ("In Moscow, the Defence Ministry …") gives an
unqualified organ that capital's state, not the dateline's; a dateline is no
participant of the opening; "his Philippine counterpart X" is an office; "she"
after a person the text does not name is that person, "he" after an unnamed
official that official (not a group); a joint title naming a visit, or more
states than the opening, names the sides; a UN agency's wire
epithet ("the U.N. nuclear watchdog") names it; a guest joined to "I" ("Prime
Minister Marape and I agreed") keeps no issuer's state; a dateline the parse
took for the subject ("GENEVA – UNHCR, the UN Refugee Agency, is alarmed by")
leaves the agency speaking. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import by_cue, one_by_cue, published_by, statements


def test_an_organ_after_a_capital_opening_is_that_capitals_state(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp,
        "KYIV, Ukraine (AP) — Ukraine and Russia swapped 212 prisoners of war each"
        " on Saturday.\n\nIn Moscow, the Defense Ministry confirmed the figure. The"
        " returning servicemen would be flown to the capital for medical checks,"
        " the ministry said.",
    )
    assert found["confirmed"].actor_ids == ("RUS",)
    assert found["said"].actor_ids == ("RUS",)


def test_a_spokesperson_after_a_capital_opening_is_that_capitals(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "MANILA, Nov 24 (Reuters) - Japan and the Philippines agreed to speed up"
        " delivery of patrol vessels.\n\nIn Beijing, foreign ministry spokesperson"
        ' Lin Jian accused the two countries of "ganging up" to stir tensions.',
        "accused",
    )
    assert found.actor_ids == ("CHN",)


def test_a_capital_opening_gives_no_state_to_a_minister_who_may_be_visiting(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "In Washington, the foreign minister said talks with Rubio were productive.",
        "said",
    )
    assert found.actor_ids == ()


def test_a_city_that_is_no_capital_gives_no_state(nlp: Language) -> None:
    found = one_by_cue(
        nlp,
        "GENEVA (Reuters) - Talks on Iran's nuclear programme resumed on Monday."
        "\n\nIn Geneva, the foreign minister said the talks were constructive.",
        "said",
    )
    assert found.actor_ids == ()


def test_a_dateline_names_no_participant_of_the_opening(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "PORT SUDAN, Sudan (AFP) - The United Nations' humanitarian chief warned on"
        " Thursday that famine was spreading, as Egypt and Saudi Arabia pressed for"
        " a new truce.\n\nEgyptian Foreign Minister Badr Abdelatty spoke by phone"
        " with his Saudi counterpart Prince Faisal bin Farhan on Wednesday. The two"
        " ministers stressed the need for an immediate ceasefire.",
    )
    assert found["stressed"].actor_ids == ("EGY", "SAU")


def test_a_counterpart_named_with_a_state_is_that_states_official(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "Japanese Foreign Minister Toshimitsu Motegi held talks with his Philippine"
        " counterpart Theresa Lazaro in Manila on Tuesday.\n\nLazaro said Manila"
        " would keep raising incidents near the shoal.",
        "said",
    )
    assert found.actor_ids == ("PHL",)


def test_she_after_a_person_the_text_does_not_name_is_not_an_earlier_official(
    nlp: Language,
) -> None:
    text = (
        "The United States is monitoring the situation closely, State Department"
        " spokesperson Tommy Pigott said.\n\nIn Assab, a shopkeeper who gave only her"
        " first name, Senait, said families had begun sending children inland."
        ' "Nobody says war, but everybody is packing," she said.'
    )
    quoted = [s for s in statements(nlp, text) if s.content.startswith('"Nobody')]
    assert [s.actor_ids for s in quoted] == [()]  # not Pigott's: USA


def test_a_joint_title_naming_a_visit_names_both_sides(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Joint Statement on the State Visit of President Cyril Ramaphosa to Brazil"
        "\n\nAt the invitation of President Luiz Inácio Lula da Silva, the President"
        " of the Republic of South Africa, Cyril Ramaphosa, paid a State Visit to"
        " Brasília on 1 and 2 December 2026.\n\nThe two Presidents held wide-ranging"
        " talks on bilateral relations. Both sides reiterated that the Security"
        " Council must be reformed.",
        issuer="BRA",
    )
    assert found["reiterated"].actor_ids == ("BRA", "ZAF")


def test_a_joint_title_naming_more_states_than_the_opening_names_them_all(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Joint Statement of the Foreign Ministers of Japan, the Philippines, and the"
        " United States\n\nSecretary of State Marco Rubio, Foreign Minister"
        " Toshimitsu Motegi, and Secretary of Foreign Affairs Theresa Lazaro met in"
        " Washington on December 2, 2026.\n\nThe Ministers reaffirmed their shared"
        " commitment to a free and open Indo-Pacific.",
        issuer="USA",
        day=date(2026, 12, 2),  # Motegi in office: the opening names two states
    )
    assert set(found["reaffirmed"].actor_ids) == {"USA", "JPN", "PHL"}


def test_the_person_a_readouts_header_has_meet_someone_is_the_issuers(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Readout: Minister Anand meets India's Minister of External Affairs\n\n"
        "Minister Anand underlined that the safety and security of Canadians remain"
        " Canada's highest priority.",
        issuer="CAN",
    )
    assert found["underlined"].actor_ids == ("CAN",)


def test_he_after_an_unnamed_official_is_that_officials_state(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp,
        "Iranian Foreign Minister Abbas Araghchi rejected the criticism.\n\nA French"
        " foreign ministry spokesman said Paris remained open to dialogue. Asked"
        " about the draft, he declined to comment.",
    )
    assert found["declined"].actor_ids == ("FRA",)  # not Araghchi's Iran


def test_he_after_a_group_is_the_one_named_before(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Prime Minister Shri Narendra Modi received a telephone call today from the"
        " Prime Minister of Canada, H.E. Mr. Mark Carney.\n\nThe two leaders"
        " reviewed the progress in India-Canada relations. He emphasised India's"
        " commitment to working with Canada against terrorism.",
        issuer="IND",
        day=date(2026, 12, 1),
    )
    assert found["emphasised"].actor_ids == ("IND",)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The head of the U.N. nuclear watchdog said inspectors were not allowed"
         " back.", "IAEA"),
        ("The U.N. health agency said the outbreak was spreading.", "WHO"),
        ("The UN humanitarian office warned of famine in Kordofan.", "OCHA"),
    ],
)  # fmt: skip
def test_a_un_agency_named_by_its_wire_epithet_speaks_for_it(
    nlp: Language, text: str, actor: str
) -> None:
    assert [s.actor_ids for s in statements(nlp, text)] == [(actor,)]


def test_a_capital_opening_gives_no_state_to_a_person_speaking_of_another(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "In Berlin, foreign ministry spokesperson Lin Jian said China was ready to"
        " talk.",
        "said",
    )
    assert found.actor_ids == ()  # not Germany's


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli official said the strikes targeted militants. A Palestinian man"
        " told reporters his house was destroyed. He said his family had nowhere to"
        " go.",
        # nor after a person named since
        "A Chinese foreign ministry spokesman criticised the transit of Taiwan's"
        " leader Lai Ching-te through New York. He said his family had nowhere to"
        " go.",
        # an unnamed official is "he" in the next sentence at most
        "A French foreign ministry spokesman said Paris remained open to dialogue."
        " The draft was circulated on Monday. Diplomats expect a vote on Friday. He"
        " said his family had nowhere to go.",
    ],
)
def test_he_is_no_earlier_unnamed_official_after_someone_else_or_later(
    nlp: Language, text: str
) -> None:
    found = [s for s in statements(nlp, text) if s.content.startswith("his family")]
    assert [s.actor_ids for s in found] == [()]


def test_a_header_meeting_makes_no_bare_title_the_issuers(nlp: Language) -> None:
    found = published_by(
        nlp,
        "External Affairs Minister meets Foreign Minister of Maldives\n\n"
        "The Foreign Minister said the Maldives valued India's assistance.",
        issuer="IND",
    )
    assert found["said"].actor_ids != ("IND",)


def test_she_after_a_company_speaks_is_still_the_person_named_before(
    nlp: Language,
) -> None:
    text = (
        "Singer Taylor Swift said she would perform her old songs. But the company"
        ' says she did not need its permission.\n\n"I just want to be able to'
        ' perform my own music," she said.'
    )
    quoted = [s for s in statements(nlp, text) if s.content.startswith('"I just')]
    assert [s.speaker for s in quoted] == ["Taylor Swift"]


def test_a_guest_joined_to_i_does_not_take_the_issuers_state_later(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Meeting with Prime Minister of Papua New Guinea\n\nToday I met with Prime"
        " Minister James Marape in Port Moresby.\n\nPrime Minister Marape and I"
        " agreed that our two countries would hold the next Ministerial Forum in"
        " Cairns.\n\nPrime Minister Marape raised concerns about illegal fishing in"
        " PNG's exclusive economic zone.",
        issuer="AUS",
    )
    assert "AUS" not in found["raised concerns about"].actor_ids


@pytest.mark.parametrize(
    ("text", "cue", "act"),
    [
        ("UNHCR alarmed as thousands flee\n\nGENEVA – UNHCR, the UN Refugee"
         " Agency, is alarmed by a sharp rise in"
         " arrivals of Sudanese refugees in eastern Chad.", "is alarmed by",
         "express_concern"),
        ("UNHCR welcomes decision\n\nGENEVA – UNHCR, the UN Refugee Agency,"
         " welcomes the decision of the"
         " Government of Chad to keep its border open.", "welcomes", "support"),
    ],
)  # fmt: skip
def test_a_dateline_the_parse_took_for_the_subject_leaves_the_agency_speaking(
    nlp: Language, text: str, cue: str, act: str
) -> None:
    found = published_by(nlp, text, issuer="UNHCR")[cue]
    assert (found.speaker_mention or "").startswith("UNHCR")
    assert (found.actor_ids, found.act) == (("UNHCR",), act)
