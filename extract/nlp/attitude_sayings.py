"""An attitude that frames a verb of saying: 'We were pleased [to note] that X',
'I am happy [to announce] X'. The verb belongs to the cue ('were pleased to
note', whose noting is the praise) and what it says is the content; any other
verb ('are ready [to meet]') is itself the content."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.quotes import SpanRange, trim_end

_SAYING = frozenset(
    {"note", "say", "report", "inform", "announce", "confirm", "state", "stress",
     "emphasise", "emphasize", "underline", "acknowledge", "recall", "mention"}
)  # fmt: skip
_SAID = frozenset({"ccomp", "dobj"})


def with_saying(doc: Doc, found: tuple[int, SpanRange]) -> tuple[int, SpanRange]:
    """The cue's end and the content, the verb of saying an attitude's 'to'
    clause opens with moved into the cue."""
    _, (start, end) = found
    if end - start < 3 or doc[start].lower_ != "to":
        return found
    verb = doc[start + 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING:
        return found
    said = next((c for c in verb.rights if c.dep_ in _SAID), None)
    if said is None or said.right_edge.i >= end:
        return found
    first = said.left_edge.i
    return verb.i + 1, (first, trim_end(doc, first, said.right_edge.i + 1))
