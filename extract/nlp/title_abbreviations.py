"""Abbreviated titles the base model's tokenizer does not know.

It keeps "Mr.", "Gov." and "Sen." whole but splits "Hon.", "Rt." and "Amb."
into a word and a full stop, which the parser then reads as a sentence's end:
"held a meeting with Senator the Hon. | Penny Wong" became two sentences, and
the meeting lost its second participant. Each gets a special case keeping it
one token, in the casings official texts print.
"""

from __future__ import annotations

from spacy.language import Language

_TITLES = ("Hon.", "Rt.", "Amb.", "Excy.", "Hon'ble", "Hon’ble")


def with_title_abbreviations(nlp: Language) -> None:
    """Teach the tokenizer to keep each abbreviated title one token."""
    for title in _TITLES:
        for form in {title, title.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]
