"""Sentences of readouts the parse bends: an attitude joined to a first verb
speaks with that verb's subject; a past participle on a noun is no one's
statement; a state's adjective the NER took for a person still names the state
of the title it opens, for later mentions of the same official too; news
received "with concern" is no guest received; the UN's own "Secretary-General"
is the office (UNSG); "both ministers" after a call "by telephone with" someone
are the two; a cue joined after a found cue ("welcomed X and urged Y") is found
and speaks with its source. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by


def test_an_attitude_joined_to_a_verb_shares_its_subject(nlp: Language) -> None:
    found = by_cue(
        nlp, "China appreciates Brazil's position and is willing to work with Brazil."
    )
    willing = found["is willing"]
    assert (willing.content, willing.actor_ids) == ("to work with Brazil", ("CHN",))
    assert willing.act == "express_intent_to_negotiate"


def test_a_participle_on_a_noun_is_nobodys_statement(nlp: Language) -> None:
    found = published_by(
        nlp,
        "The Prime Minister spoke to President Zelenskyy this morning. President"
        " Zelenskyy thanked the Prime Minister for the new air defence package"
        " announced last week.",
        issuer="GBR",
    )
    assert found["thanked"].actor_ids == ("UKR",)
    assert "announced" not in found  # it describes the package: no statement


def test_a_state_adjective_read_as_a_person_still_titles_the_official(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Secretary Rubio spoke today with Azerbaijani Foreign Minister Jeyhun"
        " Bayramov. Foreign Minister Bayramov welcomed the proposal to resume talks.",
        issuer="USA",
    )
    welcomed = found["welcomed"]
    assert (welcomed.speaker, welcomed.actor_ids) == ("Jeyhun Bayramov", ("AZE",))


def test_news_received_with_concern_is_no_meeting(nlp: Language) -> None:
    found = published_by(
        nlp,
        "The Brazilian Government received with deep concern the news of the"
        " Israeli airstrikes in Gaza.\n\n"
        "Minister Mauro Vieira discussed the situation by telephone with the"
        " Foreign Minister of Egypt. Both ministers agreed to coordinate positions.",
        issuer="BRA",
    )
    assert "ISR" not in found["agreed"].actor_ids


def test_the_un_s_own_secretary_general_is_the_office_not_the_body(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Statement attributable to the Spokesperson for the Secretary-General on"
        " Sudan\n\nThe Secretary-General is deeply alarmed by the escalation of"
        " fighting in El Fasher.",
        issuer="UN",
    )
    assert found["is deeply alarmed by"].actor_ids == ("UNSG",)


def test_both_ministers_after_a_call_with_a_named_partner_are_the_pair(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Press Release\n\nMinister Mauro Vieira discussed the situation by telephone"
        " with the Foreign Minister of Egypt, Badr Abdelatty. Both ministers agreed"
        " to coordinate positions.",
        issuer="BRA",
    )
    assert found["agreed"].actor_ids == ("BRA", "EGY")


def test_both_alone_after_a_meeting_of_two_is_the_pair(nlp: Language) -> None:
    found = published_by(
        nlp,
        "High Representative Kaja Kallas met today with Ukraine's Minister for"
        " Foreign Affairs Andrii Sybiha in Brussels. Both agreed on the importance"
        " of a just and lasting peace.",
        issuer="EU",
        day=date(2025, 2, 3),
        title="Ukraine: High Representative Kallas meets Foreign Minister Sybiha",
    )
    assert found["agreed on"].actor_ids == ("EU", "UKR")


def test_both_after_a_discussion_with_no_official_are_no_pair(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Foreign Minister Badr Abdelatty discussed the war with the author of a book"
        " on Russia. Both stressed dialogue.",
        issuer="EGY",
    )
    assert found["stressed"].actor_ids == ()


def test_a_cue_joined_after_a_found_cue_shares_its_source(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "The minister welcomed the agreement and urged both sides to implement it."
        "\n\nChina welcomes the ceasefire and supports the mediation efforts of"
        " Qatar.",
    )
    assert found["urged"].speaker_mention == "The minister"
    assert (found["supports"].content, found["supports"].actor_ids) == (
        "the mediation efforts of Qatar",
        ("CHN",),
    )
