"""Whom a later "he" or "she" may mean after a speaker, and for how long: a
named person until another speaks; an office-holder a bare title names ("The
Secretary-General is alarmed … He calls on"); an unnamed official with a state
("A French foreign ministry spokesman said … he declined") only in the next
sentence; anyone else who speaks as one person ("a shopkeeper, Senait", "a
Palestinian man") so that "he" after them is no earlier official. Pure
functions over spaCy spans."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from extract.nlp.bare_titles import bare_title
from extract.nlp.officials import ORGANS, TITLES
from extract.nlp.speaker import Speaker, unnamed_person

# Singular nouns of sources that are no person: what a text or a body says.
_THINGS = frozenset(
    {"statement", "report", "communique", "communiqué", "readout", "letter",
     "document", "declaration", "resolution", "text", "website", "post", "tweet",
     "newspaper", "daily", "paper", "broadcaster", "channel", "network", "outlet",
     "survey", "poll", "study", "analysis", "memo", "note", "transcript", "draft",
     "plan", "agreement", "deal", "treaty", "law", "bill", "decree", "order",
     "record", "data", "source", "footage", "video", "photo", "image", "account"}
)  # fmt: skip
_REACH = 1  # sentences after an unnamed official's in which "he" is them


def salient_after(speaker: Speaker, source: Span) -> Speaker | None:
    """Whom a later "he" or "she" may mean after this speaker (see the module);
    None when the source is no one person."""
    if speaker.is_person and speaker.name:
        return speaker
    if speaker.actor_ids and bare_title(source) is not None:
        return replace(speaker, is_person=True)
    head = source.root
    one = head.tag_ == "NN" and head.lemma_.lower() not in ORGANS | _THINGS
    if speaker.actor_ids and one and head.lemma_.lower() in TITLES:
        return replace(speaker, name=None, is_person=True)
    if unnamed_person(source) or one:
        return Speaker(None, speaker.mention, (), is_person=True)
    return None


def within_reach(last: Speaker | None, at: int, pronoun: Span) -> Speaker | None:
    """The last salient speaker (named at token `at`) if "he" or "she" can still
    mean them: an unnamed official only up to the next sentence."""
    if last is None or last.name is not None or not last.actor_ids:
        return last
    doc = pronoun.doc
    sentence = doc[at].sent
    for _ in range(_REACH):
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
    return last if pronoun.start < sentence.end else None
