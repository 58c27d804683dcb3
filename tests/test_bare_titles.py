"""Whom a bare title ("The President", "the Secretary-General", "the Prime
Minister") means: the principal of the document it speaks for (its issuer, or
the lead of a readout told from the lead's side) when that one holds the title;
else the one actor that the document's earlier full titles give it; none when
they give it to two. A registry alias ("the Secretary-General" of the UN) does
not outvote the document. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by

WHITE_HOUSE_READOUT = """THE WHITE HOUSE

Readout of President Biden's Call with President Zelenskyy of Ukraine

President Biden spoke today with President Zelenskyy of Ukraine. President \
Zelenskyy thanked the United States for its continued support. The President \
reaffirmed the unwavering support of the United States for Ukraine.
"""

WHITE_HOUSE_GAGGLE = """THE WHITE HOUSE
Office of the Press Secretary

Press Gaggle by Press Secretary Jane Morrow

MS. MORROW: Good afternoon. This morning President Zelenskyy of Ukraine \
addressed the conference in Berlin. The President said that the United States \
would stand with Ukraine for as long as it takes.

Q: Will there be a call this week?

MS. MORROW: I have nothing to announce on that today.
"""

READOUT_WITHOUT_HEADER = """Readout of a Call

President Biden spoke today with President Macron of France. President Macron \
described the situation along the border of Lebanon. The President underscored \
the importance of a lasting ceasefire.
"""


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (WHITE_HOUSE_READOUT, "reaffirmed"),
        (WHITE_HOUSE_GAGGLE, "said"),
        (READOUT_WITHOUT_HEADER, "underscored"),
    ],
)
def test_the_president_of_a_readout_or_gaggle_is_its_own_principal(
    nlp: Language, text: str, cue: str
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == ("USA",)


TWO_PRESIDENTS = """President Macron of France met President Zelenskyy of \
Ukraine in Paris on Monday. The President said that the war had to end.
"""


def test_the_president_between_two_presidents_of_nobodys_document_is_no_one(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, TWO_PRESIDENTS, "said").actor_ids == ()


ARAB_LEAGUE = """The Secretary-General of the Arab League, Ahmed Aboul Gheit, \
received the envoy in Cairo on Monday.

The Secretary-General strongly condemns the attack on civilians in Gaza.
"""

NATO_RELEASE = """NATO Press Office, Brussels

Statement on the attack on the port

The Secretary-General strongly condemns the attack on the civilian port.
"""

ASEAN_RELEASE = """ASEAN Secretariat, Jakarta

Press release on the floods

The Secretary-General strongly condemns the looting of relief supplies.
"""


ARAB_LEAGUE_RELEASE = """League of Arab States
General Secretariat

Press release on the situation in Gaza

The Secretary-General strongly condemns the shelling of the hospital.
"""

OAS_RELEASE = """ORGANIZATION OF AMERICAN STATES
Press Office

The Secretary-General met the UN Secretary-General in New York on Friday.

The Secretary-General strongly condemns the violence against the electoral \
authorities.
"""


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (ARAB_LEAGUE, ("LAS",)),
        (NATO_RELEASE, ("NATO",)),
        (ASEAN_RELEASE, ("ASEAN",)),
        (ARAB_LEAGUE_RELEASE, ("LAS",)),
        (OAS_RELEASE, ("OAS",)),
    ],
)
def test_the_secretary_general_of_another_bodys_document_is_that_bodys(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "strongly condemns").actor_ids == actors


UN_STATEMENT = """United Nations
Office of the Spokesperson for the Secretary-General

Statement attributable to the Spokesperson for the Secretary-General on Sudan

The Secretary-General strongly condemns the attack on civilians in El Fasher.
"""

NOON_BRIEFING = """Daily Press Briefing by the Office of the Spokesperson for the \
Secretary-General

Spokesperson: Good afternoon. The Secretary-General strongly condemns the \
shelling of the camp.

Question: Has the Secretary-General spoken to the Secretary-General of the \
Arab League?

