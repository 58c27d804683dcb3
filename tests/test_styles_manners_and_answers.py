"""Styles, manners and answers (issues 15 and 16). "The two leaders condemned
in the strongest terms X": the manner is no source; a bare "His Excellency"
is whom the release first styled so; an "Answer:" label answers for the
issuer; a briefer the page title names by office speaks for it; the Élysée's
name lines are turns; a question's "President Macron," is whom it asks. And
what gives no state: a council with a name of its own in a body's release,
"a retired Philippine diplomat", "both countries" after a body's "we", a
second title of one person beside a dateline, "our ally" in an opening.
Each runs the real pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by, statements

from extract.nlp.actors import load_registry
from extract.nlp.governing import actors_in


def test_a_manner_before_the_object_is_no_source(nlp: Language) -> None:
    text = (
        "Prime Minister Modi and Prime Minister Ishiba met in Tokyo. The two"
        " leaders condemned in the strongest terms the terrorist attack in"
        " Pahalgam, and called for the perpetrators to be brought to justice."
    )
    found = published_by(nlp, text, issuer="IND")
    condemned = found["condemned in the strongest terms"]
    assert condemned.speaker_mention == "The two leaders"
    assert condemned.actor_ids == ("IND", "JPN")
    assert found["called"].speaker_mention == "The two leaders"


def test_a_text_a_cue_cites_stays_its_source(nlp: Language) -> None:
    text = (
        "The political reforms are stipulated in the Minsk agreements, the"
        " Kremlin said."
    )
    sources = {s.cue: s.speaker_mention for s in statements(nlp, text)}
    assert sources.get("are stipulated in") == "the Minsk agreements", sources


QNA = (
    "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh"
    " Mohammed bin Abdulrahman Al-Thani affirmed that Qatar will continue its"
    " mediation efforts.\n\n"
    "This came in a joint press conference held by His Excellency with His"
    " Excellency Minister of Foreign Affairs of Egypt Dr. Badr Abdelatty in Doha"
    " today.\n\n"
    "His Excellency the Prime Minister said that the two sides discussed the"
    " negotiations.\n\n"
    "His Excellency stressed that the targeting of civilians is a flagrant"
    " violation of international law."
)


def test_a_bare_style_is_the_one_styled_so_who_spoke_just_before(
    nlp: Language,
) -> None:
    found = published_by(nlp, QNA, issuer="QAT")
    assert found["stressed"].speaker_mention == "His Excellency"
    assert found["stressed"].actor_ids == ("QAT",)
    text = (
        "His Majesty King Abdullah II received a phone call from His Majesty King"
        " Mohammed VI of Morocco.\n\n"
        "His Majesty King Mohammed VI expressed solidarity with Jordan. His"
        " Majesty said Morocco stands with the Palestinian people."
    )
    assert published_by(nlp, text, issuer="JOR")["said"].actor_ids == ("MAR",)


def test_a_bare_style_after_a_host_and_a_guest_is_no_one_s(nlp: Language) -> None:
    text = (
        "His Majesty King Abdullah II of Jordan received His Majesty King Charles"
        " III of the United Kingdom in Amman.\n\n"
        "His Majesty thanked his host for the warm welcome."
    )
    assert published_by(nlp, text)["thanked"].actor_ids == ()
    text = (
        "His Excellency President of the Islamic Republic of Iran Masoud"
        " Pezeshkian received in Tehran His Excellency Minister of State Dr."
        " Mohammed bin Abdulaziz Al-Khulaifi.\n\n"
        "During the meeting, His Excellency stressed that Qatar supports dialogue."
    )
    assert "IRN" not in published_by(nlp, text, issuer="QAT")["stressed"].actor_ids


def test_a_bare_style_after_a_guest_styled_first_is_the_guest(
    nlp: Language,
) -> None:
    text = (
        "Prime Minister Modi met His Highness Sheikh Mohamed bin Zayed Al Nahyan,"
        " President of the UAE.\n\n"
        "His Highness appreciated the role played by the Indian community."
    )
    found = published_by(nlp, text, issuer="IND")
    assert found["appreciated"].actor_ids == ("ARE",)


def test_an_answer_label_answers_for_the_issuer(nlp: Language) -> None:
    text = (
        "Question: The Philippine side claims that China's coast guard acted"
        " dangerously. What is your comment?\n\n"
        "Answer: We firmly reject the groundless accusations. We call on the"
        " Philippine side to stop its provocations."
    )
    found = published_by(nlp, text, issuer="CHN")
    assert found["firmly reject"].actor_ids == ("CHN",)
    assert found["call on"].actor_ids == ("CHN",)
    assert found["claims"].actor_ids == ("PHL",)


BRIEFING = (
    "Official Spokesperson, Shri Randhir Jaiswal: Good evening. Foreign Secretary"
    " will brief you.\n\n"
    "Foreign Secretary, Shri Vikram Misri: Thank you. I told them that India"
    " stands by its position.\n\n"
    "Question: Sir, did the two sides discuss trade?\n\n"
    "Foreign Secretary, Shri Vikram Misri: Yes. The two leaders agreed to expand"
    " trade."
)


def test_a_briefer_the_title_names_by_office_speaks_for_the_issuer(
    nlp: Language,
) -> None:
    title = "Transcript of Special Briefing by Foreign Secretary on the visit"
    found = published_by(nlp, BRIEFING, issuer="IND", title=f"{title} to Japan")
    assert found["told"].actor_ids == ("IND",)


def test_an_office_at_a_joint_briefing_is_no_one_s_by_the_title(
    nlp: Language,
) -> None:
    title = "Joint Briefing by Foreign Secretary with the Foreign Minister of Japan"
    found = published_by(nlp, BRIEFING, issuer="IND", title=title)
    assert found["told"].actor_ids == ()


ELYSEE = (
    "Emmanuel MACRON\n\n"
    "Mr President, dear Bola,\n\n"
    "I told the President that France is ready to support the training of"
    " Nigerian forces.\n\n"
    "Bola Ahmed TINUBU\n\n"
    "Thank you, my dear brother Emmanuel.\n\n"
    "We are grateful for France's support on the debt question.\n\n"
    "I urged President Macron to mobilise European partners.\n\n"
    "Question (France 24)\n\n"
    "President Macron, the junta in Niamey accuses Paris of destabilising the"
    " region. Is France still welcome in Africa?\n\n"
    "Emmanuel MACRON\n\n"
    "These accusations are absurd."
)


def test_name_lines_without_a_colon_are_turns(nlp: Language) -> None:
    found = published_by(nlp, ELYSEE, issuer="FRA")
    assert found["told"].actor_ids == ("FRA",)
    assert found["are grateful for"].actor_ids == ("NGA",)
    assert found["urged"].actor_ids == ("NGA",)


def test_a_question_s_opening_name_is_whom_it_asks(nlp: Language) -> None:
    found = published_by(nlp, ELYSEE, issuer="FRA")
    assert found["accuses"].speaker_mention == "the junta in Niamey"
    assert found["accuses"].actor_ids == ()


def test_one_name_line_makes_no_transcript(nlp: Language) -> None:
    text = (
        "Emmanuel MACRON\n\n"
        "President Macron said France is ready to support the training of"
        " Nigerian forces. We are grateful, Nigeria's president added."
    )
    found = published_by(nlp, text)
    assert found["said"].actor_ids == ("FRA",)
    assert found["added"].actor_ids == ("NGA",)


def test_a_state_s_council_is_not_the_issuer_s(
    nlp: Language,
) -> None:
    text = (
        "The Secretary-General notes the decision to extend the transition. The"
        " Transitional Presidential Council said the elections would be held in"
        " 2026."
    )
    found = published_by(nlp, text, issuer="UNSG")
    assert found["said"].actor_ids == ()
    text = "The Council said the elections would be held in 2026."
    assert published_by(nlp, text, issuer="AU")["said"].actor_ids == ("AU",)


def test_the_peace_and_security_council_is_the_african_union_s(
    nlp: Language,
) -> None:
    text = "The Peace and Security Council demands that all parties cease hostilities."
    assert published_by(nlp, text, issuer="AU")["demands"].actor_ids == ("AU",)
    text = "The African Union's Peace and Security Council said the vote must go ahead."
    assert published_by(nlp, text)["said"].actor_ids == ("AU",)


def test_a_retired_official_speaks_for_no_state(nlp: Language) -> None:
    for who in ["a retired Philippine diplomat", "a retired Philippine general"]:
        text = f"Francisco Dela Paz, {who}, said the ruling was final."
        assert published_by(nlp, text)["said"].actor_ids == (), who


def test_both_countries_are_never_a_body(nlp: Language) -> None:
    text = (
        "We, the Foreign Ministers of the Member States of ASEAN, met in Kuala"
        " Lumpur. We were briefed by Cambodia and Thailand on the situation along"
        " their common border. Both countries expressed their commitment to"
        " resolve the matter peacefully."
    )
    found = published_by(nlp, text, issuer="ASEAN")
    assert "ASEAN" not in found["expressed their commitment"].actor_ids


def test_a_second_title_of_one_person_takes_no_dateline_s_state(
    nlp: Language,
) -> None:
    text = (
        "CAIRO — The talks resumed on Tuesday.\n\n"
        "Qatar's Prime Minister and Foreign Minister said the talks were hard."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("QAT",)


def test_our_ally_in_an_opening_makes_no_joint_we(nlp: Language) -> None:
    text = (
        "The United States stands with our ally, the Philippines, in the face of"
        " dangerous actions. We call on the PRC to desist from its provocative"
        " behavior."
    )
    assert published_by(nlp, text, issuer="USA")["call on"].actor_ids == ("USA",)


def test_a_passive_in_case_of_what_may_happen_is_no_statement(
    nlp: Language,
) -> None:
    text = (
        "We, the G7 Foreign Ministers, met in Quebec. We discussed imposing"
        " further costs on Russia in case such a ceasefire is not agreed."
    )
    cues = [s.cue for s in statements(nlp, text)]
    assert cues == ["discussed"], cues


def test_taking_the_necessary_measures_threatens(nlp: Language) -> None:
    for text in [
        "Iran said it will not hesitate to take the necessary measures.",
        "Iran said it will take all the necessary measures to defend itself.",
    ]:
        assert published_by(nlp, text)["said"].act == "threaten", text


def test_what_should_be_done_is_no_report_of_a_meeting(nlp: Language) -> None:
    text = (
        "Sergey Lavrov will hold talks with Foreign Minister Choe Son Hui.\n\n"
        "Question: Who attacked the hospital?\n\n"
        "Maria Zakharova: But the question should be addressed to Kiev, whose"
        " drones attacked the town."
    )
    cues = [s.cue for s in statements(nlp, text)]
    assert "should be addressed" not in cues, cues


def test_a_body_s_spokesperson_by_acronym_is_not_the_issuer_s(
    nlp: Language,
) -> None:
    text = (
        "We would also like to recall that the EC spokesperson stated that the"
        " tariffs were illegal."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert found["stated"].actor_ids == ()


def test_an_issuer_s_own_wish_to_say_is_its_statement(nlp: Language) -> None:
    text = (
        "We would like to warn Helsinki that any steps to deploy American military"
        " facilities will not go unanswered. I would like to stress that Russia is"
        " ready for talks."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert found["would like to warn"].actor_ids == ("RUS",)
    assert found["would like to stress"].actor_ids == ("RUS",)


def test_a_wish_to_say_in_a_quotation_of_the_news_stays_unread(
    nlp: Language,
) -> None:
    text = '"We would like to stress that the talks are over," the minister said.'
    cues = [s.cue for s in statements(nlp, text)]
    assert cues == ["said"], cues


def test_what_is_not_for_sale_takes_no_side(nlp: Language) -> None:
    text = "Frederiksen told reporters that Greenland is not for sale."
    found = {s.cue: s for s in statements(nlp, text)}
    assert list(found) == ["told"], list(found)
    text = "Russia is firmly against any escalation."
    assert [s.act for s in statements(nlp, text)] == ["reject"]


def test_a_ministry_of_another_kind_before_names_no_spokesperson_s_state(
    nlp: Language,
) -> None:
    text = (
        "South Korea's Unification Ministry said it regretted the rhetoric. Foreign"
        " ministry spokesperson Guo Jiakun called on all parties to exercise"
        " restraint."
    )
    found = published_by(nlp, text)
    assert "KOR" not in found["called on"].actor_ids
    text = (
        "Iran's foreign ministry said the talks were over. Foreign ministry"
        " spokesman Esmaeil Baghaei said the talks would resume."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("IRN",)


def test_it_after_another_government_is_not_the_subject_s(nlp: Language) -> None:
    text = (
        "The EU calls on the Government of the DRC to end all cooperation with the"
        " FDLR, as it committed to do under the Luanda process."
    )
    assert published_by(nlp, text, issuer="EU")["committed"].actor_ids == ()
    text = "The EU funded the studies, as it considers research a priority."
    assert published_by(nlp, text, issuer="EU")["considers"].actor_ids == ("EU",)


def test_ministers_hung_on_their_portfolio_are_still_the_body_s(
    nlp: Language,
) -> None:
    text = (
        "1. The BRICS Ministers of Foreign Affairs/International Relations met on"
        " 28-29 April 2025 in Rio de Janeiro, Brazil.\n\n"
        "2. The Ministers reaffirmed their commitment to multilateralism."
    )
    found = published_by(nlp, text, issuer="BRICS")
    assert found["reaffirmed"].actor_ids == ("BRICS",)


def test_a_king_styled_his_majesty_is_still_the_registry_s(nlp: Language) -> None:
    text = (
        "His Majesty King Abdullah II, His Excellency President Abdel Fattah"
        " El-Sisi of the Arab Republic of Egypt, and His Excellency President"
        " Mahmoud Abbas of the State of Palestine held a tripartite summit in"
        " Amman. The three leaders stressed the need for an immediate ceasefire."
    )
    found = published_by(nlp, text, issuer="JOR")
    assert found["stressed"].actor_ids == ("JOR", "EGY", "PSE")


def test_a_body_s_own_organs_by_name_are_the_body_s(nlp: Language) -> None:
    for issuer, text in [
        ("EU", "The Foreign Affairs Council condemned the Russian strikes on Kyiv."),
        ("OSCE", "The Permanent Council expressed concern about the situation."),
        ("GCC", "The Ministerial Council stressed the importance of dialogue."),
    ]:
        found = list(published_by(nlp, text, issuer=issuer).values())
        assert found[0].actor_ids == (issuer,), text
    text = "The Sovereign Council said the elections would be held in 2026."
    assert published_by(nlp, text, issuer="AU")["said"].actor_ids == ()


def test_a_thing_before_a_manner_stays_no_source(nlp: Language) -> None:
    text = (
        "The resolution, sponsored by the United States, condemned in the"
        " strongest terms the attacks by Hamas."
    )
    found = published_by(nlp, text)["condemned in the strongest terms"]
    assert found.actor_ids == ()


def test_a_release_s_press_contacts_make_no_transcript(nlp: Language) -> None:
    text = (
        "The EU condemns the attack on the hospital in Sumy. We call on Russia to"
        " stop its aggression immediately.\n\n"
        "Press contacts\n\n"
        "Anitta HIPPER\n\n"
        "Lead Spokesperson for Foreign Affairs and Security Policy\n\n"
        "Anouar EL ANOUNI\n\n"
        "Spokesperson for Foreign Affairs and Security Policy"
    )
    assert published_by(nlp, text, issuer="EU")["call on"].actor_ids == ("EU",)


def test_an_answer_after_a_guest_s_header_is_the_guest_s(
    nlp: Language,
) -> None:
    text = (
        "Interview of Armenian Foreign Minister Ararat Mirzoyan to TASS\n\n"
        "Question: How do you assess relations with Russia?\n\n"
        "Answer: We believe that Armenia must diversify its security."
    )  # not the issuer's; the header's title names the guest's state
    assert published_by(nlp, text, issuer="RUS")["believe"].actor_ids == ("ARM",)


def test_two_briefers_of_one_office_are_neither_the_title_s(
    nlp: Language,
) -> None:
    text = (
        "Foreign Secretary, Shri Vikram Misri: Good afternoon.\n\n"
        "Foreign Secretary, Mr Amrit Rai: Thank you. I said that Nepal values the"
        " support.\n\n"
        "Question: Did you discuss the border?\n\n"
        "Foreign Secretary, Shri Vikram Misri: Yes."
    )
    title = "Media Briefing by Foreign Secretary following talks with Nepal"
    found = published_by(nlp, text, issuer="IND", title=title)
    assert found["said"].actor_ids == ()


def test_first_person_a_release_reports_is_not_the_issuer_s(
    nlp: Language,
) -> None:
    text = (
        "President Marcos met Prime Minister Albanese in Manila.\n\n"
        "I would like to stress that Australia rejects any coercion in the South"
        " China Sea, the Prime Minister said."
    )
    found = published_by(nlp, text, issuer="PHL")
    assert "would like to stress" not in found, list(found)
    text = (
        "Prime Minister Ishiba delivered the following remarks:\n\n"
        "We would like to stress that Japan and India share a vision."
    )
    assert "would like to stress" not in published_by(nlp, text, issuer="IND")


def test_a_question_s_name_before_a_relative_clause_is_the_source(
    nlp: Language,
) -> None:
    text = (
        "Emmanuel MACRON\n\n"
        "We support Ukraine.\n\n"
        "Question (AFP)\n\n"
        "President Zelensky, who is in Washington today, said Ukraine will never"
        " cede territory. Do you agree?\n\n"
        "Emmanuel MACRON\n\n"
        "Yes."
    )
    assert published_by(nlp, text, issuer="FRA")["said"].actor_ids == ("UKR",)


def test_it_after_owners_named_is_still_the_subject_s(nlp: Language) -> None:
    text = (
        "The United States condemns Russia's strikes on Ukraine's energy grid, and"
        " it calls on Moscow to agree to a ceasefire."
    )
    assert published_by(nlp, text, issuer="USA")["calls on"].actor_ids == ("USA",)


def test_what_must_be_condemned_is_still_condemned(nlp: Language) -> None:
    text = "The attack on the peacekeepers must be condemned in the strongest terms."
    assert [s.act for s in statements(nlp, text)] == ["criticise"]


def test_a_ministry_spelled_the_other_way_is_the_same(nlp: Language) -> None:
    text = (
        "Japan's Ministry of Defense said it scrambled jets. Defence ministry"
        " spokesperson Kenji Sato said the jets returned safely."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found] == [("JPN",), ("JPN",)]


def test_steps_to_protect_one_s_own_are_no_threat(nlp: Language) -> None:
    text = (
        "The Indian Embassy said it will take all the necessary steps to evacuate"
        " Indian students from Iran."
    )
    assert published_by(nlp, text)["said"].act != "threaten"


def test_an_operative_verb_after_a_plural_clause_is_the_body_s(
    nlp: Language,
) -> None:
    text = (
        "The Peace and Security Council of the African Union (AU), at its 1250th"
        " meeting,\n\n"
        "4. Demands that all parties immediately cease hostilities and insists that"
        " the parties must refrain from attacks on civilian infrastructure;"
    )
    found = published_by(nlp, text, issuer="AU")
    assert found["Demands"].content == "that all parties immediately cease hostilities"
    assert found["insists"].actor_ids == ("AU",)


def test_another_body_s_secretary_general_is_not_the_un_s(nlp: Language) -> None:
    text = (
        "The Secretary-General of the League, Ahmed Aboul Gheit, warned that the"
        " humanitarian catastrophe in the Sudan risks spreading."
    )
    assert "UNSG" not in published_by(nlp, text, issuer="LAS")["warned"].actor_ids
    text = "The Secretary-General of the United Nations said the truce must hold."
    assert published_by(nlp, text)["said"].actor_ids == ("UNSG",)


def test_what_was_not_mentioned_is_no_one_s_statement(nlp: Language) -> None:
    text = (
        "The Ukrainian armed forces shelled Donetsk on 14 March, yet this was not"
        " mentioned."
    )
    assert statements(nlp, text) == []


def test_a_state_s_ambassador_to_the_un_speaks_for_the_state(
    nlp: Language,
) -> None:
    for text in [
        "The Chinese U.N. ambassador said the resolution was unbalanced.",
        "China's U.N. envoy said the resolution was unbalanced.",
    ]:
        assert published_by(nlp, text)["said"].actor_ids == ("CHN",), text


def test_a_heading_line_is_no_speaker(nlp: Language) -> None:
    text = (
        "Highlights of the noon briefing\n\n"
        "**Sudan\n"
        "The Secretary-General welcomes the announcement of a humanitarian truce."
    )
    found = published_by(nlp, text, issuer="UN")["welcomes"]
    assert found.speaker_mention == "The Secretary-General"
    assert found.actor_ids == ("UNSG",)


def test_where_an_ambassador_serves_writes_no_joint_text(nlp: Language) -> None:
    text = (
        "Chinese Ambassador to the UK Zheng Zeguang published a signed article in"
        " The Times.\n\n"
        "We welcome British companies to invest and grow in China."
    )
    assert published_by(nlp, text, issuer="CHN")["welcome"].actor_ids == ("CHN",)


def test_operative_paragraphs_after_a_body_and_a_colon(nlp: Language) -> None:
    text = (
        "The Peace and Security Council of the African Union (AU), at its 1251st"
        " meeting held on 20 May 2025, acting under Article 7 of its Protocol, the"
        " Peace and Security Council:\n\n"
        "1. Welcomes the outcome of the joint EAC-SADC Summit;\n\n"
        "2. Expresses deep concern over the humanitarian situation in Goma;\n\n"
        "3. Rejects any attempt to balkanize the DRC."
    )
    found = published_by(nlp, text, issuer="AU")
    assert [found[c].actor_ids for c in ["Welcomes", "Rejects"]] == [("AU",)] * 2


def test_a_colon_after_a_finite_verb_still_opens_its_paragraph(
    nlp: Language,
) -> None:
    text = 'The minister told reporters:\n\n"We will not give up."'
    assert published_by(nlp, text)["told"].content == '"We will not give up."'


def test_bullets_under_a_subject_are_its_statements(nlp: Language) -> None:
    text = (
        "Prime Minister Narendra Modi spoke with President Cyril Ramaphosa.\n\n"
        "The two leaders:\n"
        "- reviewed the progress in the Strategic Partnership;\n"
        "- welcomed the increase in bilateral trade;\n"
        "- visited the memorial;\n"
        "- agreed to work closely towards the success of the G20 Summit."
    )
    found = published_by(nlp, text, issuer="IND")
    assert set(found) == {"reviewed", "welcomed", "agreed"}, list(found)
    assert found["welcomed"].actor_ids == ("IND", "ZAF")
    assert (
        found["agreed"].content
        == "to work closely towards the success of the G20 Summit"
    )


def test_he_is_never_the_one_who_said_i(nlp: Language) -> None:
    text = (
        "Kathimerini: Mr Fidan also said that Ankara expects reciprocity.\n\n"
        "Gerapetritis: I have explained to Hakan that the treaty is not up for"
        " revision. He listened, and he told me that Turkey does not seek a crisis."
    )
    assert "GRC" not in published_by(nlp, text, issuer="GRC")["told"].actor_ids


def test_when_a_partner_was_met_names_no_participant(nlp: Language) -> None:
    text = (
        "Foreign Minister Sugiono sat down with The Jakarta Post ahead of the ASEAN"
        " foreign ministers' retreat.\n\n"
        "We regret the decision. Our minister has proposed a package."
    )
    found = published_by(nlp, text, issuer="IDN")
    assert found["has proposed"].actor_ids == ("IDN",)


def test_one_side_ready_for_a_deal_fair_to_both_is_one_side(
    nlp: Language,
) -> None:
    text = (
        "PRESIDENT LULA: We discussed trade.\n\n"
        "PRESIDENT RAMAPHOSA: We are engaging with the US administration. We are"
        " ready to sit down and negotiate a trade deal that is fair to both sides."
    )
    found = published_by(nlp, text, issuer="BRA")
    assert found["are ready"].actor_ids == ("ZAF",)


def test_a_speaker_after_a_participle_s_opener_is_the_source(
    nlp: Language,
) -> None:
    text = (
        "Speaking on behalf of the Organisation of Islamic Cooperation, the"
        " representative of Saudi Arabia said that the Rohingya had endured"
        " decades of exclusion."
    )
    found = published_by(nlp, text, issuer="UN")["said"]
    assert found.speaker_mention == "the representative of Saudi Arabia"
    assert found.actor_ids == ("SAU",)


def test_what_seems_is_still_no_one_s(nlp: Language) -> None:
    text = "The Communist Party appears weaker and thus more vulnerable to that."
    assert all(s.speaker_mention is None for s in statements(nlp, text))


def test_a_list_with_an_oxford_comma_is_every_member(nlp: Language) -> None:
    text = (
        "Japan, Australia, and the European Union have also expressed concern"
        " about the launch."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found] == [("JPN", "AUS", "EU")]


def test_an_op_ed_s_ambassador_writes_for_the_state_that_sent_them(
    nlp: Language,
) -> None:
    text = (
        "By Zheng Zeguang, Chinese Ambassador to the UK\n\n"
        "This year marks an important anniversary. We welcome British companies to"
        " invest in China."
    )
    assert published_by(nlp, text)["welcome"].actor_ids == ("CHN",)
    text = (
        "This year marks an important anniversary. We welcome British companies to"
        " invest in China.\n\n"
        "The author is the Ambassador of Indonesia to the United Kingdom."
    )
    assert published_by(nlp, text)["welcome"].actor_ids == ("IDN",)
    text = (
        "We welcome British companies to invest in China.\n\n"
        "The writer is a former Indian ambassador to China."
    )
    assert published_by(nlp, text)["welcome"].actor_ids == ()


def test_bullets_under_no_speaker_are_no_statements(nlp: Language) -> None:
    for text in [
        "Russian attacks on Kharkiv overnight:\n- killed five civilians;\n"
        "- damaged a hospital.",
        "On Ukraine, the European Council:\n- reaffirmed its unwavering support for"
        " Ukraine;\n- condemned Russia's war of aggression.",
    ]:
        found = published_by(nlp, text, issuer="EU")
        assert all("UKR" not in s.actor_ids for s in found.values()), text
        assert "killed" not in found, text
        assert "damaged" not in found, text


def test_a_draft_s_sponsors_are_no_body_of_its_paragraphs(nlp: Language) -> None:
    text = (
        "Draft resolution submitted by France, Germany and the United Kingdom:\n\n"
        "1. Condemns the attacks on civilians;\n\n"
        "2. Demands an immediate ceasefire."
    )
    found = published_by(nlp, text, issuer="UN")
    assert all(s.actor_ids == () for s in found.values()), found


def test_a_nationality_on_a_un_envoy_is_not_a_state_s(nlp: Language) -> None:
    text = "Norwegian U.N. envoy Tor Wennesland said the violence must stop."
    assert published_by(nlp, text)["said"].actor_ids != ("NOR",)


def test_a_ministry_s_spokesperson_in_another_capital(nlp: Language) -> None:
    text = (
        "Iran's foreign ministry summoned the German envoy. In Berlin, the"
        " ministry's spokesperson said that Germany rejected the accusations."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("DEU",)


def test_an_acting_envoy_is_no_opener(nlp: Language) -> None:
    text = (
        "Acting UN envoy for Libya, Stephanie Williams, said that elections must be"
        " held this year."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("UN",)


def test_lines_of_an_address_or_a_list_are_no_headings(nlp: Language) -> None:
    text = (
        "Embassy of India\nWashington DC\nThe Embassy strongly rejects the"
        " allegations made in the report."
    )
    assert published_by(nlp, text, issuer="IND")["strongly rejects"].actor_ids == (
        "IND",
    )


def test_what_both_signed_together_is_both_s(nlp: Language) -> None:
    text = (
        "PRESIDENT LULA: We discussed trade.\n\n"
        "PRESIDENT RAMAPHOSA: We are happy to have signed these agreements together."
    )
    found = published_by(nlp, text, issuer="BRA")
    assert set(found["are happy"].actor_ids) == {"ZAF", "BRA"}


def test_officials_met_there_from_a_state_are_partners(nlp: Language) -> None:
    text = (
        "Minister Jaishankar met with officials there from Japan.\n\n"
        "We agreed to deepen cooperation."
    )
    assert set(published_by(nlp, text, issuer="IND")["agreed"].actor_ids) == {
        "IND",
        "JPN",
    }


def test_a_place_visited_is_no_one_served(nlp: Language) -> None:
    text = (
        "NATO Secretary General Mark Rutte, visiting Warsaw, said the alliance"
        " would defend every inch of its territory."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("NATO",)


def test_pressing_on_with_an_offensive_is_no_appeal(nlp: Language) -> None:
    text = "Talks resumed in Cairo as Israel pressed on with its offensive in Rafah."
    assert statements(nlp, text) == []
    text = "The minister pressed Iran to return to the talks."
    assert [s.act for s in statements(nlp, text)] == ["appeal"]


def test_where_an_armed_group_is_is_not_whom_it_serves(nlp: Language) -> None:
    text = "Yemen's Houthi rebels said they had fired missiles at a ship."
    assert published_by(nlp, text)["said"].actor_ids == ("HOUTHI",)
    text = "Russia's UN mission said the vote was illegal."
    assert published_by(nlp, text)["said"].actor_ids == ("RUS",)


def test_the_diplomat_is_the_unnamed_diplomat_before(nlp: Language) -> None:
    text = (
        "Russia's deputy foreign minister Sergei Ryabkov said the talks were over."
        ' A Western diplomat said the offer was final. "It is done," the diplomat'
        " said."
    )
    found = statements(nlp, text)
    assert found[-1].speaker_mention == "the diplomat"
    assert found[-1].actor_ids == ()
    text = 'A senior US official said the offer was final. "Done," the official said.'
    assert [s.actor_ids for s in statements(nlp, text)] == [("USA",), ("USA",)]


def test_answers_after_a_briefing_s_long_opening_are_the_issuer_s(
    nlp: Language,
) -> None:
    text = (
        "14 May 2025, Ankara\n\n"
        "1. The Spokesperson began by informing the press about the contacts of"
        " Minister of Foreign Affairs Hakan Fidan with Ukraine. Minister Fidan"
        " attended the NATO meeting in Antalya, where Allies discussed support to"
        " Ukraine.\n\n"
        "QUESTION: Greece has protested the deployment of a research vessel. What"
        " is your comment?\n\n"
        "ANSWER: We reject the claims put forward by the Greek side."
    )
    assert published_by(nlp, text, issuer="TUR")["reject"].actor_ids == ("TUR",)


def test_actors_of_words_across_sentences_are_read_to_the_end(
    nlp: Language,
) -> None:
    doc = nlp("Talks were held in Ankara. Ukraine attended the meeting.")
    assert actors_in(doc[:], load_registry()) == ("UKR",)


def test_his_highness_in_a_republic_s_briefing_is_its_guest(
    nlp: Language,
) -> None:
    text = (
        "Shri Randhir Jaiswal, Official Spokesperson: Good evening. Foreign"
        " Secretary will brief you.\n\n"
        "Foreign Secretary, Shri Vikram Misri: The two leaders reviewed the"
        " partnership. His Highness appreciated the role played by the Indian"
        " community in the development of the UAE.\n\n"
        "Question: Did they discuss trade?\n\n"
        "Foreign Secretary, Shri Vikram Misri: Yes."
    )
    title = "Transcript of Special Briefing by Foreign Secretary on the visit of"
    found = published_by(nlp, text, issuer="IND", title=f"{title} PM to the UAE")
    assert found["appreciated"].actor_ids != ("IND",)


def test_an_op_ed_by_no_state_s_serving_official_speaks_for_none(
    nlp: Language,
) -> None:
    body = "\n\nWe welcome the new agreement and we urge all sides to implement it."
    for byline in [
        "By Michael McFaul, U.S. Ambassador to Russia from 2012 to 2014",
        "By Michael Hart, President of the American Chamber of Commerce in China",
        "By Hans Grundberg, UN Special Envoy for Yemen",
        "By Jorge Toledo, EU Ambassador in China",
        "By late Tuesday, Iranian Foreign Minister Abbas Araghchi had left Oman",
    ]:
        found = published_by(nlp, byline + body)
        assert found["welcome"].actor_ids == (), byline
    found = published_by(
        nlp, "By Sergei Lavrov, Russian Minister of Foreign Affairs" + body
    )
    assert found["welcome"].actor_ids == ("RUS",)


def test_an_answer_after_an_unknown_interviewee_is_no_one_s(nlp: Language) -> None:
    text = (
        "Interview of Mr Ararat Mirzoyan to the newspaper Izvestia\n\n"
        "Question: What about Gaza?\n\n"
        "Answer: We call on Israel to stop the strikes immediately."
    )
    assert published_by(nlp, text, issuer="RUS")["call on"].actor_ids == ()


def test_his_highness_named_before_is_his_state_s(nlp: Language) -> None:
    text = (
        "Prime Minister Modi met His Highness Sheikh Mohamed bin Zayed Al Nahyan in"
        " Abu Dhabi.\n\n"
        "His Highness welcomed the growing partnership."
    )
    assert published_by(nlp, text, issuer="IND")["welcomed"].actor_ids == ("ARE",)


def test_pressing_ahead_with_plans_is_no_appeal(nlp: Language) -> None:
    text = "Russia pressed ahead with its offensive in Kharkiv despite the talks."
    assert statements(nlp, text) == []


def test_it_after_a_body_named_between_is_no_one_s(nlp: Language) -> None:
    text = (
        "Iran welcomed the decision of the IAEA after it said Tehran had complied"
        " with the agreement."
    )
    found = {s.cue: s for s in statements(nlp, text)}
    assert "IRN" not in found["said"].actor_ids
