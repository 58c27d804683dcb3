"""Who speaks for whom where a label, a name or a parse is read wrong (issue
15): a first name the registry knows that opens another person's name, a verb
the parse hung inside a source, a rank's abbreviations in a label, an
interview's "Q." and "A.", a label's note for someone out of office, a call
received, a portfolio before a name, "of the Republic" read as a place, a
day closing a source, the organ a release's header names, a passive "We, the
Foreign Ministers of …", a joint statement's "they", a host's bare title as a
label, "both of us", a title line ending in a bracket and a listed subject of a
deed. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import published_by


def test_a_known_first_name_opening_another_name_is_not_that_person(
    nlp: Language,
) -> None:
    text = """Foreign Minister receives a call

Ambassador Tamim Khallaf, Spokesperson of the Ministry of Foreign Affairs,
stated that the two ministers discussed the situation in the Red Sea.
"""
    stated = published_by(nlp, text, "EGY")["stated"]
    assert stated.speaker == "Tamim Khallaf"  # not the Emir of Qatar ("Tamim")
    assert stated.actor_ids == ("EGY",)


def test_a_verb_the_parse_hung_inside_a_source_ends_it(nlp: Language) -> None:
    text = """First Vice Foreign Minister summons Russian Ambassador

First Vice Foreign Minister Park Yoon-joo summoned Russian Ambassador to the \
Republic of Korea Georgy Zinoviev on December 4 and lodged a strong protest over \
the continuing military cooperation between Russia and North Korea.
"""
    lodged = published_by(nlp, text, "KOR")["lodged a strong protest over"]
    assert lodged.speaker_mention == "First Vice Foreign Minister Park Yoon-joo"
    assert "RUS" not in lodged.actor_ids  # the ambassador's title is not hers


def test_a_label_with_a_rank_abbreviated_opens_a_turn(nlp: Language) -> None:
    text = """Pentagon Press Secretary Holds a Press Briefing

MAJ. GEN. RYDER: Good afternoon. We condemn these reckless attacks on
commercial shipping.

Q: Can you confirm the strike on the destroyer?

MAJ. GEN. RYDER: I can tell you that no U.S. ship was hit.
"""
    found = published_by(nlp, text, "USA")
    assert (found["condemn"].speaker, found["condemn"].actor_ids) == ("Ryder", ("USA",))
    assert found["can tell"].speaker == "Ryder"  # not the "Q" before


def test_an_interviews_answers_are_the_interviewee_s(nlp: Language) -> None:
    text = """Hakan Fidan: "We will not allow a terror corridor"

Interview with Foreign Minister Hakan Fidan, Ankara.

Q. Minister, how do you assess the situation in Syria?

A. We welcome the steps taken towards an inclusive political process.

Q. What should happen to the YPG?

A. We insist that its fighters be integrated into the army as individuals.
"""
    found = published_by(nlp, text)
    for cue in ("welcome", "insist"):
        assert (found[cue].speaker, found[cue].actor_ids) == ("Hakan Fidan", ("TUR",))


def test_a_labels_note_says_whom_someone_out_of_office_represents(
    nlp: Language,
) -> None:
    text = """Security Council, 9871st meeting

The President: I give the floor to the representative of the United States.

Mrs. Thomas-Greenfield (United States of America): We condemn this strike in
the strongest terms.

The President: I give the floor to the representative of France.

Mr. de Rivière (France) (spoke in French): We support the efforts of the
Agency.
"""
    condemn = published_by(nlp, text, day=date(2025, 6, 1))["condemn"]
    assert condemn.speaker == "Linda Thomas-Greenfield"
    assert condemn.actor_ids == ("USA",)  # her office ended in January 2025


def test_a_call_received_from_someone_makes_both_the_participants(
    nlp: Language,
) -> None:
    text = """Foreign Minister receives a phone call from Iranian counterpart

Foreign Minister Badr Abdelatty received a phone call on Thursday from the
Foreign Minister of the Islamic Republic of Iran, Abbas Araghchi.

The two ministers agreed to remain in close contact.
"""
    agreed = published_by(nlp, text, "EGY")["agreed"]
    assert agreed.actor_ids == ("EGY", "IRN")


def test_a_portfolio_before_a_name_is_no_given_name(nlp: Language) -> None:
    text = """Foreign Minister receives Australian counterpart

Foreign Minister Sugiono received Australian Minister for Foreign Affairs \
Penny Wong in Jakarta on Monday.

