"""Who speaks for whom in house styles the corpus does not hold (issue 15): a
wire dateline after a headline or as the parse's subject, a title's note in
brackets, Hansard's "Title (Name):" labels and a title line before them, a
label whose title a comma ends, a source the parse ran back over a question's
label, the UN's "Spokesman:" under a header naming the Spokesperson, a
Security Council press statement, No 10's "The Prime Minister spoke to …", a
minister's "I met X for our annual meeting", and a title's venue. Each runs
the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by

WIRE = """Iran denies enriching uranium beyond declared levels

DUBAI (AP) — Iran on Tuesday denied that it had enriched uranium beyond the
levels declared to inspectors.
"""


def test_a_dateline_the_parse_made_the_subject_is_not_the_speaker(
    nlp: Language,
) -> None:
    denied = one_by_cue(nlp, WIRE, "denied")
    assert (denied.speaker, denied.actor_ids) == ("Iran", ("IRN",))


def test_a_dateline_after_a_headline_is_left_out_of_the_source(
    nlp: Language,
) -> None:
    text = """EU reviews Israel trade pact

BRUSSELS (Reuters) - Kaja Kallas, the EU's foreign policy chief, said on
Monday that the bloc would review its trade agreement with Israel.
"""
    said = published_by(nlp, text)["said"]
    assert said.speaker_mention == "Kaja Kallas, the EU's foreign policy chief"
    assert said.actor_ids == ("EU",)


G20 = """G20 Johannesburg Leaders' Declaration (excerpt)

We, the Leaders of the G20, met in Johannesburg on 22-23 November 2025. We
welcome the contributions of the African Union as a permanent member of the G20.
"""


def test_a_titles_note_in_brackets_leaves_it_a_title(nlp: Language) -> None:
    assert one_by_cue(nlp, G20, "welcome").actor_ids == ("G20",)


HANSARD = (
    "Middle East: Gaza — Hansard, House of Commons, debated on 3 March 2025\n\n"
    "The Secretary of State for Foreign, Commonwealth and Development Affairs"
    " (Mr David Lammy): We call on the Israeli Government to lift restrictions.\n"
    "Priti Patel (Witham) (Con): I urge the Foreign Secretary to say so plainly.\n"
    "Mr Lammy: I agree, and I have raised that point with my Qatari counterpart.\n"
)


def test_hansards_bracketed_name_is_the_speaker_not_the_title_line(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, HANSARD, "call on").speaker == "David Lammy"


MEA = """Transcript of Weekly Media Briefing by the Official Spokesperson

Official Spokesperson, Shri Randhir Jaiswal: Good afternoon. We reject the
remarks as baseless and irresponsible.
Question (Sidhant Sibal, WION): Sir, is there any plan for talks?
Official Spokesperson, Shri Randhir Jaiswal: There is no such proposal.
"""


def test_a_label_whose_title_a_comma_ends_opens_a_turn(nlp: Language) -> None:
    assert one_by_cue(nlp, MEA, "reject").speaker == "Randhir Jaiswal"


def test_a_place_line_with_commas_is_still_no_label(nlp: Language) -> None:
    text = """Washington, DC, United States: The talks ended on Monday.
Moscow, Russia: Foreign Minister Sergey Lavrov said that Russia was ready to talk.
"""
    said = one_by_cue(nlp, text, "said")
    assert said.speaker == "Sergey Lavrov"


NATO = """Press conference by NATO Secretary General Mark Rutte

