"""For whom a source speaks in reports, readouts and joint statements, read from
grammar and what the text said before: the title or statement named earlier, the
meeting a report told of, the person last named as a subject, the speaker a
quotation belongs to (issue 15). Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Turkish Foreign Ministry spokesman Hami Aksoy said the claims were "
            "false. Italian economic development minister Stefano Patuanelli sent "
            "a letter of support, but the minister said that Italy would build "
            "another pipeline.",
            ("ITA",),
        ),
        (
            "Interpol's rules prohibit any political activity, an Interpol "
            "spokesperson stated. The spokesperson added that the request would "
            "not be considered.",
            ("INTERPOL",),
        ),
    ],
)
def test_the_title_again_is_the_nearest_earlier_holder_of_that_title(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert statements(nlp, text)[-1].actor_ids == actors  # "the minister said"


@pytest.mark.parametrize(
    "text",
    [
        # a newspaper whose "daily" the parse reads as an adverb
        "The agreement was signed by the energy ministers.  Greek daily "
        "Kathimerini said Greece and Cyprus had to speed up to counter possible "
        "Turkish interference with the project.",
        # the unnamed members of a body are not the body
        "The operation was condemned by members of the European Union.",
        # a person's colleagues are not that person
        "President Trump said the troops would leave. However, Mr Trump's "
        "colleagues do not share his opinion.",
        # "our citizens" in a joint statement are not its signatories
        "We, the Leaders of the G7, condemn the attack on Ukraine. Our citizens "
        "are united in the view that their savings should not fund the war.",
    ],
)
def test_those_named_with_a_state_or_body_but_not_its_voice_keep_no_actor(
    nlp: Language, text: str
) -> None:
    assert statements(nlp, text)[-1].actor_ids == ()


@pytest.mark.parametrize(
    ("text", "cue", "joined_to"),
    [
        (  # the parse hangs "agreeing" on the object of "discussed"
            "President Biden spoke today with President Putin of Russia. They "
            "discussed the willingness of both countries to extend New START for "
            "five years, agreeing to have their teams work urgently to complete "
            "the extension.",
            "agreeing",
            "discussed",
        ),
        (  # and "called for" on "defend"
            "President Biden spoke today with President Macron of France. The "
            "leaders reiterated their support for Israel and its right to defend "
            "itself against terrorism and called for adherence to international "
            "humanitarian law.",
            "called for",
            "reiterated",
        ),
    ],
)
def test_a_predicate_joined_to_the_participants_verb_speaks_for_them_too(
    nlp: Language, text: str, cue: str, joined_to: str
) -> None:
    said = {s.cue: s.actor_ids for s in statements(nlp, text)}
    assert said[joined_to]
    assert said[cue] == said[joined_to]


MEETING_REPORTED = """Egyptian foreign minister Sameh Shoukry and his Greek, \
Cypriot and French counterparts gathered in Cairo on Wednesday to discuss Libya. \
The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.

They concluded that the maritime agreement between Turkey and Libya is void. They \
called on Turkey to halt its drilling operations.

The foreign ministers agreed to meet again on Crete.

In a press release, the Turkish Ministry of Foreign Affairs denounced the \
conclusions. They said that the agreements were legitimate.
"""


def test_both_nations_after_a_call_are_its_participants(nlp: Language) -> None:
    said = statements(
        nlp,
        "On October 6, US President Donald Trump and Turkish President Recep "
        "Tayyip Erdoğan spoke on the phone. Then both nations issued statements "
        "speaking of an imminent incursion into northeast Syria.",
    )
    assert set(said[-1].actor_ids) == {"USA", "TUR"}


def test_they_of_a_report_are_the_meeting_it_reported_until_another_group_speaks(
    nlp: Language,
) -> None:
    said = {s.cue: s.actor_ids for s in statements(nlp, MEETING_REPORTED)}
    ministers = {"EGY", "GRC", "CYP", "FRA"}
    assert set(said["concluded"]) == ministers
    assert set(said["called on"]) == ministers
    assert set(said["agreed"]) == ministers  # "The foreign ministers"
    assert said["said"] == ()  # after the Turkish ministry: not the meeting


def test_we_inside_a_quotation_is_the_quoted_speakers(nlp: Language) -> None:
    said = {
        s.cue: (s.speaker, s.actor_ids)
        for s in statements(
            nlp,
            "AU trade commissioner Albert Muchanga announced that Benin would "
            'join. The commissioner said, "We have not yet agreed on rules of '
            'origin, but the framework is enough."',
        )
    }
    assert said["not yet agreed on"] == ("Albert Muchanga", ("AU",))


def test_two_joined_possessive_owners_are_both_sources(nlp: Language) -> None:
    text = (
        "The United States and Ukraine agreed to develop measures for "
        "implementing President Trump’s and President Zelenskyy’s agreement to "
        "ban strikes against energy facilities."
    )
    found = {s.cue: s for s in statements(nlp, text)}
    agreement = found["agreement"]
    assert (agreement.speaker, agreement.actor_ids) == (
        "President Trump’s and President Zelenskyy’s",
        ("USA", "UKR"),
    )
    assert agreement.speaker_span is not None  # the span holds both owners too
    assert text[slice(*agreement.speaker_span)] == agreement.speaker_mention


def test_he_is_the_person_last_named_as_a_subject_after_the_last_speaker(
    nlp: Language,
) -> None:
    said = {
        s.cue: (s.speaker, s.actor_ids)
        for s in statements(
            nlp,
            "Turkish President Recep Tayyip Erdogan said that the deal was legal. "
            "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the "
            "Atlantic Council think tank called the agreement void. "
            '"Crete has no economic zone under this deal", he added.',
        )
    }
    assert said["added"] == ("Kyriakos Mitsotakis", ("GRC",))


@pytest.mark.parametrize(
    "text",
    [
        "Agnes Morel, a French diplomat and UN rapporteur, cautioned that justice "
        "takes time.",
        "Agnes Morel, a UN rapporteur for the African Union, cautioned that justice "
        "takes time.",
    ],
)
def test_a_person_whose_titles_name_several_actors_keeps_none(
    nlp: Language, text: str
) -> None:
    (said,) = statements(nlp, text)
    assert said.actor_ids == ()


def test_the_statement_speaks_for_whoever_issued_it_earlier(nlp: Language) -> None:
    said = {
        s.cue: s.actor_ids
        for s in statements(
            nlp,
            "Late on Sunday, the United States President Donald Trump, in a "
            "statement delivered via the press secretary, announced US troops "
            "would be leaving Syria. The announcement was made after a phone "
            "call. The statement also said US troops had defeated ISIS.",
        )
    }
    assert said["also said"] == ("USA",)


def test_we_with_an_apposition_speaks_for_those_it_names(nlp: Language) -> None:
    said = {
        s.cue: s.actor_ids
        for s in statements(
            nlp,
            "We, the Leaders of the G7, express deep concern over the "
            "deteriorating situation in the Middle East. We call on all parties "
            "to show restraint.",
        )
    }
    assert said["express deep concern over"] == ("G7",)
    assert said["call on"] == ("G7",)
