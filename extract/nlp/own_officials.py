"""Bare titles as turn labels ("The Prime Minister:", "The Foreign Secretary:")
in a state's own transcript whose header names no one else: the issuer's
officials, as Hansard or a ministry prints them. A header that names a person
or another actor ("… with the President of Kenya") leaves them unknown: a
guest's title may be bare too. So are the ministers and envoys a state's own
release titles without a state, in a sentence that names no one's state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.header import first_paragraph
from extract.nlp.officials import TITLES
from extract.nlp.turns import Turn
from extract.nlp.voices import DocumentVoices

TITLE_PARTS = frozenset({"prime", "vice", "deputy", "foreign", "first"})
_ABOUT = frozenset({"on", "about", "regarding", "over", "concerning"})
_GUESTS = frozenset({"joint", "visit", "with", "guest", "bilateral"})


def title_words(label: str) -> list[str]:
    """The words of a label that is a bare title ("THE PRESIDENT:" -> president),
    or none when it holds anything else (a name, a state)."""
    words = [w.strip(",.").lower() for w in label.split()]
    words = words[1:] if words[:1] == ["the"] else words
    if words and all(w in TITLES or w in TITLE_PARTS for w in words):
        return words
    return []


def own_officials(doc: Doc, turns: list[Turn], issuer: str) -> set[str]:
    """The labels of the answering turns when every one of them is a distinct
    bare title the header holds, and the header names no guest, no person and
    no actor but the issuer."""
    labels = {t.label for t in turns if not t.floor}
    if len(labels) < 2 or not all(title_words(label) for label in labels):
        return set()
    if len({" ".join(title_words(label)) for label in labels}) < len(labels):
        return set()  # two "Presidents": one of them is a guest
    end = first_paragraph(doc)[0]
    header = doc.text[:end].lower()
    if not all(" ".join(title_words(label)) in header for label in labels):
        return set()  # each speaker's office is the header's
    if any(w in header.split() for w in _GUESTS):
        return set()  # "joint press conference", "visit", "with …": a guest's too
    if any(e.label_ == "PERSON" for e in doc.ents if e.start_char < end):
        return set()
    named = {
        s.label_
        for s in doc.spans.get("actors", [])
        if s.start_char < end and not _topic(s.root)
    }
    return labels if named <= {issuer} else set()


def _topic(token: Token) -> bool:
    """A name in what the header is about ("press conference on Sudan"), not
    in who takes part."""
    return any(t.dep_ == "prep" and t.lower_ in _ABOUT for t in token.ancestors)


# Titles of a state's own ministers and envoys, named bare in its own release.
_OWN_TITLES = frozenset(
    {"minister", "ambassador", "secretary", "envoy", "chancellor", "premier"}
)


def titled_own(source: Span, voices: DocumentVoices | None) -> tuple[str, ...]:
    """A person a state's own release titles with no state ("Ambassador Marie
    Leclerc said") in a sentence that names no actor at all, under a header that
    names no one: the issuer's; a visitor is named with their state or in the
    header."""
    if voices is None or len(voices.issuer) != 1 or voices.joint or voices.turns:
        return ()
    if not any(t.lemma_.lower() in _OWN_TITLES for t in source):
        return ()
    sentence = source.sent
    named = source.doc.spans.get("actors", [])
    if any(sentence.start <= s.start < sentence.end for s in named):
        return ()
    end = first_paragraph(source.doc)[0]
    if any(e.label_ == "PERSON" for e in source.doc.ents if e.start_char < end):
        return ()  # "Foreign Ministers Eide and Karlsson travel to Kyiv": a guest
    return voices.issuer