NATO Secretary General Mark Rutte: Today Allies agreed to step up deliveries
of air defence to Ukraine.
Question (Reuters): Secretary General, Moscow says the drones strayed off
course by accident. Do you believe that?
NATO Secretary General Mark Rutte: No, I do not, and it is dangerous.
"""


def test_a_source_never_runs_back_over_a_questions_label(nlp: Language) -> None:
    says = one_by_cue(nlp, NATO, "says")
    assert (says.speaker_mention, says.actor_ids) == ("Moscow", ("RUS",))


NOON = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
    "\n\nSpokesman: The Secretary-General is deeply concerned by the violence.\n"
    "Question: Does the Secretary-General hold the RSF responsible?\n"
    "Spokesman: We are not in a position to attribute responsibility, but we\n"
    "condemn all attacks on civilians.\n"
)


def test_spokesman_is_the_spokesperson_the_header_names(nlp: Language) -> None:
    assert one_by_cue(nlp, NOON, "condemn").actor_ids == ("UNSG",)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The members of the Security Council condemned in the strongest terms"
            " the terrorist attack in Islamabad.",
            ("UNSC",),
        ),
        (
            "Some members of the Security Council condemned the terrorist attack"
            " in Islamabad.",
            (),
        ),
        (
            "Several members of the European Union condemned the terrorist attack"
            " in Islamabad.",
            (),
        ),
    ],
)
def test_the_members_of_a_body_all_together_are_the_body(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    found = published_by(nlp, text)
    condemned = next(s for cue, s in found.items() if cue.startswith("condemned"))
    assert condemned.actor_ids == actors


NO10 = """PM call with President Zelenskyy of Ukraine: 9 March 2025

The Prime Minister spoke to President Zelenskyy this afternoon. He reiterated
the UK's unwavering support for Ukraine. President Zelenskyy thanked the Prime
Minister for the UK's military assistance. The leaders agreed to speak again in
the coming days.
"""


def test_an_issuers_bare_title_opening_a_call_is_the_issuers_side(
    nlp: Language,
) -> None:
    found = published_by(nlp, NO10, issuer="GBR")
    assert found["reiterated"].actor_ids == ("GBR",)
    assert set(found["agreed"].actor_ids) == {"GBR", "UKR"}


def test_without_an_issuer_a_bare_title_opening_a_call_names_no_side(
    nlp: Language,
) -> None:
    assert published_by(nlp, NO10)["reiterated"].actor_ids == ()


RELEASE = """Meeting with Indonesian Foreign Minister Sugiono

Today I met Indonesia's Foreign Minister Sugiono in Canberra for our annual
Foreign Ministers' Meeting. I thanked Foreign Minister Sugiono for Indonesia's
leadership in ASEAN.
"""


def test_i_met_x_for_our_meeting_is_the_issuers_own_account(nlp: Language) -> None:
    assert published_by(nlp, RELEASE, issuer="AUS")["thanked"].actor_ids == ("AUS",)


ASEAN = """Chairman's Statement of the 46th ASEAN Summit, Kuala Lumpur, 26 May 2025

