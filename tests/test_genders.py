"""'He' and 'she' agree with the honorifics and gendered titles the text gives
("Mr Lavrov", "Ms Persson", "spokeswoman Maria Zakharova") and with the
possessive of a speaker's own side ("Lavrov said his country …"): a pronoun
never takes a person the text marks with the other gender, nor that person's
state. Sentences of our own, through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from tests.statements_by_cue import one_by_cue, statements


def test_she_is_not_the_man_who_spoke_last(nlp: Language) -> None:
    text = (
        "Mr Lavrov said the talks would resume. He met Ms Persson on Monday."
        " She said the talks had been useful."
    )

    said = [s for s in statements(nlp, text) if s.cue == "said"][-1]  # hers
    assert (said.speaker, said.actor_ids) == ("Persson", ())  # her name, no "Ms"


def test_she_with_no_woman_named_is_no_one(nlp: Language) -> None:
    text = "Mr Lavrov said the talks would resume. She added that they would fail."

    added = one_by_cue(nlp, text, "added")
    assert (added.speaker, added.actor_ids) == (None, ())


def test_a_pronoun_that_agrees_still_takes_the_last_speaker(nlp: Language) -> None:
    text = "Mr Lavrov said the talks would resume. He added that they would fail."

    added = one_by_cue(nlp, text, "added")
    assert (added.speaker, added.actor_ids) == ("Sergey Lavrov", ("RUS",))


def test_his_own_country_in_what_he_says_marks_a_man(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said his country was ready for"
        " talks. She added that the bloc would not recognise the annexation."
    )

    added = one_by_cue(nlp, text, "added")
    assert (added.speaker, added.actor_ids) == (None, ())  # never Lavrov's


def test_a_spokeswoman_is_a_woman(nlp: Language) -> None:
    text = (
        "Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond."
        " He added that the sanctions were illegal."
    )

    added = one_by_cue(nlp, text, "added")
    assert added.actor_ids == ()  # never Zakharova's


def test_his_of_another_named_in_the_sentence_marks_no_one(nlp: Language) -> None:
    text = (
        "Sergei Lavrov said Antony Blinken had misread his country's position."
        " She added that the talks would resume."
    )

    added = one_by_cue(nlp, text, "added")
    assert added.speaker is not None  # no gender known: the last one who spoke


def test_a_spokeswoman_for_someone_marks_no_one_but_herself(nlp: Language) -> None:
    text = (
        "A spokeswoman for Vladimir Putin declined to comment. Putin"
        " said the talks would resume. He added that they would fail."
    )

    added = one_by_cue(nlp, text, "added")
    assert added.actor_ids == ("RUS",)  # his spokeswoman's title is not his
