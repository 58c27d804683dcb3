"""Panels, letters and parliaments (issues 15 and 16): a panel's "Q (note):"
label, an Élysée line in capitals, a dash after a Planalto label, a
moderator's introduction, a Hansard minister's office, "the Head of State" and
"The President and I" in a joint appearance; and what gives a wrong state: a
heritage ("Chinese-American", "Greek Cypriot"), a language note, a
counterpart stood beside, another's ministry or Kingdom named before the
release's own, "The Kremlin spokesperson" in another's release, a title's
remit, a "we" answering another. Each runs the real pipeline on documents of
our own."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by, statements

DAY = date(2026, 11, 20)


def test_a_question_opening_a_line_is_no_initial_of_a_name(nlp: Language) -> None:
    text = (
        "Official Spokesperson (Shri Randhir Jaiswal): Good afternoon.\n\n"
        "Q. Israel's Foreign Ministry said yesterday that India had agreed to"
        " join the corridor. Can you confirm?\n\n"
        "Official Spokesperson: We have seen the reports."
    )
    found = published_by(nlp, text, issuer="IND", day=DAY)
    assert found["said"].actor_ids == ("ISR",)


def test_a_heritage_is_no_state(nlp: Language) -> None:
    found = by_cue(
        nlp, "Chinese-American Ambassador Gary Locke said the talks were useful."
    )
    assert "CHN" not in found["said"].actor_ids
    found = by_cue(nlp, "The Russian-American diplomat said the talks would resume.")
    assert found["said"].actor_ids == ()
    found = by_cue(nlp, "The Russian-Chinese statement called for restraint.")
    assert found["called for"].actor_ids == ("RUS", "CHN")


def test_a_community_is_neither_state(nlp: Language) -> None:
    text = (
        "The Greek Cypriot representative said the talks had failed. The Turkish"
        " Cypriot side said the talks had been useful."
    )
    found = published_by(nlp, text, issuer="CYP", day=DAY)
    assert "GRC" not in found["said"].actor_ids
    assert [s.actor_ids for s in statements(nlp, text) if "TUR" in s.actor_ids] == []


def test_an_act_joined_to_a_reported_state_of_being_is_the_speakers(
    nlp: Language,
) -> None:
    text = (
        "Lavrov said Ukraine was not serious about peace and accused the EU of"
        " prolonging the war."
    )
    found = by_cue(nlp, text)
    assert found["accused"].actor_ids == ("RUS",)
    assert "accused" not in found["said"].content


STATEMENT = (
    "The Ministry of Foreign Affairs expresses the Kingdom's condemnation of the"
    " storming of Al-Aqsa Mosque.\n\n"
    "The Israeli Prime Minister's Office claimed on Tuesday that nothing had"
    " changed in the status quo. The Ministry stresses that the facts on the"
    " ground speak for themselves.\n\n"
    "The Kingdom reaffirms its firm support for the Palestinian people."
)


def test_a_releases_own_ministry_and_kingdom_after_anothers(nlp: Language) -> None:
    found = published_by(nlp, STATEMENT, issuer="SAU", day=DAY)
    assert found["claimed"].actor_ids == ("ISR",)
    assert found["stresses"].actor_ids == ("SAU",)
    assert found["reaffirms"].actor_ids == ("SAU",)


def test_anothers_spokesperson_in_a_release(nlp: Language) -> None:
    text = (
        "The European Commission spokesperson said that dialogue was the only way"
        " forward. The Kremlin spokesperson stated that Russia was following"
        " events closely."
    )
    found = published_by(nlp, text, issuer="TUR", day=DAY)
    assert found["said"].actor_ids == ("EU",)
    assert found["stated"].actor_ids == ("RUS",)


def test_anothers_ministry_named_before_gives_no_office(nlp: Language) -> None:
    text = (
        "The ambassador was summoned to the Moldovan Foreign Ministry. Deputy"
        " Foreign Minister Mikhail Galuzin stated that Moscow remained open to"
        " dialogue."
    )
    found = published_by(nlp, text, issuer="RUS", day=DAY)
    assert "MDA" not in found["stated"].actor_ids


def test_he_in_a_clause_is_its_sentences_subject(nlp: Language) -> None:
    text = (
        "The Moldovan side claimed that the diplomats had organised protests. The"
        " Russian Ambassador, Oleg Ozerov, was summoned to the ministry, where he"
        " pointed out that the accusations were absurd."
    )
    found = published_by(nlp, text, issuer="RUS", day=DAY)
    assert found["pointed out"].actor_ids == ("RUS",)


def test_a_question_label_with_a_note_opens_a_turn(nlp: Language) -> None:
    text = (
        "MODERATOR: Welcome to the panel. Minister, your view?\n\n"
        "MINISTER WADEPHUL: We believe that Europe must do more.\n\n"
        "Q (audience member, Politico Europe): Will Germany send troops?\n\n"
        "MINISTER WADEPHUL: I think that is premature.\n\n"
        "Q (Jan Horák): And Russia?\n\n"
        "MINISTER WADEPHUL: We reject its demands."
    )
    found = by_cue(nlp, text)
    assert {"believe", "think", "reject"} <= set(found)


def test_name_lines_in_capitals_and_a_language_note(nlp: Language) -> None:
    text = (
        "EMMANUEL MACRON\nWe discussed the Sahel.\n\n"
        "BASSIROU DIOMAYE FAYE (interpreted from Wolof and French)\n"
        "We call on ECOWAS to resume dialogue.\n\n"
        "QUESTION (RFI)\nMr President, will the troops leave?\n\n"
        "EMMANUEL MACRON\nI believe that the partnership is changing."
    )
    found = published_by(nlp, text, issuer="FRA", day=DAY)
    assert "FRA" not in found["call on"].actor_ids  # the guest's, not France's


def test_a_label_in_capitals_before_a_dash(nlp: Language) -> None:
    text = (
        "PRESIDENT LUIZ INÁCIO LULA DA SILVA – We signed four agreements today.\n\n"
        "PRESIDENT JOÃO LOURENÇO (interpreted) – We welcome Brazilian companies.\n\n"
        "PRESIDENT LUIZ INÁCIO LULA DA SILVA – I think we will meet again soon."
    )
    found = published_by(nlp, text, issuer="BRA", day=DAY)
    assert "BRA" not in found["welcome"].actor_ids


AKORDA = (
    "Following the talks, President of Kazakhstan Kassym-Jomart Tokayev and"
    " Chairwoman of the Council of Ministers of Italy Giorgia Meloni held a joint"
    " press approach.\n\n"
    '"Italy is one of our key partners," the Head of State said.\n\n'
    "According to Kassym-Jomart Tokayev, Kazakhstan intends to increase oil"
    " supplies to Italy.\n\n"
    "The President stressed that Kazakhstan supports the territorial integrity of"
    " all states."
)


def test_a_title_is_not_the_name_of_its_conjunct(nlp: Language) -> None:
    found = published_by(nlp, AKORDA, issuer="KAZ", day=DAY)
    assert found["stressed"].actor_ids == ("KAZ",)
    assert found["According to"].actor_ids == ("KAZ",)


def test_the_head_of_state_in_a_states_release(nlp: Language) -> None:
    found = published_by(nlp, AKORDA, issuer="KAZ", day=DAY)
    assert found["said"].actor_ids == ("KAZ",)


def test_a_counterpart_stood_beside_is_not_whom_one_speaks_for(
    nlp: Language,
) -> None:
    text = (
        "Sikorski, speaking in Warsaw alongside his Lithuanian counterpart"
        " Kestutis Budrys, urged the EU to act."
    )
    assert "LTU" not in by_cue(nlp, text)["urged"].actor_ids


def test_another_states_organ_in_a_note(nlp: Language) -> None:
    text = (
        "On 3 November, the North launched a ballistic missile. The North's"
        " Defence Ministry claimed that the launch was a routine test."
    )
    found = published_by(nlp, text, issuer="KOR", day=DAY)
    assert found["claimed"].actor_ids == ()


def test_the_speaker_in_a_phrase_that_opens_the_sentence(nlp: Language) -> None:
    text = (
        "In response to media queries regarding recent posts by officials of the"
        " interim Government of Bangladesh, the Official Spokesperson, Shri"
        " Randhir Jaiswal, said that India had protested."
    )
    found = by_cue(nlp, text)
    assert found["said"].speaker_mention.startswith("the Official Spokesperson")
    assert "BGD" not in found["said"].actor_ids


def test_a_speaker_after_an_opening_participle(nlp: Language) -> None:
    text = (
        "Speaking on behalf of the Arab Group, the representative of Kuwait said"
        " the occupation must end."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("KWT",)


HANSARD = (
    "Mr Speaker: I call the Minister.\n\n"
    "The Minister for Europe, North America and Overseas Territories (Stephen"
    " Doughty): We strongly support that offer.\n\n"
    "Priti Patel (Witham) (Con): Will the Minister confirm that?\n\n"
    "The Minister for Europe, North America and Overseas Territories (Stephen"
    " Doughty): I can confirm that we believe the offer is serious."
)


def test_a_ministers_remit_is_no_state_but_the_record_is(nlp: Language) -> None:
    found = published_by(nlp, HANSARD, issuer="GBR", day=DAY)
    assert found["strongly support"].actor_ids == ("GBR",)
    assert found["believe"].actor_ids == ("GBR",)


def test_a_we_answering_another_or_their_deed_is_one_side(nlp: Language) -> None:
    text = (
        "President Recep Tayyip Erdoğan: We discussed water and energy.\n\n"
        "Prime Minister Mohammed Shia Al-Sudani: We appreciated the President's"
        " decision to increase the flow of water. I met the Turkish energy"
        " minister yesterday; he proposed a new pipeline, and we said we would"
        " study it."
    )
    found = published_by(nlp, text, issuer="TUR", day=DAY)
    assert found["appreciated"].actor_ids == ("IRQ",)
    assert found["said"].actor_ids == ("IRQ",)
    assert set(found["discussed"].actor_ids) == {"TUR", "IRQ"}


def test_the_president_and_i_is_the_other_speaker(nlp: Language) -> None:
    text = (
        "President Prabowo Subianto: I welcome Prime Minister Albanese to Jakarta."
        " I have conveyed this also to President Macron and President Trump.\n\n"
        "Prime Minister Anthony Albanese: Thank you. The President and I share a"
        " vision of a stable region."
    )
    found = published_by(nlp, text, issuer="IDN", day=DAY)
    assert set(found["share"].actor_ids) == {"AUS", "IDN"}


def test_a_bodys_office_in_a_parliament_and_he_after_i_met(nlp: Language) -> None:
    text = (
        "Deputy Sorca Clarke: Will the Tánaiste update the House?\n\n"
        "The Tánaiste: I spoke to the High Representative on Monday. The High"
        " Representative confirmed that the EU would keep the mission. I also met"
        " the Palestinian Prime Minister, Dr Mohammad Mustafa, in Dublin last week."
        " He expressed his gratitude for Ireland's recognition of Palestine.\n\n"
        "Deputy Sorca Clarke: I thank the Tánaiste."
    )
    found = published_by(nlp, text, issuer="IRL", day=DAY)
    assert "IRL" not in found["confirmed"].actor_ids
    assert found["expressed his gratitude for"].actor_ids == ("PSE",)


def test_deeds_exchanged_are_no_statements_but_blame_is(nlp: Language) -> None:
    assert statements(nlp, "The two armies exchanged fire overnight.") == []
    text = "India and Pakistan exchanged accusations over the attack."
    assert by_cue(nlp, text)["exchanged accusations"].act == "accuse"


def test_a_moderators_introduction_gives_a_panelist_a_state(nlp: Language) -> None:
    text = (
        "MODERATOR: Good evening. We have with us Kristjan Tamm, Foreign Minister"
        " of Estonia. Minister, what is your view?\n\n"
        "MINISTER TAMM: We have committed to a new brigade.\n\n"
        "MODERATOR: And Russia?\n\n"
        "MINISTER TAMM: We reject its demands."
    )
    found = published_by(nlp, text, issuer="DEU", day=DAY)
    assert found["reject"].actor_ids == ("EST",)
    text = (
        "DR. CHA: I'm joined today by Vice Foreign Minister Lee Seong-ho of the"
        " Republic of Korea. Minister, welcome.\n\n"
        "VICE MINISTER LEE: We have proposed military talks to the North.\n\n"
        "DR. CHA: What about Japan?\n\n"
        "VICE MINISTER LEE: We welcome Secretary Rubio's statement."
    )
    found = published_by(nlp, text, issuer="USA", day=DAY)
    assert found["welcome"].actor_ids == ("KOR",)


def test_a_governments_denial_in_the_present(nlp: Language) -> None:
    found = by_cue(
        nlp, "The Government of Kenya categorically denies these allegations."
    )
    assert found["categorically denies"].act == "deny"
    assert found["categorically denies"].actor_ids == ("KEN",)


def test_a_speaker_of_no_known_state_is_not_the_other_side(nlp: Language) -> None:
    text = (
        "MODERATOR: We will now begin the joint press conference.\n\n"
        "PRIME MINISTER TAKAICHI: I welcome President Lee Jae-myung on his visit to"
        " Japan.\n\n"
        "CHIEF CABINET SECRETARY KIHARA: I made clear that the government will"
        " continue to handle history issues with care.\n\n"
        "MODERATOR: This concludes the joint press conference."
    )
    title = "Japan-Republic of Korea Summit Meeting: Joint Press Conference"
    found = published_by(nlp, text, issuer="JPN", day=DAY, title=title)
    assert "KOR" not in found["made clear"].actor_ids


def test_scoffing_and_lashing_out_at_a_proposal_proposes_nothing(
    nlp: Language,
) -> None:
    found = by_cue(nlp, "Moscow scoffed at the proposal for a ceasefire.")
    assert found["scoffed at the proposal for"].act == "reject"
    found = by_cue(nlp, "Erdogan lashed out at the proposal for a buffer zone.")
    assert found["lashed out at the proposal for"].act == "criticise"


def test_a_picture_posted_says_nothing(nlp: Language) -> None:
    text = "The embassy posted a photo of the ambassador on Facebook."
    assert statements(nlp, text) == []


def test_co_chairs_are_no_companions(nlp: Language) -> None:
    text = (
        "Japan, as co-chair of the Official Creditor Committee together with India"
        " and France, intends to continue to work closely with Sri Lanka."
    )
    for found in statements(nlp, text):
        assert not {"IND", "FRA"} & set(found.actor_ids)


def test_headings_in_capitals_are_no_speakers(nlp: Language) -> None:
    text = (
        "UNITED STATES\nWe welcome the decision of the administration.\n\n"
        "RUSSIAN FEDERATION\nWe condemn the strikes.\n\n"
        "UNITED STATES\nWe look forward to working together."
    )
    found = published_by(nlp, text, issuer="EU", day=DAY)
    assert found["condemn"].actor_ids == ("EU",)


def test_a_guests_bare_office_and_a_representatives_state(nlp: Language) -> None:
    text = (
        "The Foreign Secretary: Welcome. We discussed Ukraine.\n\n"
        "The Secretary of State: Thank you. We believe that the ceasefire must"
        " hold.\n\n"
        "The Foreign Secretary: We agree."
    )
    found = published_by(nlp, text, issuer="GBR", day=DAY)
    assert "GBR" not in found["believe"].actor_ids
    text = (
        "The President: I give the floor to the representative of the United"
        " States.\n\n"
        "Representative for the United States (Dorothy Shea): We condemn the"
        " attack.\n\n"
        "The President: I thank the representative."
    )
    assert published_by(nlp, text, issuer="UN", day=DAY)["condemn"].actor_ids == (
        "USA",
    )


def test_a_person_where_they_were_keeps_their_own_act(nlp: Language) -> None:
    text = (
        "Egyptian officials said Blinken was in Cairo for talks and called for a"
        " ceasefire."
    )
    assert by_cue(nlp, text)["called for"].actor_ids == ("USA",)


def test_he_is_no_one_merely_mentioned_nor_either_of_two(nlp: Language) -> None:
    text = (
        "I asked the Russian ambassador about President Zelensky's peace formula."
        " He said that Moscow would study it.\n\n"
        "Annalena Baerbock sat across from Sergey Lavrov at the dinner, after which"
        " he accused the West of hypocrisy."
    )
    found = published_by(nlp, text, issuer="DEU", day=DAY)
    assert "UKR" not in found["said"].actor_ids
    assert "DEU" not in found["accused"].actor_ids


def test_the_last_apposition_before_the_cue_speaks(nlp: Language) -> None:
    text = (
        "During talks with the Egyptian President, Abdel Fattah el-Sisi, the"
        " Qatari Emir said that a ceasefire was close."
    )
    found = by_cue(nlp, text)["said"]
    assert found.speaker_mention == "the Qatari Emir"
    assert found.actor_ids == ("QAT",)


def test_views_exchanged_on_allegations_consult(nlp: Language) -> None:
    text = "Putin and Xi exchanged views on the allegations of interference."
    assert by_cue(nlp, text)["exchanged views on"].act == "consult"


def test_a_guest_head_of_state_and_a_sultanates_ministry(nlp: Language) -> None:
    text = (
        "The President of the Republic received the Ukrainian Head of State,"
        " Volodymyr Zelenskyy, at the Élysée. The Head of State thanked France for"
        " its support."
    )
    found = published_by(nlp, text, issuer="FRA", day=DAY)
    assert "FRA" not in found["thanked"].actor_ids
    text = "The Sultanate's Foreign Ministry called on all parties to show restraint."
    assert published_by(nlp, text, issuer="OMN", day=DAY)["called on"].actor_ids == (
        "OMN",
    )


def test_heritage_on_either_side_of_the_hyphen(nlp: Language) -> None:
    text = "The Israeli-Palestinian negotiator Saeb Erekat said the talks had failed."
    assert by_cue(nlp, text)["said"].actor_ids == ()


def test_one_persons_titles_joined_and_an_office_of_a_body(nlp: Language) -> None:
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs of Belgium Maxime"
        " Prevot said the talks were useful."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("BEL",)
    text = (
        "President Ursula von der Leyen met the press in Brussels. The President of"
        " the Commission said that the EU would act."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("EU",)


def test_whom_one_is_flanked_by_or_led_by_speaks_for_no_one_else(
    nlp: Language,
) -> None:
    text = "Blinken, flanked by his Egyptian counterpart, said the talks were useful."
    assert by_cue(nlp, text)["said"].actor_ids == ("USA",)
    text = (
        "The panel, led by a former Costa Rican foreign minister, said the vote was"
        " flawed."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ()


def test_a_shortened_label_and_a_bare_title_label(nlp: Language) -> None:
    text = (
        "NATO SECRETARY GENERAL MARK RUTTE: Good afternoon. Allies condemned the"
        " attacks.\n\n"
        "QUESTION [Deutsche Welle]: The Hungarian Foreign Minister said yesterday"
        " that his country will not take part. Does that undermine unity?\n\n"
        "SECRETARY GENERAL: I would just say that Türkiye fully supports the"
        " targets."
    )
    found = published_by(nlp, text, issuer="NATO", day=DAY)
    assert found["would just say"].actor_ids == ("NATO",)
    text = (
        "Prime Minister: Thank you for welcoming me to Warsaw. We discussed"
        " Ukraine.\n\n"
        "Prime Minister Tusk: I told Prime Minister Starmer that we expect more.\n\n"
        "Question: Is five percent right?\n\n"
        "Prime Minister: I've made clear that we will set out our path."
    )
    found = published_by(nlp, text, issuer="GBR", day=date(2025, 1, 17))
    assert "POL" not in found["'ve made clear"].actor_ids  # not Tusk's


BALTIC = (
    "MINISTER BUDRYS: We discussed sanctions. We strongly condemn the strikes.\n\n"
    "MINISTER BRAŽE: We agreed on a joint letter.\n\n"
    "MINISTER TSAHKNA: We made clear to our counterparts that the Baltic states"
    " will not be intimidated. We do not discuss operational details.\n\n"
    "QUESTION: Will you expel more diplomats?\n\n"
    "MINISTER BUDRYS: We're talking to our partners about that every day."
)


def test_a_we_telling_others_and_a_joint_we_of_no_known_speaker(
    nlp: Language,
) -> None:
    title = "Joint press conference of the Baltic foreign ministers"
    found = published_by(nlp, BALTIC, issuer="LTU", day=DAY, title=title)
    assert found["made clear"].actor_ids == ("EST",)
    assert found["do not discuss"].actor_ids == ("EST",)
    assert found["discussed"].actor_ids == ()  # not Latvia's and Estonia's alone


def test_a_stance_nouns_owner_and_a_question_whether(nlp: Language) -> None:
    text = "We welcome the commitment of the Congolese side to neutralise this group."
    owner = by_cue(nlp, text)["the commitment of"]
    assert owner.speaker_mention == "the Congolese side"
    text = "A journalist asked whether Indonesia would retaliate if tariffs came."
    assert [s.speaker_mention for s in statements(nlp, text)] == ["A journalist"]


def test_a_round_ups_items_and_their_states(nlp: Language) -> None:
    text = (
        "Governments around the world reacted on Tuesday.\n\n"
        "- Indonesia: Foreign Minister Sugiono said the ruling must be respected.\n"
        "- Philippines: Manila said the decision reinforced its award.\n"
        "- United States: The State Department welcomed the ruling."
    )
    found = by_cue(nlp, text)
    assert found["welcomed"].actor_ids == ("USA",)
    assert statements(nlp, text)[0].actor_ids == ("IDN",)


def test_an_agencys_director_general_and_a_registry_office(nlp: Language) -> None:
    text = (
        "IAEA Director General Rafael Mariano Grossi today told the Board that"
        " access had been eroded. China's Permanent Representative, Ambassador Li"
        " Song, said Beijing opposed any resolution.\n\n"
        "The Director General stressed that dialogue remained the only way"
        " forward."
    )
    found = published_by(nlp, text, issuer="IAEA", day=DAY)
    assert found["stressed"].actor_ids == ("IAEA",)
    text = (
        "President William Ruto, who chairs an IGAD committee on Sudan, said the"
        " fighting must stop."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("KEN",)
    text = "The Burmese Rohingya Organisation UK said the vote was a sham."
    assert by_cue(nlp, text)["said"].actor_ids == ()


def test_he_of_a_titled_subject_stays_theirs(nlp: Language) -> None:
    text = (
        "The Prime Minister spoke to President Ferdinand Marcos Jr of the"
        " Philippines this morning. The Prime Minister reiterated the UK's support"
        " for the 2016 Arbitral Award, which he said was final and legally binding"
        " on the parties."
    )
    found = published_by(nlp, text, issuer="GBR", day=date(2025, 3, 12))
    assert found["said"].actor_ids == ("GBR",)


def test_she_in_a_clause_of_a_titled_subject_naming_a_state(nlp: Language) -> None:
    text = (
        "The representative of Tonga said that Member States could not keep"
        " running in place. The representative of Italy, speaking for the Uniting"
        " for Consensus group, rejected the creation of new permanent seats, which"
        " she said would multiply privilege rather than dilute it."
    )
    found = published_by(nlp, text, issuer="UN", day=DAY)
    assert found["said"].actor_ids == ("ITA",)  # not Tonga's, named before
