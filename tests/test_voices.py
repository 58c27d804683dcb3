"""Who speaks for whom, read from the document: speaker turns, the participants
of a call or meeting, the signatories of a joint statement, the issuer of a
statement; groups; and the wrong actors seen on real news, rebuilt in test
documents (issue 15). Each runs the real pipeline (`extract_statements`)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from extract.nlp.attribution import Attribution
from extract.nlp.pipeline import extract_statements
from extract.nlp.subjects import with_subject_sources
from kernel.records import Background, Statement


def statements(nlp: Language, text: str, issuer: str | None = None) -> list[Statement]:
    background = Background({"doc": issuer} if issuer else {})
    return next(extract_statements(nlp, [("doc", text)], background=background))[1]


def voices(
    nlp: Language, text: str, issuer: str | None = None
) -> dict[str, list[tuple[str, ...]]]:
    """The actor sets of the statements of each speaker mention."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for s in statements(nlp, text, issuer):
        found.setdefault(s.speaker_mention or "", []).append(s.actor_ids)
    return found


TRANSCRIPT = """President of Russia Vladimir Putin: Good afternoon, colleagues.

I told our partners that we are ready to continue the dialogue on security.

Question (retranslated): I think that the talks could be postponed.

Vladimir Putin: We believe that the sanctions are counterproductive.

Federal Chancellor of Germany Angela Merkel (retranslated): I think that the Minsk
agreements remain the basis.
"""


def test_first_person_in_a_turn_speaks_for_the_turns_speaker(nlp: Language) -> None:
    said = {(s.speaker_mention, s.content[:12]): s for s in statements(nlp, TRANSCRIPT)}

    told = said[("I", "that we are ")]
    assert (told.speaker, told.actor_ids) == ("Vladimir Putin", ("RUS",))
    assert said[("We", "that the san")].actor_ids == ("RUS",)
    merkel = said[("I", "that the Min")]
    assert (merkel.speaker, merkel.actor_ids) == ("Angela Merkel", ("DEU",))
    assert said[("I", "that the tal")].actor_ids == ()  # a question from the floor


def test_a_un_record_label_names_the_state_in_brackets(nlp: Language) -> None:
    text = (
        "Mr. Nebenzia (Russian Federation): We believe that the draft resolution"
        " is unbalanced.\n\nMr. Hammarskjold (Sweden): We think that the council"
        " must act now.\n"
    )
    assert voices(nlp, text)["We"] == [("RUS",), ("SWE",)]


def test_an_interviewers_turn_speaks_for_no_state(nlp: Language) -> None:
    text = (
        "Bloomberg Editor John Micklethwait: I think that Russia wants the deal.\n\n"
        "Vladimir Putin: I believe that the deal is possible.\n"
    )
    assert voices(nlp, text)["I"] == [(), ("RUS",)]


READOUT = (
    "President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of"
    " France. The two leaders discussed the war in Ukraine. They agreed that"
    " support for Ukraine must continue. He underscored that the alliance stands"
    " united. Both sides expressed concern that the conflict could widen."
)


def test_a_readouts_group_mentions_are_its_participants(nlp: Language) -> None:
    found = voices(nlp, READOUT)

    assert found["The two leaders"] == [("USA", "FRA")]
    assert found["They"] == [("USA", "FRA")]
    assert found["Both sides"] == [("USA", "FRA")]
    assert found["He"] == [("USA",)]  # the call's lead, before anyone else spoke


def test_we_in_an_issuers_account_of_a_meeting_names_the_issuer_first(
    nlp: Language,
) -> None:
    text = (
        "President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron"
        " of France. We discussed the war in Ukraine."
    )
    assert voices(nlp, text, issuer="FRA")["We"] == [("FRA", "USA")]


def test_they_in_news_is_not_guessed(nlp: Language) -> None:
    text = (
        "Russia and China blocked the resolution on Monday. Protesters gathered"
        " outside the embassy. They said that the vote was a disgrace."
    )
    assert voices(nlp, text).get("They", [()]) == [()]


def test_we_of_a_joint_statement_is_every_signatory(nlp: Language) -> None:
    text = (
        "We, the leaders of Canada, Japan and Italy, condemn the missile launch."
        " We call on all parties to respect the ceasefire. We reaffirm that our"
        " nations stand together."
    )
    assert set(voices(nlp, text)["We"]) == {("CAN", "JPN", "ITA")}


