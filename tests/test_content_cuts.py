"""Where a candidate content may stop (issue 16): a cut at the first comma,
dash or "and" is offered only when it keeps the word the phrase hangs on, so
"hope that the efforts, particularly as regards X, will be a success" is never
offered as "that the efforts". Runs the real pipeline's candidates."""

from __future__ import annotations

from spacy.language import Language

from extract.nlp.span_features import content_candidates


def _candidates(nlp: Language, text: str, cue: str) -> dict[str, str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == cue)
    found = content_candidates(head, (head.i, head.i + 1), [])
    return {doc[s:e].text: name for name, (s, e) in found}


def test_a_cut_that_leaves_out_the_clauses_verb_is_not_offered(
    nlp: Language,
) -> None:
    text = (
        "He hoped that the efforts of the mediators, particularly as regards "
        "the ceasefire, would be a success.\n"
    )
    offered = _candidates(nlp, text, "hoped")
    assert "that the efforts of the mediators" not in offered
    assert any(span.endswith("would be a success") for span in offered)


def test_a_cut_that_keeps_the_phrase_head_is_offered(nlp: Language) -> None:
    text = (
        "The Secretary raised other matters of concern, including the hack, "
        "reports of bounties and interference in the election.\n"
    )
    offered = _candidates(nlp, text, "raised")
    assert offered.get("other matters of concern", "").endswith("|cut")
