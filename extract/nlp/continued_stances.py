"""A stance held on: 'Australia will continue to support ASEAN's efforts', 'we
will continue to support this project as we did in the past', 'I continue to
believe that a two-state solution is the only path'. The news-trained
finder reads 'continue' as an event and passes such sentences over; a verb of
stance under 'continue' or 'remain' declared now (not narrated, conditional or
forecast), with a subject the registry knows (or 'we') and an object, is the
speaker's stance: the cue runs from 'continue' to the stance verb, the content
is the rest of its clause; a verb of belief or insistence takes its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import subtree, token_table

# verbs of stance on an object ('stand with X' is a stance verb's own finding)
_STANCES = frozenset(
    {"support", "back", "oppose", "condemn", "reject", "welcome", "uphold",
     "champion", "defend", "advocate"}
)  # fmt: skip
# verbs of a view held on, with the clause it is ('continue to believe that X')
_VIEWS = frozenset({"believe", "insist", "maintain", "hold", "think", "feel"})
_HOLDING = frozenset({"continue", "remain"})
_SELVES = frozenset({"we", "i"})


def find_continued_stances(doc: Doc) -> list[Attribution]:
    """The stances held on in the Doc, in text order."""
    found = []
    for i, dep in enumerate(token_table(doc).dep):
        one = _continued(doc[i]) if dep == "xcomp" else None
        if one is not None:
            found.append(one)
    return found


def _continued(verb: Token) -> Attribution | None:
    lemma = verb.lemma_.lower()
    holding = verb.head
    if lemma not in _STANCES | _VIEWS or verb.dep_ != "xcomp":
        return None
    if holding.lemma_ not in _HOLDING:
        return None
    if not _declared(holding):
        return None
    subject = next((c for c in holding.children if c.dep_ == "nsubj"), None)
    if subject is None or not _speaks(subject):
        return None
    wanted = "ccomp" if lemma in _VIEWS else "dobj"
    target = next((c for c in verb.children if c.dep_ == wanted), None)
    if target is None:
        return None
    doc = verb.doc
    end = subtree(doc, verb.i)[1]  # with its manner: 'as we did in the past'
    return Attribution(
        cue=(holding.i, verb.i + 1),
        content=(verb.i + 1, trim_end(doc, verb.i + 1, end)),
        source=subtree(doc, subject.i),
        cue_lemma=lemma,
        form="continued",
    )


def _declared(holding: Token) -> bool:
    """'will continue', 'continues', 'remain': a stance declared now, in a clause
    of its own; not narration ('continued to back Kyiv throughout 2023'), a
    condition ('If China continues to back Russia') or another's forecast
    ('Analysts expect that China will continue')."""
    if holding.dep_ not in ("ROOT", "conj") or holding.tag_ in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "mark" for c in holding.children)


def _speaks(subject: Token) -> bool:
    """A subject that can hold a stance: 'we', 'I', or a name of a person, state
    or body the registry knows."""
    if subject.lower_ in _SELVES:
        return True
    doc = subject.doc
    return any(
        s.start <= subject.i < s.end
        for group in ("actors", "people")
        for s in doc.spans.get(group, [])
    )