We welcomed Timor-Leste's progress towards fulfilling the roadmap for full
membership.
"""


def test_a_titles_venue_is_no_participant(nlp: Language) -> None:
    assert one_by_cue(nlp, ASEAN, "welcomed").actor_ids == ("ASEAN",)


@pytest.mark.parametrize(
    ("text", "speaker", "actors"),
    [
        (
            "Putin's spokesman Dmitry Peskov said the Kremlin was ready for talks.",
            "Dmitry Peskov",
            ("RUS",),
        ),
        (
            "Netanyahu's spokesman Omer Dostri said the delegation would leave.",
            "Omer Dostri",
            ("ISR",),
        ),
    ],
)
def test_a_titles_owner_is_not_the_one_it_names(
    nlp: Language, text: str, speaker: str, actors: tuple[str, ...]
) -> None:
    said = published_by(nlp, text)["said"]
    assert (said.speaker, said.actor_ids) == (speaker, actors)


def test_a_dateline_is_left_out_of_a_content_that_opens_the_report(
    nlp: Language,
) -> None:
    text = (
        "SEOUL (Yonhap) -- North Korea fired a ballistic missile into the East Sea"
        " on Tuesday, South Korea's Joint Chiefs of Staff said."
    )
    said = published_by(nlp, text)["said"]
    assert said.content.startswith("North Korea fired")
    assert said.actor_ids == ("KOR",)


def test_the_two_after_a_meeting_in_their_own_sentence_are_those_who_met(
    nlp: Language,
) -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart Andrii"
        " Sybiha in Antalya, where the two discussed a prisoner exchange."
    )
    assert set(published_by(nlp, text)["discussed"].actor_ids) == {"TUR", "UKR"}


def test_a_quotation_over_paragraphs_that_each_open_with_its_mark_is_one(
    nlp: Language,
) -> None:
    text = (
        "Foreign Secretary David Lammy said:\n\n"
        "\"Putin's war machine is funded by oil revenues.\n\n"
        '"We call on our partners to match these measures."\n'
    )
    said = one_by_cue(nlp, text, "said:")
    assert said.content.endswith('match these measures."')
    assert (said.actor_ids, said.act) == (("GBR",), "appeal")


def test_a_stray_mark_still_closes_nothing_in_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        'The minister called the law "perverse and unlawful.\n\n'
        '"The talks are over," the opposition leader said.\n'
    )
    said = published_by(nlp, text)
    assert all("\n" not in s.content for s in said.values())


def test_a_verb_the_parse_hung_on_an_apposed_subject_is_its_predicate(
    nlp: Language,
) -> None:
    text = (
        "The African Union Commission chairperson, Mahmoud Ali Youssouf, called on"
        " both countries to respect the agreement and said he was ready to convene"
        " a meeting."
    )
    found = published_by(nlp, text)
    assert (found["called on"].speaker, found["called on"].actor_ids) == (
        "Mahmoud Ali Youssouf",
        ("AU",),
    )
    assert found["called on"].act == "appeal"


ARAB_LEAGUE = (
    (
        "Remarks by H.E. Mr. Ahmed Aboul Gheit, Secretary-General of the League of"
        " Arab States\n\n"
    )
    + """H.E. Mr. Ahmed Aboul Gheit: The Arab League categorically rejects any
attempt to displace the Palestinian people. We call on the international community
to act.

Question: Will the League send a delegation to Gaza?

