"""What a transcript's speakers say in their own voice, where the parse or the
learned finder loses it (issue 16): a subject hung on 'do', a clause under
another of the speaker's cues, the clause after a verb of stance's object.
Sentences of our own, through the real pipeline or its rule layer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from statements_by_cue import by_cue

from extract.nlp.attribution import Attribution, find_rule_attributions
from extract.nlp.turn_speech import with_turn_speech


def _rules(nlp: Language, text: str) -> tuple[Doc, list[Attribution]]:
    doc = nlp(text)
    lexicon = nlp.get_pipe("communique_attributions").lexicon  # type: ignore[attr-defined]
    return doc, find_rule_attributions(doc, lexicon)


def _words(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc[span[0] : span[1]].text


def test_a_subject_hung_on_do_is_the_cue_verbs_source(nlp: Language) -> None:
    doc, found = _rules(nlp, "We do hope that the talks will resume soon.")
    hope = [a for a in found if a.cue_lemma == "hope"]
    assert [_words(doc, a.source) for a in hope] == ["We"]
    assert _words(doc, hope[0].content) == "that the talks will resume soon"


def test_a_first_person_clause_under_the_speakers_own_cue_is_kept(
    nlp: Language,
) -> None:
    """'I would like to stress that we believe that X': 'would' precedes 'I',
    not 'we', so the inner clause is no question; kept when the model passes
    it over."""
    doc, rules = _rules(
        nlp,
        "Vladimir Putin: Thank you.\n\nAngela Merkel: I would like to emphasise"
        " once again that despite all the hurdles we believe that the sanctions"
        " are the wrong path.\n",
    )
    kept = with_turn_speech(doc, rules, [])
    believe = [a for a in kept if a.cue_lemma == "believe"]
    assert [_words(doc, a.content) for a in believe] == [
        "that the sanctions are the wrong path"
    ]


def test_a_question_under_a_verb_stays_no_statement(nlp: Language) -> None:
    doc, rules = _rules(
        nlp,
        "Vladimir Putin: Thank you.\n\nQuestion: Can we say that the talks have"
        " failed?\n",
    )
    assert not [a for a in with_turn_speech(doc, rules, []) if a.cue_lemma == "say"]


def test_a_stance_verbs_content_takes_in_the_clause_after_it(
    nlp: Language,
) -> None:
    text = (
        "We stand by Ukraine's side as long as it is necessary. Together, we commit"
        " to the principles of the free world as enshrined in the Charter of the"
        " United Nations."
    )
    found = by_cue(nlp, text)
    assert found["stand by"].content == "Ukraine's side as long as it is necessary"
    assert found["commit to"].content == (
        "the principles of the free world as enshrined in the Charter of the United"
        " Nations"
    )
