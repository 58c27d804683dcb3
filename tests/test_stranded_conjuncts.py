"""A speech act joined to a reported clause is the speaker's (issue 16): "X
said the claims were baseless and called on Pakistan to stop" gives X both the
statement and the appeal, and the statement ends before "and"; a clause whose
subject acted or can act keeps its own verbs. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import by_cue


def test_an_appeal_joined_to_a_reported_clause_is_the_speakers(
    nlp: Language,
) -> None:
    text = (
        "Spokesman Randhir Jaiswal said the claims were baseless and called on "
        "Pakistan to stop supporting terrorism.\n"
    )
    found = by_cue(nlp, text)
    assert found["said"].content == "the claims were baseless"
    called = [s for c, s in found.items() if c.startswith("called")]
    assert [s.speaker_mention for s in called] == ["Spokesman Randhir Jaiswal"]
    assert called[0].act == "appeal"


def test_urging_joined_to_a_reported_clause_is_found(nlp: Language) -> None:
    text = (
        "Miller said the commitment was ironclad and urged Beijing to stop "
        "its provocations.\n"
    )
    found = by_cue(nlp, text)
    assert found["urged"].speaker_mention == "Miller"


def test_people_in_the_reported_clause_keep_their_own_verbs(nlp: Language) -> None:
    text = "He said transit officers boarded the train and found a man bleeding.\n"
    found = by_cue(nlp, text)
    assert "found" not in found


def test_a_group_that_acted_keeps_its_own_joined_act(nlp: Language) -> None:
    text = (
        "Miller said the Houthi rebels attacked a ship and vowed to continue "
        "their attacks.\n"
    )
    found = by_cue(nlp, text)
    assert "vowed" not in found or found["vowed"].speaker_mention != "Miller"
