"""A text of our own as one document through the real pipeline (the `nlp`
fixture): its statements, all of them or by cue."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extract.nlp.acts import classify_act
from extract.nlp.pipeline import extract_statements
from extract.nlp.taxonomy import load_acts
from kernel.records import Background, Statement


def statements(nlp: Language, text: str) -> list[Statement]:
    """The statements the pipeline finds in `text`, in the order it gives them."""
    return next(extract_statements(nlp, [("doc", text)]))[1]


def the_one(nlp: Language, text: str) -> Statement:
    """The one statement of `text`; fails, showing the cues and contents found,
    if there is none or more than one."""
    found = statements(nlp, text)
    assert len(found) == 1, [(s.cue, s.content) for s in found]
    return found[0]


def published_by(
    nlp: Language,
    text: str,
    issuer: str | None = None,
    day: date = date(2025, 6, 1),
    title: str | None = None,
) -> dict[str, Statement]:
    """The statements of `text` keyed by cue, read as a document of `issuer`'s
    own site (or of no issuer) published on `day`, under the page title `title`
    when it has one apart from the text."""
    background = Background(
        issuers={"doc": issuer} if issuer else {},
        published={"doc": day},
        titles={"doc": title} if title else {},
    )
    found = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    return {s.cue: s for s in found}


def by_cue(nlp: Language, text: str) -> dict[str, Statement]:
    """The statements of `text` keyed by cue (of two with one cue, the later)."""
    return {s.cue: s for s in statements(nlp, text)}


def one_by_cue(nlp: Language, text: str, cue: str) -> Statement:
    """The one statement of `text` with this cue; fails, showing the cues and
    speakers found, if there is none or more than one."""
    found = statements(nlp, text)
    with_cue = [s for s in found if s.cue == cue]
    assert len(with_cue) == 1, [(s.cue, s.speaker_mention) for s in found]
    return with_cue[0]


def rule_act(nlp: Language, text: str, cue: str, content: str) -> str:
    """The act the rules give `cue` with `content`, both parts of `text`."""
    doc = nlp(text)

    def span(part: str):  # type: ignore[no-untyped-def]
        start = text.index(part)
        return doc.char_span(start, start + len(part))

    cue_span = span(cue)
    found = classify_act(
        cue_span.root,
        cue_span.root.lemma_.lower(),
        span(content),
        load_acts(),
        cue_span=cue_span,
    )
    return found.id
