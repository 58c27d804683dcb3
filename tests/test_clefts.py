"""The verbs that go on from a cleft sentence's clause share its subject (issue
15): in "It was in this vein that we considered X, and agreed to Y" the parse
hangs "agreed" on the copula of the empty "It was"; its source is the clause's
"we", as is that of a participle after a comma. Runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

STATEMENT = """Press statements following Russian-Turkish talks

Vladimir Putin: It was in this vein that we considered issues related to the political process, and agreed to work together to facilitate the early launch of the Constitutional Committee.

It is these goals that we highlighted in the joint statement made recently by the President of Turkey and me, calling on the conflicting sides in Libya to cease hostilities.
"""  # noqa: E501


def test_a_verb_joined_to_a_cleft_shares_its_clauses_subject(nlp: Language) -> None:
    agreed = published_by(nlp, STATEMENT, issuer="RUS", day=date(2020, 1, 8))["agreed"]
    assert agreed.speaker_mention == "we"
    assert agreed.actor_ids == ("RUS", "TUR")  # "we" of joint press statements


def test_a_participle_after_a_cleft_shares_its_clauses_subject(
    nlp: Language,
) -> None:
    said = published_by(nlp, STATEMENT, issuer="RUS", day=date(2020, 1, 8))
    assert said["calling on"].speaker_mention == "we"


def test_a_joined_verb_with_a_subject_of_its_own_keeps_it(nlp: Language) -> None:
    text = (
        "It was in Ankara that the ministers met, and the Turkish side proposed a"
        " new ceasefire.\n"
    )
    proposed = published_by(nlp, text)["proposed"]
    assert proposed.speaker_mention == "the Turkish side"


def test_a_subject_clefts_focus_is_its_verbs_source(nlp: Language) -> None:
    text = (
        "It was Hungary that vetoed the package, insisting that its energy"
        " interests be protected.\n"
    )
    said = published_by(nlp, text)
    for cue in ("vetoed", "insisting"):
        assert said[cue].speaker_mention == "Hungary", cue
        assert said[cue].actor_ids == ("HUN",), cue


def test_a_question_words_cleft_gives_no_source(nlp: Language) -> None:
    text = "Who was it that announced the new tariffs, and warned of retaliation?\n"
    assert published_by(nlp, text)["warned of"].speaker_mention is None


def test_a_reporting_clause_between_keeps_its_own_subject(nlp: Language) -> None:
    text = (
        "It was not Ukraine that attacked first, Zelensky said, and accused Russia"
        " of lying.\n"
    )
    assert published_by(nlp, text)["accused"].speaker_mention != "that"


def test_a_clause_hung_on_the_focus_phrases_noun_is_the_clefts(
    nlp: Language,
) -> None:
    text = (
        "It is precisely for this reason that we have proposed a ceasefire, and"
        " urged all parties to respect it.\n"
    )
    said = published_by(nlp, text, issuer="RUS", day=date(2020, 1, 8))
    assert said["urged"].speaker_mention == "we"
    assert said["urged"].actor_ids == ("RUS",)
