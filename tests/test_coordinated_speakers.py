"""A first-person source with the speakers coordinated before it ('X, Y and I
have concluded talks', 'X and I, we agree'): the source is the whole
coordination, as written, even where the parse leaves the names out of the
subject. Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements


def _source_of(nlp: Language, text: str, cue_word: str) -> str | None:
    found = [s for s in statements(nlp, text) if cue_word in s.cue]
    assert len(found) == 1, [s.cue for s in statements(nlp, text)]
    span = found[0].speaker_span
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        pytest.param(
            "Just now President of Iran Hassan Rouhani, President of Turkey Recep"
            " Erdogan and I have concluded very substantive talks on Syria.",
            "concluded",
            "President of Iran Hassan Rouhani, President of Turkey Recep Erdogan and I",
            id="names-hung-on-an-adverb",
        ),
        pytest.param(
            "President Putin and I, we wholeheartedly agree that the present world"
            " is disquieting.",
            "agree",
            "President Putin and I, we",
            id="and-I-comma-we",
        ),
    ],
)
def test_a_first_person_source_takes_in_the_names_coordinated_with_it(
    nlp: Language, text: str, cue_word: str, source: str
) -> None:
    assert _source_of(nlp, text, cue_word) == source


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "This is our logic, and I believe that it is justified.", id="clauses"
        ),
        pytest.param(
            "We met in Geneva on Monday, and I believe that it is justified.",
            id="place",
        ),
    ],
)
def test_an_i_after_a_coordinated_clause_stays_i(nlp: Language, text: str) -> None:
    assert _source_of(nlp, text, "believe") == "I"
