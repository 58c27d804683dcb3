"""Talks reported as something there was: 'There was a thorough discussion of
X', 'There was unanimity regarding X', 'There was an exchange of views on X'.

Readouts of calls and meetings say so of the participants, whom the sentence
leaves unnamed; like an agentless passive ('X was discussed') the statement's
source is the document's participants (`speakers.py`). Only in a document of a
site that declares its issuer, of a noun of talks or agreement, in a main
clause that asserts it: not 'There was no agreement on X', 'There should be a
discussion of X', a question, or unanimity held by others ('There was
consensus among the experts', 'in the West', 'an agreement between Israel and
Hamas', 'at the EU summit'), or held earlier ('There had been', 'Previously',
'Yesterday', 'in 2015'). The cue runs from 'There' to the
noun's preposition; the content is what the noun takes (`stance_complements`),
with what a noun coordinated with it adds ('a discussion of X and the need for
Y'); an exchange is of views, not of prisoners.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, child_of
from extract.nlp.quotes import SpanRange, trim_end
from extract.nlp.stance_complements import noun_complement

TALK_NOUNS = frozenset(
    {"discussion", "exchange", "conversation", "consultation", "unanimity",
     "consensus", "understanding", "agreement"}
)  # fmt: skip
_NOT_ASSERTED = frozenset(
    {"not", "n't", "never", "hardly", "should", "must", "will", "would", "could",
     "may", "might", "can", "shall", "if"}
)  # fmt: skip
_AMONG_OTHERS = frozenset({"among", "in", "within"})
_ELSEWHERE = frozenset({"between", "at"})
_EARLIER = frozenset(
    {"previously", "earlier", "before", "yesterday", "formerly", "then"}
)
# no topics: 'on the sidelines of X', 'an exchange of views of the leaders'
_NO_TOPICS = frozenset(
    {"sideline", "margin", "occasion", "leader", "president", "minister", "side",
     "party", "delegation", "participant"}
)  # fmt: skip
_VIEWS = frozenset({"view", "opinion", "idea", "information", "assessment"})
# Meetings a topic may be taken up at: one named ('at the EU summit') is another.
_MEETINGS = frozenset(
    {"summit", "meeting", "conference", "session", "forum", "talk", "negotiation",
     "ministerial", "assembly", "council"}
)  # fmt: skip


def find_existential_talks(doc: Doc) -> list[Attribution]:
    """Each 'There was a discussion of X' of talks held, in text order."""
    if doc._.issuer is None:
        return []
    found = (_there_was(t) for t in doc if t.lemma_.lower() in TALK_NOUNS)
    return [a for a in found if a is not None]


def _there_was(noun: Token) -> Attribution | None:
    verb = noun.head
    there = child_of(verb, "expl")
    if noun.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "ROOT":
        return None
    if there is None or there.lower_ != "there" or there.i > noun.i:
        return None
    words = [*verb.children, *noun.children]
    if any(w.lower_ in _NOT_ASSERTED or w.lower_ == "no" for w in words):
        return None
    if not _this_meeting(verb, noun, words):
        return None
    last = verb.sent[-1] if verb.sent[-1].text.strip() else verb.sent[-2]
    found = noun_complement(noun)
    if last.text == "?" or found is None or not _of_views(noun):
        return None
    cue_end, (start, end) = found
    topic = noun.doc[start:end].root.lemma_.lower()
    if start < cue_end or topic in _NO_TOPICS:
        return None
    # what a conjunct adds: 'a discussion of X and the need for Y', 'of X and of Y'
    added = [c for c in noun.rights if c.dep_ == "conj"]
    added += [g for c in noun.rights if c.dep_ == "prep" for g in c.rights]
    end = max([end, *(c.right_edge.i + 1 for c in added if c.dep_ == "conj")])
    while end - start > 1 and noun.doc[end - 1].pos_ in ("CCONJ", "PUNCT"):
        end -= 1  # 'on X and' left by a conjunct the parse hung elsewhere
    return Attribution(
        cue=(there.i, cue_end),
        content=(start, trim_end(noun.doc, start, end)),
        source=None,
        cue_lemma=noun.lemma_.lower(),
        form="existential",
    )


def _this_meeting(verb: Token, noun: Token, words: list[Token]) -> bool:
    """Talks of the meeting the document reports: not of others ('between
    Israel and Hamas', 'among the experts', 'in the West', 'at the EU summit',
    also inside the topic: 'a discussion of migration at the EU summit'), nor
    earlier ('There had been', 'Previously', 'Yesterday', 'in 2015')."""
    if any(a.lower_ == "had" for a in verb.children if a.dep_ == "aux"):
        return False
    for word in words:
        after = word.i > noun.i
        if word.dep_ == "prep" and (
            word.lower_ in _ELSEWHERE or (after and word.lower_ in _AMONG_OTHERS)
        ):
            return False
        if word.lower_ in _EARLIER or word.ent_type_ in ("DATE", "TIME"):
            return False
        if word.dep_ == "prep" and any(
            o.ent_type_ in ("DATE", "TIME") for o in word.children
        ):
            return False
    return not any(_another_meeting(t) for t in noun.subtree)


def _another_meeting(word: Token) -> bool:
    """'at the EU summit', 'at the NATO meeting' inside the topic: a meeting
    named, not the one reported ('at the summit')."""
    if word.dep_ != "prep" or word.lower_ != "at":
        return False
    return any(
        o.lemma_.lower() in _MEETINGS
        and any(m.dep_ in ("compound", "amod", "poss", "nmod") for m in o.children)
        for o in word.children
        if o.dep_ == "pobj"
    )


def _of_views(noun: Token) -> bool:
    """An exchange of views, not of prisoners ('there has been an exchange of
    detained persons')."""
    if noun.lemma_.lower() != "exchange":
        return True
    return any(
        o.lemma_.lower() in _VIEWS
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    )


def there_were_talks(doc: Doc, cue: SpanRange) -> bool:
    """Whether a cue is one of 'There was a discussion of': the participants
    are its source."""
    words = doc[cue[0] : cue[1]]
    return (
        len(words) > 2
        and words[0].lower_ == "there"
        and words[0].dep_ == "expl"
        and any(t.lemma_.lower() in TALK_NOUNS for t in words)
    )
