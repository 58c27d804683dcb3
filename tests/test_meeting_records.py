"""Whom a speaker of a UN meeting's record speaks for: the state a label's
bracket names, never the language a second bracket gives ("(spoke in
French)"); the President for no state until they speak "in my capacity as
the representative of" one, and for none again once they resume the
presidency; a representative's "we" is their own state's, however few states
take the floor. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue

LANGUAGES = """Security Council
9510th meeting

The President (spoke in French): I thank the Special Envoy for his briefing.

Mr. Nebenzia (Russian Federation) (spoke in Russian): We believe that the
sanctions regime has outlived its usefulness.

Mr. Fernandes (Mozambique): We urge the parties to return to the table.
"""


@pytest.mark.parametrize(("cue", "actors"), [("believe", ("RUS",)), ("urge", ("MOZ",))])
def test_a_label_with_a_state_and_a_language_in_brackets_speaks_for_the_state(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, LANGUAGES, cue).actor_ids == actors


FRENCH = """General Assembly
45th plenary meeting

The President (spoke in French): I believe that this Assembly must speak with
one voice.

Mr. Erdan (Israel): We have said from the start that the resolution is flawed.
"""


def test_the_language_a_president_spoke_in_names_no_state(nlp: Language) -> None:
    assert one_by_cue(nlp, FRENCH, "believe").actor_ids == ()


CAPACITY = """Security Council
9301st meeting

Mr. Zhang Jun (China): We call on the parties to exercise restraint.

The President: I shall now make a statement in my capacity as the
representative of Japan.

We urge all parties to respect international humanitarian law.

I now resume my functions as President of the Council.

I believe that the Council has heard every member today.

Mr. Nebenzia (Russian Federation): We regret that the draft was not adopted.
"""


@pytest.mark.parametrize(
    ("cue", "actors"),
    [("urge", ("JPN",)), ("believe", ()), ("call on", ("CHN",)), ("regret", ("RUS",))],
)
def test_the_president_speaks_for_their_state_only_in_that_capacity(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, CAPACITY, cue).actor_ids == actors


TWO_STATES = """Security Council
9400th meeting

Mr. Erdan (Israel): We have said from the start that the report is one-sided.

Mr. Mansour (State of Palestine): We have asked the Council to act without delay.
"""


@pytest.mark.parametrize(
    ("cue", "actors"), [("have said", ("ISR",)), ("have asked", ("PSE",))]
)
def test_a_representatives_we_is_their_own_state_however_few_take_the_floor(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, TWO_STATES, cue).actor_ids == actors
