"""Paragraphs end sentences: a blank line is a boundary the parser must keep
("Q: ..." after "please.\n\n", a title line before the first paragraph),
unless a colon before it opens what follows ("she said:\n\n"Ukraine ...""),
which a text introduced as "the following" is not: "released the following
statement:\n\nWe condemn X" is the statement's own sentences.
A turn label ("Mr. Danon (Israel): Israel will not accept ...", "Official
Spokesperson, Shri Randhir Jaiswal: We have always called …") ends at its
colon: the parser would otherwise take the speech's subject for an apposition
of the label, or its verb for the label's; so does a "Q." opening a line,
which the entity model would join to a name ("Q. Israel"). Two words
with nothing between them are one sentence: the parser, thrown by a title line
before, would otherwise end one after a first word ("Ukraine | expressed
readiness …", "CHANCELLOR | SCHOLZ:"). A heading line of a few capitalised
words ends its sentence at its line break ("**Sudan\nThe Secretary-General
welcomes …"), and a list item's mark at a line's start opens one ("-
Philippines: …\n- United States: …")."""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from extract.nlp.memo import doc_text
from extract.nlp.turn_labels import names_a_speaker

_LABEL_LONGEST = 12  # tokens of a label before its colon
_FOLLOWING = frozenset({"following", "follows"})
_HEADING_LONGEST = 5  # words of a heading line ("Democratic Republic of the Congo")
_NAME_WORDS = 3  # a place's name as a heading ("Sudan", "Middle East")


def break_at_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line, and the speech after a
    bracketed turn label, as sentence starts; a word right after a word as none."""
    starts = _sentence_starts(doc)
    if starts:  # one write: each token's setter would scan the whole doc
        values = doc.to_array(SENT_START).view("int64")
        for i, start in starts.items():
            values[i] = 1 if start else -1
        column = cast(Ints2d, values.view("uint64").reshape(-1, 1))
        doc.from_array([SENT_START], column)
    return doc


def _sentence_starts(doc: Doc) -> dict[int, bool]:
    """Token index → whether a sentence starts there, later marks winning."""
    starts: dict[int, bool] = {}
    tokens = list(doc)  # one Token object each, not one per look
    alpha = [t.is_alpha for t in tokens]
    broken = [t.is_space and "\n" in t.text for t in tokens]  # a line break
    for i in range(1, len(tokens)):
        if alpha[i] and alpha[i - 1]:
            starts[i] = False
    for i in range(2, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        blank = broken[i - 1] and before.text.count("\n") >= 2
        if blank and not token.is_space and not _opened_by_colon(doc, i - 2):
            starts[i] = True
        elif broken[i - 1] and _a_bullet(token):
            starts[i] = True  # "- Philippines: …\n- United States: …"
    for i, token in enumerate(tokens):
        if i == 0 or broken[i - 1]:
            speech = (
                _after_bracketed_label(doc, token)
                or _after_label(doc, token)
                or _after_question_mark(doc, token)
            )
            if speech is not None:
                starts[speech.i] = True
            if i > 0 and token.is_title and _after_heading(doc, token):
                starts[i] = True
    return starts


# Marks that open a list item at a line's start.
BULLETS = frozenset({"-", "•", "*", "·", "–", "—", "‣", "▪"})


def _a_bullet(token: Token) -> bool:
    """A list item's mark at a line's start, a capitalised word after it ("-
    Philippines:"), not right after a colon ("said:" then its items)."""
    doc = token.doc
    if token.text not in BULLETS or token.i + 2 >= len(doc) or not token.whitespace_:
        return False
    word = doc[token.i + 1]
    before = next((t for t in reversed(doc[: token.i]) if not t.is_space), None)
    return (
        word.is_alpha
        and word.text[0].isupper()  # not a readout's "- took stock of X" items
        and (before is None or before.text != ":")  # nor the first after "said:"
    )


def _after_heading(doc: Doc, first: Token) -> bool:
    """Whether the line before `first` is a heading that opens a paragraph: a
    short proper name ("Sudan", "Middle East") or words set off by markup
    ("**Sudan", "# Gaza"), whose line break ends it; not an address or a list
    of names inside a paragraph, nor a title broken over two lines."""
    start = first.i - 1
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    opening = start == 0 or doc[start - 1].text.count("\n") >= 2
    words = [t for t in doc[start : first.i - 1] if not t.is_space]
    if not opening or not words or len(words) > _HEADING_LONGEST:
        return False
    if not words[-1].text[-1:].isalnum():
        return False
    marked = words[0].text in ("**", "*", "#", "##")
    named = [t for t in words if t.is_alpha]
    short = len(named) <= _NAME_WORDS and all(t.tag_ == "NNP" for t in named)
    return bool(named) and (marked or short)


def _after_label(doc: Doc, first: Token) -> Token | None:
    """The first word after a turn label opening a line at `first` ("Official
    Spokesperson, Shri Randhir Jaiswal: We have always …"), or None."""
    label = doc[first.i : first.i + _LABEL_LONGEST]
    colon = next((t for t in label if t.text == ":" or "\n" in t.text), None)
    if colon is None or colon.text != ":" or colon.i == first.i:
        return None
    if not names_a_speaker(doc_text(doc)[first.idx : colon.idx].strip()):
        return None
    return _word_after(doc, colon.i)


def _after_question_mark(doc: Doc, first: Token) -> Token | None:
    """The word after a "Q." opening a line ("Q. Israel's Foreign Ministry
    said …"), which the entity model would otherwise read as a person's
    initial ("Q. Israel"), or None."""
    if first.text != "Q." or first.i + 1 >= len(doc):
        return None
    word = doc[first.i + 1]
    return word if word.is_alpha and word.is_title else None


def _opened_by_colon(doc: Doc, end: int) -> bool:
    """A colon at `end` that opens the paragraph after it as its sentence's
    ("said:"), not one after "the following" or "as follows", nor one closing
    a paragraph with no finite verb ("The Peace and Security Council:" before
    its numbered paragraphs)."""
    if doc[end].text != ":":
        return False
    start = end
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    if not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc[start:end]):
        return False
    return not any(t.lower_ in _FOLLOWING for t in doc[max(0, end - 4) : end])


def _after_bracketed_label(doc: Doc, first: Token) -> Token | None:
    """The first word after 'Name (Delegation):' opening a paragraph at
    `first`, or None: no verb in the label, its colon right after the bracket."""
    label = doc[first.i : first.i + _LABEL_LONGEST]
    colon = next((t for t in label if t.text in (":", "):")), None)
    if colon is None or colon.i < first.i + 2:
        return None
    if colon.text != "):" and doc[colon.i - 1].text != ")":  # the tokenizer's '):'
        return None
    if any(t.tag_.startswith("VB") or t.is_sent_end for t in doc[first.i : colon.i]):
        return None
    return _word_after(doc, colon.i)


def _word_after(doc: Doc, colon: int) -> Token | None:
    """The first token after a label's colon that is no space, if any."""
    after = colon + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    return doc[after] if after < len(doc) else None
