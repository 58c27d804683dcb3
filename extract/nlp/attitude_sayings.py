"""An attitude of pleasure that frames a verb of saying: 'We were pleased [to
note] that X', 'I am happy [to inform] you that X'. The verb belongs to the cue
('were pleased to note', whose noting is the praise) and what it says is the
content; any other verb ('are ready [to meet]'), any other attitude ('are
unwilling [to confirm] the reports') and a pleasure only supposed ('would be
pleased to note progress, if there were any') keep the verb in the content."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.quotes import SpanRange, trim_end

_PLEASED = frozenset({"pleased", "glad", "happy", "delighted", "proud"})
# verbs whose object is what they say ('note the progress'); the others say it
# only in a clause ('inform you [that X]', not 'say [goodbye]')
_NOTING = frozenset(
    {"note", "confirm", "stress", "emphasise", "emphasize", "underline",
     "acknowledge", "mention"}
)  # fmt: skip
_TELLING = frozenset({"say", "report", "inform", "announce", "state", "recall"})
_SUPPOSED = frozenset({"would", "could", "might", "should"})


def with_saying(
    doc: Doc, attitude: Token, found: tuple[int, SpanRange]
) -> tuple[int, SpanRange]:
    """The cue's end and the content, the verb of saying an attitude's 'to'
    clause opens with moved into the cue."""
    _, (start, end) = found
    if attitude.lower_ not in _PLEASED or end - start < 3 or doc[start].lower_ != "to":
        return found
    if any(c.lower_ in _SUPPOSED for c in attitude.head.children):
        return found
    verb = doc[start + 1]
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _NOTING | _TELLING:
        return found
    said = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if said is None and lemma in _NOTING:
        said = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if said is None or said.right_edge.i >= end:
        return found
    first = said.left_edge.i
    return verb.i + 1, (first, trim_end(doc, first, said.right_edge.i + 1))
