"""Talks reported by denying that a topic was passed over: 'we did not neglect
the situation in Syria', 'We certainly could not ignore another issue', 'we
did not bypass matters of Syria's recovery'.

Press statements after talks say what was discussed this way (read only in
documents of a site that declares its issuer); the
news-trained finder reads a denied verb as no statement. The cue is the
denied verb with the auxiliaries and adverbs before it ('certainly could not
ignore'), the content its object, the source its subject when the subject
speaks for a side ('we', 'they', the leaders, a state or body; 'I' in a turn).
Only of talks held: 'we will not ignore the violations' warns, 'we cannot
ignore the threat' takes a stance, and both are the finder's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.act_senses import held_talks
from extract.nlp.attribution import Attribution, child_of, subtree_of
from extract.nlp.quotes import trim_end
from extract.nlp.register import speaker_in_turn, speaks_for_a_body

# verbs of passing a topic over; denied, they say the topic was taken up
PASSING_OVER = frozenset(
    {"neglect", "ignore", "bypass", "overlook", "disregard", "sidestep"}
)
_DENIALS = frozenset({"not", "n't", "never"})


def find_passed_over(doc: Doc) -> list[Attribution]:
    """Each denied passing-over of a topic in talks held, in text order."""
    found = (_passed_over(t) for t in doc if t.lemma_.lower() in PASSING_OVER)
    return [a for a in found if a is not None]


def _passed_over(verb: Token) -> Attribution | None:
    if verb.pos_ != "VERB" or child_of(verb, "auxpass") is not None:
        return None
    denial = next(
        (c for c in verb.children if c.dep_ == "neg" or c.lower_ in _DENIALS), None
    )
    topic = child_of(verb, "dobj")
    subject = child_of(verb, "nsubj")
    if denial is None or topic is None or subject is None or not held_talks(verb):
        return None
    side = speaks_for_a_body(subject) or speaker_in_turn(subject)
    if not (side or subject.lower_ == "they"):
        return None
    before = [
        c.i
        for c in verb.children
        if c.i < verb.i and c.i > subject.i and c.dep_ in ("aux", "neg", "advmod")
    ]
    start, end = subtree_of(topic)
    source = subtree_of(subject)
    if source[1] > verb.i or start < verb.i:
        return None
    return Attribution(
        cue=(min([verb.i, *before]), verb.i + 1),
        content=(start, trim_end(verb.doc, start, end)),
        source=source,
        cue_lemma=verb.lemma_.lower(),
        form="passed_over",
    )
