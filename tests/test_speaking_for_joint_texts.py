"""Who "we" and the group nouns of a joint statement, declaration, letter or
readout speak for: every participant or signatory, read from the title, the
opening or the signature blocks, never some of them; a plural title before
names ("Presidents X of Angola and Y of Namibia") speaks for each. A group that
cannot be read, or counted otherwise ("the ministers of the three countries"
given two), stays without an actor. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by

from extract.nlp.pipeline import extract_statements
from extract.nlp.signatures import closing_signatories
from kernel.records import Background, Statement

QUAD = ("AUS", "IND", "JPN", "USA")

TITLED = (
    (
        "Joint Statement of the Foreign Ministers of Australia, India, Japan and the "
        "United States\n"
    )
    + """
Tokyo, 29 July 2024

Today we met in Tokyo for the ninth meeting of our four countries.

We reaffirmed our commitment to a free and open Indo-Pacific.

The Ministers expressed serious concern about the situation in the South China Sea.
"""
)


@pytest.mark.parametrize("cue", ["reaffirmed", "expressed serious concern about"])
def test_a_joint_title_listing_the_signatories_gives_we_and_the_ministers_all_of_them(
    nlp: Language, cue: str
) -> None:
    assert set(one_by_cue(nlp, TITLED, cue).actor_ids) == set(QUAD)


def test_the_signatories_of_a_joint_title_who_met_another_state_are_we(
    nlp: Language,
) -> None:
    text = (
        "Joint Statement by the Foreign Ministers of Spain, Portugal and Italy on"
        " Libya\n\nWe met the Prime Minister of Libya in Rome today. We urged Libya"
        " to hold elections without delay."
    )
    assert set(one_by_cue(nlp, text, "urged").actor_ids) == {"ESP", "PRT", "ITA"}


def test_a_joint_title_naming_no_one_does_not_make_those_met_we(
    nlp: Language,
) -> None:
    text = (
        "Joint Press Statement\n\nWe met the Prime Minister of Libya in Rome today."
        " We urged Libya to hold elections without delay."
    )
    assert one_by_cue(nlp, text, "urged").actor_ids == ()


def test_a_joint_title_naming_both_sides_keeps_we_both_after_we_met(
    nlp: Language,
) -> None:
    text = (
        "Joint Statement by Spain and Morocco\n\nWe met in Rabat today with the"
        " Foreign Minister of Morocco. We agreed to reopen the border crossings."
    )
    assert set(one_by_cue(nlp, text, "agreed").actor_ids) == {"ESP", "MAR"}


BETWEEN = (
    (
        "Joint Statement on the Strategic Partnership between the Republic of Korea "
        "and Canada\n"
    )
    + """
Ottawa, 22 September 2023

President Yoon and Prime Minister Trudeau held a summit meeting in Ottawa today.

Both sides welcomed the entry into force of the agreement on military information.
"""
)


def test_a_partnership_between_two_states_in_a_joint_title_names_both_sides(
    nlp: Language,
) -> None:
    assert set(one_by_cue(nlp, BETWEEN, "welcomed").actor_ids) == {"KOR", "CAN"}


CONFLICT = """Joint Statement on the ceasefire between Israel and Hezbollah

Paris, 26 November 2024

The leaders welcomed the announcement of the ceasefire.
"""


def test_a_ceasefire_between_two_sides_names_no_signatory(nlp: Language) -> None:
    assert one_by_cue(nlp, CONFLICT, "welcomed").actor_ids == ()


RECEIVED = """Joint press statement following the meeting of the two prime ministers

Prague, 12 February 2024

Prime Minister of the Czech Republic Petr Fiala received the Prime Minister of \
the Republic of Poland, Donald Tusk, in Prague today.

Both prime ministers agreed that support for Ukraine must continue.

The Czech Prime Minister said that the two countries would coordinate their positions.

