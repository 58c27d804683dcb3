"""Titles the document resolves (issue 15): a bare title coordinated with a
named minister speaks with them when the document named its holder (never a
guest's title given to the host), and a name the NER ran into the state of its
title ("President of Mongolia Ukhnaagiin Khurelsukh") is that state's official,
and a side of the meeting when the lead of a transcript has it meet; a firm's
chairman or a leader merely mentioned is neither. A wrong state is worse than
none; nor is "the mediator" a Secretary of State named before. Each runs the
real pipeline. A name set beside a title after a comma ("The Chairperson of
the African Union Commission, H.E. Moussa Faki Mahamat,") is the speaker."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

READOUT = """Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo

Secretary of State Antony J. Blinken met today with Philippine Secretary of Foreign Affairs Enrique Manalo in Washington. The Secretary and Secretary Manalo discussed ways to deepen economic cooperation.
"""  # noqa: E501

VISIT = """President William Ruto of Kenya is on a state visit to France.

The President and Foreign Minister Musalia Mudavadi said that Kenya wanted a renewed partnership with Europe.
"""  # noqa: E501

KREMLIN = """Vladimir Putin and President of Mongolia Ukhnaagiin Khurelsukh made press statements following Russian-Mongolian talks.

President of Russia Vladimir Putin: Mr President, friends,

Particular attention was paid to the Power of Siberia 2 gas pipeline project. Mr Khurelsukh confirmed that Mongolia is interested in its early implementation.

President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Esteemed Vladimir Vladimirovich,

I am grateful for the warm welcome.
"""  # noqa: E501


def test_a_bare_title_and_a_named_minister_speak_for_both_sides(
    nlp: Language,
) -> None:
    readout = published_by(nlp, READOUT, issuer="USA", day=date(2024, 5, 1))
    discussed = readout["discussed"]
    assert discussed.actor_ids == ("USA", "PHL")


def test_a_guests_bare_title_is_not_the_hosts(nlp: Language) -> None:
    said = published_by(nlp, VISIT, issuer="FRA")["said"]
    assert "FRA" not in said.actor_ids


def test_a_name_after_the_state_of_its_title_is_that_states_official(
    nlp: Language,
) -> None:
    confirmed = published_by(nlp, KREMLIN, issuer="RUS")["confirmed"]
    assert confirmed.speaker == "Ukhnaagiin Khurelsukh"
    assert confirmed.actor_ids == ("MNG",)


def test_a_passive_in_a_transcript_speaks_for_the_sides_its_lead_titles(
    nlp: Language,
) -> None:
    paid = published_by(nlp, KREMLIN, issuer="RUS")["Particular attention was paid to"]
    assert paid.actor_ids == ("RUS", "MNG")


def test_a_firms_chairman_after_a_states_name_is_no_official(
    nlp: Language,
) -> None:
    text = """Mongolia's flag carrier orders jets

Chairman of Mongolia Airlines Batbold Ganbaatar met reporters on Monday. Mr Ganbaatar said that the airline would order new aircraft.
"""  # noqa: E501
    assert published_by(nlp, text)["said"].actor_ids == ()


def test_a_leader_the_lead_only_mentions_is_no_side_of_the_meeting(
    nlp: Language,
) -> None:
    text = """Meeting with Government members

Vladimir Putin held a meeting with Government members ahead of the visit of President of Laos Thongloun Sisoulith.

President of Russia Vladimir Putin: Good afternoon, colleagues.

The social and economic situation in the regions was discussed.
"""  # noqa: E501
    discussed = published_by(nlp, text, issuer="RUS")["was discussed"]
    assert "LAO" not in discussed.actor_ids


def test_a_role_the_last_speaker_never_held_names_no_state(nlp: Language) -> None:
    text = """Gaza talks stall

US Secretary of State Antony Blinken said on Monday that a deal was close.

The talks collapsed after the two sides failed to agree on a timetable, the mediator said.
"""  # noqa: E501
    said = published_by(nlp, text, day=date(2024, 5, 1))["said"]
    assert said.actor_ids == ()


AU_STATEMENT = """Statement by the Chairperson of the African Union Commission on Sudan

The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, \
expresses his deep concern over the clashes in Sudan.
"""


def test_a_name_set_beside_a_title_after_a_comma_is_the_speaker(
    nlp: Language,
) -> None:
    concern = published_by(nlp, AU_STATEMENT, "AU")["expresses his deep concern over"]
    assert concern.speaker == "Moussa Faki Mahamat"  # "H.E." is an honorific
    assert concern.speaker_mention.endswith("Moussa Faki Mahamat")
    assert concern.actor_ids == ("AU",)


def test_a_name_beside_a_title_speaks_with_the_titles_state(nlp: Language) -> None:
    text = (
        "The Foreign Minister of Brazil, Mauro Vieira, expressed his deep concern"
        " over the clashes in Sudan."
    )
    concern = published_by(nlp, text)["expressed his deep concern over"]
    assert concern.speaker == "Mauro Vieira"
    assert concern.actor_ids == ("BRA",)