def test_a_statement_speaks_with_its_issuers_voice(nlp: Language) -> None:
    text = (
        "I believe that the ceasefire must hold. My Administration supports a"
        " thorough investigation. Foreign Minister Sergey Lavrov said that Russia"
        " would not take part."
    )
    with_issuer = voices(nlp, text, issuer="USA")
    without = voices(nlp, text)

    assert with_issuer["I"] == [("USA",)]
    assert with_issuer["My Administration"] == [("USA",)]
    assert with_issuer["Foreign Minister Sergey Lavrov"] == [("RUS",)]  # named wins
    assert without["I"] == [()]


def test_an_issuer_does_not_speak_in_another_speakers_turn(nlp: Language) -> None:
    assert voices(nlp, TRANSCRIPT, issuer="USA")["We"] == [("RUS",)]


@pytest.mark.parametrize(
    ("text", "mention", "actors"),
    [
        (
            "Hungarian and Romanian officials said that the border would reopen.",
            "Hungarian and Romanian officials",
            ("HUN", "ROU"),
        ),
        (
            "Vladimir Putin and Barack Obama agreed that the ceasefire must hold.",
            "Vladimir Putin and Barack Obama",
            ("RUS", "USA"),
        ),
    ],
)
def test_coordinated_sources_speak_for_every_conjunct_in_text_order(
    nlp: Language, text: str, mention: str, actors: tuple[str, ...]
) -> None:
    assert voices(nlp, text)[mention] == [actors]


@pytest.mark.parametrize(
    ("text", "mention", "actors"),
    [
        (
            "New Jersey native Connor Clifton said that the game was hard.",
            "New Jersey native Connor Clifton",
            (),
        ),
        (
            "The Inner Mongolia health authority said that the outbreak was contained.",
            "The Inner Mongolia health authority",
            (),
        ),
        (
            "Kurt Volker, the US special envoy for Ukraine, said that Russia must"
            " withdraw.",
            "Kurt Volker, the US special envoy for Ukraine",
            ("USA",),
        ),
        (
            "US Ambassador to Germany Richard Grenell said that the ban was welcome.",
            "US Ambassador to Germany Richard Grenell",
            ("USA",),
        ),
        (
            "US Defense Secretary Jim Mattis, on a visit to Vietnam, said that the"
            " talks went well.",
            "US Defense Secretary Jim Mattis",
            ("USA",),
        ),
        (
            "Hungarian-born US billionaire George Soros said that the law was unjust.",
            "Hungarian-born US billionaire George Soros",
            (),
        ),
        (
            "A US military spokesman in Iraq, Colonel Myles Caggins, said that the"
            " strikes in Iraq and Syria were defensive.",
            "A US military spokesman in Iraq, Colonel Myles Caggins",
            ("USA",),
        ),
        (
            "Chinese citizens said that the prices had risen.",
            "Chinese citizens",
            (),
        ),
    ],
)
def test_wrong_actors_seen_on_real_news_come_out_right_or_null(
    nlp: Language, text: str, mention: str, actors: tuple[str, ...]
) -> None:
    assert voices(nlp, text)[mention] == [actors]


PRESS_CONFERENCE = """CHANCELLOR SCHOLZ: Dear Joe, welcome to Berlin.

We stand by Ukraine as long as it is necessary, and I said that the aid will go on.

Together, we have said that the alliance defends every inch of its territory.

PRESIDENT BIDEN: Thank you, Olaf. The chancellor and I agreed that the sanctions
must stay in place.
"""


def test_we_of_a_joint_press_conference_is_both_when_the_sentence_says_so(
    nlp: Language,
) -> None:
    said = {s.cue: s for s in statements(nlp, PRESS_CONFERENCE)}
    assert said["stand by"].actor_ids == ("DEU",)  # the speaker's "we"
    assert said["have said"].actor_ids == ("DEU", "USA")  # "Together, we"
    assert said["agreed"].actor_ids == ("USA", "DEU")  # "the chancellor and I"


def test_a_named_person_joined_to_i_adds_that_persons_actor(nlp: Language) -> None:
    text = (
        "President of Russia Vladimir Putin: Good afternoon.\n\n"
        "Mr Erdogan and I were also discussing the ceasefire yesterday.\n\n"
        "Question: Will the fighting stop?\n\n"
        "Vladimir Putin: I think that it will."
    )
    said = {s.cue: s for s in statements(nlp, text)}

    assert said["were also discussing"].actor_ids == ("RUS", "TUR")


def test_names_the_parse_leaves_outside_and_i_still_join_the_speaker(
    nlp: Language,
) -> None:
    text = (
        "President of Russia Vladimir Putin: Colleagues, friends.\n\n"
        "Just now President of Iran Hassan Rouhani, President of Turkey Recep"
        " Erdogan and I have concluded very substantive talks on Syria.\n\n"
        "President of Iran Hassan Rouhani: Thank you."
    )
    said = {s.cue: s for s in statements(nlp, text)}
    talks = said["have concluded very substantive talks on"]
    assert talks.actor_ids == ("RUS", "IRN", "TUR")  # 'and I' is not the parse's conj


def test_a_turn_label_read_as_a_source_is_that_turns_speaker(nlp: Language) -> None:
    for s in statements(nlp, PRESS_CONFERENCE):
        if s.speaker_mention == "PRESIDENT BIDEN":
            assert (s.speaker, s.actor_ids) == ("Joseph R. Biden", ("USA",))


def test_a_lone_word_label_that_recurs_opens_turns(nlp: Language) -> None:
    text = (
        "SANDERS: I believe that we will win the primary in Iowa.\n\n"
        "CLINTON: I think that the polls are wrong.\n\n"
        "SANDERS: We will see.\n\n"
        "CLINTON: I said that the race is far from over.\n"
    )
    said = {s.cue: s.speaker for s in statements(nlp, text)}
    assert said == {"believe": "Sanders", "think": "Clinton", "said": "Clinton"}


def test_they_after_a_coordination_in_its_sentence_is_that_group(
    nlp: Language,
) -> None:
    text = (
        "Regarding the meeting between President Erdogan and President Putin, they"
        " said that the ceasefire in the north would hold."
    )
    (said,) = statements(nlp, text)
    assert said.actor_ids == ("TUR", "RUS")


def test_a_title_the_parse_leaves_outside_the_source_still_governs(
    nlp: Language,
) -> None:
    text = 'Niger\'s president Mahamadou Issoufou said, "The zone is open."'
    (said,) = statements(nlp, text)
    assert (said.speaker, said.actor_ids) == ("Mahamadou Issoufou", ("NER",))


def test_an_unresolved_pronoun_is_no_speakers_name(nlp: Language) -> None:
    (said,) = statements(nlp, "They said that the border would stay closed.")
    assert (said.speaker, said.speaker_mention, said.actor_ids) == (None, "They", ())


def test_the_us_named_in_a_turn_is_the_state_not_first_person(nlp: Language) -> None:
    text = (
        "Vladimir Putin: We met today.\n\nQuestion (retranslated): The US decided"
        " to withdraw from Syria.\n\nVladimir Putin: The US has expressed its view"
        " on this.\n"
    )
    for s in statements(nlp, text):
        if s.speaker_mention == "The US":
            assert (s.speaker, s.actor_ids) == ("The US", ("USA",))


def test_an_official_of_a_subdivision_speaks_for_its_country(nlp: Language) -> None:
    text = (
        "Texas Governor Greg Abbott said the border would stay closed.\n\n"
        "Andy Beshear, the governor of Kentucky, said the state would sue.\n\n"
        "Ontario Premier Doug Ford said that the tariffs would hurt workers.\n\n"
        "New Jersey native Connor Clifton said the team was ready.\n\n"
        "Nevada Gov. Steve Sisolak said it was time to act.\n"
    )
    said = {s.speaker: s.actor_ids for s in statements(nlp, text)}
    assert said["Greg Abbott"] == ("USA",)
    assert said["Steve Sisolak"] == ("USA",)  # the title abbreviated
    assert said["Andy Beshear"] == ("USA",)
    assert said["Doug Ford"] == ("CAN",)
    assert said["Connor Clifton"] == ()  # no office of the place


def test_a_later_the_embassy_is_the_embassy_named_before(nlp: Language) -> None:
    text = (
        "The police wrote to the US Embassy in London about the case. The embassy"
        " said that the family had left the country."
    )
    (said,) = [s for s in statements(nlp, text) if s.speaker_mention == "The embassy"]
    assert said.actor_ids == ("USA",)


def test_a_body_whose_name_is_a_movement_keeps_its_actor(nlp: Language) -> None:
    text = "The Houthi movement said that the ships would be targeted."
    (said,) = statements(nlp, text)
    assert said.actor_ids == ("HOUTHI",)


def test_a_registry_person_under_another_actors_title_is_left_null(
    nlp: Language,
) -> None:
    text = (
        "AU chairperson President Abdel Fattah el-Sisi of Egypt said the deal"
        " was historic."
    )
    (said,) = statements(nlp, text)
    assert said.actor_ids in ((), ("AU",))  # never Egypt for the AU's chair


