"""States that speak together: a list of states the parse hangs as an
apposition ("The United States, the Republic of Korea and Japan announce X")
speaks for each of them; a state "together with" others speaks with theirs too,
while "along with his aides" adds no one. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import one_by_cue, published_by


def test_a_list_of_states_parsed_as_an_apposition_speaks_for_each(
    nlp: Language,
) -> None:
    text = (
        "The United States, the Republic of Korea and Japan announce a new partnership."
    )
    assert one_by_cue(nlp, text, "announce").actor_ids == ("USA", "KOR", "JPN")


def test_a_state_described_by_an_apposition_speaks_for_itself_alone(
    nlp: Language,
) -> None:
    text = "China, a close ally of Pakistan, called for restraint."
    assert one_by_cue(nlp, text, "called for").actor_ids == ("CHN",)


def test_a_state_together_with_others_speaks_with_theirs(nlp: Language) -> None:
    text = "Russia, together with Turkey and Iran, has proposed a new initiative."
    found = one_by_cue(nlp, text, "has proposed").actor_ids
    assert found == ("RUS", "TUR", "IRN")


def test_a_speaker_along_with_people_of_no_actor_keeps_their_own(
    nlp: Language,
) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. The minister, "
        "along with his aides, said the talks would continue."
    )
    assert one_by_cue(nlp, text, "said").actor_ids == ("RUS",)


def test_a_leader_together_with_another_named_first_here_speaks_with_theirs(
    nlp: Language,
) -> None:
    found = published_by(
        nlp, "Putin, together with Erdogan, called for a ceasefire in Libya.", "RUS"
    )["called for"]
    assert found.actor_ids == ("RUS", "TUR")  # the registry's Erdogan that day
