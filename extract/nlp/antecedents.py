"""Whom "they" and "the foreign ministers" of a report refer back to: the people
or states coordinated earlier in the sentence, or the participants of a meeting
a recent sentence reports ("Egyptian foreign minister Sameh Shoukry and his
Greek, Cypriot and French counterparts gathered in Cairo ... They concluded
..."). Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.documents import GROUP_NOUNS, members_of
from extract.nlp.officials import TITLES

# Verbs that report a meeting of those their subject names.
_MEETING = frozenset({"gather", "meet", "convene", "confer", "hold", "assemble"})
_REACH = 3  # a third sentence not about the group ends the search


def names_a_group(source: Span) -> bool:
    """ "The foreign ministers", "the two leaders", "both sides": a definite
    plural of participants that names no one in it."""
    head = source.root
    return (
        source[0].lower_ in ("the", "both")
        and head.tag_ in ("NNS", "NNPS")
        and head.lemma_.lower() in GROUP_NOUNS
    )


def antecedent_group(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The actors "they" or a group noun refers to: a coordination earlier in
    its sentence, else a meeting reported shortly before; none when unsure."""
    coordinated = _coordinated(source, registry) if len(source) == 1 else ()
    return coordinated or _meeting(source, registry)


def _meeting(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The participants of the nearest earlier sentence that reports a meeting
    ("A and his B, C and D counterparts gathered in Cairo"), when the sentences
    between speak of that group ("They", "The foreign ministers"), or at most
    two of one person: another group, a state or an organisation in between
    could be "they"."""
    sentences = [s for s in source.doc.sents if s.start < source.sent.start]
    between = 0  # sentences that do not speak of the group
    for sentence in reversed(sentences):
        subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            region = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
            group = members_of(region, registry)
            if sentence.root.lemma_.lower() in _MEETING and len(group) > 1:
                return tuple(group)
            if _same_group(subject, region):
                continue
            if not _one_person(subject):
                return ()
        between += 1
        if between >= _REACH:
            return ()
    return ()


def _one_person(subject: Token) -> bool:
    """ "The Italian foreign minister, Luigi Di Maio", "he": one person cannot be
    "they"."""
    if subject.lower_ in ("he", "she"):
        return True
    return subject.tag_ in ("NN", "NNP") and (
        subject.ent_type_ == "PERSON" or subject.lemma_.lower() in TITLES
    )


def _same_group(subject: Token, region: Span) -> bool:
    return subject.lower_ == "they" or names_a_group(region)


def _coordinated(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "they" after a coordination of people or states earlier in its sentence
    ("the meeting between President Erdogan and President Putin, they have
    reached"): their actors; none when two groups could be meant."""
    sentence = source.sent
    groups = [
        t
        for t in sentence
        if t.i < source.start
        and t.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "conj" for c in t.children)
    ]
    found = [
        members_of(sentence.doc[t.left_edge.i : t.right_edge.i + 1], registry)
        for t in groups
    ]
    found = [g for g in found if len(g) > 1]
    return tuple(found[0]) if len(found) == 1 else ()
