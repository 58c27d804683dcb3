"""Cue verbs the parse read as plural nouns: "The Secretary-General notes with
concern X", "The Council underlines that X". After a titled subject the small
model often takes the verb for the last noun of a compound ("Secretary-General
notes"), leaving the sentence without a verb and without an attribution. A
sentence whose root is such a noun, with only the subject's words before it,
is read as the subject's statement. So is a cue verb the parse made a modifier
of a verbless sentence's noun ("Vladimir Putin and Donald Trump thoroughly
discussed X", rooted at "Putin"): its source is the sentence's opening noun
phrase. Pure functions over a Doc."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution
from extract.nlp.groups import plural_group
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import trim_end

# Nouns of a phrase saying how something was said ("in the strongest terms").
_MANNERS = frozenset({"term", "manner", "way", "voice", "tone", "language"})
_SUBJECT_DEPS = frozenset({"det", "compound", "punct", "amod"})
# "notes with concern", "notes with satisfaction": the stance is part of the cue
_STANCES = frozenset(
    {"concern", "regret", "satisfaction", "appreciation", "alarm", "interest",
     "deep", "grave", "serious", "great"}
)  # fmt: skip


def find_misparsed_cues(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """One attribution per sentence whose root is a cue verb read as a noun."""
    return [a for s in doc.sents if (a := _misparsed(s, lexicon)) is not None]


def _misparsed(sentence: Span, lexicon: Lexicon) -> Attribution | None:
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS"):
        return None
    words = [t for t in sentence if not t.is_space]
    if not root.is_lower or words[-1].text != ".":
        return None  # a headline ("Russian MFA Comments on Syria")
    verb = root.lower_[:-1] if root.lower_.endswith("s") else ""
    verb = verb if verb in lexicon.cue_verbs else verb[:-1]  # "stresses"
    if verb not in lexicon.cue_verbs or root.i - sentence.start < 2:
        return None
    subject = sentence.doc[sentence.start : root.i]
    if any(t.dep_ not in _SUBJECT_DEPS for t in subject):
        return None
    if not any(t.pos_ == "PROPN" for t in subject):
        return None
    end = root.i + 1
    if end < sentence.end and sentence.doc[end].lower_ == "with":
        stance = end + 1
        while stance < sentence.end and sentence.doc[stance].lower_ in _STANCES:
            stance += 1
        end = stance if stance > end + 1 else end
    content = (end, trim_end(sentence.doc, end, sentence.end))
    if content[1] <= content[0] or sentence.doc[end].pos_ == "ADP":
        return None  # "Russian MFA comments on the Syria talks.": a label
    return Attribution(
        cue=(root.i, end),
        content=content,
        source=(subject.start, subject.end),
        cue_lemma=verb,
        form="misparsed",
    )


def with_verbless_subject(doc: Doc, found: Attribution) -> Attribution:
    """A finding without a source whose cue verb the parse hung as a modifier
    of a noun set beside the names that open the sentence ("Vladimir Putin and
    Donald Trump thoroughly discussed issues", read as "Putin …, discussed
    issues"), or whose source is the verb's own phrase of manner ("The two
    leaders condemned [in the strongest terms] X", the verb hung on "leaders"):
    those names, or that group, are its source; the finding as it is
    otherwise."""
    verb = doc[found.cue[0] : found.cue[1]].root
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    if found.source is not None:
        if not _an_adjunct(doc[slice(*found.source)].root, first):
            return found
        found = replace(found, source=None)
    if first.tag_ not in ("VBD", "VBN") or not first.is_lower:
        return found
    if first.dep_ == "amod" and first.head.dep_ == "appos":
        subject = first.head.head  # "Putin … [discussed] issues"
    elif first.dep_ == "acl":
        subject = first.head
    else:
        return found
    start, end = subject.left_edge.i, first.left_edge.i
    if subject.dep_ not in ("ROOT", "nsubj") or not (
        subject.pos_ == "PROPN" or (plural_group(subject) and _acting(first))
    ):
        return found
    if start != first.sent.start or not subject.i < end:
        return found
    inside = {t.i for t in subject.subtree} - {t.i for t in first.subtree}
    if first.dep_ != "acl":
        inside -= {t.i for t in first.head.subtree}
    if not all(i in inside for i in range(start, end)):
        return found
    return replace(found, source=(start, end))


def _an_adjunct(source: Token, verb: Token) -> bool:
    """A source that is the cue verb's own phrase of manner ("condemned [in
    the strongest terms] X", "[with one voice]"), which the parse read as its
    source; not a text it cites ("as stipulated in the Minsk agreements")."""
    prep = source.head
    return (
        source.dep_ == "pobj"
        and source.lemma_.lower() in _MANNERS
        and prep.dep_ == "prep"
        and prep.head == verb
        and verb.pos_ == "VERB"
    )


def _acting(verb: Token) -> bool:
    """A verb hung as a noun's modifier that still acts on an object ("The two
    leaders condemned … the attack"), as a reduced relative does not ("the
    attack condemned by all")."""
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )
