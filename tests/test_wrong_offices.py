"""Offices and stances that are not whom they seem (issue 15): a body's office
named in a state's briefing stays the body's, a third party told what it
must understand is not speaking, a title inside a hyphened office is another
office, "the Ministry" in a ministry's statement is the issuer (in the news, the
last named), and "He will thank him" is the subject before, not the one met. A
wrong state is worse than none. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import published_by, statements

BRIEFING = """Press Briefing by Press Secretary Karine Jean-Pierre

MS. JEAN-PIERRE: Good afternoon, everyone.

Q    Karine, one more on Gaza. The UN Secretary-General said yesterday that the humanitarian situation in northern Gaza is "apocalyptic." Does the White House agree?

MS. JEAN-PIERRE: Look, we've been very clear that the humanitarian situation is unacceptable. The Secretary of State and the Secretary of Defense sent a letter to the Israeli government two weeks ago asking it to take concrete steps to increase aid.
"""  # noqa: E501


def test_the_secretary_general_in_a_states_briefing_is_the_uns(
    nlp: Language,
) -> None:
    said = published_by(nlp, BRIEFING, issuer="USA")["said"]
    assert said.actor_ids == ("UNSG",)


def test_a_secretary_of_state_is_not_the_secretary_general_named_before(
    nlp: Language,
) -> None:
    asking = published_by(nlp, BRIEFING, issuer="USA")["asking"]
    assert "UNSG" not in asking.actor_ids


def test_the_secretary_general_in_natos_own_statement_is_natos(
    nlp: Language,
) -> None:
    text = "The Secretary-General said that the situation is dire.\n"
    said = published_by(nlp, text, issuer="NATO")["said"]
    assert said.actor_ids == ("NATO",)


def test_the_security_council_in_the_news_is_the_uns(nlp: Language) -> None:
    text = "The Security Council said it was alarmed by the fighting in Goma.\n"
    said = published_by(nlp, text)["said"]
    assert said.actor_ids == ("UNSC",)


def test_a_third_party_told_what_it_must_understand_is_not_speaking(
    nlp: Language,
) -> None:
    text = """We, the Foreign Ministers of France, Germany and the United Kingdom, met in Paris.

However, Iran must be clear that we will use all diplomatic tools at our disposal.
Moscow should understand that we will not accept this.
"""  # noqa: E501
    found = statements(nlp, text)
    assert all(s.speaker_mention not in ("Iran", "Moscow") for s in found)
    assert all("IRN" not in s.actor_ids for s in found)


def test_i_must_say_stays_a_statement(nlp: Language) -> None:
    text = "I must say that I am disappointed by the decision.\n"
    assert [s.cue for s in statements(nlp, text)] == ["must say"]


def test_an_issuer_that_must_point_out_is_speaking(nlp: Language) -> None:
    text = "The Ministry must point out that Kiev has violated the agreements.\n"
    found = published_by(nlp, text, issuer="RUS")
    assert found["must point out"].actor_ids == ("RUS",)


def test_a_state_named_before_what_describes_it_speaks_for_itself(
    nlp: Language,
) -> None:
    text = "China, a close ally of Pakistan, urged both sides to exercise restraint.\n"
    assert published_by(nlp, text)["urged"].actor_ids == ("CHN",)


def test_a_titled_name_the_ner_missed_is_that_persons_later(nlp: Language) -> None:
    text = (
        "Kazakh President Kassym-Jomart Tokayev arrived in Moscow on Monday.\n\n"
        "Mr Tokayev said the talks were useful.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("KAZ",)


def test_a_titled_name_after_the_titles_portfolio_is_that_persons_later(
    nlp: Language,
) -> None:
    text = (
        "Secretary Austin spoke today with Ukrainian Minister of Defense Oleksii"
        " Reznikov.\n\nMinister Reznikov thanked the Secretary for the support.\n"
    )
    found = published_by(nlp, text, "USA", date(2023, 4, 20))["thanked"]
    assert (found.speaker, found.actor_ids) == ("Oleksii Reznikov", ("UKR",))


@pytest.mark.parametrize(
    ("text", "issuer", "speaker", "actors"),
    [
        (  # a generation's suffix is no surname
            "Secretary of Defense Lloyd J. Austin III spoke today with Ukrainian"
            " Defense Minister Oleksii Reznikov. Secretary Austin reiterated the"
            " United States' steadfast commitment to Ukraine.\n",
            "USA",
            "Austin",
            ("USA",),
        ),
        (  # Japan's foreign ministry writes the family name first, in capitals
            "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a"
            " meeting with the Hon. Penny Wong, Minister for Foreign Affairs of"
            " Australia. Minister Hayashi stated that Japan and Australia are"
            " Special Strategic Partners.\n",
            None,
            "HAYASHI",
            ("JPN",),
        ),
    ],
)
def test_a_surname_of_a_full_name_written_otherwise_is_that_person(
    nlp: Language, text: str, issuer: str | None, speaker: str, actors: tuple[str, ...]
) -> None:
    found = next(iter(published_by(nlp, text, issuer, date(2023, 5, 10)).values()))
    assert speaker in (found.speaker or "")
    assert found.actor_ids == actors


def test_a_list_of_states_with_an_apposition_is_all_of_them(nlp: Language) -> None:
    text = "Britain, France and Germany, the E3, said that Iran was in breach.\n"
    assert published_by(nlp, text)["said"].actor_ids == ("GBR", "FRA", "DEU")


def test_a_surname_the_parse_took_for_a_noun_is_the_person_named_before(
    nlp: Language,
) -> None:
    text = (
        "AMMAN (Reuters) - Egyptian Foreign Minister Badr Abdelatty met his "
        "Jordanian counterpart Ayman Safadi in Amman on Sunday.\n\n"
        "Safadi said the two countries rejected any displacement of Palestinians.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("JOR",)


def test_a_surname_two_people_share_is_neither(nlp: Language) -> None:
    text = (
        "AMMAN, May 3 (Reuters) - Jordan's Foreign Minister Ayman Safadi met U.S. "
        "Senator Lindsey Safadi. Safadi said the region needed calm.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ()


def test_a_foreign_office_spokesman_abroad_is_not_the_datelines(
    nlp: Language,
) -> None:
    text = (
        "PARIS (Reuters) - A Foreign Office spokesman said Britain would not "
        "join the French plan.\n"
    )
    assert "FRA" not in published_by(nlp, text)["said"].actor_ids


def test_the_ministry_in_a_ministrys_statement_is_the_issuer_not_the_last_named(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Statement of the Ministry of Foreign Affairs of Georgia on the shelling of"
        " Gori\n\n"
        "The Ministry of Foreign Affairs of Georgia condemns the shelling of Gori.\n\n"
        "The Russian Ministry of Defence has denied that its artillery fired on the"
        " town. The claim is false.\n\n"
        "The Ministry recalls that attacks on civilians are prohibited.",
    )
    assert found["has denied"].actor_ids == ("RUS",)
    assert found["recalls"].actor_ids == ("GEO",)  # not Russia's, named last


def test_he_opening_a_sentence_is_the_subject_before_not_the_one_met(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Press Gaggle by Press Secretary Karine Jean-Pierre\n\n"
        "MS. JEAN-PIERRE: Good afternoon. On Thursday the Secretary of State will"
        " meet Prime Minister Kristersson of Sweden in Brussels. He will thank him"
        " for his leadership on the accession.\n\n"
        "Q: Will they discuss Ukraine?\n\n"
        "MS. JEAN-PIERRE: I will leave that to the Secretary.",
        issuer="USA",
    )
    assert found["will thank"].actor_ids in ((), ("USA",))  # never Sweden's


def test_he_after_a_call_in_a_turn_is_the_caller_not_the_one_called(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Press Briefing by Press Secretary Karine Jean-Pierre\n\n"
        "MS. JEAN-PIERRE: Good afternoon, everyone. As you all know, the President"
        " spoke with Prime Minister Netanyahu this morning. He made clear that the"
        " United States stands with Israel. He also told the Prime Minister that we"
        " will provide additional assistance.\n\n"
        "Q: Does the President believe Israel should show restraint?\n\n"
        "MS. JEAN-PIERRE: Look, the President has been very clear about this.",
        issuer="USA",
    )
    assert found["made clear"].actor_ids == ("USA",)  # never Israel's
    assert found["also told"].actor_ids == ("USA",)


def test_he_is_not_the_one_his_own_clause_names_as_its_object(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Press Gaggle by Press Secretary Karine Jean-Pierre\n\n"
        "MS. JEAN-PIERRE: Good afternoon. The President met Prime Minister"
        " Kristersson of Sweden today. He thanked the President for his support on"
        " the accession.\n\n"
        "Q: Will they discuss Ukraine?\n\n"
        "MS. JEAN-PIERRE: I will leave that to the President.",
        issuer="USA",
    )
    assert "USA" not in found["thanked"].actor_ids


def test_the_ministry_in_the_news_is_the_last_one_named(nlp: Language) -> None:
    found = published_by(
        nlp,
        "The Russian Defence Ministry said its forces had taken the village."
        " Ukraine's defence ministry said the assault had been repelled."
        " The ministry added that two soldiers were wounded.",
    )
    assert found["added"].actor_ids == ("UKR",)


def test_the_ministry_that_says_where_it_sits_is_that_states(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Japan's foreign ministry protested on Monday. The ministry in Beijing said"
        " Japan's claims were illegal.",
    )
    assert found["said"].actor_ids == ("CHN",)