Minister Wong praised Indonesia's contribution to peacekeeping missions.
"""
    praised = published_by(nlp, text, "IDN")["praised"]
    assert (praised.speaker, praised.actor_ids) == ("Penny Wong", ("AUS",))


def test_the_president_of_the_republic_is_the_issuers_however_the_ner_reads_it(
    nlp: Language,
) -> None:
    text = """Conversation with the Prime Minister of Israel

The President of the Republic held a telephone conversation this afternoon
with the Prime Minister of Israel, Benjamin Netanyahu.

The President of the Republic expressed France's deep concern at the
humanitarian situation in Gaza.
"""
    concern = published_by(nlp, text, "FRA")["expressed France's deep concern at"]
    assert concern.actor_ids == ("FRA",)


def test_the_day_a_source_spoke_is_no_part_of_it(nlp: Language) -> None:
    text = """Pakistan hits out at India over treaty

ISLAMABAD, Dec 2 (Reuters) - Pakistan on Tuesday lambasted India for keeping
the Indus Waters Treaty in abeyance.
"""
    lambasted = published_by(nlp, text)["lambasted"]
    assert (lambasted.speaker_mention, lambasted.actor_ids) == ("Pakistan", ("PAK",))


@pytest.mark.parametrize(
    ("sentence", "cue", "mention"),
    [
        (
            "The minister, speaking on Monday, said the talks would resume.",
            "said",
            "The minister",
        ),
        ("Trump, also on Twitter, defended his decision.", "defended", "Trump"),
        (  # the parse joins the participle to the names
            "Lavrov and Blinken, meeting in Helsinki, agreed that the channels"
            " should stay open.",
            "agreed",
            "Lavrov and Blinken",
        ),
        (
            "Several ministers, including Lavrov, said the talks would resume.",
            "said",
            "Several ministers, including Lavrov",
        ),
        (
            "A spokesman, speaking for Britain and France, said the talks would"
            " resume.",
            "said",
            "A spokesman, speaking for Britain and France",
        ),
        (
            "The group, comprising Britain and Germany, said the talks would resume.",
            "said",
            "The group, comprising Britain and Germany",
        ),
        (
            "Mr Nebenzia, of Russia, said the talks would resume.",
            "said",
            "Mr Nebenzia, of Russia",
        ),
        (  # the comma closing an apposition is no part of the source
            "Iran's foreign minister, Hossein Amirabdollahian, tweeted that the"
            " policy was moving in the right direction.",
            "tweeted",
            "Iran's foreign minister, Hossein Amirabdollahian",
        ),
        (  # an abbreviation's full stop stays
            "Rep. David McKinley, R-W.Va., argued that the country needs stronger"
            " border security.",
            "argued",
            "Rep. David McKinley, R-W.Va.",
        ),
        (
            "Swedish Prime Minister Ulf Kristersson, speaking in Stockholm, insisted"
            " his country had met its obligations.",
            "insisted",
            "Swedish Prime Minister Ulf Kristersson",
        ),
    ],
)
def test_an_aside_on_where_or_how_a_source_spoke_is_no_part_of_it(
    nlp: Language, sentence: str, cue: str, mention: str
) -> None:
    text = f"Talks\n\n{sentence}\n"
    assert published_by(nlp, text)[cue].speaker_mention == mention


def test_a_time_that_is_the_source_itself_stays(nlp: Language) -> None:
    text = """Coach appointed

The club confirmed the appointment on Friday. The 56-year-old said he was happy."""
    assert published_by(nlp, text)["said"].speaker_mention == "The 56-year-old"


def test_the_organ_a_releases_header_names_is_the_issuers(nlp: Language) -> None:
    text = """Statement of the Department of Foreign Affairs on the Incident

The Philippines strongly condemns the dangerous actions of the China Coast Guard.

In a statement issued the same day, the China Coast Guard claimed that it had \
expelled the Philippine vessel. The Department categorically rejects the claim \
that the vessel had intruded into Chinese waters.
"""
    rejects = published_by(nlp, text, "PHL")["categorically rejects"]
    assert rejects.actor_ids == ("PHL",)  # not the Coast Guard's China


def test_we_the_ministers_of_three_states_in_a_passive_opening(
    nlp: Language,
) -> None:
    text = """Joint Statement of the Foreign Ministers on Sudan

We, the Foreign Ministers of Australia, Canada and New Zealand, are appalled by \
the reports of mass killings of civilians.

