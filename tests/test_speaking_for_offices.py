"""For whom an official speaks when a title names two bodies or a medium carries
the words (issue 15): the office the title is speaks ("a UN rapporteur for the
Office of the UN High Commissioner for Human Rights" -> OHCHR; "Special Envoy of
the Secretary-General for Yemen" -> UNSG, not the state the envoy is sent to);
the one a medium quotes speaks, never the medium, nor the medium's state ("X was
quoted by TASS as saying", "North Korea's KCNA said"); the object of the cue
is no speaker ("stand by our neighbours' side", "encouraging allies such as
Italy to"). Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements

from kernel.records import Statement


def said(nlp: Language, text: str, cue: str = "said") -> Statement:
    return one_by_cue(nlp, text, cue)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Maria Keller, a UN Special Rapporteur for the Office of the UN High "
            "Commissioner for Human Rights, said the detentions were unlawful.",
            ("OHCHR",),
        ),
        (
            "Jonas Berg, Special Envoy of the Secretary-General for Yemen, said the "
            "truce must hold.",
            ("UNSG",),
        ),
        (  # coordinated, the two bodies both speak
            "The UN and the Office of the UN High Commissioner for Human Rights said "
            "the detentions were unlawful.",
            ("UN", "OHCHR"),
        ),
    ],
)
def test_a_title_naming_two_bodies_speaks_for_the_office_it_is(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text).actor_ids == actors


def test_a_rapporteur_named_again_keeps_the_office_of_the_first_mention(
    nlp: Language,
) -> None:
    text = (
        "Maria Keller, a UN rapporteur for the Office of the UN High Commissioner "
        "for Human Rights, visited the prison in March. The visit was short. Keller "
        "said the detentions were unlawful."
    )
    assert said(nlp, text).actor_ids == ("OHCHR",)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "actors"),
    [
        (
            "The foreign minister of Chile, Elena Soto, was quoted by TASS as saying "
            "that Santiago wanted closer ties.",
            "was quoted",
            "Elena Soto",
            ("CHL",),
        ),
        (
            "A Chilean news agency quoted Peruvian Foreign Minister Elena Soto as "
            "saying that Lima wanted closer ties.",
            "quoted",
            "Elena Soto",
            ("PER",),
        ),
        (
            "The Peruvian ambassador was cited by Xinhua as saying Lima would not "
            "sign the pact.",
            "was cited",
            "The Peruvian ambassador",
            ("PER",),
        ),
    ],
)
def test_the_one_a_medium_quotes_speaks_not_the_medium(
    nlp: Language, text: str, cue: str, speaker: str, actors: tuple[str, ...]
) -> None:
    found = said(nlp, text, cue)
    assert (found.speaker, found.actor_ids) == (speaker, actors)
    assert found.content.rstrip(".").endswith(("ties", "pact"))


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's KCNA said the launch was a success.",
        "Iran's Tasnim said the tanker had been released.",
    ],
)
def test_a_state_medium_speaks_for_no_state(nlp: Language, text: str) -> None:
    assert said(nlp, text).actor_ids == ()


def test_the_object_a_cue_verb_takes_is_no_speaker(nlp: Language) -> None:
    text = (
        "Berlin banned the airline on Monday. The US has been encouraging allies "
        "such as Italy to restrict Aeroflot's operations."
    )
    found = said(nlp, text, "has been encouraging")
    assert (found.speaker_mention, found.actor_ids) == ("The US", ("USA",))


def test_a_side_one_stands_by_is_no_speaker(nlp: Language) -> None:
    text = (
        "Chancellor Weber: It is important that we acted quickly and firmly "
        "condemned this attack on the border and stand by our Moldovan "
        "neighbours’ side."
    )
    found = said(nlp, text, "stand")
    assert (found.speaker_mention, found.actor_ids) == ("we", ())


def test_according_to_names_its_source_though_the_content_runs_over_it(
    nlp: Language,
) -> None:
    text = (
        "The militia is the largest force of the coalition, largely Kurdish and, "
        "according to Turkey, supportive of the insurgents."
    )
    assert said(nlp, text, "according").actor_ids == ("TUR",)


VIEWS_AT_TALKS = """President of Russia Vladimir Putin: Ladies and gentlemen.

We considered the state of our trade in detail.

We consider Brazil’s proposal to hold a conference on grain in Brasilia to be timely.

If we agree to lift the duties on fertiliser, trade will grow.

