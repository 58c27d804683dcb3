"""A position made clear: 'The Secretary has made it clear that the United
States will act', 'has made clear that X', 'made our position clear to Y',
and the speaker's own 'I want to be clear that X'. The
base parse hangs the that-clause on 'clear' in several ways (a clausal
complement, an adverbial clause, even a clausal subject), so the news-trained
finder passes most of these over; 'make' with 'clear' as its complement is a
cue that runs from 'make' to 'clear', its content the that-clause or, with no
clause, the position made clear ('our position'). Only a subject that can
speak, declaring it (no modal but 'will', no condition).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, source_range
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import subtree, token_table
from extract.nlp.turn_speech import FIRST_PERSON

_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "xcomp"})
_COMPLEMENTS = frozenset({"ccomp", "acomp", "oprd", "xcomp"})


def find_made_clear(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """The positions made clear in the Doc, in text order."""
    found = []
    for i, lemma in enumerate(token_table(doc).lemma):
        if lemma not in ("make", "be"):  # what either reading opens with
            continue
        token = doc[i]
        one = _made_clear(token, lexicon) or _being_clear(token)
        if one is not None:
            found.append(one)
    return found


_WISHING = frozenset({"want", "like", "wish", "let"})  # "I want to | be clear"


def _being_clear(verb: Token) -> Attribution | None:
    """The speaker's own "I want to be clear that X", "Let me be clear that X",
    "we are clear that X": the cue from the verb it hangs on to "clear", the
    first-person subject the source, the that-clause the content."""
    if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return None
    clear = next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "clear"), None
    )
    if clear is None:
        return None
    clause = next(
        (
            c
            for c in (*clear.children, *verb.children)
            if c.dep_ == "ccomp" and c.i > clear.i and _marked_that(c)
        ),
        None,
    )
    top = verb.head if verb.dep_ in ("xcomp", "ccomp") else verb
    top = top if top.lemma_.lower() in _WISHING or top == verb else verb
    subjects = [
        c for t in (verb, top) for c in t.children if c.dep_ in ("nsubj", "dobj")
    ]
    subject = next((c for c in subjects if c.lower_ in FIRST_PERSON), None)
    if clause is None or subject is None or not _declared(top):
        return None
    doc = verb.doc
    start = clause.left_edge.i
    return Attribution(
        cue=(min(top.i, subject.i + 1), clear.i + 1),
        content=(start, trim_end(doc, start, subtree(doc, clause.i)[1])),
        source=(subject.i, subject.i + 1),
        cue_lemma="say",
        form="light",
    )


def _marked_that(clause: Token) -> bool:
    """A clause "that" opens."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _made_clear(verb: Token, lexicon: Lexicon) -> Attribution | None:
    if verb.lemma_.lower() != "make" or verb.pos_ not in ("VERB", "AUX"):
        return None
    clear = next(
        (c for c in verb.children if c.lower_ == "clear" and c.dep_ in _COMPLEMENTS),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if clear is None or subject is None or not _declared(verb):
        return None
    source = source_range(subject, lexicon)  # not "The attack made it clear"
    if source is None:
        return None
    doc = verb.doc
    clause = next(
        (
            c
            for c in (*clear.children, *verb.children)
            if c.dep_ in _CLAUSES and c.i > clear.i and _opens_with_that(c)
        ),
        None,
    )
    cue_end = clear.i + 1
    if clause is not None:
        start = clause.left_edge.i
        content = (start, trim_end(doc, start, subtree(doc, clause.i)[1]))
    else:
        held = [  # 'made our position clear': the cue is the verb alone
            c
            for c in (*verb.rights, *clear.lefts)
            if c.dep_ in ("dobj", "nsubj") and c.i < clear.i and c.lower_ != "it"
        ]
        if not held:
            return None
        content, cue_end = subtree(doc, held[0].i), verb.i + 1
    auxiliaries = [c.i for c in verb.lefts if c.dep_ in ("aux", "neg")]
    return Attribution(
        cue=(min([verb.i, *auxiliaries]), cue_end),
        content=content,
        source=source,
        cue_lemma="make",
        form="light",
    )


def _declared(verb: Token) -> bool:
    """Made clear, not wished for or supposed: no modal but 'will' ('Russia
    should make it clear'), no condition ('If Moscow makes it clear')."""
    return not any(
        (c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in _WILL)
        or c.dep_ == "mark"
        for c in verb.children
    )


_WILL = frozenset({"will", "'ll"})


def _opens_with_that(clause: Token) -> bool:
    """A clause that a 'that' opens (or no mark at all: 'made clear it would')."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return not marks or marks[0].lower_ == "that"
