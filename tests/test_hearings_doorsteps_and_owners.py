"""Hearings, doorsteps and owners (issues 15 and 16): a hearing's "Senator
RISCH." labels and a committee's "Q101 Chair:" are turns; a doorstep's remarks
before the questions, an unlabelled answer after one and a minister's shortened
label speak with the issuer's voice; a header naming "the Minister of Foreign
Affairs of Brazil, Ambassador X" gives the label "Minister X:" its state; the
guest of the issuer's meeting is the other side. And what gives no state or
body: a company a state's name owns, an organisation whose name ends in a
state's, an office once served, a bare "the Group", the UN's posts in another
body's statement, envoys recalled, a speaker who was asked. Each runs the real
pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import by_cue, published_by, statements

HEARING = (
    "SENATE COMMITTEE ON FOREIGN RELATIONS\n\n"
    "The CHAIRMAN. The committee will come to order. I have long argued that"
    " deterrence is cheaper than war.\n\n"
    "Ms. MARSH. Thank you, Mr. Chairman. Secretary Rubio reaffirmed that"
    " commitment to his Philippine counterpart, Secretary Theresa Lazaro.\n\n"
    "Senator COONS. Thank you. I believe that the treaty covers the shoal.\n\n"
    "Ms. MARSH. Yes, Senator. The Secretary has said that the treaty applies."
)


def test_a_hearings_period_labels_are_turns(nlp: Language) -> None:
    found = published_by(nlp, HEARING, issuer="USA")
    assert found["have long argued"].actor_ids == ()  # the chairman's, no state's
    assert found["believe"].actor_ids == ()  # a senator's


def test_a_bare_title_is_no_surname_of_a_titled_mention(nlp: Language) -> None:
    text = (
        'When we visited Manila, the Philippine Foreign Secretary was blunt. "We'
        ' will not be intimidated," she told us.\n\n'
        "Secretary Rubio has said that the treaty applies. The Secretary has said"
        " that it covers the shoal."
    )
    found = published_by(nlp, text, issuer="USA")
    assert found["has said"].actor_ids != ("PHL",)


def test_a_committees_question_numbers_open_turns(nlp: Language) -> None:
    text = (
        "Oral evidence: UK policy on Russian assets\n\n"
        "Q101 Chair: Minister, welcome. Last week the Russian ambassador described"
        " the plan as theft. How do you respond?\n\n"
        "Mr Okafor: Thank you, Chair. We reject that entirely.\n\n"
        "Q102 Sir Geoffrey Hale: But Belgium has not moved. Is he wrong?\n\n"
        "Mr Okafor: I would not put it that way."
    )
    found = statements(nlp, text)
    assert not [s for s in found if s.cue == ":"], [(s.cue, s.content) for s in found]


DOORSTEP = (
    "Remarks to the press\n\n"
    "We urge all sides to exercise restraint.\n\n"
    "Question: Is the format dead?\n\n"
    "No. I am convinced that it works.\n\n"
    "Question: Does that worry you?\n\n"
    "No. I believe that we will agree."
)


def test_remarks_before_the_questions_are_the_issuers(nlp: Language) -> None:
    found = published_by(nlp, DOORSTEP, issuer="DEU")
    assert found["urge"].actor_ids == ("DEU",)


def test_an_unlabelled_answer_after_a_question_is_the_issuers(nlp: Language) -> None:
    found = published_by(nlp, DOORSTEP, issuer="DEU")
    assert found["am convinced"].actor_ids == ("DEU",)
    assert found["believe"].actor_ids == ("DEU",)


def test_a_question_of_two_lines_is_no_answer(nlp: Language) -> None:
    text = (
        "Remarks to the press\n\n"
        "We urge all sides to exercise restraint.\n\n"
        "Question: Is the format dead?\n\n"
        "You said we show an understanding for these concerns. What steps can"
        " be taken?\n\n"
        "Minister Wadephul: I am convinced that it works.\n\n"
        "Question: Does that worry you?\n\n"
        "Minister Wadephul: I believe that we will agree."
    )
    found = published_by(nlp, text, issuer="DEU")
    assert found["show"].actor_ids == ()


def test_dotted_questions_before_colon_labels_are_the_floors(nlp: Language) -> None:
    text = (
        "Press remarks by the High Representative upon arrival\n\n"
        "I hope we can adopt it today.\n\n"
        "Q. Will you get unanimity?\n\n"
        "HR/VP: I am confident that we will have an agreement.\n\n"
        "Q. What is your response?\n\n"
        "HR/VP: I believe we will find a solution."
    )
    found = published_by(nlp, text, issuer="EU")
    assert found["am confident"].actor_ids == ("EU",)
    assert found["hope"].actor_ids == ("EU",)


def test_a_doorsteps_remarks_name_no_meetings_sides(nlp: Language) -> None:
    text = (
        "Press remarks upon arrival\n\n"
        "Good morning. Russia is not serious about peace. President Zelenskyy has"
        " said he is ready to meet Putin in person.\n\n"
        "Q. Will you get unanimity?\n\n"
        "HR/VP: The Hungarian side has raised some concerns, we are discussing"
        " them.\n\n"
        "Q. What is your response?\n\n"
        "HR/VP: I believe we will find a solution."
    )
    found = published_by(nlp, text, issuer="EU")
    assert found["are discussing"].actor_ids == ("EU",)


def test_a_shortened_label_is_the_same_speaker(nlp: Language) -> None:
    text = (
        "Remarks by Foreign Minister Mehmet Ali Karaca at the Media Stakeout\n\n"
        "FOREIGN MINISTER MEHMET ALİ KARACA: Dear members of the press, we demand"
        " that our Allies honour their commitments.\n\n"
        "JOURNALIST (Anadolu Agency): Minister, your response?\n\n"
        "KARACA: We warn against any attempt to divide Syria.\n\n"
        "JOURNALIST (Euronews): And Greece?\n\n"
        "KARACA: Of course we do not share that assessment."
    )
    found = published_by(nlp, text, issuer="TUR")
    assert found["demand"].actor_ids == ("TUR",)
    assert found["warn against"].actor_ids == ("TUR",)
    assert found["do not share"].actor_ids == ("TUR",)


def test_a_header_names_each_labels_state_before_the_name(nlp: Language) -> None:
    text = (
        "Joint press conference by the Minister of Foreign Affairs of Brazil,"
        " Ambassador Carlos Augusto Ferreira, and the Secretary of Foreign Affairs"
        " of Mexico, Ana Lucía Treviño Garza\n\n"
        "Minister Carlos Augusto Ferreira: Good morning. We are ready to negotiate"
        " in good faith.\n\n"
        "Secretary Ana Lucía Treviño Garza: Thank you. We proposed to Brazil an"
        " initiative on firearms.\n\n"
        "Question (Folha): Minister, how will Brazil respond?\n\n"
        "Minister Ferreira: I thanked the Secretary for her support.\n\n"
        "Secretary Treviño: We do not believe that tariffs help."
    )
    found = published_by(nlp, text, issuer="BRA")
    assert found["are ready"].actor_ids == ("BRA",)
    assert found["thanked"].actor_ids == ("BRA",)
    assert found["proposed"].actor_ids == ("MEX",)
    assert found["do not believe"].actor_ids == ("MEX",)


HOSTED = (
    "Cairo, 2 May 2026\n\n"
    "President Abdel Fattah Sisi received Prime Minister Kyriakos Mitsotakis of"
    " Greece at the Ittihadiya Palace today. The two leaders discussed"
    " regional developments. The guest praised Egypt's role in mediation. The"
    " visiting delegation welcomed the progress on the interconnector."
)


def test_the_guest_of_the_issuers_meeting_is_the_other_side(nlp: Language) -> None:
    found = published_by(nlp, HOSTED, issuer="EGY")
    assert found["praised"].actor_ids == ("GRC",)
    assert found["welcomed"].actor_ids == ("GRC",)
    assert found["discussed"].actor_ids == ("EGY", "GRC")


def test_a_guest_of_a_meeting_the_issuer_did_not_hold_is_not_read(
    nlp: Language,
) -> None:
    found = published_by(nlp, HOSTED, issuer="FRA")
    assert found["praised"].actor_ids == ()


def test_the_guest_is_the_issuers_own_when_it_visits(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Cairo, 3 May 2026\n\nForeign Minister Wang Yi held talks with Egyptian"
        " Foreign Minister Badr Abdelatty in Cairo. The guest said that China firmly"
        " supports the Palestinian people.",
        issuer="CHN",
    )
    assert found["said"].actor_ids != ("EGY",)


def test_a_company_a_states_name_owns_speaks_for_no_state(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Toyota, Japan's biggest carmaker, said it would review its plans. A"
        " spokesperson for BYD, China's largest maker of electric cars, told"
        " reporters the company would comply.",
    )
    assert found["said"].actor_ids == ()
    assert found["told"].actor_ids == ()


def test_what_a_state_owns_and_is_still_speaks_for_it(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Russia's top security body said the strikes would continue. Germany's"
        " decision to spend more on defence was welcomed.",
    )
    assert found["said"].actor_ids == ("RUS",)
    assert found["decision"].actor_ids == ("DEU",)


def test_an_organisation_whose_name_ends_in_a_state_is_no_states(
    nlp: Language,
) -> None:
    found = statements(
        nlp,
        "The World Sikh Organization of Canada, an advocacy group, said its"
        " members still receive threats. The Government of Canada said it would"
        " respond.",
    )
    assert [s.actor_ids for s in found] == [(), ("CAN",)]


def test_an_office_once_served_gives_no_state(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Tomasz Wierzbicki, who until March served as Poland's deputy foreign"
        " minister, told us that the figure was too low. Vladimir Medinsky, who"
        " led Russia's delegation, said the talks were useful.",
        issuer="GBR",
    )
    assert found["told"].actor_ids == ()
    assert found["said"].actor_ids == ("RUS",)


def test_the_group_is_not_the_last_body_or_office_named(nlp: Language) -> None:
    text = (
        "The Commissioner-General of UNRWA, Mr. Philippe Lazzarini, told the"
        " Council that the agency is on the verge of collapse. The Group expresses"
        " its full support for the agency. The Secretary-General said that"
        " developing countries face a gap. The Group calls for reform."
    )
    found = published_by(nlp, text, issuer="EGY")
    assert found["expresses its full support for"].actor_ids == ()
    assert found["calls for"].actor_ids == ()


def test_the_g77_and_china_is_one_group(nlp: Language) -> None:
    found = published_by(
        nlp,
        "We, the Group of 77 and China, welcome the adoption of the resolution."
        " Finally, the G77 and China stands ready to engage with all partners.",
        issuer="UGA",
    )
    assert found["welcome"].actor_ids == ("G77",)
    assert found["stands ready"].actor_ids == ("G77",)


def test_the_uns_posts_in_another_bodys_statement_are_not_its_own(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "The Secretary-General said that the situation is dire. The Special"
        " Rapporteur concluded that the law is arbitrary.",
        issuer="EU",
    )
    assert "EU" not in found["said"].actor_ids
    assert "EU" not in found["concluded"].actor_ids


def test_an_assistant_secretary_general_is_no_states(nlp: Language) -> None:
    found = published_by(
        nlp,
        "I thank Assistant Secretary-General Khaled Khiari for his briefing. The"
        " Assistant Secretary-General said that tensions are rising.",
        issuer="CHN",
    )
    assert found["said"].actor_ids == ()


def test_the_nato_secretary_general_in_natos_statement_is_natos(
    nlp: Language,
) -> None:
    found = published_by(
        nlp, "The Secretary General said that Allies will do more.", issuer="NATO"
    )
    assert found["said"].actor_ids == ("NATO",)


def test_what_we_recall_two_states_did_is_not_our_group(nlp: Language) -> None:
    found = published_by(
        nlp,
        "We recall that Azerbaijan and Armenia initialled the text of the"
        " agreement in August.",
        issuer="AZE",
    )
    assert found["recall"].actor_ids == ("AZE",)


def test_envoys_recalled_or_ordered_out_are_no_statement(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Algeria recalled its ambassador to France on Tuesday. Sweden recalled its"
        " charge d'affaires from Baghdad. India ordered six Canadian diplomats to"
        " leave the country. The minister recalled that the treaty had been"
        " signed in 1990.",
    )
    assert list(found) == ["recalled"], list(found)
    assert found["recalled"].content.startswith("that the treaty")


def test_who_was_asked_said_nothing_by_being_asked(nlp: Language) -> None:
    found = statements(
        nlp,
        "Kremlin spokesman Dmitry Peskov, asked about the incident on a daily call"
        " with journalists, said Moscow had no information. The official, who"
        " asked not to be named, said the talks had stalled.",
    )
    assert [(s.cue, s.actor_ids) for s in found] == [
        ("said", ("RUS",)),
        ("said", ()),
    ]


def test_a_fact_insisted_on_is_no_demand(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Both governments insist they do not want a military confrontation. The"
        " ministers insisted that Russia must withdraw.",
    )
    assert found["insist"].act != "demand"
    assert found["insisted"].act == "demand"


def test_four_states_listed_without_a_serial_comma_speak(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Poland, Estonia, Latvia and Lithuania have warned that the pipeline"
        " threatens their security.",
    )
    assert found["have warned"].actor_ids == ("POL", "EST", "LVA", "LTU")


def test_a_stance_put_as_a_pseudo_cleft(nlp: Language) -> None:
    found = published_by(
        nlp,
        "What China rejects is the practice of piling on sanctions. What we will"
        " not accept is interference in our internal affairs.",
        issuer="CHN",
    )
    assert found["rejects"].act == "reject"
    assert found["rejects"].content.startswith("the practice")
    assert found["will not accept"].actor_ids == ("CHN",)


def test_let_me_be_clear_prefaces_what_follows(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Remarks to the press\n\nLet me be very clear: the people of Sudan cannot"
        " wait any longer. I want to be clear that the attacks must stop.",
        issuer="UNSG",
    )
    clear = [s for s in found.values() if s.content.startswith("the people")]
    assert [s.actor_ids for s in clear] == [("UNSG",)]
    assert found["want to be clear"].content == "that the attacks must stop"


def test_it_is_clear_is_no_ones_saying(nlp: Language) -> None:
    assert statements(nlp, "It is clear that the attacks must stop.") == []


def test_describing_a_deed_as_a_fault_criticises(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "China has described the resupply missions as a provocation. The ministry"
        " described the talks as constructive.",
    )
    assert found["has described"].act == "criticise"
    assert found["described"].act != "criticise"


def test_whom_a_report_cites_is_not_who_it_reports_on(nlp: Language) -> None:
    found = statements(
        nlp,
        "Israel's Channel 12 reported, citing unnamed officials, that Prime"
        " Minister Benjamin Netanyahu had authorized the delegation to remain.",
    )
    assert not [s for s in found if s.cue == "citing"], [
        (s.cue, s.speaker_mention) for s in found
    ]


def test_a_questions_second_line_before_a_labelled_answer_is_the_floors(
    nlp: Language,
) -> None:
    text = (
        "Briefing by the Foreign Ministry Spokeswoman\n\n"
        "Question: Is the format dead?\n"
        "I ask because the German Chancellor said that Germany will supply"
        " missiles.\n\n"
        "Maria Zakharova: We warned Berlin.\n\n"
        "Question: And the talks?\n\n"
        "Maria Zakharova: We are open to them."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert found["ask"].actor_ids == ()


def test_an_interviewers_preface_is_not_the_issuers(nlp: Language) -> None:
    text = (
        "Interview of the Foreign Minister to Le Figaro\n\n"
        "We met the minister in his office. I asked him about the war. We believe"
        " that readers deserve to hear his view.\n\n"
        "Question: Will the talks resume?\n\n"
        "Answer: We are ready to talk.\n\n"
        "Question: When?\n\n"
        "Answer: Soon."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert found["believe"].actor_ids == ()


def test_a_mandates_subject_is_no_labels_state(nlp: Language) -> None:
    text = (
        "Press conference with the Special Rapporteur on the situation of human"
        " rights in the occupied territories of Palestine, Francesca Albanese\n\n"
        "Special Rapporteur Albanese: I call on states to stop arms transfers.\n\n"
        "Question: Will they listen?\n\n"
        "Special Rapporteur Albanese: I believe some will."
    )
    found = published_by(nlp, text, issuer="UN")
    assert "PSE" not in found["call on"].actor_ids


def test_headings_ending_in_a_full_stop_are_no_hearing_labels(
    nlp: Language,
) -> None:
    text = (
        "Statement of the European Union\n\n"
        "Agenda Item III. The European Union remains concerned. We call on all"
        " states to protect them.\n\n"
        "Agenda Item VII. We remain committed to the two-state solution.\n\n"
        "Agenda Item III. We call on the parties to respect the law."
    )
    found = published_by(nlp, text, issuer="EU")
    assert found["remain committed to"].actor_ids == ("EU",)


def test_mixed_case_surnames_label_a_hearing(nlp: Language) -> None:
    text = (
        "HOUSE OF REPRESENTATIVES\n\n"
        "Mr. McCAUL. I believe that the aid must continue.\n\n"
        "Ambassador MARKAROVA. We will never accept the occupation.\n\n"
        "Mr. McCAUL. I thank the ambassador."
    )
    found = published_by(nlp, text, issuer="USA")
    assert found["believe"].actor_ids == ()


def test_what_a_body_or_a_state_owns_and_is_still_speaks_for_it(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp,
        "Abu Obeida, spokesman for Hamas's armed wing, said the talks had failed."
        " Iran's parliament speaker Mohammad Bagher Ghalibaf warned that Tehran"
        " would respond.",
    )
    assert found["said"].actor_ids == ("HAMAS",)
    assert found["warned"].actor_ids == ("IRN",)


def test_the_group_in_lower_case_is_the_armed_group_named_before(
    nlp: Language,
) -> None:
    found = statements(
        nlp, "Hamas said it had received the proposal. The group said it would respond."
    )
    assert [s.actor_ids for s in found] == [("HAMAS",), ("HAMAS",)]


def test_a_body_whose_offices_are_unknown_keeps_its_own_secretary_general(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "The Secretary-General condemned today the storming of the mosque.",
        issuer="LAS",
    )
    assert found["condemned"].actor_ids == ("LAS",)


def test_an_under_secretary_general_holds_no_secretary_generalship(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "The Secretary-General has repeatedly called for a humanitarian ceasefire.",
        issuer="OCHA",
    )
    assert "OCHA" not in found["has repeatedly called for"].actor_ids


def test_a_subjunctive_insisted_on_is_a_demand(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Russia insisted that Ukraine be neutral. China insisted that its exports"
        " are not subsidised.",
    )
    assert found["insisted"].act != "demand"  # the later one, of fact
    first = statements(nlp, "Russia insisted that Ukraine be neutral.")
    assert [s.act for s in first] == ["demand"]


def test_whose_words_are_recalled_is_no_envoy_recalled(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Wang Yi recalled the ambassador's words at the 1972 normalization. The"
        " Israeli military asked media not to identify the soldiers.",
    )
    assert "recalled" in found
    assert "asked" in found


def test_who_served_at_the_talks_reported_still_served(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Rustem Umerov, who served as Ukraine's chief negotiator at Friday's talks,"
        " said the meeting was useful.",
    )
    assert found["said"].actor_ids == ("UKR",)


def test_a_deed_recalled_still_lends_its_subject(nlp: Language) -> None:
    found = statements(
        nlp,
        "Somalia's government ordered Ethiopia's ambassador to leave the country"
        " and recalled its own envoy from Addis Ababa, accusing its neighbour of"
        " blatant interference in its internal affairs.",
    )
    assert [(s.cue, s.actor_ids) for s in found] == [("accusing", ("SOM",))]


def test_an_announced_visits_two_ministers_are_the_briefings_sides(
    nlp: Language,
) -> None:
    text = (
        "Foreign Ministry Spokesperson's Regular Press Conference\n\n"
        "At the invitation of Foreign Minister Wang Yi, Brazilian Foreign Minister"
        " Mauro Vieira will pay an official visit to China. The two foreign"
        " ministers will exchange views on bilateral relations.\n\n"
        "Question: What are China's expectations?\n\n"
        "Mao Ning: We believe the visit will deepen our partnership.\n\n"
        "Question: And on trade?\n\n"
        "Mao Ning: We are open to talks."
    )
    found = published_by(nlp, text, issuer="CHN")
    assert found["will exchange views on"].actor_ids == ("CHN", "BRA")


def test_labels_in_square_brackets_are_turns(nlp: Language) -> None:
    text = (
        "Japan-Philippines Summit Joint Press Announcement\n\n"
        "[Prime Minister Ishiba]\n\n"
        "I welcomed President Marcos to Tokyo.\n\n"
        "[President Marcos]\n\n"
        "We call on all parties to respect the 2016 Arbitral Award.\n\n"
        "[Prime Minister Ishiba]\n\n"
        "We will continue to work together."
    )
    found = published_by(nlp, text, issuer="JPN")
    assert found["call on"].actor_ids == ("PHL",)


def test_capitalised_labels_keep_their_names_particles(nlp: Language) -> None:
    text = (
        "Joint press availability\n\n"
        "SECRETARY RUBIO: We had a productive meeting.\n\n"
        "FOREIGN MINISTER PRINCE FAISAL BIN FARHAN: We call for restraint.\n\n"
        "QUESTION: And Iran?\n\n"
        "SECRETARY RUBIO: We believe talks can work."
    )
    found = published_by(nlp, text, issuer="USA")
    assert found["call for"].actor_ids == ("SAU",)


def test_my_brother_and_our_brothers_are_the_other_side(nlp: Language) -> None:
    text = (
        "President of Azerbaijan Ilham Aliyev: As my brother President Tokayev"
        " noted, the cable is our common project.\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev: I agree.\n\n"
        "Question: And the timeline?\n\n"
        "President of Azerbaijan Ilham Aliyev: We believe it will be ready soon."
    )
    found = published_by(nlp, text, issuer="AZE")
    assert "AZE" not in found["noted"].actor_ids
    brothers = published_by(
        nlp, "Our Egyptian brothers have said that the talks must go on.", issuer="QAT"
    )
    assert brothers["have said"].actor_ids == ("EGY",)


def test_a_guest_interviewed_speaks_for_the_state_the_lead_names(
    nlp: Language,
) -> None:
    text = (
        "Hanoi, March 5 (VGP) - Australian Ambassador to Viet Nam Gillian Marsh"
        " granted an interview to the Government Portal's reporter.\n\n"
        "Reporter: Madam Ambassador, how do you evaluate the relations?\n\n"
        "Ambassador Gillian Marsh: We support the peaceful settlement of"
        " disputes.\n\n"
        "Reporter: And the priorities?\n\n"
        "Ambassador Gillian Marsh: I believe we can do more in education."
    )
    found = published_by(nlp, text, issuer="VNM")
    assert found["support"].actor_ids == ("AUS",)
    assert found["believe"].actor_ids == ("AUS",)


def test_a_briefings_answers_heading_is_no_interview(nlp: Language) -> None:
    text = (
        "Briefing by the Foreign Ministry Spokeswoman\n\n"
        "On October 16, the Foreign Minister will visit Vientiane. We call on the"
        " IAEA Secretariat to stop indulging Kiev.\n\n"
        "Answers to media questions:\n\n"
        "Question: How would you comment on the Finnish remarks?\n\n"
        "We regard this step as an unfriendly act.\n\n"
        "Question: Is it true?\n\n"
        "Yes, the note was received."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert found["regard"].actor_ids == ("RUS",)
    assert found["call on"].actor_ids == ("RUS",)


def test_a_closing_note_after_the_last_question_is_no_answer(
    nlp: Language,
) -> None:
    text = (
        "Department Press Briefing\n\n"
        "MR MILLER: Good afternoon. We condemn the attack.\n\n"
        "QUESTION: Will you sanction them?\n\n"
        "MR MILLER: We believe sanctions are one tool.\n\n"
        "QUESTION: And the talks?\n\n"
        "(The briefing was concluded at 2:15 p.m.)"
    )
    found = published_by(nlp, text, issuer="USA")
    assert found["believe"].actor_ids == ("USA",)


def test_editorial_brackets_are_no_speakers(nlp: Language) -> None:
    text = (
        "Statement by the Delegation of Ukraine\n\n"
        "[Check Against Delivery]\n\n"
        "We will never accept the occupation of our land.\n\n"
        "[Unofficial Russian Translation]\n\n"
        "We call on Russia to withdraw."
    )
    found = published_by(nlp, text, issuer="UKR")
    assert found["will never accept"].actor_ids == ("UKR",)
    assert found["call on"].actor_ids == ("UKR",)


def test_a_businessman_received_is_no_guest_state(nlp: Language) -> None:
    text = (
        "Prime Minister Kyriakos Mitsotakis received Greek-American shipping"
        " magnate Evangelos Marinakis at the Maximos Mansion. The guest praised the"
        " government's reforms."
    )
    found = published_by(nlp, text, issuer="GRC")
    assert found["praised"].actor_ids == ()


def test_responses_to_questions_are_an_interviews(nlp: Language) -> None:
    text = (
        "Responses of Foreign Minister of Armenia Ararat Mirzoyan to questions from"
        " Izvestia\n\n"
        "Question: How do you assess relations?\n\n"
        "Answer: We believe that Armenia must diversify its security."
    )
    found = published_by(nlp, text, issuer="RUS")
    assert "RUS" not in found["believe"].actor_ids
