"""Talks reported by denying that a topic was passed over: 'we did not neglect
the situation in Syria', 'we did not bypass matters of Syria's recovery'.

Press statements after talks say what was discussed this way; the
news-trained finder reads a denied verb as no statement. Only where that is
what it says: in a document of a site that declares its issuer, in a main
clause, 'did not' and nothing else ('should not have ignored' reproaches,
'could not ignore such provocations' reacts, 'will not ignore' warns, 'never
neglected its interests' defends), with an object ('did not neglect to
mention' is no topic), with the sides as subject (`sides.py`: 'Kyiv did not
ignore the orders', 'They did not neglect a single chance' are no talks),
with a topic of talks as object ('the situation in X', 'matters of X', 'the
issue of X'; not 'the threats to our security', 'the needs of pensioners',
'the opportunity to blame Russia') and no deed beside it ('did not ignore the
attacks and responded with strikes'). The cue is the denied verb with what
comes between it and the subject, the content its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, child_of, subtree_of
from extract.nlp.quotes import trim_end
from extract.nlp.sides import the_sides

# verbs of passing a topic over; denied, they say the topic was taken up
PASSING_OVER = frozenset(
    {"neglect", "ignore", "bypass", "overlook", "disregard", "sidestep"}
)
# what talks take up
TOPICS = frozenset(
    {"situation", "issue", "matter", "question", "problem", "topic", "aspect",
     "theme", "subject", "agenda", "development", "crisis", "conflict",
     "settlement", "relation", "cooperation", "process", "prospect", "area",
     "sphere", "field"}
)  # fmt: skip


def find_passed_over(doc: Doc) -> list[Attribution]:
    """Each denied passing-over of a topic in talks held, in text order."""
    if doc._.issuer is None:
        return []
    found = (_passed_over(t) for t in doc if t.lemma_.lower() in PASSING_OVER)
    return [a for a in found if a is not None]


def topic_not_passed_over(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the topic of 'we did not neglect [X]' in talks held, if
    the verb says that (see the module's docstring)."""
    if verb.doc._.issuer is None or verb.lemma_.lower() not in PASSING_OVER:
        return None
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    denials = [c for c in verb.children if c.dep_ == "neg"]
    if [a.lower_ for a in auxes] != ["did"] or [d.lower_ for d in denials] not in (
        ["not"],
        ["n't"],
    ):
        return None
    topic, subject = child_of(verb, "dobj"), child_of(verb, "nsubj")
    if topic is None or subject is None or topic.lemma_.lower() not in TOPICS:
        return None
    if any(c.dep_ in ("xcomp", "conj", "cc") for c in verb.children):
        return None  # 'did not ignore the attacks and responded with strikes'
    if any(c.lower_ in ("any", "single") for c in topic.children):
        return None  # 'did not neglect a single chance'; no topic in particular
    return (subject, topic) if the_sides(subject) else None


def _passed_over(verb: Token) -> Attribution | None:
    found = topic_not_passed_over(verb)
    if found is None:
        return None
    subject, topic = found
    source = subtree_of(subject)
    start, end = subtree_of(topic)
    if source[1] > verb.i or start < verb.i:
        return None
    between = [c.i for c in verb.children if source[1] <= c.i < verb.i]
    return Attribution(
        cue=(min([verb.i, *between]), verb.i + 1),
        content=(start, trim_end(verb.doc, start, end)),
        source=source,
        cue_lemma=verb.lemma_.lower(),
        form="passed_over",
    )
