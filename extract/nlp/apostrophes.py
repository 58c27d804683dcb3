"""Contractions written with a typographic apostrophe ('I’m', 'we’re', 'it’s').

The base model's attribute ruler knows its contractions by the straight
apostrophe only ("'m", "'re", "'s", "'ve", "'d"), so 'I’m grateful' left the
copula without its lemma ('’m', not 'be') and 'we’ve agreed' an auxiliary
without 'have': a copular cue named no act, a perfect read as no auxiliary.
Official transcripts and most news pages print ’. Each of the ruler's own rules
that names a straight contraction gets a twin for ’; the forms that are always
the same word ('’m', '’re', '’ve', '’ll') get it whatever their tag, as the
tagger tags them less surely than their straight twins.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

STRAIGHT, CURLY = "'", "\u2019"
# Contractions that are one word whatever their tag: lemma and part of speech.
_ALWAYS = {"’m": "be", "’re": "be", "’ve": "have", "’ll": "will"}


def with_typographic_apostrophes(nlp: Language) -> None:
    """Add to the attribute ruler (when the model has one) a twin with ’ of
    each rule that names a straight contraction, and the unambiguous forms."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for rule in list(ruler.patterns):  # type: ignore[attr-defined]
        twins = [t for p in rule["patterns"] if (t := _twin(p)) is not None]
        if twins:
            ruler.add(twins, rule["attrs"], index=rule["index"])  # type: ignore[attr-defined]
    for form, lemma in _ALWAYS.items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma, "POS": "AUX"})  # type: ignore[attr-defined]


def _twin(pattern: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The pattern with ’ for ' in its LOWER forms, or None if it names none."""
    twin, changed = [], False
    for token in pattern:
        spec = token.get("LOWER")
        if isinstance(spec, str) and STRAIGHT in spec:
            token = {**token, "LOWER": spec.replace(STRAIGHT, CURLY)}
            changed = True
        elif isinstance(spec, dict) and "IN" in spec:
            forms = [w.replace(STRAIGHT, CURLY) for w in spec["IN"] if STRAIGHT in w]
            if forms:
                token = {**token, "LOWER": {"IN": forms}}
                changed = True
        twin.append(token)
    return twin if changed else None