H.E. Mr. Ahmed Aboul Gheit: We are ready to send a delegation.
"""
)


def test_a_header_naming_the_speaker_then_the_office_gives_the_label_its_body(
    nlp: Language,
) -> None:
    assert published_by(nlp, ARAB_LEAGUE)["call on"].actor_ids == ("LAS",)


def test_a_title_and_a_family_name_first_are_the_person_named_before(
    nlp: Language,
) -> None:
    text = (
        "Minister Iwaya: I held a meeting with Foreign Minister Wang Yi yesterday.\n\n"
        "Reporter: Did China respond?\n\n"
        "Minister Iwaya: Minister Wang said that China would consider the matter.\n"
    )
    said = published_by(nlp, text)["said"]
    assert (said.speaker, said.actor_ids) == ("Wang Yi", ("CHN",))


def test_a_headline_ending_in_a_quoted_word_is_a_headline(nlp: Language) -> None:
    text = (
        'EU\'s Kallas urges Israel to reopen crossings as Arabs warn of "catastrophe"'
        "\n\nBRUSSELS (Reuters) - Kaja Kallas, the EU's foreign policy chief, said on"
        " Monday that the bloc would review its trade agreement with Israel.\n"
    )
    found = published_by(nlp, text)
    assert set(found) == {"said"}
    assert found["said"].actor_ids == ("EU",)


def test_a_portfolio_shared_with_anothers_title_names_no_state(
    nlp: Language,
) -> None:
    text = (
        "Foreign Minister Sugiono held a meeting with Malaysian Foreign Minister"
        " Mohamad Hasan in Kuala Lumpur. Foreign Minister Sugiono urged the Malaysian"
        " government to protect migrant workers."
    )
    assert "MYS" not in published_by(nlp, text)["urged"].actor_ids


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("OAS Secretary General Albert Ramdin said the mission would help.", ("OAS",)),
        ("The Pope said that the war must end.", ("VAT",)),
    ],
)
def test_a_bodys_bare_acronym_and_the_pope_name_their_actor(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert published_by(nlp, text)["said"].actor_ids == actors


def test_the_same_bare_organ_again_is_the_body_first_named(nlp: Language) -> None:
    text = (
        "The Ministerial Council of the Gulf Cooperation Council held an extraordinary"
        " session in Doha today. The Council condemned the attack on Doha. The"
        " Council demanded that the perpetrators be held accountable."
    )
    assert published_by(nlp, text)["demanded"].actor_ids == ("GCC",)


def test_a_states_bare_organ_in_its_own_release_is_that_state(
    nlp: Language,
) -> None:
    text = (
        "Statement of the MFA of Ukraine regarding the attack on Kyiv\n\n"
        "The MFA of Ukraine strongly condemns the attack on Kyiv. We call on our"
        " partners to strengthen air defence. The Ministry also urges the Red Cross"
        " to document these crimes.\n"
    )
    assert published_by(nlp, text, issuer="UKR")["also urges"].actor_ids == ("UKR",)


def test_a_spokesperson_in_the_issuers_briefing_speaks_for_it(
    nlp: Language,
) -> None:
    text = (
        "Midday briefing of the European Commission\n\n"
        "Chief Spokesperson Paula Pinho: Good afternoon. We welcome the agreement"
        " between the Council and the Parliament.\n"
        "Question: Is that correct?\n"
        "Chief Spokesperson Paula Pinho: I will not speculate on the details.\n"
    )
    assert published_by(nlp, text, issuer="EU")["welcome"].actor_ids == ("EU",)


def test_a_named_office_holder_of_no_state_opening_a_readout_is_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "Foreign Minister Wadephul receives Polish Foreign Minister Sikorski\n\n"
        "Federal Foreign Minister Johann Wadephul received Polish Foreign Minister"
        " Radosław Sikorski in Berlin today for talks on support for Ukraine. Both"
        " ministers rejected any negotiations over Ukraine's head.\n"
    )
    found = published_by(nlp, text, issuer="DEU")
    assert set(found["rejected"].actor_ids) == {"DEU", "POL"}


def test_a_dateline_of_a_place_in_two_words_gives_the_home_state(
    nlp: Language,
) -> None:
    text = (
        "Addis Ababa, Ethiopia – Ethiopia has inaugurated the dam, with Prime"
        " Minister Abiy Ahmed insisting that the project poses no threat."
    )
    assert published_by(nlp, text)["insisting"].actor_ids == ("ETH",)


def test_they_after_a_list_of_three_states_is_all_three(nlp: Language) -> None:
    text = (
        "France, Germany and Britain said they remained committed to a diplomatic"
        " solution and urged Tehran to give inspectors access."
    )
    assert set(published_by(nlp, text)["urged"].actor_ids) == {"FRA", "DEU", "GBR"}


def test_his_highness_of_no_state_in_a_states_release_is_that_state(
    nlp: Language,
) -> None:
    text = (
        "Foreign Minister Receives Phone Call from Jordanian Counterpart\n\n"
        "His Royal Highness Prince Faisal bin Farhan, Minister of Foreign Affairs,"
        " received a phone call today from Jordan's Minister of Foreign Affairs"
        " Ayman Safadi. His Highness reaffirmed the Kingdom's rejection of any"
        " attempt to displace the Palestinian people.\n"
    )
    assert published_by(nlp, text, issuer="SAU")["reaffirmed"].actor_ids == ("SAU",)
    # the registry knows Prince Faisal; a prince it does not know is no one's
    assert published_by(nlp, text)["reaffirmed"].actor_ids == ("SAU",)
    unknown = text.replace("Prince Faisal bin Farhan", "Prince Khalid bin Nasser")
    assert published_by(nlp, unknown)["reaffirmed"].actor_ids == ()


def test_they_after_a_list_naming_only_some_states_is_none_of_them(
    nlp: Language,
) -> None:
    text = (
        "Japan, Canada, Mexico and Europe said they would respond to the tariffs,"
        " and they urged Washington to return to talks."
    )
    assert published_by(nlp, text)["urged"].actor_ids == ()
