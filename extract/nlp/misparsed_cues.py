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

from spacy.tokens import Doc, Span

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import trim_end

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
    issues"): those names are its source; the finding as it is otherwise."""
    if found.source is not None:
        return found
    verb = doc[found.cue[0] : found.cue[1]].root
    if verb.tag_ not in ("VBD", "VBN") or not verb.is_lower:
        return found
    if verb.dep_ == "amod" and verb.head.dep_ == "appos":
        subject = verb.head.head  # "Putin … [discussed] issues"
    elif verb.dep_ == "acl":
        subject = verb.head
    else:
        return found
    start, end = subject.left_edge.i, found.cue[0]
    if subject.pos_ != "PROPN" or subject.dep_ not in ("ROOT", "nsubj"):
        return found
    if start != verb.sent.start or not subject.i < end:
        return found
    inside = {t.i for t in subject.subtree} - {t.i for t in verb.head.subtree}
    if verb.dep_ == "acl":
        inside -= {t.i for t in verb.subtree}
    if not all(i in inside for i in range(start, end)):
        return found
    return replace(found, source=(start, end))