We condemn the attacks by the Rapid Support Forces on civilians.
"""
    assert published_by(nlp, text)["condemn"].actor_ids == ("AUS", "CAN", "NZL")


def test_they_after_the_group_in_a_joint_statement_is_the_group(
    nlp: Language,
) -> None:
    text = """Joint Statement on the State Visit of the President of Kenya

President William Ruto of the Republic of Kenya paid a State Visit to the \
Republic of Korea at the invitation of President Lee Jae-myung.

The two Presidents welcomed the entry into force of the Economic Partnership \
Agreement. They discussed the situation in the eastern Democratic Republic of \
the Congo.
"""
    discussed = published_by(nlp, text, day=date(2025, 9, 1))["discussed"]
    assert discussed.actor_ids == ("KEN", "KOR")


def test_a_bare_title_labels_the_host_of_a_states_own_transcript(
    nlp: Language,
) -> None:
    text = """Remarks by President Trump and President Lee Jae-myung in Joint Press \
Availability

THE PRESIDENT: Thank you very much. I told President Lee that we would build \
ships together.

PRESIDENT LEE: Thank you, Mr. President. I believe that our alliance is strong.
"""
    told = published_by(nlp, text, "USA", day=date(2025, 9, 1))["told"]
    assert told.actor_ids == ("USA",)


def test_both_of_us_in_a_turn_is_both_sides(nlp: Language) -> None:
    text = """Statements for the press following Russian-Vietnamese talks

Vladimir Putin: Colleagues, the talks were substantive.

President of Vietnam To Lam: Thank you. Both of us signed a joint statement on \
the comprehensive strategic partnership.
"""
    signed = published_by(nlp, text, "RUS", day=date(2025, 9, 1))["signed"]
    assert set(signed.actor_ids) == {"RUS", "VNM"}


def test_a_title_line_ending_in_a_bracket_opens_no_turn(nlp: Language) -> None:
    text = """Sudan: Humanitarian Situation (House of Commons, Oral Answers)

Emily Thornberry (Islington South and Finsbury) (Lab): What recent assessment \
he has made of the situation in El Fasher.

The Secretary of State for Foreign, Commonwealth and Development Affairs (Mr \
David Lammy): Last week I discussed the crisis with the Chairperson of the \
African Union Commission, and we agreed that a ceasefire must come first.
"""
    agreed = published_by(nlp, text, "GBR", day=date(2025, 9, 1))["agreed"]
    assert "SDN" not in agreed.actor_ids  # "Sudan:" is the title, no speaker


def test_every_state_a_deeds_subject_lists_does_it(nlp: Language) -> None:
    text = """Iran threatens to curb cooperation

The board met. Britain, France and Germany tabled the draft resolution on Monday.
"""
    tabled = published_by(nlp, text)["tabled"]
    assert tabled.actor_ids == ("GBR", "FRA", "DEU")


def test_a_verb_modifying_the_next_noun_keeps_the_source_whole(nlp: Language) -> None:
    text = """Ceasefire report

The talks ended. An EU funded report said the ceasefire had been violated."""
    said = published_by(nlp, text)["said"]
    assert (said.speaker_mention, said.actor_ids) == ("An EU funded report", ())


def test_particles_continue_a_known_name(nlp: Language) -> None:
    text = """Qatar hopeful

The talks ended. Sheikh Tamim Bin Hamad told reporters in Doha that a ceasefire \
was within reach."""
    assert published_by(nlp, text)["told"].actor_ids == ("QAT",)


def test_a_guests_bare_title_label_is_not_the_hosts(nlp: Language) -> None:
    text = """Transcript of Joint Press Statements

PRIME MINISTER: Welcome, Mr President. We discussed trade.

PRESIDENT: I thank Prime Minister Modi for his hospitality. We believe that the \
partnership between our countries is growing.

PRIME MINISTER: Thank you.

PRESIDENT: Thank you again.
"""
    assert published_by(nlp, text, "IND")["believe"].actor_ids == ()


def test_they_after_others_named_is_not_the_meetings_group(nlp: Language) -> None:
    text = """Readout of the Secretary's Meeting with Foreign Minister Sybiha

Secretary Rubio met with Foreign Minister Sybiha of Ukraine in Kyiv. Outside \\
the ministry, hundreds of protesters gathered. They said the war must end.
"""
    assert published_by(nlp, text, "USA", day=date(2026, 1, 15))["said"].actor_ids == ()


def test_a_given_name_the_ner_took_for_a_product_still_opens_a_namesake(
    nlp: Language,
) -> None:
    text = """No comment

