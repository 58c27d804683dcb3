"""Who is named with a state and still speaks for none (issue 15, precision
first): a state's adjective or name that describes something other than its
offices, organs or servants ("German automaker", "Swiss scientists", "a
China-US trade deal"); a person named in the speaker's relative clause; a
state's name that only closes a longer name ("Ascom North America") or opens
the name of a body for rights ("the Egyptian Commission for Rights and
Freedoms"); a passive
that reports a view or an expectation, not what a meeting did. Rebuilt from
statements on the real news pages of ../shared/realpages/aeb. Each runs the real
pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The German automaker, which has focused on electric vehicles, says the"
            " wagon will go 300 miles on a single charge.",
            "says",
        ),
        (
            "A group of Swiss scientists showed that rats use these same receptors.",
            "showed",
        ),
        ("The US lawyers are demanding that the FBI summon him.", "are demanding"),
        ("The British royal denied the allegations in an interview.", "denied"),
        (
            "The Indian market's high valuations are being supported by a combination"
            " of factors, including expectations of a China-US trade deal.",
            "are being supported",
        ),
        ("Russian scientists said the vaccine works.", "said"),
    ],
)
def test_a_state_describing_someone_else_is_not_the_state_speaking(
    nlp: Language, text: str, cue: str
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == ()


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russian officials said the talks would continue.", ("RUS",)),
        ("A German diplomat said Berlin would wait.", ("DEU",)),
        ("A German government source said Berlin would wait.", ("DEU",)),
        ("The Turkish statement said the operation would go on.", ("TUR",)),
        ("Our American partners said they would wait.", ("USA",)),
        ("The Chinese foreign ministry said the visit would go ahead.", ("CHN",)),
    ],
)
def test_a_state_describing_its_officials_organs_and_partners_still_speaks(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == actors


def test_a_person_named_in_the_speakers_relative_clause_is_not_the_speaker(
    nlp: Language,
) -> None:
    said = one_by_cue(
        nlp,
        '"He has me thinking now," said Sowers, who is also considering Bernie'
        " Sanders and Joe Biden.",
        "said",
    )

    assert (said.speaker, said.actor_ids) == ("Sowers", ())


def test_a_states_name_closing_a_longer_name_is_not_the_state(nlp: Language) -> None:
    said = one_by_cue(
        nlp,
        'Rob Goldman, President Ascom North America, says: "We can help hospitals."',
        "says:",
    )

    assert said.actor_ids == ()


def test_a_passive_of_view_or_expectation_is_no_participants_statement(
    nlp: Language,
) -> None:
    text = (
        "The United Nations and European Union stressed that the settlements were"
        " illegal. Settlements are seen as one of the most difficult issues in the"
        " conflict. The court is expected to take key decisions in the coming weeks."
    )

    assert one_by_cue(nlp, text, "stressed").actor_ids == ("UN", "EU")
    assert one_by_cue(nlp, text, "are seen as").actor_ids == ()
    assert one_by_cue(nlp, text, "is expected").actor_ids == ()


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (  # rebuilt from a real page: the parse hangs "for Rights" on "director"
            "Mohamed Lotfy, executive director for the Egyptian Commission for Rights"
            " and Freedoms, has said the government's message is clear.",
            "has said",
            (),
        ),
        (
            "The Egyptian Commission for Rights and Freedoms said the arrests went on.",
            "said",
            (),
        ),
        (
            "The Cairo Institute for Human Rights Studies said the arrests went on.",
            "said",
            (),
        ),
        (
            "The Swedish Ministry for Foreign Affairs said the talks went well.",
            "said",
            ("SWE",),
        ),
        (
            "The Chinese Commission for Discipline Inspection said the official was"
            " expelled.",
            "said",
            ("CHN",),
        ),
    ],
)
def test_a_body_named_for_rights_is_not_the_state_its_name_opens_with(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "On July 31, 2019, U.S. Senators Tammy Baldwin and Josh Hawley submitted"
            " a bill to impose a market access charge.",
            "submitted",
        ),
        (
            "Several U.S. lawmakers and human rights groups have accused Egypt of"
            " blackmailing the Trump administration.",
            "have accused",
        ),
        ("Russian lawmakers said the sanctions were illegal.", "said"),
        ("U.S. Senator Tammy Baldwin said the bill would protect workers.", "said"),
    ],
)
def test_legislators_speak_for_themselves_not_their_state(
    nlp: Language, text: str, cue: str
) -> None:
    """docs/annotation.md: senators and lawmakers are nobody's voice; the
    parliament as a body is its state's (the hand audit of the real pages found
    two statements of U.S. lawmakers given USA)."""
    assert one_by_cue(nlp, text, cue).actor_ids == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Analysts John Smith and Jane Doe said the sanctions would fail.",
            "John Smith and Jane Doe",
        ),
        (
            "Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a"
            " former National Security Council official, said the aid was withheld.",
            "Kurt Volker and Tim Morrison",
        ),
    ],
)
def test_two_named_who_speak_for_no_state_are_both_the_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    """The speaker of a coordinated source of no state is every person it names,
    not the first one."""
    statement = one_by_cue(nlp, text, "said")

    assert (statement.speaker, statement.actor_ids) == (speaker, ())


def test_a_state_s_people_one_by_one_are_citizens(nlp: Language) -> None:
    """ "every American with a TV" is a citizen, not the United States."""
    text = "And every American with a TV can see most of it without paying a fee."

    assert one_by_cue(nlp, text, "can see").actor_ids == ()


def test_a_source_close_to_a_leader_is_not_the_leader(nlp: Language) -> None:
    """An unnamed source near Macron is not Macron, nor France's voice."""
    text = "“The couple left the venue by car,” a source close to Macron said."

    statement = one_by_cue(nlp, text, "said")

    assert (statement.speaker, statement.actor_ids) == ("a source close to Macron", ())


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Some 200 U.S. military personnel are believed to remain at the al-Tanf"
            " base.",
            "are believed",
        ),
        ("He is said to have left the country.", "is said"),
    ],
)
def test_the_subject_of_a_passive_of_belief_is_what_is_believed(
    nlp: Language, text: str, cue: str
) -> None:
    """ "X are believed to remain": X is no one's voice (the hand audit found the
    personnel given USA); the statement keeps X in its content, with no source."""
    statement = one_by_cue(nlp, text, cue)

    assert (statement.speaker, statement.actor_ids) == (None, ())
    assert statement.content.startswith(text.split()[0])


