"""What a subject did, listed as bullets under it, as readouts write it:

    The two leaders:
    - reviewed the progress in the Strategic Partnership;
    - welcomed the increase in bilateral trade;

Each bullet that opens with a verb of saying or stance (not a deed such as
"visited") is a cue of the speaker the line before names, with the rest of the
bullet as its content (the parse reads the list as one run-on sentence and
finds neither). Pure functions over a Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.nlp.attribution import Attribution
from extract.nlp.groups import plural_group
from extract.nlp.lexicon import Lexicon
from extract.nlp.memo import doc_text
from extract.nlp.officials import ORGANS, TITLES
from extract.nlp.quotes import trim_end

# A subject alone on its line before a colon, then one or more bullet lines.
_HEAD = re.compile(r"(?m)^(?P<subject>[A-Z][^\n:]{2,80}?)[ \t]*:[ \t]*\n")
_BULLET = re.compile(r"(?m)^[ \t]*[-•–*][ \t]+(?=[a-z])")
_VERBS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# A readout's verbs of talks the cue lexicon leaves to the model.
_TALKS = frozenset({"review", "sign"})
_SUBJECT_WORDS = 8  # words of the subject line ("The two leaders", "Both sides")


def find_bullet_clauses(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """One attribution per bullet led by a verb of saying or stance under a
    subject line that names who speaks, in text order."""
    text = doc_text(doc)
    found: list[Attribution] = []
    for head in _HEAD.finditer(text):
        subject = doc.char_span(head.start("subject"), head.end("subject"))
        if subject is None or not _a_subject(subject):
            continue
        at = head.end()
        while (bullet := _BULLET.match(text, at)) is not None:
            end = text.find("\n", bullet.end())
            end = len(text) if end < 0 else end
            clause = _clause(doc, bullet.end(), end, subject, lexicon)
            if clause is not None:
                found.append(clause)
            at = end + 1
    return found


def _a_subject(subject: Span) -> bool:
    """A noun phrase that names who speaks ("The two leaders", "Both sides",
    "The European Council"), with no verb, no comma and no phrase before it
    ("On Ukraine, the European Council", "Meeting with …", "Outcomes")."""
    words = [t for t in subject if not t.is_space]
    if not 0 < len(words) <= _SUBJECT_WORDS or any(t.text == "," for t in words):
        return False
    if any(t.tag_ in _VERBS or t.tag_ == "VBG" or t.pos_ == "AUX" for t in words):
        return False
    head = subject.root
    lemma = head.lemma_.lower()
    return words[0].pos_ != "ADP" and (
        plural_group(head) or lemma in TITLES or lemma in ORGANS
    )


def _clause(
    doc: Doc, start: int, end: int, subject: Span, lexicon: Lexicon
) -> Attribution | None:
    """The bullet's verb as the cue and what follows it as the content."""
    line = doc.char_span(start, end, alignment_mode="contract")
    if line is None or len(line) < 2:
        return None
    verb = line[0]
    if verb.tag_ not in _VERBS or not verb.is_lower:
        return None
    if verb.lemma_ not in lexicon.cue_verbs | lexicon.object_content | _TALKS:
        return None  # "- killed five civilians;", "- visited the memorial;"
    stop = trim_end(doc, verb.i + 1, line.end)
    while stop > verb.i + 1 and doc[stop - 1].text in (";", ".", ",", "and"):
        stop = trim_end(doc, verb.i + 1, stop - 1)
    if stop <= verb.i + 1:
        return None
    return Attribution(
        cue=(verb.i, verb.i + 1),
        content=(verb.i + 1, stop),
        source=(subject.start, subject.end),
        cue_lemma=verb.lemma_.lower(),
        form="bullet",
    )
