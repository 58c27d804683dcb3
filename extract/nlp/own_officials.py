"""Bare titles as turn labels ("The Prime Minister:", "The Foreign Secretary:")
in a state's own transcript whose header names no one else: the issuer's
officials, as Hansard or a ministry prints them. A header that names a person
or another actor ("… with the President of Kenya") leaves them unknown: a
guest's title may be bare too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.header import first_paragraph
from extract.nlp.memo import doc_text
from extract.nlp.officials import TITLES
from extract.nlp.turns import Turn

TITLE_PARTS = frozenset({"prime", "vice", "deputy", "foreign", "first"})
_ABOUT = frozenset({"on", "about", "regarding", "over", "concerning"})
GUESTS = frozenset({"joint", "visit", "with", "guest", "bilateral"})


def title_words(label: str) -> list[str]:
    """The words of a label that is a bare title ("THE PRESIDENT:" -> president),
    or none when it holds anything else (a name, a state)."""
    words = [w.strip(",.").lower() for w in label.split()]
    words = words[1:] if words[:1] == ["the"] else words
    words = ["prime", "minister"] if words == ["pm"] else words  # No 10's "PM:"
    if words and all(w in TITLES or w in TITLE_PARTS for w in words):
        return words
    return []


def own_officials(doc: Doc, turns: list[Turn], issuer: str) -> set[str]:
    """The labels of the answering turns when every one of them is a distinct
    bare title the header holds, and the header names no guest, no person and
    no actor but the issuer."""
    titles = {t.label: " ".join(title_words(t.label)) for t in turns if not t.floor}
    if len(titles) < 2 or not all(titles.values()):
        return set()
    if len(set(titles.values())) < len(titles):
        return set()  # two "Presidents": one of them is a guest
    end = first_paragraph(doc)[0]
    header = doc_text(doc)[:end].lower()
    if not all(title in header for title in titles.values()):
        return set()  # each speaker's office is the header's
    if any(w in header.split() for w in GUESTS):
        return set()  # "joint press conference", "visit", "with …": a guest's too
    if any(e.label_ == "PERSON" for e in doc.ents if e.start_char < end):
        return set()
    named = {
        s.label_
        for s in doc.spans.get("actors", [])
        if s.start_char < end and not _topic(s.root)
    }
    return set(titles) if named <= {issuer} else set()


def _topic(token: Token) -> bool:
    """A name in what the header is about ("press conference on Sudan"), not
    in who takes part."""
    return any(t.dep_ == "prep" and t.lower_ in _ABOUT for t in token.ancestors)
