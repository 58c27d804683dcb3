"""Whom a press conference's speakers speak for when their labels name no
state: the state the header gives them by name ("Prime Minister Albanese of
Australia"); and, answering a question from the floor, "we have made clear"
is the speaker's own side, not what the meeting did; "both" in what one
believes leaves the view one's own; labels with a translator's note, a note in
square brackets, or a name before its title or outlet open turns. Each runs the
real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by, statements

TWO_LEADERS = """Remarks by President Biden and Prime Minister Albanese of Australia in Joint Press Conference
East Room

President Biden: Good afternoon. I believe that our alliance has never been stronger.

Prime Minister Albanese: Thank you, Mr. President. I think that our partnership will only grow.

Question: Prime Minister, China has said that the partnership threatens stability.

Prime Minister Albanese: We have made clear that it is about deterrence.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("cue", "actors"),
    [("believe", ("USA",)), ("think", ("AUS",)), ("have made clear", ("AUS",))],
)
def test_a_leader_speaks_for_the_state_the_header_names_beside_their_name(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, TWO_LEADERS, cue).actor_ids == actors


DEMONYM = """Joint press conference with Australian Prime Minister Anthony Albanese
Canberra

Prime Minister Albanese: I think that the visit was a success.

Prime Minister Luxon: I believe that our two countries are family.
"""


def test_a_demonym_before_the_title_and_name_in_the_header_gives_the_state(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, DEMONYM, "think").actor_ids == ("AUS",)


PRESIDING = """Provisional record
Meeting of the Council under the President of Malta

The President: I believe that the Council must act.

Mr. Erdan (Israel): We have said that the report is one-sided.
"""


def test_a_label_ending_in_a_title_takes_no_state_from_the_header(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, PRESIDING, "believe").actor_ids == ()


ANSWER = """Press statements following Russian-French talks

President of Russia Vladimir Putin: Good afternoon. We have discussed trade today.

President of France Emmanuel Macron: Thank you. We agreed to keep talking.

Question: Mr President, Kyiv says that the talks changed nothing. Your comment?

President of Russia Vladimir Putin: We have made clear that our position is unchanged.
"""


def test_we_answering_a_question_from_the_floor_is_the_speakers_own_side(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, ANSWER, "have made clear").actor_ids == ("RUS",)
    assert set(one_by_cue(nlp, ANSWER, "agreed").actor_ids) == {"RUS", "FRA"}


QA = """Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 5, 2023

Q: The Philippine coast guard said that a Chinese vessel had used a water cannon.

A: We have made clear that the shoal is part of China's territory.

Q: Russia and Ukraine accused each other of destroying the dam.

A: I believe that dialogue is the only way out.
"""  # noqa: E501


@pytest.mark.parametrize("cue", ["have made clear", "believe"])
def test_the_answers_of_a_q_and_a_briefing_are_the_spokesperson_the_header_names(
    nlp: Language, cue: str
) -> None:
    found = one_by_cue(nlp, QA, cue)
    assert (found.speaker, found.actor_ids) == ("Mao Ning", ("CHN",))


def test_a_questions_report_in_a_q_and_a_briefing_keeps_its_own_source(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, QA, "said").actor_ids == ("PHL",)


OUTLETS = """Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 6, 2023

Mao Ning: Good afternoon. I have no announcement today.

Beijing Youth Daily: We learned that Japan has decided to release the water. Comment?

Mao Ning: We urge Japan to stop the discharge.

Russia Today: We understand that Ukraine has rejected the proposal. Any comment?

Mao Ning: I believe that dialogue is the only way out.

Anadolu Agency: We have learned that Türkiye will host the talks. Can you confirm?

Mao Ning: I have no information to release.
"""  # noqa: E501


@pytest.mark.parametrize("cue", ["learned", "understand", "have learned"])
def test_a_questioner_named_by_an_outlet_or_asking_speaks_for_no_state(
    nlp: Language, cue: str
) -> None:
    assert one_by_cue(nlp, OUTLETS, cue).actor_ids == ()


ASKED = """Press conference of the President of France and the President of Ukraine

President of Ukraine Volodymyr Zelensky: We discussed the security of the Black Sea.

Question: Did President Macron tell the President of Russia that talks are possible? Are you saying that the ceasefire has failed? Why did Russia reject the proposal of a ceasefire?

President of France Emmanuel Macron: I told him that talks are possible.

Question: The Turkish President said that he is ready to host talks. Do you support that?

President of Ukraine Volodymyr Zelensky: We support any talks that lead to a just peace.
"""  # noqa: E501


def test_a_question_asking_whether_someone_spoke_reports_no_statement(
    nlp: Language,
) -> None:
    found = [(s.cue, s.speaker_mention) for s in statements(nlp, ASKED)]
    assert ("told", "I") in found  # the answer reports it
    assert ("said", "The Turkish President") in found  # a question's report
    asked = [cue for cue, _ in found if cue in ("tell", "saying", "reject")]
    assert asked == []


def test_a_stance_towards_talks_is_the_speakers_own_not_both_sides(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, ASKED, "discussed").actor_ids == ("UKR", "FRA")
    assert one_by_cue(nlp, ASKED, "support").actor_ids == ("UKR",)


