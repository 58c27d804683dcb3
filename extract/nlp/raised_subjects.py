"""A passive of belief or report whose subject is what is believed.

"Some 200 U.S. military personnel are believed to remain at the base", "He is
said to have left the country": the passive's subject is the subject of the
infinitive after it, and nobody named believes or says it. The attribution
keeps its cue, its content takes the subject in, and it has no source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extract.nlp.attribution import Attribution

_RAISING = frozenset(
    {"believe", "say", "think", "report", "expect", "know", "consider", "estimate",
     "understand", "rumour", "rumor", "allege", "suppose", "presume", "reckon",
     "fear", "claim", "assume"}
)  # fmt: skip


def without_raised_subject(
    verb: Token | None, found: Attribution
) -> Attribution | None:
    """The attribution without a source and with the subject in its content, when
    its source is the subject of a passive of belief or report with an
    infinitive after it; None for any other attribution."""
    subject = None if verb is None else _raised_subject(verb)
    if subject is None or found.source is None:
        return None
    start, end = found.source
    if not start <= subject.i < end:
        return None
    content = (min(start, found.content[0]), max(end, found.content[1]))
    return replace(found, source=None, content=content)


def _raised_subject(verb: Token) -> Token | None:
    """The passive subject of `verb` when it is raised ("are believed | to remain")."""
    if verb.lemma_.lower() not in _RAISING:
        return None
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    infinitive = any(c.dep_ == "xcomp" and _after_to(c) for c in children)
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    return subjects[0] if passive and infinitive and subjects else None


def _after_to(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
