"""A noun of decision or intent with its owner and its infinitive ('Germany's
decision to X', 'the Chancellor's initiative to X', 'Ukraine's desire to X')
is the owner's stance (the source as written), as 'X's call for Y' is.
Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "I also want to recognise Germany's decision to spend two percent of"
            " its GDP on defence.",
            "decision",
            "Germany's",
            "to spend two percent of its GDP on defence",
        ),
        (
            "We welcome the Federal Chancellor's initiative to hold a conference"
            " on Libya in Berlin.",
            "initiative",
            "the Federal Chancellor",  # learned-7 leaves the possessive's "'s" out
            "to hold a conference on Libya in Berlin",
        ),
        (
            "Why are you so strongly against Ukraine's desire to control the"
            " border during the elections?",
            "desire",
            "Ukraine's",
            "to control the border during the elections",
        ),
    ],
)
def test_an_owners_noun_of_intent_with_an_infinitive_is_their_stance(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = one_by_cue(nlp, text, cue)
    assert found.speaker_span is not None
    assert text[found.speaker_span[0] : found.speaker_span[1]] == source
    assert found.content == content


def test_a_noun_of_intent_without_an_owner_is_no_statement(nlp: Language) -> None:
    text = "The decision to spend more on defence was taken in June."
    assert not [s for s in statements(nlp, text) if s.cue == "decision"]


def test_a_title_in_a_turn_is_not_the_turns_speaker(nlp: Language) -> None:
    """Putin speaking of 'the Federal Chancellor's initiative' does not speak
    of himself: no speaker rather than the wrong state."""
    text = (
        "Vladimir Putin and Federal Chancellor of Germany Angela Merkel made"
        " statements for the press.\n\nPresident of Russia Vladimir Putin: Madam"
        " Federal Chancellor, ladies and gentlemen,\n\nWe discussed Libya.\n\n"
        "Question: What about Libya?\n\nVladimir Putin: As I mentioned in my"
        " remarks, we support the Federal Chancellor’s initiative to hold a UN"
        " conference in Berlin.\n"
    )
    found = one_by_cue(nlp, text, "initiative")
    assert found.speaker != "Vladimir Putin"
    assert "RUS" not in found.actor_ids
