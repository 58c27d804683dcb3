"""Names that carry a state's name or adjective and are no state speaking
(precision first, from statements on the real news pages of
../shared/realpages/aeb): a name "American" opens is a national body's own
("the American Farm Bureau"), unless it names an institution ("the American
Embassy"); a state in parentheses after a group's or firm's name ("Amigo &
amigo (Australia)") says where it comes from, while after a person or an organ
("VASSILY NEBENZIA (Russian Federation)") it is whom they speak for; a state
before a known name ("Prime Minister of India Narendra Modi") makes no namesake
of it, and a title grows over the name the parse hung on it ("Prime Minister |
Modi"); a lone family name is the one earlier speaker it opened ("Lin" after
"Lin Jian"), and no one when two people share it; a title's portfolio is no
part of the name after it ("for Human Rights | Volker Türk"). Each runs the
real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Zippy Duvall, the president of the American Farm Bureau, said farmers"
            " were running out of time.",
            "said",
        ),
        (
            "Exports to China dropped by half, according to the American Farm Bureau"
            " Federation.",
            "according to",
        ),
        (
            "Amigo & amigo (Australia) – also known as Renzo B. Larriviere and Simone"
            " Chua – explores the relationship between sculptures and light.",
            "explores",
        ),
    ],
)
def test_a_national_body_or_an_entrants_country_is_no_state_speaking(
    nlp: Language, text: str, cue: str
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == ()


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        ("The American Embassy said the visit was cancelled.", "said", ("USA",)),
        (
            "VASSILY NEBENZIA (Russian Federation) said the draft was unbalanced.",
            "said",
            ("RUS",),
        ),
        (
            "The Foreign Ministry (Russia) said the draft was unbalanced.",
            "said",
            ("RUS",),
        ),
    ],
)
def test_an_institution_or_a_person_named_with_a_state_still_speaks_for_it(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


MODI = """President of the European Council António Costa spoke today with Prime Minister of India Narendra Modi.

Prime Minister Modi expressed his appreciation for the EU's role in the corridor.
"""  # noqa: E501


def test_a_state_before_a_known_name_makes_no_namesake_of_it(nlp: Language) -> None:
    found = one_by_cue(nlp, MODI, "expressed his appreciation for")
    assert (found.speaker, found.actor_ids) == ("Narendra Modi", ("IND",))


def test_a_title_source_grows_over_the_name_the_parse_hung_on_it(
    nlp: Language,
) -> None:
    text = "Prime Minister Modi expressed his appreciation for the EU's role."
    found = one_by_cue(nlp, text, "expressed his appreciation for")
    assert found.speaker_mention == "Prime Minister Modi"


def test_a_family_name_alone_is_the_one_speaker_it_opened(nlp: Language) -> None:
    text = (
        "At a regular press briefing, Chinese Foreign Ministry spokesperson Lin Jian"
        " accused the Philippine side of sending vessels into the waters. Lin warned"
        " that the Philippines would bear all consequences."
    )
    found = one_by_cue(nlp, text, "warned")
    assert (found.speaker, found.actor_ids) == ("Lin Jian", ("CHN",))


def test_a_family_name_two_people_share_names_neither(nlp: Language) -> None:
    text = (
        "Chinese Premier Li Qiang said the economy would grow. Li Haidong, a"
        " professor at China Foreign Affairs University, said the talks mattered."
        " Li added that dialogue was key."
    )
    assert one_by_cue(nlp, text, "added").actor_ids == ()


def test_a_family_name_a_speaker_shares_with_another_named_names_neither(
    nlp: Language,
) -> None:
    text = (
        "Chinese Foreign Ministry spokesperson Lin Jian said Beijing opposed the"
        " visit. Taiwan's Foreign Minister Lin Chia-lung arrived in Paris on Monday."
        " Lin said Taiwan would defend its democracy."
    )
    found = [s for s in statements(nlp, text) if s.speaker_mention == "Lin"]
    assert found
    assert all("CHN" not in s.actor_ids for s in found)


@pytest.mark.parametrize(
    ("text", "name", "actors"),
    [
        pytest.param(
            "GENEVA (12 June 2023) - UN High Commissioner for Human Rights Volker"
            " Türk on Monday said he was appalled by reports of sexual violence.",
            "Volker Türk",
            ("OHCHR",),
            id="for-human-rights",
        ),
        pytest.param(
            "EU High Representative for Foreign Affairs and Security Policy Josep"
            " Borrell said the bloc would respond.",
            "Josep Borrell",
            ("EU",),
            id="and-security-policy",
        ),
    ],
)
def test_a_titles_portfolio_is_no_part_of_the_name_after_it(
    nlp: Language, text: str, name: str, actors: tuple[str, ...]
) -> None:
    said = one_by_cue(nlp, text, "said")
    assert (said.speaker, said.actor_ids) == (name, actors)