Prime Minister Tusk stressed that Poland wanted good relations with its neighbours.
"""


def test_the_one_received_is_the_other_side_of_the_meeting(nlp: Language) -> None:
    assert set(one_by_cue(nlp, RECEIVED, "agreed").actor_ids) == {"CZE", "POL"}


def test_a_prime_minister_keeps_the_state_his_own_title_named_not_the_other_one(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, RECEIVED, "said").actor_ids == ("CZE",)
    assert one_by_cue(nlp, RECEIVED, "stressed").actor_ids == ("POL",)


VENUE = """Joint statement by President of the Russian Federation Vladimir Putin and \
President of the United States of America Donald Trump

President of the Russian Federation Vladimir Putin and President of the United \
States of America Donald Trump, meeting in Helsinki, confirmed their determination \
to defeat terrorism. The Presidents agreed that there is no military solution to \
the conflict in Syria. Both sides noted the importance of deconfliction channels.
"""


@pytest.mark.parametrize("cue", ["agreed", "noted"])
def test_where_the_signatories_met_is_no_signatory(nlp: Language, cue: str) -> None:
    assert set(one_by_cue(nlp, VENUE, cue).actor_ids) == {"RUS", "USA"}


LISTED = """Joint Declaration by the Heads of State or Government of France, \
Germany and Poland

Berlin, 15 March 2024

The Governments of the French Republic, the Federal Republic of Germany and \
the Republic of Poland express their support for Ukraine.

We condemn Russia's attacks on Ukraine's energy infrastructure.
"""


def test_a_third_person_opening_of_a_joint_declaration_makes_we_all_signatories(
    nlp: Language,
) -> None:
    assert set(one_by_cue(nlp, LISTED, "condemn").actor_ids) == {"FRA", "DEU", "POL"}


def test_a_source_cut_inside_its_list_of_states_speaks_for_the_whole_list(
    nlp: Language,
) -> None:
    found = one_by_cue(nlp, LISTED, "express their support for")
    assert set(found.actor_ids) == {"FRA", "DEU", "POL"}


MEETING = """Joint Statement of the 24th ASEAN-EU Ministerial Meeting

Jakarta, 13 July 2023

1. The 24th ASEAN-EU Ministerial Meeting was held in Jakarta on 13 July 2023.

2. The Meeting expressed concern over the situation in Myanmar.
"""


def test_the_meeting_speaks_for_the_parties_a_joint_title_names(
    nlp: Language,
) -> None:
    found = one_by_cue(nlp, MEETING, "expressed concern over")
    assert set(found.actor_ids) == {"ASEAN", "EU"}


ALLIES = """Summit Declaration

1. We, the Heads of State and Government of the North Atlantic Alliance, have \
gathered in Washington.

2. Allies agreed to establish a new training mission for Ukraine.
"""


def test_allies_in_the_alliances_own_voice_speak_for_the_alliance(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, ALLIES, "agreed").actor_ids == ("NATO",)


STATES_ALLIES = """Statement by the Spokesperson

Ministry of Foreign Affairs, Tokyo, 3 May 2024

Japan welcomed the new mission. Allies agreed to contribute to it.
"""


def test_allies_in_a_states_voice_speak_for_no_one(nlp: Language) -> None:
    assert one_by_cue(nlp, STATES_ALLIES, "agreed").actor_ids == ()


SIGNED = """Joint letter to the President of the Security Council

Excellency,

We condemn the attacks on commercial shipping in the Red Sea.

(Signed) Penny Wong
Minister for Foreign Affairs of Australia

(Signed) Winston Peters
Minister of Foreign Affairs of New Zealand
"""


def test_the_signature_blocks_a_letter_ends_with_are_its_we(nlp: Language) -> None:
    assert set(one_by_cue(nlp, SIGNED, "condemn").actor_ids) == {"AUS", "NZL"}


def _issued(nlp: Language, text: str, issuer: str) -> list[Statement]:
    background = Background({"doc": issuer})
    return next(extract_statements(nlp, [("doc", text)], background=background))[1]


def _cue(found: list[Statement], cue: str) -> Statement:
    (statement,) = [s for s in found if s.cue == cue]
    return statement


ADOPTED = """Today, the Presidents of the Russian Federation and the United States \
of America adopted the following joint statement.

We reaffirm our commitment to the sovereignty of Syria.
"""

AS_LEADERS = """As the leaders of the United States, Egypt, and Qatar, we call on \
both parties to conclude the agreement.

