"""Whom a briefing's or release's speaker speaks for when only its header says:
the office and its seat ("Ministry of Foreign Affairs, Oslo"), an office named
for its body ("NATO Press Office"), a spokesperson's principal; the one speaker
the header names speaks with that voice. A capital without an office is a
dateline, and a header naming two speakers gives neither the issuer's voice.
A questioner's outlet used once as a label ("AFP:") opens a turn, not a
statement. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements

from extract.nlp.pipeline import extract_statements
from kernel.records import Background

BRIEFING = """Weekly Briefing by Spokesperson Ingrid Solberg
Ministry of Foreign Affairs, Oslo, 3 May 2024

Ingrid Solberg: Good morning. We welcome the ceasefire agreed yesterday in Sudan.

NTB: The Swedish government said that it would send observers. Will Norway join?

Ingrid Solberg: We believe that the mission deserves support.
"""


def test_a_spokespersons_we_speaks_for_the_state_whose_ministry_the_header_names(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, BRIEFING, "welcome").actor_ids == ("NOR",)
    assert one_by_cue(nlp, BRIEFING, "believe").actor_ids == ("NOR",)


def test_a_questioner_label_used_once_opens_a_turn_not_a_statement(
    nlp: Language,
) -> None:
    found = statements(nlp, BRIEFING)
    assert [s.cue for s in found if s.cue.strip() == ":"] == []
    assert one_by_cue(nlp, BRIEFING, "said").actor_ids == ("SWE",)


RELEASE = """Allies agree new air defence package

NATO Press Office, Brussels, 18 June 2024

Defence Ministers met today at NATO Headquarters. We remain committed to the
defence of every inch of Allied territory.
"""


def test_an_office_named_for_its_body_is_the_issuer_not_the_capital_it_sits_in(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, RELEASE, "remain committed to").actor_ids == ("NATO",)


DATELINE = """Joint statement on the Western Balkans

Berlin, 2 May 2024

The participants met to review progress on regional trade.
We remain committed to the Common Regional Market.
"""


def test_a_capital_without_an_office_is_a_dateline_not_an_issuer(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, DATELINE, "remain committed to").actor_ids == ()


TWO_SPEAKERS = """Press conference by Foreign Minister Solberg and Minister Lindqvist
Ministry of Foreign Affairs, Oslo

Minister Solberg: Welcome. We agreed to deepen our cooperation.

Minister Lindqvist: Thank you. We intend to open a new consulate in Tromso.
"""


@pytest.mark.parametrize("cue", ["agreed", "intend"])
def test_a_header_naming_two_speakers_gives_neither_the_issuers_voice(
    nlp: Language, cue: str
) -> None:
    assert one_by_cue(nlp, TWO_SPEAKERS, cue).actor_ids == ()


UN_BRIEFING = """Briefing by the Office of the Spokesperson for the Secretary-General

Spokesperson: Good afternoon. We are deeply concerned by the fighting.

Question: Will the Secretary-General travel to the region?

Spokesperson: We have nothing to announce.
"""


def test_a_spokesperson_for_a_body_speaks_for_that_body(nlp: Language) -> None:
    assert one_by_cue(nlp, UN_BRIEFING, "are deeply concerned by").actor_ids == (
        "UNSG",
    )


STATE_BRIEFING = """Department Press Briefing
Jane Doe, Deputy Spokesperson
Washington, D.C.

MS DOE: We call on both sides to show restraint.

QUESTION: Any comment on the talks?

MS DOE: We support the talks.
"""


def test_a_header_ending_in_an_initialism_is_still_the_header(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, STATE_BRIEFING, "support").actor_ids == ("USA",)


VISIT = """Foreign Minister Espen Eide travels to Kyiv

Ministry of Foreign Affairs, Oslo, 3 May 2024

Foreign Minister Espen Eide travelled to Kyiv today. On arrival, he said that
Norway would stand with Ukraine.

The Foreign Minister announced new humanitarian assistance.

The Government has made clear that it will not recognise the annexation.
"""


@pytest.mark.parametrize("cue", ["said", "announced", "has made clear"])
def test_the_one_person_a_releases_header_names_and_its_government_speak_for_its_issuer(
    nlp: Language, cue: str
) -> None:
    assert one_by_cue(nlp, VISIT, cue).actor_ids == ("NOR",)


BODY_RELEASE = """Secretary General Smith visits the region

