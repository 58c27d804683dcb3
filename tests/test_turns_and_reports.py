"""Transcripts and reported stances: a question that opens with its copula asks
and reports no stance; a record's bracketed turn label ends at its colon; a "we"
after "I met X" is the speaker and X; an attitude another speaker reports of a
state they do not speak for is no statement of that state; a word of address
("Sir, …") is not who speaks, nor the audience a speaker addresses ("Ladies and
gentlemen, Ms Merkel and I"); bare titles in a state's own transcript are its
officials unless the header names a guest; a sentence-opening "It" goes on
speaking for the institution before it. Each runs the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from statements_by_cue import by_cue, published_by, statements


@pytest.mark.parametrize(
    "text", ["Is China concerned about the drills?", "Is Canada open to that?"]
)
def test_a_question_opening_with_its_copula_reports_no_stance(
    nlp: Language, text: str
) -> None:
    assert statements(nlp, text) == []


def test_a_bracketed_turn_label_ends_at_its_colon(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Mr. Danon (Israel): Israel will not accept the presence of hostile forces"
        " on its borders. We call on the Council to act.\n\n"
        "Mr. Fu Cong (China): Beijing is seriously concerned about the escalation.",
    )
    refused = found["will not accept"]
    assert (refused.actor_ids, refused.act) == (("ISR",), "reject")
    assert found["is seriously concerned about"].actor_ids == ("CHN",)


def test_we_after_i_met_someone_is_the_speaker_and_them(nlp: Language) -> None:
    found = published_by(
        nlp,
        "PRIME MINISTER: I met Indonesian President Prabowo in Jakarta and we"
        " agreed to expand cooperation.\n\n"
        "JOURNALIST: And China?\n\n"
        "PRIME MINISTER: We discussed that with the Chinese side, and we remain"
        " committed to dialogue.",
        issuer="AUS",
    )
    assert found["agreed"].actor_ids == ("AUS", "IDN")
    # not the earlier partner: the side the talks were with
    assert found["discussed"].actor_ids == ("AUS", "CHN")


def test_an_attitude_reported_of_another_state_is_not_its_statement(
    nlp: Language,
) -> None:
    found = statements(nlp, "Berlin says Moscow is ready for talks.")
    assert [(s.cue, s.actor_ids) for s in found] == [("says", ("DEU",))]


def test_an_attitude_reported_of_the_speakers_own_state_stays(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "President Biden underscored that the United States remains committed to"
        " the one China policy.",
    )
    assert found["remains committed to"].actor_ids == ("USA",)


def test_a_word_of_address_is_not_the_source(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "QUESTION: Sir, Pakistan's foreign office has alleged that India is behind"
        " the attack. What is your response?\n\n"
        "MR JAISWAL: We reject these baseless allegations.",
    )
    alleged = found["has alleged"]
    assert (alleged.speaker_mention, alleged.actor_ids) == (
        "Pakistan's foreign office",
        ("PAK",),
    )


@pytest.mark.parametrize("address", ["Ladies and gentlemen,", "Friends, colleagues,"])
def test_the_audience_addressed_is_not_among_those_who_speak(
    nlp: Language, address: str
) -> None:
    found = by_cue(
        nlp,
        "President of Russia Vladimir Putin: Thank you. "
        f"{address} Ms Merkel and I discussed the situation in Libya.\n\n"
        "Federal Chancellor of Germany Angela Merkel: We want a ceasefire.",
    )
    discussed = found["discussed"]
    assert (discussed.speaker_mention, discussed.actor_ids) == (
        "Ms Merkel and I",
        ("RUS", "DEU"),
    )


def test_the_audience_addressed_before_another_states_envoy_is_not_the_source(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp,
        "Mr. Wood (United States of America): We do not support this draft.\n\n"
        "Mr. Nebenzia (Russian Federation): Colleagues, the representative of the"
        " United States said that Washington supports a two-state solution.",
    )
    said = found["said"]
    assert said.speaker_mention == "the representative of the United States"
    assert said.actor_ids == ("USA",)


def test_the_speaker_and_a_partner_after_an_address_are_both_sides(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp,
        "Press statements following Russian-Chinese talks\n\n"
        "President of Russia Vladimir Putin: Friends, President Xi Jinping and I"
        " have agreed to expand settlements in national currencies.\n\n"
        "President of China Xi Jinping: China and Russia are good neighbours.",
    )
    agreed = found["have agreed"]
    assert (agreed.speaker_mention, agreed.actor_ids) == (
        "President Xi Jinping and I",
        ("RUS", "CHN"),
    )


def test_the_speakers_aside_joins_no_one_to_the_subject(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Foreign Minister Sergey Lavrov: The Europeans, and I emphasise this, are"
        " not ready for talks.\n\n"
        "Question: Thank you.",
    )
    assert "RUS" not in found["are not ready for"].actor_ids


def test_he_in_a_turn_is_not_the_speaker_of_another_turn(nlp: Language) -> None:
    record = Path(__file__).parent / "data" / "other_sources" / "unsc_verbatim.txt"
    text = record.read_text(encoding="utf-8")
    text = text[: text.index("would remain open.") + len("would remain open.")]
    assert "I spoke with my Egyptian counterpart yesterday, and he assured" in text
    assert by_cue(nlp, text)["assured"].actor_ids == ("EGY",)


def test_bare_titles_of_a_states_own_transcript_are_its_officials(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Foreign Secretary and Prime Minister press conference on Sudan\n\n"
        "The Prime Minister: Good afternoon. We condemn the attacks on civilians"
        " in El Fasher.\n\n"
        "The Foreign Secretary: I urged the Sudanese foreign minister to open the"
        " crossings.\n\n"
        "Question: Will you impose sanctions?\n\n"
        "The Foreign Secretary: We are ready to impose further sanctions.",
        issuer="GBR",
    )
    assert found["condemn"].actor_ids == ("GBR",)
    assert found["urged"].actor_ids == ("GBR",)


def test_bare_titles_beside_a_named_guest_stay_unknown(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Prime Minister's press conference with the President of Kenya\n\n"
        "The Prime Minister: We condemn the attacks on civilians in El Fasher.\n\n"
        "The President: We welcome the new funding for Sudan.",
        issuer="GBR",
    )
    assert found["welcome"].actor_ids == ()  # not GBR: the guest's title is bare too


def test_it_goes_on_speaking_for_the_institution_before(nlp: Language) -> None:
    found = published_by(
        nlp, "The EU welcomes the talks. It condemns the attack on the convoy.", "EU"
    )
    condemns = found["condemns"]
    assert (condemns.speaker_mention, condemns.actor_ids) == ("It", ("EU",))


def test_it_after_a_text_the_institution_issued_is_not_the_institution(
    nlp: Language,
) -> None:
    found = by_cue(nlp, "The ministry issued a statement. It says the talks failed.")
    assert found["says"].speaker is None


def test_an_attitude_reported_of_the_reporter_and_another_stays(
    nlp: Language,
) -> None:
    found = by_cue(
        nlp, "Foreign Minister Wang Yi said China and Russia are committed to peace."
    )
    assert set(found["are committed to"].actor_ids) == {"CHN", "RUS"}
