"""Find attributions in a parsed Doc: the learned finder decides, the rules advise.

Two finders work together: the learned finder (`attribution_model.py`, trained on
PolNeAR) and the dependency rules of `attribution.py`. Every finder is a pure
function from a Doc to token spans; `components.py` writes the result on the Doc.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution, find_rule_attributions
from extract.nlp.attribution_model import AttributionModel, Found, Hints, find_learned
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import SpanRange, quote_kind, quote_spans
from extract.nlp.register import find_register_attributions


def find_attributions(
    doc: Doc, lexicon: Lexicon, model: AttributionModel | None = None
) -> list[Attribution]:
    """All attributions in the Doc, in text order, one per cue. With a model, the
    rules' findings are features of the learned finder, which decides; without
    one, the rules decide."""
    rules = find_rule_attributions(doc, lexicon)
    rules = _with_register(rules, find_register_attributions(doc, lexicon))
    if model is None:
        return rules
    quotes = quote_spans(doc)
    found = find_learned(doc, model, rule_hints(rules))
    learned = [_from_found(doc, f, quotes) for f in found]
    # the register's cues ('expressed concern about') decide their own span
    register = {i for a in rules if a.form in REGISTER for i in range(*a.cue)}
    learned = [a for a in learned if not any(i in register for i in range(*a.cue))]
    taken = {i for a in learned for i in range(*a.cue)}
    # constructions news training data rarely has ('as stated by X', 'X: "…"',
    # 'X's call for …') are kept even when the model passes them over
    kept = [
        a
        for a in rules
        if a.form != "verb" and not any(i in taken for i in range(*a.cue))
    ]
    return sorted(
        [continue_quote(doc, a, quotes) for a in [*learned, *kept]],
        key=lambda a: (a.content[0], a.cue[0]),
    )


REGISTER = frozenset({"light", "attitude", "passive"})


def _with_register(
    rules: list[Attribution], register: list[Attribution]
) -> list[Attribution]:
    """The rules' findings and the register's: a light-verb or attitude cue
    replaces a verb rule's finding on the same words ('expressed | concern
    about X', not 'expressed | concern about X'); a passive only adds."""
    strong = {i for a in register if a.form != "passive" for i in range(*a.cue)}
    rules = [
        a
        for a in rules
        if a.form != "verb" or not any(i in strong for i in range(*a.cue))
    ]
    taken = {i for a in rules for i in range(*a.cue)}
    extra = [a for a in register if not any(i in taken for i in range(*a.cue))]
    return sorted([*rules, *extra], key=lambda a: (a.content[0], a.cue[0]))


def continue_quote(
    doc: Doc, found: Attribution, quotes: list[SpanRange]
) -> Attribution:
    """A quotation before its cue grown over the quotation that continues it in the
    next sentence ('"We are ready," said Lopez. "But …"'), which has no cue of its own.
    """
    if found.kind != "direct" or found.content[1] > found.cue[0]:
        return found
    end = found.cue[1]
    sentence_end = doc[found.cue[0]].sent.end
    follow = next((q for q in quotes if q[0] >= end), None)
    if follow is None or follow[0] != sentence_end:
        return found
    if any("\n" in t.text for t in doc[end : follow[0]]):
        return found
    inner = doc[follow[0] : follow[1]]
    if any(t.dep_ == "ROOT" and t.lemma_.lower() == "say" for t in inner):
        return found
    return replace(found, content=(found.content[0], follow[1]), kind="direct")


def rule_hints(rules: list[Attribution]) -> Hints:
    """The rules' findings in the form the learned finder weighs them."""
    spans = {i: (a.content, a.source) for a in rules for i in range(a.cue[0], a.cue[1])}
    return Hints(cues=frozenset(spans), spans=spans)


def _from_found(doc: Doc, found: Found, quotes: list[SpanRange]) -> Attribution:
    return Attribution(
        cue=found.cue,
        content=found.content,
        source=found.source,
        cue_lemma=doc[found.head].lemma_.lower(),
        kind=quote_kind(doc, found.content, quotes),
    )