NATO Press Office, Brussels, 18 June 2024

Secretary General Anna Smith met ministers today.
The Government has made clear that it will host the next meeting.
"""


def test_a_bodys_release_gives_no_state_to_the_government(nlp: Language) -> None:
    assert one_by_cue(nlp, BODY_RELEASE, "has made clear").actor_ids == ()


TWO_VISITORS = """Foreign Ministers Eide and Karlsson travel to Kyiv

Ministry of Foreign Affairs, Oslo, 3 May 2024

Foreign Minister Maria Karlsson said that the visit showed Nordic unity.
"""


MEETING = """Foreign Minister Espen Eide meets Minister Dorin Popescu

Ministry of Foreign Affairs, Oslo, 3 May 2024

Minister Dorin Popescu said that the visit showed the strength of the partnership.
"""


@pytest.mark.parametrize("text", [TWO_VISITORS, MEETING])
def test_a_releases_header_naming_two_people_gives_neither_its_voice(
    nlp: Language, text: str
) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == ()


OWN_STATEMENT = """NATO Secretary General's statement on the attack in Vilnius

We condemn the attack in the strongest terms.
"""

HEADLINE = """Russia's statement on Ukraine draws criticism

We condemn the attack in the strongest terms, the group wrote.
"""

TOPIC = """Ukraine: Statement by the Spokesperson on the attack in Kyiv

We condemn the attack in the strongest terms.
"""


@pytest.mark.parametrize(
    ("text", "actors"), [(OWN_STATEMENT, ("NATO",)), (HEADLINE, ()), (TOPIC, ())]
)
def test_a_statements_title_names_its_owner_not_a_headlines_or_a_topics_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "condemn").actor_ids == actors


def test_a_short_opening_sentence_ending_in_an_initialism_is_no_header(
    nlp: Language,
) -> None:
    text = "Officials said the talks would resume in the U.S.\n\nNo date was set."
    assert one_by_cue(nlp, text, "said").content == "the talks would resume in the U.S."


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (  # one office-holder the registry knows: their office on the date
            "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the NATO "
            "summit\n\nWe believe that the alliance is pursuing confrontation.",
            ("RUS",),
        ),
        (
            "Remarks by Secretary-General António Guterres to the Security Council"
            "\n\nI call on all parties to respect international humanitarian law.",
            ("UNSG",),
        ),
        (  # a headline: a finite verb
            "Remarks by Maria Zakharova spark anger in Kyiv\n\nWe believe that "
            "the remarks were a provocation, the Ukrainian minister said.",
            (),
        ),
        (  # two people: no one owner
            "Remarks by Maria Zakharova and Ned Price on the talks\n\nWe believe "
            "that the talks should continue.",
            (),
        ),
    ],
)
def test_the_office_holder_a_remarks_or_comments_title_names_is_its_voice(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert statements(nlp, text)[0].actor_ids == actors


def _titled(nlp: Language, title: str, text: str) -> dict[str, tuple[str, ...]]:
    """Each cue's actors when the page's title, not its text, names the owner."""
    background = Background(titles={"doc": title})
    found = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    return {s.cue: s.actor_ids for s in found}


@pytest.mark.parametrize(
    ("title", "actors"),
    [
        (
            "Statement by the Spokesperson of the Foreign Ministry of Ukraine",
            ("UKR",),
        ),
        ("Statement by the High Representative on behalf of the EU on Sudan", ("EU",)),
        (
            "Statement of the Ministry of Foreign Affairs of the Russian Federation",
            ("RUS",),
        ),
    ],
)
def test_a_statements_own_page_title_names_the_voice_of_its_we(
    nlp: Language, title: str, actors: tuple[str, ...]
) -> None:
    text = "We call on all parties to stop the fighting."
    assert _titled(nlp, title, text)["call on"] == actors


@pytest.mark.parametrize(
    "title",
    [
        "Statement by Russia draws criticism",  # a headline
        "Remarks by President Biden and Prime Minister Kishida",  # two owners
        "Joint Statement by Iran and Iraq on the border",
    ],
)
def test_a_headline_or_a_title_of_two_owners_names_no_voice(
    nlp: Language, title: str
) -> None:
    text = "We call on all parties to stop the fighting."
    assert len(_titled(nlp, title, text)["call on"]) != 1
