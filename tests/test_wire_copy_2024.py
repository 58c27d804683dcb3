"""Wire copy as agencies print it in 2024 (issues 15 and 16): a minister who
"said on X." ends the sentence, so the next speaker's words are not the
minister's (a wrong state is worse than none); a naming participle ("known as
the E3") is no statement; the one "Asked whether …" is not the asker, who goes
unnamed, as PolNeAR marks it. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import statements

GENEVA = (
    "DUBAI, Nov 30 (Reuters) - Iran's deputy foreign minister Kazem Gharibabadi"
    ' said talks with Britain, France and Germany were "frank". "We discussed the'
    ' lifting of sanctions and the nuclear issue," Gharibabadi said on X. A'
    " European diplomat said the talks had not produced any breakthrough. The"
    " three European powers, known as the E3, said in a joint statement they"
    " remained committed to a diplomatic solution."
)


def test_a_minister_who_said_on_x_ends_the_sentence(nlp: Language) -> None:
    found = statements(nlp, GENEVA)
    breakthrough = [s for s in found if "breakthrough" in s.content]
    assert [(s.speaker_mention, s.actor_ids) for s in breakthrough] == [
        ("A European diplomat", ())
    ]


def test_a_naming_participle_is_no_statement(nlp: Language) -> None:
    assert "known as" not in [s.cue for s in statements(nlp, GENEVA)]


def test_the_one_asked_is_not_the_asker(nlp: Language) -> None:
    text = (
        "Asked whether Beijing would sanction U.S. defence firms, Lin said China"
        ' would "take all necessary measures".'
    )
    found = {s.cue: s for s in statements(nlp, text)}
    assert found["Asked"].speaker_mention is None
    assert found["said"].speaker_mention == "Lin"


def test_a_medium_its_owner_runs_speaks_for_no_one(nlp: Language) -> None:
    said = statements(
        nlp, "Hezbollah-run al-Manar TV reported that strikes hit the south."
    )
    assert [(s.speaker_mention, s.actor_ids) for s in said] == [
        ("Hezbollah-run al-Manar TV", ())
    ]


def test_a_houthi_spokesman_speaks_for_the_houthis(nlp: Language) -> None:
    said = statements(
        nlp, "Houthi spokesman Mohammed Abdulsalam warned that attacks would continue."
    )
    assert [(s.speaker, s.actor_ids) for s in said] == [
        ("Mohammed Abdulsalam", ("HOUTHI",))
    ]


def test_an_ambassadors_name_after_the_state_he_is_sent_to(nlp: Language) -> None:
    said = statements(
        nlp,
        "Russia's ambassador to the United States Anatoly Antonov said Moscow would"
        " respond.",
    )
    assert [(s.speaker, s.actor_ids) for s in said] == [("Anatoly Antonov", ("RUS",))]


def test_where_a_leader_spoke_is_no_part_of_what_he_urged(nlp: Language) -> None:
    said = statements(
        nlp, "Jordan's King Abdullah II urged restraint in a call with Emmanuel Macron."
    )
    assert [s.content for s in said] == ["restraint"]


def test_speakers_at_a_meeting_are_sources_of_no_state(nlp: Language) -> None:
    said = statements(
        nlp, "Several speakers expressed concern about the humanitarian situation."
    )
    assert [(s.speaker_mention, s.actor_ids) for s in said] == [
        ("Several speakers", ())
    ]