We stand ready to finalize the implementation plan.
"""

MET = """The United States and Ukraine held talks in Jeddah today.

We agreed to take concrete steps toward lasting peace.
"""


@pytest.mark.parametrize(
    ("text", "issuer", "cue", "expected"),
    [
        (ADOPTED, "RUS", "reaffirm", {"RUS", "USA"}),
        (AS_LEADERS, "USA", "stand ready", {"USA", "EGY", "QAT"}),
        (MET, "USA", "agreed", {"USA", "UKR"}),
    ],
    ids=["joint-act", "as-the-leaders-of", "met-and-agreed"],
)
def test_we_of_a_group_the_issuer_belongs_to_is_the_group_not_the_issuer(
    nlp: Language, text: str, issuer: str, cue: str, expected: set[str]
) -> None:
    assert set(_cue(_issued(nlp, text, issuer), cue).actor_ids) == expected


NEWS = """Russia and Turkey announced a ceasefire in Idlib on Thursday.

"We will respond to any violation," Erdogan said.
"""


def test_a_quoted_we_in_a_news_report_stays_the_quoted_speakers(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, NEWS, "said").actor_ids == ("TUR",)


HEADLINE = """Joint statement by Russia and China calls for talks

Moscow, 3 May 2024

Russia and China issued a joint statement on Tuesday.

"We are ready to help," Lavrov said.
"""


def test_a_headline_about_a_joint_statement_names_no_signatories_of_the_report(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, HEADLINE, "are ready").actor_ids == ("RUS",)


CREDITS = """Russia and Ukraine exchanged prisoners on Friday.

"We will continue," a Ukrainian official said, adding that more exchanges were
planned.

Reporting by Pavel Polityuk in Kyiv

Additional reporting by Anna Popova in Moscow
"""


def test_a_news_reports_credit_lines_are_no_signatures(nlp: Language) -> None:
    assert closing_signatories(nlp(CREDITS)) == ()
    assert closing_signatories(nlp(SIGNED)) == ("AUS", "NZL")


WELCOMED = """Prime Minister Anthony Albanese of Australia welcomed Prime Minister \
Christopher Luxon of New Zealand to Canberra today.

The prime ministers agreed to deepen defence cooperation.
"""

FOLLOWING = """Following the meeting of the Foreign Ministers of Egypt, Jordan, Saudi \
Arabia and Qatar in Riyadh, the Ministers affirmed their rejection of any \
displacement of Palestinians.

The Ministers called for an immediate ceasefire.
"""

BODY = """1. The Heads of State of the member states of the Shanghai Cooperation \
Organisation met in Astana on 4 July 2024.

2. The Heads of State expressed concern over the situation in the Middle East.
"""


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (WELCOMED, "agreed", {"AUS", "NZL"}),
        (FOLLOWING, "called for", {"EGY", "JOR", "SAU", "QAT"}),
        (BODY, "expressed concern over", {"SCO"}),
    ],
    ids=["welcomed-to", "following-the-meeting-of", "heads-of-a-bodys-members"],
)
def test_the_group_an_opening_names_in_other_words_speaks_for_all(
    nlp: Language, text: str, cue: str, expected: set[str]
) -> None:
    assert set(one_by_cue(nlp, text, cue).actor_ids) == expected


WELCOMED_A_DECISION = """Prime Minister Anthony Albanese of Australia welcomed the \
decision of New Zealand to join the mission.

The prime ministers agreed to deepen defence cooperation.
"""


def test_a_decision_welcomed_is_no_participant(nlp: Language) -> None:
    assert one_by_cue(nlp, WELCOMED_A_DECISION, "agreed").actor_ids == ()


WE_UNREAD = """We, President Joseph R. Biden Jr. and Prime Minister Kishida Fumio, \
affirm the enduring strength of the alliance.

We condemn the missile launches.
"""

MISCOUNTED = """President Biden, Chancellor Scholz and Prime Minister Okada met in \
Hiroshima today.

