"""Contractions with a typographic apostrophe read as their straight twins."""

from __future__ import annotations

import pytest

from extract.nlp.pipeline import extract_statements


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("I’m grateful for the help.", "’m", "be"),
        ("We’re committed to the talks.", "’re", "be"),
        ("It’s a matter for Kyiv.", "’s", "be"),
        ("We’ve agreed to meet.", "’ve", "have"),
        ("We’ll respond.", "’ll", "will"),
        ("I’d like to stress that.", "’d", "would"),
    ],
)
def test_a_typographic_contraction_has_its_words_lemma(  # type: ignore[no-untyped-def]
    nlp, text: str, form: str, lemma: str
) -> None:
    token = next(t for t in nlp(text) if t.text == form)
    assert (token.lemma_, token.pos_) == (lemma, "AUX")


def test_a_possessive_stays_a_possessive(nlp) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp("Russia’s position is clear.") if t.text == "’s")
    assert token.tag_ == "POS"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_copular_cue_names_its_act_whatever_the_apostrophe(  # type: ignore[no-untyped-def]
    nlp, apostrophe: str
) -> None:
    text = (
        "Joe Biden: Thank you. "
        f"I{apostrophe}m grateful for Germany{apostrophe}s cooperation on Iran."
    )
    statements = next(extract_statements(nlp, [("doc", text)]))[1]
    # one speaker's turn: the attitude takes its preposition, as the gold draws it
    assert [(s.cue, s.act) for s in statements if "grateful" in s.cue] == [
        (f"{apostrophe}m grateful for", "praise")
    ]
