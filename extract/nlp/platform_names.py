"""The platform X at a sentence's end.

The base model's tokenizer keeps "X." whole, as a middle initial, so "…,"
Gharibabadi said on X. A European diplomat said …" stayed one sentence and the
diplomat's words went to the minister. "X." is split into the name and the
full stop; other capital letters stay initials ("George W. Bush").
"""

from __future__ import annotations

from spacy.language import Language


def with_platform_x(nlp: Language) -> None:
    """Teach the tokenizer that "X." is the platform and a full stop."""
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])  # type: ignore[union-attr]
