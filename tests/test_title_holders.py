"""Who "the minister" or "the president" is when no earlier mention holds the
title: the person named last, unless the registry gives that person only other
offices. Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements


def test_the_title_of_the_person_named_last_is_theirs(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov said on Monday that the talks "
        "would continue. The minister said the deal was close."
    )
    assert [(s.speaker, s.actor_ids) for s in statements(nlp, text)] == [
        ("Sergey Lavrov", ("RUS",)),
        ("Sergey Lavrov", ("RUS",)),
    ]


def test_a_title_the_person_named_last_never_held_is_not_theirs(
    nlp: Language,
) -> None:
    text = (
        "White House Press Secretary Karine Jean-Pierre said on Monday that the "
        "talks would continue. The president said the deal was close."
    )
    found = statements(nlp, text)
    assert [s.speaker for s in found] == ["Karine Jean-Pierre", "The president"]


def test_he_after_an_office_named_by_its_bare_title_is_its_holder(
    nlp: Language,
) -> None:
    text = (
        "Statement attributable to the Spokesperson for the Secretary-General on "
        "Sudan\n\nThe Secretary-General is deeply alarmed by the escalation of "
        "fighting in El Fasher. He calls on the parties to cease hostilities "
        "immediately."
    )
    found = statements(nlp, text)
    assert [(s.speaker_mention, s.actor_ids) for s in found] == [
        ("The Secretary-General", ("UNSG",)),
        ("He", ("UNSG",)),
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Qatari mediators said both sides had agreed to the framework.", ("QAT",)),
        ("Israeli negotiators said they would return to Cairo.", ("ISR",)),
        ("Western diplomats said the resolution was likely to pass.", ()),
    ],
)
def test_a_states_negotiators_and_mediators_speak_for_it(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert statements(nlp, text)[0].actor_ids == actors