The three leaders condemned the missile launches. They discussed Ukraine.
"""


@pytest.mark.parametrize(
    ("text", "cue"),
    [(WE_UNREAD, "condemn"), (MISCOUNTED, "condemned"), (MISCOUNTED, "discussed")],
    ids=["we-list-not-read", "three-read-as-two", "they-of-three-read-as-two"],
)
def test_a_group_read_only_in_part_speaks_for_no_one_not_for_some(
    nlp: Language, text: str, cue: str
) -> None:
    assert _cue(_issued(nlp, text, "USA"), cue).actor_ids == ()


MAJESTY = """At the invitation of the Government of Japan, His Majesty King Abdullah \
II ibn Al Hussein of the Hashemite Kingdom of Jordan paid an official visit to Japan.

His Majesty welcomed Japan's continued economic assistance to Jordan.
"""


def test_his_majesty_is_the_king_named_with_that_honorific_before(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, MAJESTY, "welcomed").actor_ids == ("JOR",)


CO_CHAIRS = """The United States of America and the Russian Federation, as co-chairs \
of the International Syria Support Group, announce that they have agreed on the \
terms of a cessation of hostilities.

We call on all parties to accept the terms.
"""


@pytest.mark.parametrize("cue", ["have agreed on", "call on"])
def test_a_state_inside_a_bodys_name_is_no_member_of_the_group(
    nlp: Language, cue: str
) -> None:
    assert set(_cue(_issued(nlp, CO_CHAIRS, "RUS"), cue).actor_ids) == {"USA", "RUS"}


DATELINED = """AFRICAN UNION COMMISSION
PRESS RELEASE

Statement of the Chairperson of the African Union Commission on the attacks in Sudan

Nairobi, 3 June 2025: The Chairperson of the African Union Commission, Moussa Faki \
Mahamat, is watching with deep concern the shelling of the camps near El Fasher.

The Chairperson strongly condemns the attacks on civilians.
"""


def test_a_dateline_before_the_opening_subject_names_no_participant(
    nlp: Language,
) -> None:
    """The place a statement was issued in ("Cairo, 12 May 2025:") is no second
    signatory beside the issuer: the statement stays the body's alone."""
    assert one_by_cue(nlp, DATELINED, "strongly condemns").actor_ids == ("AU",)


def test_a_dateline_with_its_date_closed_by_a_colon_is_no_statement(
    nlp: Language,
) -> None:
    found = next(extract_statements(nlp, [("doc", DATELINED)]))[1]
    assert all(s.cue != ":" for s in found), [(s.cue, s.speaker_mention) for s in found]


TRILATERAL = """Joint Statement of the Japan-United States-Republic of Korea Trilateral Foreign Ministers' Meeting

Secretary of State Marco Rubio, Minister for Foreign Affairs of Japan Iwaya Takeshi, and Minister of Foreign Affairs of the Republic of Korea Cho Tae-yul met on February 15 in Munich.

The Secretary and the Ministers condemned the DPRK's ballistic missile launches. They reaffirmed their resolute commitment to the complete denuclearization of the DPRK. The Secretary and the Ministers expressed serious concern over dangerous and aggressive behavior in the South China Sea.
"""  # noqa: E501


@pytest.mark.parametrize("cue", ["condemned", "expressed serious concern over"])
def test_a_title_joined_to_the_others_group_noun_is_every_participant(
    nlp: Language, cue: str
) -> None:
    found = one_by_cue(nlp, TRILATERAL, cue)
    assert set(found.actor_ids) == {"USA", "JPN", "KOR"}


def test_a_plural_title_before_two_names_speaks_for_both_states(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "Presidents Joao Lourenco of Angola and Hage Geingob of Namibia signed a"
        " border agreement on Sunday.",
        "signed",
    )
    assert (found.speaker_mention, found.actor_ids) == (
        "Presidents Joao Lourenco of Angola and Hage Geingob of Namibia",
        ("AGO", "NAM"),
    )


def test_ministers_of_three_countries_given_two_speak_for_no_one(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "Angola and Namibia opened the bridge. The agreement was signed by the"
        " energy ministers of the three countries.",
        "was signed",
    )
    assert found.actor_ids == ()