President of Brazil Lula da Silva: We discussed energy in detail.
"""


def test_we_at_talks_is_the_speakers_own_for_a_view_or_a_condition(
    nlp: Language,
) -> None:
    said = {s.cue: s.actor_ids for s in statements(nlp, VIEWS_AT_TALKS)}
    assert set(said["considered"]) == {"RUS", "BRA"}  # a matter taken up
    assert said["consider"] == ("RUS",)  # a view held
    assert said["agree"] == ("RUS",)  # a condition, not what the talks did


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "We accepted the plan, but our Georgian partners rejected it at once. "
            "They demanded that the observers leave.",
            "demanded",
            ("GEO",),
        ),
        (
            "The Chilean side announced that they had paused the talks. Let me "
            "stress this: they paused the talks while they insist on new terms.",
            "insist on",
            ("CHL",),
        ),
        (  # two states: "they" could be either
            "The Chilean and Peruvian delegations left early. They said the talks "
            "had failed.",
            "said",
            (),
        ),
    ],
)
def test_they_is_the_plural_subject_before_it_when_that_names_one_actor(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text, cue).actor_ids == actors


def test_a_participle_on_a_left_out_cue_speaks_with_that_cues_subject(
    nlp: Language,
) -> None:
    text = (
        "According to the agency, the prosecutor general of Lima, Jorge Ruiz Soto, "
        'said the 12 must face "fraud charges", adding Peru will pursue the case.'
    )
    found = said(nlp, text, "adding")
    assert (found.speaker, found.actor_ids) == ("Jorge Ruiz Soto", ("PER",))


def test_the_subject_of_a_passive_cue_does_not_take_its_sources_place(
    nlp: Language,
) -> None:
    text = (
        "Because of its fishing there, Peru is already under sanctions, and was "
        "condemned in a joint statement by Chile, Bolivia and Ecuador last month."
    )
    assert said(nlp, text, "was condemned in").actor_ids == ("CHL", "BOL", "ECU")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russia's UN ambassador Vassily Nebenzia said the draft failed.", ("RUS",)),
        ("Chilean UN Ambassador Paula Narvaez said the draft failed.", ("CHL",)),
        ("UN envoy Maria Keller said the truce must hold.", ("UN",)),
        (  # the state it is sent to parsed as the name's own word
            "China's ambassador to Britain Liu Xiaming said that China would act.",
            ("CHN",),
        ),
    ],
)
def test_a_states_envoy_to_a_body_speaks_for_the_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text).actor_ids == actors


def test_his_owning_a_stance_is_the_person_named_last_before_it(
    nlp: Language,
) -> None:
    text = (
        "Chancellor Scholz thanked President Macron for his important initiative "
        "to hold a summit on grain."
    )
    found = said(nlp, text, "important initiative")
    assert (found.speaker, found.actor_ids) == ("Emmanuel Macron", ("FRA",))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russia's partners said the sanctions would stay.", ()),
        ("The allies of Iran said the sanctions were illegal.", ()),
        ("If North Korea’s partners said they wanted talks, talks would follow.", ()),
        ("Our Chinese partners said they supported the plan.", ("CHN",)),
        ("Russia's foreign ministry said the sanctions were illegal.", ("RUS",)),
    ],
)
def test_a_states_partners_are_not_that_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text).actor_ids == actors


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military "
            "operation against Islamic State in Iraq and Syria, told VOA that the "
            "camp was open.",
            "told",
            ("USA",),
        ),
        (
            "For the case report, Patrick Liu of Victoria Hospital and Owen Dempsey "
            "of the Aberdeen Royal Infirmary in the UK wrote that the patient "
            "recovered.",
            "wrote",
            (),
        ),
    ],
)
def test_a_state_named_as_a_place_in_a_group_of_speakers_does_not_speak(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text, cue).actor_ids == actors


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        ("Emirates President Tim Clark told reporters it would grow.", "told", ()),
        ("The Emirates said it would send aid to Sudan.", "said", ("ARE",)),
    ],
)
def test_emirates_alone_is_the_airline_the_emirates_the_state(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text, cue).actor_ids == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (  # "Emirates" was a word of the state's own name, not an office of it
            "DUBAI, United Arab Emirates — Dubai's carrier Emirates Airline bought 30 "
            "jets on Wednesday. Emirates President Tim Clark told reporters that the "
            "airline would grow.",
            (),
        ),
        (
            "The US Treasury Department imposed sanctions on Monday. Treasury "
            "Secretary Steven Mnuchin told reporters that the measures would stay.",
            ("USA",),
        ),
    ],
)
def test_a_title_takes_the_actor_of_an_earlier_office_not_of_a_states_name(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert said(nlp, text, "told").actor_ids == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Treasury Department said it had sanctioned five officials.", ("USA",)),
        ("The Commerce Department said the export rules would tighten.", ("USA",)),
        ("The Home Office said the rules would change.", ("GBR",)),
        ("The Federal Foreign Office said Germany was concerned.", ("DEU",)),
        ("The Bundeswehr said its troops would stay.", ("DEU",)),
        ("NASA scientists said the probe was healthy.", ()),
    ],
)
def test_a_ministry_by_its_own_name_speaks_for_its_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    """Organs a text names without their state; a science agency's scientists
    are no state's voice, and a name several states' organs share names none."""
    assert one_by_cue(nlp, text, "said").actor_ids == actors


def test_an_organ_s_name_several_states_share_names_none_of_them(
    nlp: Language,
) -> None:
    text = "Turkey's National Security Council said the operation would go on."

    assert "USA" not in one_by_cue(nlp, text, "said").actor_ids
