"""Observer missions, agencies, sanctions, embassies, defence ministries and
state banquets (issues 15 and 16): a state's adjective before what a person is,
an agency's post in a country, an observer's nationality beside the mission they
head, a body's organ of another's name, a ministry named in full, the one told,
a vocative from the floor, the guest, an acronym, a release's own officials and
organs, threats worded as answers, a shared view and a toast. Each runs the real
pipeline on documents of our own."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by, statements

DAY = date(2026, 11, 20)


def test_a_states_adjective_before_what_a_person_is_names_no_official(
    nlp: Language,
) -> None:
    text = (
        "Russian lawyer Ivan Petrov said the designation was unlawful.\n\n"
        "Chinese refinery Shandong Haixing said it had always complied with the law."
    )
    assert all(s.actor_ids == () for s in statements(nlp, text))


def test_a_states_adjective_before_an_office_or_a_ruler_names_its_official(
    nlp: Language,
) -> None:
    for text, actor in (
        ("Hungarian PM Viktor Orban said the sanctions had failed.", "HUN"),
        ("Israeli army spokesman Avichay Adraee said the strikes would go on.", "ISR"),
        ("Saudi crown prince Mohammed bin Salman said the kingdom backs it.", "SAU"),
    ):
        assert by_cue(nlp, text)["said"].actor_ids == (actor,), text
    text = "As a White House call readout said, the talks were useful."
    assert by_cue(nlp, text)["said"].actor_ids == ("USA",)


def test_an_agencys_post_in_a_country_is_the_agencys(nlp: Language) -> None:
    for text, actor in (
        ("Ahmed Yusuf, Yemen's UNICEF representative, said children were dying.",
         "UNICEF"),
        ("Sudan's WFP country director, Omar Bakri, said food would run out.", "WFP"),
        ("The Yemeni UNICEF chief said the situation was dire.", "UNICEF"),
    ):  # fmt: skip
        assert by_cue(nlp, text)["said"].actor_ids == (actor,), text


def test_a_states_envoy_to_a_body_is_still_the_states(nlp: Language) -> None:
    text = "Iran's IAEA envoy said the report was biased."
    assert by_cue(nlp, text)["said"].actor_ids == ("IRN",)


def test_the_mission_an_observer_heads_overrules_their_nationality(
    nlp: Language,
) -> None:
    text = (
        "Kwesi Amponsah, a Ghanaian diplomat who leads the ECOWAS observer mission,"
        " said the vote was calm.\n\n"
        "John Smith, a British diplomat who served in Moscow, said the vote was"
        " rigged."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found] == [("ECOWAS",), ("GBR",)]


def test_odihr_is_the_osces(nlp: Language) -> None:
    text = "The ODIHR mission said the campaign was competitive."
    assert by_cue(nlp, text)["said"].actor_ids == ("OSCE",)


def test_observers_a_body_sends_speak_for_it(nlp: Language) -> None:
    text = (
        "EU observers reported that the count was slow.\n\n"
        "The AU observers said the process was peaceful.\n\n"
        "Russian observers said the vote was fair."
    )
    found = by_cue(nlp, text)
    assert found["reported"].actor_ids == ("EU",)
    assert found["said"].actor_ids == ()  # observers of a state's: no one's


def test_a_member_of_parliament_named_before_she_said_is_whom_she_means(
    nlp: Language,
) -> None:
    text = (
        '"Voters had a genuine choice," said Ambassador Pia Lindqvist, a Swedish'
        " diplomat who heads the OSCE mission.\n\n"
        "Ilse Van Damme, a Belgian member of parliament, stressed that election day"
        ' was calm. "Polling stations were well organized," she said.'
    )
    found = by_cue(nlp, text)
    assert found["stressed"].actor_ids == ()
    assert found["said"].actor_ids == ()


def test_a_commission_of_anothers_name_is_not_the_issuing_bodys(
    nlp: Language,
) -> None:
    text = (
        "KHARTOUM - Fighting continued in Darfur.\n\n"
        "The Humanitarian Aid Commission said it would issue new permits."
    )
    found = published_by(nlp, text, issuer="OCHA", day=DAY)
    assert found["said"].actor_ids == ()


def test_a_ministry_named_in_full_is_not_anothers_named_before(
    nlp: Language,
) -> None:
    text = (
        "SEOUL - Japan's Defense Ministry reported it had tracked the missile.\n\n"
        "The Ministry of National Defense said the exercise is defensive in nature."
    )
    found = published_by(nlp, text, issuer="KOR", day=DAY)
    assert found["reported"].actor_ids == ("JPN",)
    assert found["said"].actor_ids == ("KOR",)


def test_the_envoy_summoned_and_told_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Russia's ambassador was summoned and told that Warsaw would close the"
        " consulate."
    )
    found = statements(nlp, text)
    assert all("RUS" not in s.actor_ids for s in found)
    assert all(s.speaker_mention != "Russia's ambassador" for s in found)


def test_a_vocative_of_a_question_gives_no_title(nlp: Language) -> None:
    text = (
        "MODERATOR: We have Dr Aisha Nwachukwu with us.\n\n"
        "QUESTION: Thank you. Dr Nwachukwu, Rwanda's health minister said on Monday"
        " that the country had contained its outbreak. Do you agree?\n\n"
        "AISHA NWACHUKWU: We still see cases among contacts, and we are concerned"
        " about the spread."
    )
    found = published_by(nlp, text, issuer="WHO", day=DAY)
    assert found["said"].actor_ids == ("RWA",)
    assert "RWA" not in found["are concerned about"].actor_ids


def test_a_bare_title_is_no_guest_named_in_its_opening_phrase(
    nlp: Language,
) -> None:
    text = (
        "President William Ruto has said Kenya and Finland will deepen cooperation."
        " Speaking at State House during a State Banquet in honour of visiting"
        " Finnish President Alexander Stubb, the President said the two countries"
        " share a commitment to multilateralism."
    )
    found = published_by(nlp, text, issuer="KEN", day=DAY)
    assert "FIN" not in found["said"].actor_ids


def test_he_after_a_titled_subject_is_that_subject(nlp: Language) -> None:
    text = (
        "The Crown Prince said the Kingdom values Senegal's positions. The"
        " Senegalese President praised the Kingdom's efforts. \"Senegal and Saudi"
        ' Arabia are bound by faith," he said.'
    )
    found = published_by(nlp, text, issuer="SAU", day=DAY)
    assert found["said"].actor_ids == ("SEN",)


def test_the_guest_leader_is_never_the_host(nlp: Language) -> None:
    text = (
        "HANOI - State President Luong Cuong held talks with Brazilian President"
        " Lula on Tuesday.\n\n"
        "For his part, the guest leader expressed his admiration for Vietnam's"
        " achievements."
    )
    found = published_by(nlp, text, issuer="VNM", day=DAY)
    assert "VNM" not in found["expressed"].actor_ids


def test_a_defined_acronym_names_what_its_name_named(nlp: Language) -> None:
    text = (
        "MANILA - The Department of National Defense (DND) said Chinese vessels"
        " fired water cannon.\n\n"
        "The DND accused China of dangerous manoeuvres."
    )
    found = published_by(nlp, text, issuer="PHL", day=DAY)
    assert found["accused"].actor_ids == ("PHL",)


def test_a_releases_own_posts_are_the_issuers(nlp: Language) -> None:
    text = "The Embassy strongly urges U.S. citizens to leave the country."
    found = published_by(nlp, text, issuer="USA", day=DAY)
    assert found["strongly urges"].actor_ids == ("USA",)
    text = "YEREVAN - The mission noted that fundamental freedoms were respected."
    found = published_by(nlp, text, issuer="OSCE", day=DAY)
    assert found["noted"].actor_ids == ("OSCE",)


def test_anothers_military_or_minister_is_not_the_issuers(nlp: Language) -> None:
    text = (
        "Since the coup, the regime has detained thousands. The military claimed"
        " the elections had been fraudulent."
    )
    assert published_by(nlp, text, issuer="GBR", day=DAY)["claimed"].actor_ids == ()
    text = "Foreign Minister Yvan Gil accused opposition leaders of plotting a coup."
    assert published_by(nlp, text, issuer="CAN", day=DAY)["accused"].actor_ids == ()


def test_a_banquet_for_a_guest_makes_two_sides(nlp: Language) -> None:
    text = (
        "HANOI - State President Luong Cuong hosted a state banquet for Brazilian"
        " President Lula on Tuesday.\n\n"
        "The two leaders agreed to boost trade."
    )
    found = published_by(nlp, text, issuer="VNM", day=DAY)
    assert found["agreed"].actor_ids == ("VNM", "BRA")


def test_a_foreign_minister_in_a_meeting_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "Foreign Minister Iwaya held talks with Foreign Minister Wang Yi of China."
        " Foreign Minister Wang said China values the relationship."
    )
    found = published_by(nlp, text, issuer="JPN", day=DAY)
    assert found["said"].actor_ids == ("CHN",)


def test_the_un_resident_coordinator_is_the_uns(nlp: Language) -> None:
    text = "The UN Resident Coordinator said aid must reach civilians."
    assert by_cue(nlp, text)["said"].actor_ids == ("UN",)


def test_a_mission_is_concerned(nlp: Language) -> None:
    text = "The Mission is concerned that the count was delayed."
    found = published_by(nlp, text, issuer="OAS", day=DAY)
    assert found["is concerned"].actor_ids == ("OAS",)
    assert found["is concerned"].act == "express_concern"


def test_threats_worded_as_answers(nlp: Language) -> None:
    for text in (
        "The Russian Foreign Ministry said the steps would not go unanswered.",
        "Russian Ambassador Sergey Andreev said Moscow would respond in a mirror"
        " manner to the closure.",
        "Pakistan's defence minister said his country would respond with full"
        " force to any Indian military action.",
        "Iran's foreign ministry spokesman said Tehran reserves the right to take"
        " reciprocal measures.",
    ):
        assert by_cue(nlp, text)["said"].act == "threaten", text


def test_a_statement_issued_denouncing_criticises(nlp: Language) -> None:
    text = "Kim Yo Jong issued a statement denouncing the exercise as a rehearsal."
    assert [s.act for s in statements(nlp, text)] == ["criticise"]


def test_a_view_shared_is_supported(nlp: Language) -> None:
    text = "We share that view.\n\nWe do not share his assessment."
    found = published_by(nlp, text, issuer="OAS", day=DAY)
    assert found["share"].act == "support"
    assert found["do not share"].act == "reject"


def test_a_toast_is_no_appeal(nlp: Language) -> None:
    text = (
        "It is in this spirit of friendship, Madam President, that I invite you all"
        " to raise your glasses.\n\n"
        "I invite all states to join the treaty."
    )
    found = statements(nlp, text)
    assert [s.content for s in found] == ["all states to join the treaty"]


def test_a_second_question_from_the_floor_is_no_statement(nlp: Language) -> None:
    text = (
        "PRESIDENT SHEINBAUM: We discussed trade.\n\n"
        "QUESTION: Prime Minister, did you discuss the mining companies, and is"
        " Canada worried that the new law will hurt investment?\n\n"
        "PRIME MINISTER CARNEY: We respect Mexico's decisions."
    )
    found = published_by(nlp, text, issuer="MEX", day=DAY)
    assert "worried" not in found


def test_what_happens_after_a_result_is_announced_is_no_statement(
    nlp: Language,
) -> None:
    text = "We will draw our conclusions after the final results are announced."
    assert statements(nlp, text) == []


def test_an_apposition_of_the_last_speaker_is_no_vocative(nlp: Language) -> None:
    text = (
        "PRESIDENT MACRON: We stand together.\n\n"
        "PRESIDENT BIDEN: Thank you. President Macron, who hosted me in Paris last"
        " June, said then that Europe would carry more of the burden."
    )
    found = published_by(nlp, text, issuer="USA", day=DAY)
    assert found["said then"].actor_ids == ("FRA",)


def test_an_owned_force_still_speaks_for_itself(nlp: Language) -> None:
    text = (
        "HANOI - Vietnam's foreign ministry said China's navy was in the area on"
        " Tuesday and warned Vietnamese fishing boats to leave."
    )
    assert all(
        "VNM" not in s.actor_ids or s.cue == "said" for s in statements(nlp, text)
    )


def test_a_welcomed_minister_who_warned_is_the_speaker(nlp: Language) -> None:
    text = (
        "Iran's foreign minister was welcomed in Riyadh on Sunday and warned that"
        " any attack would destabilise the region."
    )
    assert by_cue(nlp, text)["warned"].actor_ids == ("IRN",)


def test_he_after_another_titled_subject_is_no_one(nlp: Language) -> None:
    text = (
        "The Ukrainian President praised the new aid package, while the German"
        " Chancellor was more cautious. He said Berlin would not send Taurus missiles."
    )
    assert "UKR" not in by_cue(nlp, text)["said"].actor_ids


def test_a_visiting_minister_named_last_is_not_the_meetings_guest(
    nlp: Language,
) -> None:
    text = (
        "NAIROBI - President Ruto hosted Finnish President Stubb at State House.\n\n"
        "Separately, Foreign Affairs Cabinet Secretary Mudavadi met visiting Japanese"
        " Foreign Minister Takeshi Iwaya. The visiting minister said Japan would fund"
        " a new port in Mombasa."
    )
    found = published_by(nlp, text, issuer="KEN", day=DAY)
    assert found["said"].actor_ids == ("JPN",)


def test_words_near_the_new_acts_keep_their_own_act(nlp: Language) -> None:
    text = "Guterres said the cries of the children of Gaza must not go unanswered."
    assert by_cue(nlp, text)["said"].act == "demand"
    text = "Mirzoyan said Armenia was ready to take reciprocal steps toward peace."
    assert by_cue(nlp, text)["said"].act != "threaten"
    text = "Trump said the trade deal with Canada was toast if Ottawa kept its tax."
    assert by_cue(nlp, text)["said"].actor_ids == ("USA",)
    text = "The Turkish spokesman said: I would like to share our views on two issues."
    assert all(s.act != "support" for s in statements(nlp, text))


def test_observers_of_a_state_or_of_opinion_are_no_bodys(nlp: Language) -> None:
    for text in (
        "The Palestinian UN observer mission said the resolution was historic.",
        "Veteran NATO observers say the alliance is more divided than ever.",
        "The Lebanese Red Cross media office said its teams had found five bodies.",
    ):
        assert all(s.actor_ids == () for s in statements(nlp, text)), text


def test_a_country_in_an_apposition_is_no_person_he_means(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov spoke first. South Africa, a"
        " founding member of BRICS, said the bloc was not anti-Western. He added that"
        " Moscow would host the next summit."
    )
    assert by_cue(nlp, text)["added"].actor_ids == ("RUS",)


def test_an_acronym_names_its_own_name_not_a_conjunct(nlp: Language) -> None:
    text = (
        "Talks between the Government of Colombia and the National Liberation Army"
        " (ELN) resumed. The ELN said it was ready for a ceasefire."
    )
    assert published_by(nlp, text, issuer="USA", day=DAY)["said"].actor_ids == ()


def test_a_foreign_ministry_named_in_full_may_be_the_one_named_before(
    nlp: Language,
) -> None:
    text = (
        "Pakistan's Foreign Ministry on Monday issued a statement on Kashmir. The"
        " Ministry of Foreign Affairs alleged that India was violating rights."
    )
    found = published_by(nlp, text, issuer="IND", day=DAY)
    assert found["alleged"].actor_ids == ("PAK",)


def test_a_title_one_is_addressed_by_names_no_holder(nlp: Language) -> None:
    text = (
        'The Emperor said: "Mr. President, I am delighted to welcome you."\n\n'
        'In his reply, President Prabowo thanked Their Majesties. "Indonesia regards'
        ' Japan as a trusted partner," the President said.'
    )
    found = published_by(nlp, text, issuer="JPN", day=DAY)
    assert found["said"].actor_ids == ("IDN",)


def test_a_states_name_opening_a_bodys_name_names_no_official(nlp: Language) -> None:
    text = (
        "Prime Cabinet Secretary Musalia Mudavadi said the agreements would unlock"
        " investment.\n\n"
        "Kenya Private Sector Alliance chief executive Carole Kariuki said Kenyan"
        " businesses were eager."
    )
    found = published_by(nlp, text, issuer="KEN", day=DAY)
    assert found["said"].actor_ids == ()


def test_first_person_under_a_second_speech_heading_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "The State visit from Chile: speeches at the gala dinner\n\n"
        "His Majesty The King's speech\n\n"
        "On behalf of the Queen and myself, I bid you a warm welcome.\n\n"
        "Norway welcomes Chile's leadership on the oceans.\n\n"
        "The President's speech\n\n"
        "I am deeply grateful for the hospitality we have received.\n\n"
        "We are also concerned about the pace of the melting of Antarctic ice."
    )
    found = published_by(nlp, text, issuer="NOR", day=DAY)
    assert found["welcomes"].actor_ids == ("NOR",)
    assert "NOR" not in found["are also concerned about"].actor_ids


def test_an_acronym_of_a_force_does_not_spread_its_names_state(
    nlp: Language,
) -> None:
    text = (
        "KHARTOUM - Sudan's paramilitary Rapid Support Forces (RSF) attacked the"
        " city. The RSF said it had taken the airport."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ()


def test_an_envoy_summoned_and_warned_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Russia's ambassador was summoned to the Polish foreign ministry and warned"
        " that Poland would respond."
    )
    assert all("RUS" not in s.actor_ids for s in statements(nlp, text))


def test_a_guest_in_an_opening_phrase_is_not_the_president_in_news(
    nlp: Language,
) -> None:
    text = (
        "Speaking at State House in honour of visiting Finnish President Alexander"
        " Stubb, the President said the two countries share a commitment."
    )
    assert "FIN" not in by_cue(nlp, text)["said"].actor_ids


def test_what_another_said_of_his_country_is_not_the_speakers_threat(
    nlp: Language,
) -> None:
    text = (
        "Macron said Putin had made clear that his country would respond with"
        " full force."
    )
    assert by_cue(nlp, text)["said"].act != "threaten"


def test_a_toast_joined_to_a_stance_is_a_statement(nlp: Language) -> None:
    text = (
        "Xi said: I propose a toast to the friendship between our peoples and call"
        " on all countries to reject hegemonism."
    )
    assert by_cue(nlp, text)["said:"].actor_ids == ("CHN",)


def test_headings_of_one_speech_or_a_topic_are_no_second_speech(
    nlp: Language,
) -> None:
    text = (
        "Opening remarks\n\nWe welcome the agreement.\n\n"
        "Closing remarks\n\nWe will continue to support Ukraine.\n\n"
        "Freedom of speech\n\nWe oppose censorship."
    )
    found = published_by(nlp, text, issuer="USA", day=DAY)
    assert all(s.actor_ids == ("USA",) for s in found.values())