WHITE_HOUSE = """Remarks by President Biden and Prime Minister Sunak of the United Kingdom in Joint Press Conference

THE PRESIDENT: Thank you very much. I believe that our alliance has never been stronger.

PRIME MINISTER SUNAK: Thank you, Mr. President. I think that Ukraine will prevail.

Q    Thank you, Mr. President. We have heard that your government plans new tariffs. Is that true?

THE PRESIDENT: We have always said that there will be consequences.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("cue", "speaker", "actors"),
    [
        ("believe", "Joseph R. Biden", ("USA",)),  # "THE PRESIDENT:", the header's
        ("think", "Rishi Sunak", ("GBR",)),
        ("have heard", "Q", ()),  # "Q" and spaces: the floor, not the President
        ("have always said", "Joseph R. Biden", ("USA",)),
    ],
)
def test_the_white_houses_labels_are_turns(
    nlp: Language, cue: str, speaker: str, actors: tuple[str, ...]
) -> None:
    found = one_by_cue(nlp, WHITE_HOUSE, cue)
    assert (found.speaker, found.actor_ids) == (speaker, actors)


BRIEFING = """Press Briefing by Press Secretary Karine Jean-Pierre

MS. JEAN-PIERRE: Good afternoon, everyone. We believe that the bill must pass this week.

Q    Thanks, Karine. I want to ask about the bill. Will the President sign it?

MS. JEAN-PIERRE: We have always said that the door is open.
"""


def test_an_upper_case_abbreviated_title_opens_a_turn(nlp: Language) -> None:
    # the surname is the full name the header used, and the registry's office
    found = statements(nlp, BRIEFING)
    assert [(s.speaker, s.cue, s.actor_ids) for s in found] == [
        ("Karine Jean-Pierre", "believe", ("USA",)),  # not 'JEAN-PIERRE' saying
        ("Karine Jean-Pierre", "have always said", ("USA",)),  # the whole turn
    ]


STATE_DEPARTMENT = """Department Press Briefing

MR MILLER: Good afternoon. We believe that the ceasefire must hold.

QUESTION: Matt, does the Secretary think the talks will succeed?

MR MILLER: I think that the Secretary has been clear.
"""


def test_a_title_without_its_full_stop_is_no_part_of_the_name(nlp: Language) -> None:
    found = statements(nlp, STATE_DEPARTMENT)
    assert {s.speaker for s in found} == {"Miller"}  # not 'MR Miller'


def test_the_hosts_bare_title_is_the_one_the_page_title_names(
    nlp: Language,
) -> None:
    # a page whose title came apart from its text (as a site's <title> does)
    text = WHITE_HOUSE.split("\n\n", 1)[1]
    title = WHITE_HOUSE.split("\n", 1)[0]
    found = published_by(nlp, text, "USA", date(2023, 6, 8), title=title)
    assert found["believe"].actor_ids == ("USA",)


RETRANSLATED = """Press statements following Russian-Chinese talks

President of Russia Vladimir Putin: We discussed bilateral relations.

President of China Xi Jinping (retranslated): We exchanged views on bilateral relations.
"""


def test_a_label_with_a_translators_note_is_no_source(nlp: Language) -> None:
    said = published_by(nlp, RETRANSLATED, issuer="RUS")["exchanged views on"]
    assert (said.speaker_mention, said.speaker) == ("We", "Xi Jinping")
    assert said.actor_ids == ("CHN", "RUS")


GUEST = """Meeting with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan

Vladimir Putin: Mr President, my friend, I am very glad to see you. Our relations are developing very well.

President of the United Arab Emirates Mohammed bin Zayed Al Nahyan (retranslated): Thank you, Mr President. We believe that our partnership serves the interests of both our peoples. We agreed to work together on humanitarian exchanges.
"""  # noqa: E501


def test_both_in_what_we_believe_leaves_the_view_the_speakers_own(
    nlp: Language,
) -> None:
    said = published_by(nlp, GUEST, issuer="RUS", day=date(2024, 8, 6))
    assert said["believe"].actor_ids == ("ARE",)
    assert set(said["agreed"].actor_ids) == {"ARE", "RUS"}


WEEKLY_BRIEFING = """Transcript of Weekly Media Briefing by the Official Spokesperson (March 21, 2024)

Shri Randhir Jaiswal, Official Spokesperson: Good afternoon and welcome to this weekly briefing. We have seen reports regarding the situation in Haiti.

Sidhant Sibal, WION: Sir, what is our position on the remarks made by the US State Department on the CAA?

Shri Randhir Jaiswal, Official Spokesperson: We believe that the statement is misplaced, misinformed and unwarranted.
"""  # noqa: E501


def test_a_label_with_the_name_before_the_title_opens_a_turn(nlp: Language) -> None:
    said = published_by(nlp, WEEKLY_BRIEFING, issuer="IND", day=date(2024, 3, 21))
    assert ":" not in said
    believe = said["believe"]
    assert (believe.speaker, believe.actor_ids) == ("Randhir Jaiswal", ("IND",))


NATO_PRESS = """Press conference by NATO Secretary General Jens Stoltenberg

Oana Lungescu [NATO Spokesperson]: Good afternoon. The Secretary General will start with a statement.

NATO Secretary General Jens Stoltenberg: Good afternoon. I expect Allies to deliver more.

Sabine Siebold (Reuters): Secretary General, do you expect Sweden to join by July?

NATO Secretary General Jens Stoltenberg: I am confident that Sweden will become a member.
"""  # noqa: E501


def test_a_label_with_its_note_in_square_brackets_opens_a_turn(
    nlp: Language,
) -> None:
    said = published_by(nlp, NATO_PRESS, issuer="NATO", day=date(2023, 2, 15))
    assert ":" not in said
    assert (said["expect"].speaker, said["expect"].actor_ids) == (
        "Jens Stoltenberg",
        ("NATO",),
    )
