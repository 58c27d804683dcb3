"""'He' and 'she' agree with the honorifics the text gives ("Mr Lavrov", "Ms
Persson"): a pronoun never takes a person the text marks with the other gender,
nor that person's state. Sentences of our own, through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from tests.statements_by_cue import one_by_cue, statements


def test_she_is_not_the_man_who_spoke_last(nlp: Language) -> None:
    text = (
        "Mr Lavrov said the talks would resume. He met Ms Persson on Monday."
        " She said the talks had been useful."
    )

    said = [s for s in statements(nlp, text) if s.cue == "said"][-1]  # hers
    assert (said.speaker, said.actor_ids) == ("Ms Persson", ())


def test_she_with_no_woman_named_is_no_one(nlp: Language) -> None:
    text = "Mr Lavrov said the talks would resume. She added that they would fail."

    added = one_by_cue(nlp, text, "added")
    assert (added.speaker, added.actor_ids) == (None, ())


def test_a_pronoun_that_agrees_still_takes_the_last_speaker(nlp: Language) -> None:
    text = "Mr Lavrov said the talks would resume. He added that they would fail."

    added = one_by_cue(nlp, text, "added")
    assert (added.speaker, added.actor_ids) == ("Sergey Lavrov", ("RUS",))
