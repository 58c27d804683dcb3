"""For whom an organ or official of a news report speaks when the text names no
state beside it (issue 15): a state's name that opens an organ's name ("the
Russian Defence Ministry"); the state of a dateline ("MOSCOW, March 3 (Reuters)
-") or of a headline's subject ("UK urges US to ...") for an organ or a national
title with no state ("the foreign ministry", "Foreign Secretary X"); a body
seated in a capital ("officials in Beijing"); "the office" after an organ that
was the subject before; state organs the registry names ("the CIA"). Each runs
the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.nlp.pipeline import extract_statements
from kernel.records import Background


def actors_of(
    nlp: Language, text: str, cue: str = "said", title: str | None = None
) -> tuple[str, ...]:
    background = Background(titles={"doc": title} if title else {})
    statements = next(extract_statements(nlp, [("doc", text)], background=background))
    found = [s for s in statements[1] if s.cue == cue]
    assert len(found) == 1, [(s.cue, s.speaker_mention) for s in found]
    return found[0].actor_ids


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Russian Defence Ministry said the strikes hit militants.", ("RUS",)),
        ("The Chinese Defense Ministry said the drills would go on.", ("CHN",)),
        ("The Greek Energy Forum said the pipeline was too costly.", ()),
    ],
)
def test_a_state_opening_the_name_of_its_organ_speaks(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "BEIJING, March 3 (Reuters) - The foreign ministry said on Tuesday that "
            "the tariffs were unfair.",
            ("CHN",),
        ),
        (
            "KYIV, Ukraine (AP) — The defense ministry said on Tuesday that the "
            "strikes hit militants.",
            ("UKR",),
        ),
        (
            "NEW DELHI, March 3 (Reuters) - The government said on Tuesday that "
            "the tariffs were unfair.",
            ("IND",),
        ),
        (
            "MOSCOW (Reuters) - Foreign Minister Sergei Ivanovsky said the sanctions "
            "were illegal.",
            ("RUS",),
        ),
        (  # whose spokesman the dateline does not say
            "MOSCOW (Reuters) - A spokesman said the sanctions were illegal.",
            (),
        ),
        ("MOSCOW (Reuters) - Analysts said the sanctions were illegal.", ()),
        (  # a dateline of the place alone
            "VIENNA — The house will be turned into a police station, the Interior "
            "Ministry said on Tuesday.",
            ("AUT",),
        ),
        (  # two places: either could be meant
            "WASHINGTON/MOSCOW (Reuters) - The foreign ministry said the sanctions "
            "were illegal.",
            (),
        ),
        ("The foreign ministry said the sanctions were illegal.", ()),
    ],
)
def test_an_organ_without_a_state_speaks_for_the_datelines(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text) == actors


@pytest.mark.parametrize(
    ("text", "cue", "title", "actors"),
    [
        (
            "Foreign Secretary Dominic Raab urged the embassy to reconsider.",
            "urged",
            "UK urges US to waive immunity for diplomat's wife",
            ("GBR",),
        ),
        (
            "Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the troops "
            "withdraw.",
            "recommended",
            "Iraqi Parliament votes for expulsion of United States troops",
            ("IRQ",),
        ),
        (
            "The foreign ministry said the talks had failed.",
            "said",
            "Iran's President Rouhani tells foreign powers to leave Persian Gulf",
            ("IRN",),
        ),
        (  # a summit named after its city is no state speaking
            "The foreign ministry said the talks had failed.",
            "said",
            "Cairo summit denounces Turkish-Libyan maritime border agreement",
            (),
        ),
        (  # a company's president and a body's secretary-general hold no state office
            "Microsoft President Brad Smith said the troops must leave.",
            "said",
            "Iran's President Rouhani tells foreign powers to leave Persian Gulf",
            (),
        ),
        (
            "Secretary-General Ana Lopez said the troops must leave.",
            "said",
            "Iran's President Rouhani tells foreign powers to leave Persian Gulf",
            (),
        ),
    ],
)
def test_a_national_title_without_a_state_speaks_for_the_headlines_subject(
    nlp: Language, text: str, cue: str, title: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, cue, title) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Defence Ministry in Moscow said the strikes hit militants.", ("RUS",)),
        ("Officials in Beijing said the tariffs were unfair.", ("CHN",)),
        ("Officials in the Iranian capital said the talks were useful.", ("IRN",)),
        ("Officials in the capital said the talks were useful.", ()),
        ("Officials from Iran said the talks were useful.", ("IRN",)),
        ("A senior official in the Iranian government said it was over.", ("IRN",)),
        ("A source in the Russian opposition said the talks were useful.", ()),
        ("Officials from the company said the talks were useful.", ()),
        ("Western officials in Kabul said the talks had failed.", ()),
        ("Officials in Iraq said the talks had failed.", ()),  # a country, no seat
    ],
)
def test_a_body_seated_in_a_capital_or_serving_in_an_organ_speaks_for_its_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The United States Embassy in Iraq had suspended operations. The office "
            "said citizens should not approach the embassy.",
            ("USA",),
        ),
        ("A committee of experts met on Monday. The office said it was over.", ()),
        (
            "The Kremlin rejected the report on Monday. Its spokesman said the "
            "claims were baseless.",
            ("RUS",),
        ),
        (
            "Iran fired missiles at US bases in Iraq. Its foreign ministry said the "
            "strikes were proportionate.",
            ("IRN",),
        ),
        (
            "The company rejected the report on Monday. Its spokesman said the "
            "claims were baseless.",
            (),
        ),
    ],
)
def test_the_office_or_its_spokesman_is_the_organ_that_was_the_subject_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text) == actors


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "The CIA and other intelligence agencies reportedly believe the crown "
            "prince ordered the killing.",
            "reportedly believe",
            ("USA",),
        ),
        (
            "The Revolutionary Guards said the plane was hit by mistake.",
            "said",
            ("IRN",),
        ),
        (
            "Amir Hajizadeh, head of the Revolutionary Guards' aerospace division, "
            "said he accepted full responsibility.",
            "said",
            ("IRN",),
        ),
    ],
)
def test_a_states_armed_or_intelligence_service_speaks_for_it(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, cue) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Russia's foreign ministry summoned the British ambassador on Monday. A "
            "spokesperson for the ministry said the expulsions were unfriendly.",
            ("RUS",),
        ),
        (
            "Russia's foreign ministry summoned the British ambassador on Monday. "
            "The ministry's spokeswoman said the expulsions were unfriendly.",
            ("RUS",),
        ),
        (
            "BEIJING (Reuters) - A spokesperson for the foreign ministry said the "
            "tariffs were unfair.",
            ("CHN",),
        ),
        (
            "BEIJING (Reuters) - A foreign ministry spokesperson said the tariffs "
            "were unfair.",
            ("CHN",),
        ),
        (  # no ministry named before, no dateline
            "A spokesperson for the ministry said the expulsions were unfriendly.",
            (),
        ),
    ],
)
def test_a_spokesperson_for_the_ministry_speaks_for_the_ministry_named_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text) == actors


@pytest.mark.parametrize(
    ("text", "speaker", "actors"),
    [
        (
            "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said the "
            "sanctions were illegal.",
            "Russian Foreign Minister Sergei Lavrov",
            ("RUS",),
        ),
        (
            "BEIJING (Reuters) - Chinese Foreign Ministry spokesperson Hua Chunying "
            "said the tariffs were unfair.",
            "Chinese Foreign Ministry spokesperson Hua Chunying",
            ("CHN",),
        ),
        (
            "WASHINGTON (AP) — Secretary of State Mike Pompeo said the strike was "
            "lawful.",
            "Secretary of State Mike Pompeo",
            ("USA",),
        ),
    ],
)
def test_a_speaker_after_a_dateline_is_named_without_it(
    nlp: Language, text: str, speaker: str, actors: tuple[str, ...]
) -> None:
    (said,) = next(extract_statements(nlp, [("doc", text)]))[1]
    assert (said.speaker_mention, said.actor_ids) == (speaker, actors)


def test_a_hyphen_between_two_states_is_no_dateline(nlp: Language) -> None:
    text = (
        "Russia - Ukraine talks ended on Monday. The foreign ministry said the "
        "sanctions were illegal."
    )
    assert actors_of(nlp, text) == ()


def test_a_subject_parted_from_its_verb_by_an_aside_speaks(nlp: Language) -> None:
    text = (
        "The United States had not, as of yesterday, announced any plans to remove "
        "the troops."
    )
    (announced,) = next(extract_statements(nlp, [("doc", text)]))[1]
    assert (announced.speaker_mention, announced.actor_ids) == (
        "The United States",
        ("USA",),
    )


def test_the_medium_of_according_to_is_not_part_of_the_speaker(nlp: Language) -> None:
    text = (
        "According to semi-official news agency ISNA, the prosecutor general of "
        'Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism '
        'charges", adding Iran will pursue the prosecution of Trump.'
    )
    statements = next(extract_statements(nlp, [("doc", text)]))[1]
    (adding,) = [s for s in statements if s.cue == "adding"]
    assert (adding.speaker_mention, adding.actor_ids) == (
        "the prosecutor general of Tehran, Ali Alghasi Mehr",
        ("IRN",),
    )


@pytest.mark.parametrize(
    "text",
    [
        "A UN report said the killing was premeditated.",
        "A Pentagon study found the strikes had failed.",
    ],
)
def test_a_report_is_no_body_speaking(nlp: Language, text: str) -> None:
    (found,) = next(extract_statements(nlp, [("doc", text)]))[1]
    assert found.actor_ids == ()


def test_a_title_saying_whose_it_is_is_not_the_person_named_before(
    nlp: Language,
) -> None:
    text = (
        "LONDON (AP) — Britain's Conservative Party was accused Wednesday of "
        "misleading voters. Foreign Secretary Dominic Raab defended the party, saying "
        "it was a fair rebuttal. The chairman of the Conservative Party described the "
        "video as satire."
    )
    found = {s.cue: s for s in next(extract_statements(nlp, [("doc", text)]))[1]}
    assert found["defended"].actor_ids == ("GBR",)  # the dateline's state
    chairman = found["described"]
    assert (chairman.speaker, chairman.actor_ids) == (
        "The chairman of the Conservative Party",
        (),
    )