Spokesperson: They spoke by phone yesterday.
"""

NOON_BRIEFING_AFTER = """Daily Press Briefing by the Office of the Spokesperson \
for the Secretary-General

Spokesperson: Good afternoon. The Secretary-General of the Arab League \
visited the camp this morning.

Question: Any reaction to the shelling?

Spokesperson: The Secretary-General strongly condemns the shelling of the camp.
"""


@pytest.mark.parametrize("text", [UN_STATEMENT, NOON_BRIEFING, NOON_BRIEFING_AFTER])
def test_the_secretary_general_of_a_un_document_stays_the_uns(
    nlp: Language, text: str
) -> None:
    assert one_by_cue(nlp, text, "strongly condemns").actor_ids == ("UNSG",)


TWO_SECRETARIES_GENERAL = """NATO Secretary-General Mark Rutte met the \
Secretary-General of the Organization of American States in Washington.

The Secretary-General said that the partnership would deepen.
"""


def test_the_secretary_general_after_two_of_them_is_no_one(nlp: Language) -> None:
    assert one_by_cue(nlp, TWO_SECRETARIES_GENERAL, "said").actor_ids == ()


CHAIRPERSON = """The Chairperson of the African Union Commission, Moussa Faki \
Mahamat, arrived in Addis Ababa on Sunday.

The Chairperson called for an immediate ceasefire in the region.
"""

FOREIGN_MINISTER = """The Foreign Minister of Brazil, Mauro Vieira, arrived in \
Lisbon on Monday.

The Foreign Minister said that the talks had been productive.
"""


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [(CHAIRPERSON, "called for", ("AU",)), (FOREIGN_MINISTER, "said", ("BRA",))],
)
def test_a_bare_title_is_the_one_actor_its_earlier_full_title_names(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


TWO_PRIME_MINISTERS = """Prime Minister of India Narendra Modi received Prime \
Minister of Japan Fumio Kishida in New Delhi on Tuesday.

The Prime Minister said that the partnership had never been stronger.
"""

TWO_FOREIGN_MINISTERS = """The Foreign Minister of Brazil, Ana Ribeiro, met the \
Foreign Minister of Portugal, Paulo Rangel, in Lisbon on Monday.

The Foreign Minister said that the talks had been productive.
"""


@pytest.mark.parametrize("text", [TWO_PRIME_MINISTERS, TWO_FOREIGN_MINISTERS])
def test_a_bare_title_two_earlier_full_titles_give_to_two_actors_is_no_one(
    nlp: Language, text: str
) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == ()


INDIAN_RELEASE = """Ministry of External Affairs, New Delhi

Prime Minister Narendra Modi received Prime Minister of Japan Fumio Kishida in \
New Delhi on Tuesday.

The Prime Minister said that the partnership had never been stronger.
"""


def test_a_bare_title_in_an_issuers_release_is_the_issuers_own_holder(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, INDIAN_RELEASE, "said").actor_ids == ("IND",)


VICE_PRESIDENT = """Vice President Harris of the United States met President \
Zelenskyy of Ukraine in Munich on Saturday.

The President said that Ukraine needed more air defence.
"""


def test_a_vice_president_is_no_holder_of_the_president(nlp: Language) -> None:
    assert one_by_cue(nlp, VICE_PRESIDENT, "said").actor_ids == ("UKR",)


FOREIGN_PRIME_MINISTER = """THE WHITE HOUSE

Readout of President Biden's Call with Prime Minister Modi of India

President Biden spoke today with Prime Minister Modi of India. The Prime \
Minister congratulated the President on the launch of the partnership.
"""


def test_a_title_the_principal_does_not_hold_is_the_one_named_with_it(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, FOREIGN_PRIME_MINISTER, "congratulated").actor_ids == (
        "IND",
    )


OWN_FOREIGN_MINISTER = """Federal Foreign Office, Berlin