The talks ended. A spokeswoman for Ivanka Trump said she had no comment."""
    assert published_by(nlp, text)["said"].actor_ids == ()  # not Donald Trump's


def test_an_unnamed_interviewees_answer_is_no_speaker_called_a(
    nlp: Language,
) -> None:
    text = """Interview of the Minister with Le Monde

Q. How do you see the talks?

A. We believe that the talks will succeed.

Q. And Russia?

A. We condemn the strikes.
"""
    condemn = published_by(nlp, text, "FRA")["condemn"]
    assert (condemn.speaker, condemn.actor_ids) == ("We", ("FRA",))


def test_our_body_in_a_turn_is_the_speakers_state_not_the_speaker(
    nlp: Language,
) -> None:
    text = """Press statements following Russian-Turkish talks

President of Turkey Recep Tayyip Erdogan: Thank you for your hospitality.

President of Russia Vladimir Putin: Our military say that they were not informed.
"""
    say = published_by(nlp, text, "RUS", day=date(2020, 3, 5))["say"]
    assert (say.speaker, say.actor_ids) == ("Our military", ("RUS",))


def test_a_content_keeps_the_subject_the_parse_hung_on_the_cues_object(
    nlp: Language,
) -> None:
    text = """Press statements following Russian-Turkish talks

President of Russia Vladimir Putin: Thank you.

President of Turkey Recep Tayyip Erdogan: As I told Mr Putin, Turkey will not \
remain silent if its troops come under attack.
"""
    told = published_by(nlp, text, "RUS", day=date(2020, 3, 5))["told"]
    assert told.content == (
        "Turkey will not remain silent if its troops come under attack"
    )


def test_a_turns_cue_keeps_its_negation(nlp: Language) -> None:
    text = """Remarks by President Biden and Prime Minister Kishida

PRIME MINISTER KISHIDA: Thank you, Joe.

PRESIDENT BIDEN: I don't think the Chinese see it that way.
"""
    found = published_by(nlp, text, "USA", day=date(2023, 1, 13))
    assert found["don't think"].content == "the Chinese see it that way"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Statement by Prime Minister Rishi Sunak on Iran", "Rishi Sunak"),
        ("Statement by the Prime Minister on Iran", "I"),  # an office, no name
        (
            "Speech by Prime Minister Rishi Sunak at the Lord Mayor's Banquet",
            "Rishi Sunak",
        ),
        (
            "Statement by H.E. Mr. Sunak, Prime Minister of the United Kingdom, at"
            " the General Debate",
            "Rishi Sunak",
        ),  # the name before the office
        ("Statement by the Spokesperson, Foreign Office, on Iran", "I"),
    ],
)
def test_i_in_a_statement_titled_with_its_authors_name_is_that_person(
    nlp: Language, title: str, speaker: str
) -> None:
    text = (
        "I condemn in the strongest terms the Iranian regime's reckless attack"
        " against Israel. My Government supports a swift return to calm.\n"
    )
    found = published_by(nlp, text, "GBR", date(2024, 4, 14), title=title)
    condemn = found["condemn in the strongest terms"]
    assert (condemn.speaker, condemn.actor_ids) == (speaker, ("GBR",))
    assert found["supports"].speaker == "My Government"  # theirs, not them


def test_i_under_a_byline_of_name_and_office_is_that_person(nlp: Language) -> None:
    text = (
        "Condemning the Attack in Kerman, Iran\n\nPress Statement\nAntony J. Blinken,"
        " Secretary of State\nJanuary 3, 2024\n\nThe United States condemns the"
        " terrorist attack in Kerman, Iran. I reiterate that terrorism is never"
        " justified.\n"
    )
    found = published_by(nlp, text, "USA", date(2024, 1, 3))
    reiterate = found["reiterate"]
    assert (reiterate.speaker, reiterate.actor_ids) == ("Antony J. Blinken", ("USA",))


def test_a_byline_without_an_office_names_no_author(nlp: Language) -> None:
    text = (
        "Condemning the Attack in Kerman, Iran\n\nPress Statement\nWashington, D.C."
        "\nJanuary 3, 2024\n\nThe United States condemns the terrorist attack in"
        " Kerman, Iran. I reiterate that terrorism is never justified.\n"
    )
    found = published_by(nlp, text, "USA", date(2024, 1, 3))
    assert found["reiterate"].speaker == "I"