GUARANTORS = """Joint Statement by Iran, Russia and Turkey on the Astana format

The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey
reaffirmed their strong commitment to the sovereignty of Syria.
"""


def test_a_state_named_by_its_official_name_with_the_article_is_that_state(
    nlp: Language,
) -> None:
    found = one_by_cue(nlp, GUARANTORS, "reaffirmed").actor_ids
    assert found == ("IRN", "RUS", "TUR")


AFTER_A_TITLE_LINE = (
    "Joint statement following the meeting between Ukraine and the United States"
    "\n\nUkraine expressed readiness to accept the proposal.\n"
)


def test_a_title_line_does_not_cut_the_first_sentence_after_its_subject(
    nlp: Language,
) -> None:
    found = one_by_cue(nlp, AFTER_A_TITLE_LINE, "expressed readiness")
    assert (found.speaker_mention, found.actor_ids) == ("Ukraine", ("UKR",))


FOLLOWING = (
    "The Governments of Australia, Bahrain, Canada, Denmark, Germany, Italy, the"
    " Netherlands, New Zealand, the Republic of Korea, the United Kingdom, and the"
    " United States, released the following statement:\n\n"
    "We condemn the Houthi attacks on commercial shipping.\n"
)


def test_a_text_introduced_as_the_following_speaks_in_its_own_sentences(
    nlp: Language,
) -> None:
    found = published_by(nlp, FOLLOWING, "USA")["condemn"]
    assert (found.content, found.actor_ids) == (
        "the Houthi attacks on commercial shipping",
        ("AUS", "BHR", "CAN", "DNK", "DEU", "ITA", "NLD", "NZL", "KOR", "GBR", "USA"),
    )


TRILATERAL_TITLE = (
    "Trilateral statement by the leaders of Armenia, Azerbaijan and Russia\n\n"
    "The parties agreed to a complete ceasefire.\n"
)


def test_a_trilateral_statements_title_names_its_signatories(nlp: Language) -> None:
    found = one_by_cue(nlp, TRILATERAL_TITLE, "agreed to").actor_ids
    assert found == ("ARM", "AZE", "RUS")


FREED = """Two hostages — an American and an Australian — who had been held by the \
Taliban in Afghanistan since 2016 were released Tuesday in a prisoner swap.
American Kevin King and Australian Timothy Weeks, both professors at the American \
University of Kabul, were handed over to US forces in the country's southern Zabul \
province, an insurgent source told Agence France-Presse.
Both sides said they were hopeful the swap could lead to a breakthrough.
"""


def test_those_an_opening_says_were_freed_are_no_sides(nlp: Language) -> None:
    assert one_by_cue(nlp, FREED, "said").actor_ids == ()


CHAIRS_STATEMENT = """1. The 44th ASEAN Summit was held in Vientiane on 9 October \
2024 under the Chairmanship of the Lao PDR.

2. We reaffirmed our commitment to ASEAN Centrality.
"""


def test_we_after_a_bodys_summit_was_held_is_the_body(nlp: Language) -> None:
    title = "Chair's Statement of the 44th ASEAN Summit"
    found = published_by(nlp, CHAIRS_STATEMENT, title=title)["reaffirmed"]
    assert found.actor_ids == ("ASEAN",)


COMMUNIQUE = """The two sides reaffirmed their commitment to the complete \
denuclearization of the Korean Peninsula.
"""


def test_a_joint_title_of_names_only_names_the_signatories_of_a_page(
    nlp: Language,
) -> None:
    own = "Joint Communiqué of the Republic of Korea and the United States"
    found = published_by(nlp, COMMUNIQUE, title=own)["reaffirmed"]
    assert found.actor_ids == ("KOR", "USA")
    sentence_case = "Joint statement of the Republic of Korea and the United States"
    found = published_by(nlp, COMMUNIQUE, title=sentence_case)["reaffirmed"]
    assert found.actor_ids == ("KOR", "USA")
    headline = "Joint statement by Korea and the United States calls for talks"
    assert published_by(nlp, COMMUNIQUE, title=headline)["reaffirmed"].actor_ids == ()