The Foreign Minister met the Foreign Minister of Brazil, Mauro Vieira, in Berlin \
today.

The Foreign Minister said that the two countries would deepen their cooperation.
"""


def test_a_title_the_issuers_document_uses_bare_first_is_the_issuers(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, OWN_FOREIGN_MINISTER, "said").actor_ids == ("DEU",)


SECRETARY_READOUT = """Readout of a Call

Secretary of State Antony Blinken spoke today with President Zelenskyy of \
Ukraine. The President thanked the United States for its support.
"""


def test_a_title_a_readouts_lead_does_not_hold_is_the_one_named_with_it(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, SECRETARY_READOUT, "thanked").actor_ids == ("UKR",)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The Secretary-General of the Arab League, Ahmed Aboul Gheit, met the "
            "Foreign Minister of Egypt in Cairo on Monday. The two sides discussed "
            "the situation in Gaza.",
            {"LAS", "EGY"},
        ),
        (
            "The Secretary-General of NATO met the Prime Minister of Norway in Oslo "
            "on Monday. The two sides discussed support for Ukraine.",
            {"NATO", "NOR"},
        ),
    ],
)
def test_a_secretary_general_of_another_body_joins_a_group_as_that_body(
    nlp: Language, text: str, actors: set[str]
) -> None:
    assert set(one_by_cue(nlp, text, "discussed").actor_ids) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The Arab League held an emergency meeting in Cairo on Sunday. The "
            "Secretary-General strongly condemned the attack.",
            (),
        ),
        (
            "The Security Council met on Sunday. The Secretary-General strongly "
            "condemned the attack.",
            ("UNSG",),
        ),
        ("The Secretary-General strongly condemned the attack.", ("UNSG",)),
    ],
)
def test_the_registrys_secretary_general_needs_a_document_naming_no_other_body(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "strongly condemned").actor_ids == actors


def test_a_head_of_government_the_issuer_has_none_of_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "We welcome the opening of new crossings. The Prime Minister has said that"
        " he wants to see more aid get in."
    )
    found = published_by(nlp, text, "USA")["has said"]
    assert found.actor_ids == ()  # the United States has no prime minister


BRIEFING = """MR MILLER: The Secretary has been clear that Israel must do more to \
protect civilians.

QUESTION: Do you accept that?

MR MILLER: The Prime Minister has said that he wants to see more aid get in.
"""


def test_a_title_after_another_title_is_not_the_same_person(nlp: Language) -> None:
    assert published_by(nlp, BRIEFING, "USA")["has said"].actor_ids == ()


FLOOR = """President of Russia Vladimir Putin: Good afternoon.

Vladimir Putin: I am sure that the new authorities are bound to understand this.

Question: Does your executive order concern Ukraine's territorial integrity \
because the President that is still in office qualified it as an attempt at \
annexation?

Vladimir Putin: I think I have already answered this question.
"""


def test_a_title_in_a_question_is_not_the_one_the_question_asks(
    nlp: Language,
) -> None:
    assert published_by(nlp, FLOOR, "RUS")["qualified"].actor_ids == ()


INDIAN_READOUT = """Prime Minister's telephone conversation with the President of France

Prime Minister Shri Narendra Modi spoke on the phone today with President \
Emmanuel Macron of France. The two leaders reviewed the progress in the \
India-France Strategic Partnership. Prime Minister conveyed his appreciation for \
the warm hospitality extended to him during his visit to Paris.
"""


def test_a_title_without_its_article_is_the_readouts_lead(nlp: Language) -> None:
    conveyed = published_by(nlp, INDIAN_READOUT, "IND")["conveyed his appreciation for"]
    assert conveyed.actor_ids == ("IND",)
    assert conveyed.speaker == "Narendra Modi"  # "Shri" is an honorific, no name


def test_a_name_without_a_title_is_no_bare_title(nlp: Language) -> None:
    said = published_by(nlp, "Minister Jaishankar said India would act.", "IND")
    assert said["said"].speaker == "S. Jaishankar"