def test_we_left_without_a_source_by_the_model_is_the_cue_verbs_subject(
    nlp: Language,
) -> None:
    doc = nlp("Together, we will reaffirm our support for the talks.")
    cue = next(t.i for t in doc if t.lower_ == "reaffirm")
    content = (cue + 1, len(doc) - 1)
    bare = Attribution(
        cue=(cue, cue + 1), content=content, source=None, cue_lemma="reaffirm"
    )
    (filled,) = with_subject_sources(doc, [bare])
    assert filled.source is not None
    assert doc[filled.source[0] : filled.source[1]].text == "we"
    dummy = nlp("It was reaffirmed that the talks go on.")
    cue = next(t.i for t in dummy if t.lower_ == "reaffirmed")
    none = Attribution((cue, cue + 1), (cue + 1, len(dummy) - 1), None, "reaffirm")
    assert with_subject_sources(dummy, [none]) == [none]  # no voice in "It"


def test_a_registry_person_speaks_for_the_office_held_on_the_articles_date(
    nlp: Language,
) -> None:
    text = "Antonio Guterres said the budget would be balanced."
    for day, actor in ((date(1999, 5, 1), "PRT"), (date(2024, 5, 1), "UNSG")):
        background = Background(published={"doc": day})
        (said,) = next(extract_statements(nlp, [("doc", text)], background=background))[
            1
        ]
        assert said.actor_ids == (actor,)


def test_a_transcripts_title_names_the_participants_of_the_parties(
    nlp: Language,
) -> None:
    text = (
        "Vladimir Putin: Good afternoon.\n\nThe parties to the talks said that the"
        " exchange of detainees would continue.\n\nQuestion: When will it start?\n"
    )
    title = "Press statements following Russian-Turkish talks"
    background = Background({"doc": "RUS"}, titles={"doc": title})
    found = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    parties = [s for s in found if s.speaker_mention == "The parties to the talks"]
    assert [s.actor_ids for s in parties] == [("RUS", "TUR")]
    news = Background(titles={"doc": title})  # no issuer: a news report's title
    found = next(extract_statements(nlp, [("doc", text)], background=news))[1]
    parties = [s for s in found if s.speaker_mention == "The parties to the talks"]
    assert [s.actor_ids for s in parties] == [()]


def test_we_who_met_someone_are_not_those_we_met(nlp: Language) -> None:
    text = (
        "We held talks with the Prime Minister of Japan this morning."
        " We agreed to expand cooperation in shipbuilding."
        " We urged them to lift export controls."
        " We underscored our commitment to free trade."
        " They stressed the importance of supply chains."
    )
    # 'they' may be anyone named since: no one
    assert voices(nlp, text) == {"We": [(), (), ()], "They": [()]}
    assert voices(nlp, text, issuer="KOR") == {
        "We": [("KOR", "JPN"), ("KOR",), ("KOR",)],
        "They": [()],
    }


def test_we_who_urged_those_our_envoy_met_are_our_side(nlp: Language) -> None:
    text = (
        "Our envoy met with representatives of the government of Chad."
        " We urged them to release the detained journalists."
    )
    assert voices(nlp, text, issuer="FRA")["We"] == [("FRA",)]


def test_we_who_urged_them_at_a_meeting_are_one_side(nlp: Language) -> None:
    text = (
        "The Foreign Secretary met the Foreign Minister of Jordan in London."
        " We urged them to keep the crossings open. We agreed to meet again."
    )
    assert voices(nlp, text, issuer="GBR")["We"] == [("GBR",), ("GBR", "JOR")]


def test_our_land_that_another_state_attacks_is_not_that_states_we(
    nlp: Language,
) -> None:
    text = (
        "I am grateful to you for this opportunity. Russia has brought the war to"
        " our land. We propose to give the General Assembly real power to overcome"
        " the veto."
    )
    assert voices(nlp, text, issuer="UKR") == {"I": [("UKR",)], "We": [("UKR",)]}
    assert voices(nlp, text) == {"I": [()], "We": [()]}  # never Russia's


def test_our_commitment_a_state_reaffirms_in_its_own_statement_is_its_we(
    nlp: Language,
) -> None:
    text = (
        "The United States reaffirms our commitment to Ukraine. We will continue"
        " to support Kyiv."
    )
    assert voices(nlp, text, issuer="USA")["We"] == [("USA",)]