def test_a_passive_of_report_with_its_speaker_named_keeps_the_speaker(
    nlp: Language,
) -> None:
    text = "The minister was quoted as saying the talks would resume."

    statement = one_by_cue(nlp, text, "was quoted as saying")

    assert statement.speaker == "The minister"


@pytest.mark.parametrize(
    "text",
    [
        "Knesset member Ahmad Tibi said the law was racist.",
        "Russian deputy Leonid Slutsky said the sanctions were illegal.",
    ],
)
def test_a_member_of_a_parliament_is_a_lawmaker(nlp: Language, text: str) -> None:
    """The parliament speaks for its state; one of its members does not."""
    assert one_by_cue(nlp, text, "said").actor_ids == ()


def test_a_parliament_by_its_name_speaks_for_its_state(nlp: Language) -> None:
    text = "The Verkhovna Rada said it would not ratify the agreement."

    assert one_by_cue(nlp, text, "said").actor_ids == ("UKR",)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("NATO member Turkey said it would block the bid.", ("TUR",)),
        ("EU member Hungary said it would veto the package.", ("HUN",)),
        ("NATO and Turkey said the talks would continue.", ("NATO", "TUR")),
    ],
)
def test_a_body_that_describes_its_member_does_not_speak_with_it(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == actors


def test_a_national_title_names_no_home_state_beside_another_state(
    nlp: Language,
) -> None:
    """An AP roundup from Rome: France's interior minister is not Italy's (the
    hand audit of the real pages found Castaner given ITA)."""
    text = (
        "ROME (AP) — Interior Minister Christophe Castaner said on Saturday that"
        " Europe should work together and held out the possibility of France"
        " acting to protect its citizens."
    )

    assert one_by_cue(nlp, text, "said").actor_ids == ()


def test_a_national_title_alone_is_the_home_state_s(nlp: Language) -> None:
    text = "ROME (AP) — Interior Minister Marco Bellini said the ports would stay shut."

    assert one_by_cue(nlp, text, "said").actor_ids == ("ITA",)


def test_a_house_caucus_chair_is_not_the_white_house(nlp: Language) -> None:
    """ "House" in a lawmaker's title refers back to no earlier "White House"."""
    text = (
        "The White House said the talks would go on. House Democratic Caucus"
        " Chairman Hakeem Jeffries said the House was still focused on relief."
    )
    (jeffries,) = [s for s in statements(nlp, text) if s.speaker == "Hakeem Jeffries"]

    assert jeffries.actor_ids == ()
