"""Briefings, speeches and threats (issues 15 and 16): a briefing's numbered
"3. QUESTION:" and "ANSWER:" labels are turns, so the answer's "we" is the
issuer's; a title that threatens a deed ("The Israeli Prime Minister has
threatened military action") is a threat of that state's, where what is
endangered is not; a delegation's "we" is every state it speaks for; and what
gives no state: the visiting minister as the host, observers, a council named
for a cause, a former office, forces posted abroad, a special rapporteur. Each
runs the real pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by, statements

NUMBERED_BRIEFING = (
    "No: 12, Press Briefing by the Spokesperson\n\n"
    "1. QUESTION: What is the Ministry's position on the new sanctions?\n\n"
    "ANSWER: We reject unilateral sanctions that harm civilians.\n\n"
    "2. QUESTION: Will the Minister travel to Baku?\n\n"
    "ANSWER: The Minister will travel to Baku next week. We believe the peace"
    " process must be supported by all."
)


def test_a_numbered_question_label_opens_a_turn(nlp: Language) -> None:
    found = published_by(nlp, NUMBERED_BRIEFING, issuer="TUR")
    assert found["reject"].actor_ids == ("TUR",)
    assert found["believe"].actor_ids == ("TUR",)


def test_a_numbered_heading_is_no_turn_label(nlp: Language) -> None:
    text = (
        "Weekly briefing of the Ministry\n\n"
        "1. Ukraine: We condemn the strikes on the energy grid.\n\n"
        "2. Sudan: We call on the parties to agree to a ceasefire."
    )
    found = published_by(nlp, text, issuer="NOR")
    assert found["condemn"].actor_ids == ("NOR",)
    assert found["call on"].actor_ids == ("NOR",)


def test_a_title_threatening_a_deed_threatens(nlp: Language) -> None:
    text = (
        "The Israeli Prime Minister has threatened military action against"
        " Hezbollah if the attacks continue."
    )
    found = published_by(nlp, text)
    threat = found["has threatened"]
    assert threat.act == "threaten"
    assert threat.actor_ids == ("ISR",)
    assert threat.content.startswith("military action")


def test_a_threatened_person_is_no_deed_threatened(nlp: Language) -> None:
    found = statements(nlp, "The Prime Minister threatened the journalist.")
    assert found == [], [(s.cue, s.content) for s in found]


def test_things_that_threaten_make_no_statement(nlp: Language) -> None:
    found = statements(nlp, "The crisis has threatened the stability of the region.")
    assert found == [], [(s.cue, s.content) for s in found]


def test_the_visiting_minister_is_the_guest_not_the_host(nlp: Language) -> None:
    text = (
        "President Abdel Fattah El-Sisi held talks today with Danish Foreign"
        " Minister Lars Henriksen. The visiting minister expressed his country's"
        " support for the plan."
    )
    found = published_by(nlp, text, issuer="EGY")
    support = next(s for c, s in found.items() if c.startswith("expressed"))
    assert support.actor_ids == ("DNK",)


def test_the_visiting_minister_no_one_names_is_no_ones(nlp: Language) -> None:
    text = (
        "President Abdel Fattah El-Sisi received a delegation today. The visiting"
        " minister expressed support for the plan."
    )
    found = published_by(nlp, text, issuer="EGY")
    assert found["expressed support for"].actor_ids == ()


def test_observers_are_not_the_meeting_s_sides(nlp: Language) -> None:
    text = (
        "The 23rd international meeting on Syria in the Astana format was held in"
        " Astana. Representatives of Jordan, Iraq and Lebanon took part as"
        " observers. Iran, Russia and Türkiye reaffirmed their commitment to the"
        " sovereignty of Syria. The three countries condemned the Israeli attacks."
    )
    found = published_by(nlp, text, issuer="KAZ")
    assert set(found["condemned"].actor_ids) == {"IRN", "RUS", "TUR"}


def test_a_council_named_for_a_cause_is_no_state_s_organ(nlp: Language) -> None:
    text = (
        "The Norwegian Refugee Council says that shelter and food are the most"
        " urgent needs. The Norwegian Helsinki Committee said the trial was"
        " unfair. The Russian Security Council said the threat was real."
    )
    found = published_by(nlp, text)
    assert found["says"].actor_ids == ()
    said = [s for s in statements(nlp, text) if s.cue == "said"]
    assert [s.actor_ids for s in said] == [(), ("RUS",)]


def test_the_state_of_an_office_once_held_is_not_the_speaker_s(
    nlp: Language,
) -> None:
    text = (
        "Ambassador Enrique Berruga, a former Permanent Representative of Mexico,"
        " said the veto was meant to be used sparingly."
    )
    assert published_by(nlp, text)["said"].actor_ids == ()


def test_reports_by_a_body_alleging_are_the_body_s(nlp: Language) -> None:
    text = (
        "5. Nigeria notes with concern reports by Amnesty International alleging"
        " that civilians in the region have also suffered abuses by armed groups"
        " and self-defence militias, and calls for investigations."
    )
    found = published_by(nlp, text, issuer="NGA")
    alleging = found["alleging"]
    assert alleging.speaker_mention == "Amnesty International"
    assert alleging.actor_ids == ()


def test_no_state_accuses_itself(nlp: Language) -> None:
    text = (
        "Pakistan's Foreign Office said that India was behind the blasts and"
        " accused New Delhi of sponsoring terrorism."
    )
    accused = published_by(nlp, text)["accused"]
    assert accused.actor_ids == ("PAK",)
    assert accused.speaker_mention == "Pakistan's Foreign Office"


def test_shrugging_off_criticism_rejects_it(nlp: Language) -> None:
    found = published_by(nlp, "Athens shrugged off the criticism.")
    assert found["shrugged off"].act == "reject"


def test_a_call_confirmed_is_no_appeal_but_a_call_renewed_is(nlp: Language) -> None:
    text = (
        "The Omani foreign ministry confirmed the call. The ministers renewed"
        " their call to end the war."
    )
    found = published_by(nlp, text)
    assert found["confirmed"].act == "state"
    assert found["renewed"].act == "appeal"


def test_vowing_to_strike_back_threatens_but_protecting_does_not(
    nlp: Language,
) -> None:
    text = (
        "Iran vowed to strike back at Israel. The EU pledged to protect Ukraine"
        " against further attacks."
    )
    found = published_by(nlp, text)
    assert found["vowed"].act == "threaten"
    assert found["pledged"].act != "threaten"


def test_a_hyphenated_surname_is_the_person_named_in_full(nlp: Language) -> None:
    text = (
        "Ghana's Foreign Minister Kwabena Asante-Mensah said the talks were"
        " useful. Asante-Mensah said Niger was ready to talk."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found if s.cue == "said"] == [("GHA",), ("GHA",)]


def test_the_first_of_two_surnames_is_the_person_named_in_full(
    nlp: Language,
) -> None:
    text = (
        "Paraguayan Foreign Minister Ruben Ortiz Benitez said the deal was dead."
        " Ortiz said farmers were angry."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found if s.cue == "said"] == [("PRY",), ("PRY",)]


def test_a_negated_or_embedded_threat_is_no_threat(nlp: Language) -> None:
    text = (
        "The United States has not threatened sanctions over the incident, a"
        " State Department spokesperson said. French Foreign Minister Jean-Noel"
        " Barrot said Europe would not allow any country to threaten its borders."
    )
    found = statements(nlp, text)
    assert not [s for s in found if s.act == "threaten"], [s.cue for s in found]


def test_forces_named_for_where_they_serve_are_their_state_s(nlp: Language) -> None:
    text = (
        "The U.S. Forces Korea said the exercises were defensive. U.S. Forces Japan"
        " said the drills would go ahead."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found] == [("USA",), ("USA",)]


def test_a_clause_of_heading_a_body_s_office_still_serves_it(nlp: Language) -> None:
    text = (
        "Presenting the report, Ignacio Benavente Quispe, who also heads the United"
        " Nations Integrated Office in Haiti, said that at least 1,520 people had"
        " been killed."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("UN",)


def test_closing_a_briefing_or_witnessing_a_signing_says_nothing(
    nlp: Language,
) -> None:
    text = (
        "The two leaders witnessed the signing of 14 cooperation documents. That"
        " concludes the briefing. The Quad is not directed against any country."
    )
    found = statements(nlp, text)
    assert found == [], [(s.cue, s.content) for s in found]


def test_not_accepting_that_a_thing_happens_rejects_it(nlp: Language) -> None:
    text = (
        "Poland does not accept that temporary checks on the German side become"
        " permanent."
    )
    found = published_by(nlp, text)["does not accept"]
    assert found.act == "reject"
    assert found.actor_ids == ("POL",)


def test_bodies_of_the_regions_are_in_the_registry(nlp: Language) -> None:
    text = (
        "SADC said the elections were credible. The Council of Europe said the"
        " law was flawed. CARICOM said it stands with Guyana."
    )
    found = statements(nlp, text)
    assert [s.actor_ids for s in found if s.cue == "said"] == [
        ("SADC",),
        ("COE",),
        ("CARICOM",),
    ]


def test_a_special_rapporteur_is_no_state_s(nlp: Language) -> None:
    text = (
        "We thank the Special Rapporteur for her report. The Special Rapporteur"
        " concludes that the authorities continue to use incommunicado detention."
    )
    found = published_by(nlp, text, issuer="LVA")
    assert found["concludes"].actor_ids == ()
    assert found["thank"].actor_ids == ("LVA",)


def test_a_paragraph_s_number_is_no_source(nlp: Language) -> None:
    text = (
        "The Deputies\n\n1. recalled their decisions adopted at previous meetings;"
        "\n\n4. welcomed the progress made in the Register of Damage;"
    )
    found = published_by(nlp, text, issuer="COE")
    assert found["recalled"].speaker_mention is None
    assert found["welcomed"].speaker_mention is None


def test_a_name_after_a_title_of_a_state_has_that_title(nlp: Language) -> None:
    text = (
        "The Minister of Foreign Affairs of Sierra Leone, Fatmata Kamara, arrived"
        " in Rabat. Ms. Kamara reaffirmed her country's support for the plan."
    )
    assert published_by(nlp, text)["reaffirmed"].actor_ids == ("SLE",)


DELEGATION = (
    "Statement on behalf of the Nordic-Baltic countries\n\n"
    "Mr. President,\n\n"
    "I have the honour to speak on behalf of the Nordic-Baltic countries: Denmark,"
    " Estonia, Finland, Iceland, Lithuania, Norway, Sweden and my own country,"
    " Latvia.\n\n"
    "We call on the Belarusian authorities to release all political prisoners.\n\n"
    "I would like to add that Latvia will host a conference on media freedom."
)


def test_a_delegation_s_we_is_every_state_it_speaks_for(nlp: Language) -> None:
    found = published_by(nlp, DELEGATION, issuer="LVA")
    assert set(found["call on"].actor_ids) == {
        "DNK", "EST", "FIN", "ISL", "LTU", "NOR", "SWE", "LVA"
    }  # fmt: skip
    assert found["would like to add"].actor_ids == ("LVA",)  # its delegate


def test_thanking_states_on_one_s_behalf_lists_no_delegation(nlp: Language) -> None:
    text = (
        "Mr. President,\n\n"
        "On behalf of my Government, I thank Russia and China for their support.\n\n"
        "We call on all parties to respect the ceasefire."
    )
    found = published_by(nlp, text, issuer="KEN")
    assert found["call on"].actor_ids == ("KEN",)


def test_a_deed_by_a_state_is_no_report_by_it(nlp: Language) -> None:
    text = (
        "Beijing protested the sale of weapons by Washington warning that it would"
        " take countermeasures."
    )
    assert published_by(nlp, text)["warning"].actor_ids == ("CHN",)


def test_no_one_threatening_and_things_endangered_are_no_threats(
    nlp: Language,
) -> None:
    text = (
        "Neither Russia nor China has threatened countermeasures. Israel threatens"
        " the two-state solution. Russia could threaten escalation."
    )
    found = statements(nlp, text)
    assert not [s for s in found if s.act == "threaten"], [s.cue for s in found]


def test_not_recognising_that_a_thing_is_so_is_no_refusal(nlp: Language) -> None:
    found = statements(nlp, "Japan did not recognise that a treaty was needed.")
    assert not [s for s in found if s.act == "reject"], [s.cue for s in found]


def test_calling_a_statement_hostile_is_still_said(nlp: Language) -> None:
    text = "Moscow called the NATO statement hostile and unacceptable."
    assert published_by(nlp, text)["called"].actor_ids == ("RUS",)


def test_concluding_a_meeting_by_demanding_still_demands(nlp: Language) -> None:
    text = (
        "The Security Council concluded its meeting by demanding an immediate"
        " ceasefire."
    )
    found = statements(nlp, text)
    assert found, "the demand is lost"


def test_a_call_renewed_is_an_appeal_even_when_parsed_apart(nlp: Language) -> None:
    found = published_by(nlp, "Qatar renewed the call to end the war.")
    assert found["renewed"].act == "appeal"


NUMBERED_NAMES = (
    "Department Press Briefing\n\n"
    "1. QUESTION: What is your response to the missile strikes?\n\n"
    "2. MR MILLER: We condemn them and urge Iran to stand down."
)


def test_a_numbered_label_with_a_style_is_a_turn(nlp: Language) -> None:
    found = published_by(nlp, NUMBERED_NAMES, issuer="USA")
    assert found["condemn"].actor_ids == ("USA",)


def test_a_count_opening_a_line_is_no_paragraph_number(nlp: Language) -> None:
    text = (
        "The talks ended without agreement.\n2 officials said the ceasefire would hold."
    )
    assert published_by(nlp, text)["said"].speaker_mention == "2 officials"


def test_a_state_urging_its_own_people_urges_them(nlp: Language) -> None:
    text = (
        "Orban's spokesman said that Hungary was ready and urged Hungarian voters"
        " to reject Brussels."
    )
    found = statements(nlp, text)
    assert not [s for s in found if s.cue == "urged" and s.actor_ids == ()], [
        (s.cue, s.actor_ids) for s in found
    ]


def test_a_minister_for_a_cause_is_still_the_state_s(nlp: Language) -> None:
    text = "The Japanese Olympic Minister said the games would go ahead."
    assert published_by(nlp, text)["said"].actor_ids == ("JPN",)


SPOKESPERSON_BRIEFING = (
    "Official Spokesperson Randhir Jaiswal: Good afternoon. Let me begin with the"
    " visit of the Prime Minister.\n\n"
    "1. QUESTION: Sir, Pakistan has accused India of carrying out killings on its"
    " soil. What is your response?\n\n"
    "2. ANSWER: We reject these allegations. They are false and malicious.\n\n"
)


def test_answers_after_the_one_briefer_s_opening_are_the_briefer_s(
    nlp: Language,
) -> None:
    found = published_by(nlp, SPOKESPERSON_BRIEFING, issuer="IND")
    assert found["reject"].actor_ids == ("IND",)
    assert found["has accused"].actor_ids == ("PAK",)


def test_a_counterpart_welcoming_a_plan_supports_it(nlp: Language) -> None:
    found = published_by(nlp, "His counterpart welcomed the plan.")
    assert found["welcomed"].act == "support"
