"""A source behind the medium of 'according to': 'According to ISNA, the
prosecutor general, X, said' is the prosecutor's, not ISNA's; and '"…," he said,
according to IRNA' is his statement as well as the agency's report of it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import SpanRange

_MEDIUM = 6  # words of a medium's name before a source the parse ran back over it


def without_medium(doc: Doc, source: SpanRange) -> SpanRange:
    """ "According to ISNA, the prosecutor general, X, said": a source the parse
    ran back over the medium of "according to" starts after the medium's comma."""
    if not _after_according_to(doc, source[0]):
        return source
    comma = next((i for i in range(*source) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= source[1] or doc[comma + 1].is_punct:
        return source
    return (comma + 1, source[1])


def _after_according_to(doc: Doc, start: int) -> bool:
    """The token at `start` is in the object of an "according to" just before
    it, no comma between ("According to semi-official | news agency ISNA")."""
    for i in range(start - 1, max(start - _MEDIUM, 1) - 1, -1):
        if doc[i].text == ",":
            return False
        if doc[i].lower_ == "to" and doc[i - 1].lower_ == "according":
            return True
    return False


def relayed(doc: Doc, saying: Attribution, found: list[Attribution]) -> bool:
    """Whether a saying lies inside what a medium's "according to" reports
    ('"The G7 should stop," he said, according to IRNA'): the speaker's own
    statement, besides the medium's report of it."""
    source = saying.source
    if source is None or not _named_or_pronoun(doc[source[0] : source[1]].root):
        return False  # a title the rule cut from its name: the model's to read
    return any(
        doc[a.cue[0]].lower_ == "according"
        and a.content[0] <= saying.cue[0]
        and saying.cue[1] <= a.content[1]
        and (a.source is None or not _overlap(a.source, source))  # not the medium
        for a in found
    )


def _named_or_pronoun(head: Token) -> bool:
    """A source a person's name or a pronoun heads ("Kanaani", "he")."""
    return head.tag_ == "PRP" or head.ent_type_ == "PERSON"


def _overlap(one: SpanRange, other: SpanRange) -> bool:
    return one[0] < other[1] and other[0] < one[1]
