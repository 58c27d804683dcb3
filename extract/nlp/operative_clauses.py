"""The operative paragraphs of a resolution or communiqué: the body that acts,
named once, then what it does, paragraph by paragraph, with no subject.

    The Peace and Security Council of the African Union (AU), at its 1260th
    meeting held on 28 February 2025,

    1. Strongly condemns the seizure of Goma and demands the withdrawal …;
    2. Welcomes the merger of the Luanda and Nairobi processes;

Each verb in the present tense that opens a paragraph (after its number and
adverbs), and each verb joined to it ('… and demands'), is a cue whose source
is the body the opening names and whose content runs to the next such verb or
the paragraph's end; so is the participle of a preambular paragraph
('Expressing grave concern at X,'). Pure functions over a Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution
from extract.nlp.groups import plural_group
from extract.nlp.officials import ORGANS
from extract.nlp.quotes import SpanRange, trim_end

# "1.", "2)", "(a)", "iv." before an operative verb
_NUMBER = re.compile(r"^(?:\(?[0-9]{1,3}|\(?[a-z]|\(?[ivx]{1,5})[.)]?$")
_OPERATIVE = "VBZ"
_SALUTATIONS = frozenset({"dear", "mr", "mr.", "madam", "excellency", "your"})
_PREAMBULAR = "VBG"


def find_operative_clauses(doc: Doc) -> list[Attribution]:
    """The clauses of every resolution-style passage, in text order: a body's
    opening followed by at least one operative (present-tense) paragraph."""
    found: list[Attribution] = []
    body: SpanRange | None = None
    run: list[Attribution] = []  # the clauses of the body's passage so far
    operative = False  # a present-tense paragraph seen: a resolution, no letter
    numbered = False  # the sentence before was a paragraph's number alone
    for sentence in doc.sents:
        words = [t for t in sentence if not t.is_space]
        if not words:
            continue
        verb = _opening_verb(words, numbered)
        numbered = _numbers_only(words)
        if body is not None and verb is not None:
            run.extend(_clauses(sentence, verb, body))
            operative = operative or verb.tag_ != _PREAMBULAR
            continue
        if body is not None and numbered:
            continue  # a number the parser split off its paragraph
        found.extend(run if operative else [])
        run, operative = [], False
        kept = body if _bare_reference(words) else None  # "Council," after the opening
        body = _opening_body(words) or _adopting_body(words) or kept
    return found + (run if operative else [])


def _adopting_body(words: list[Token]) -> SpanRange | None:
    """The body of an opening that announces its text ("The Peace and Security
    Council …, at its 1320th meeting, adopted the following decision:")."""
    root = words[0].sent.root  # (the colon's paragraph break keeps "Council," on)
    if root.lemma_ != "adopt" or not any(t.text == ":" for t in words):
        return None
    following = any(
        c.dep_ == "dobj" and any(a.lower_ == "following" for a in c.children)
        for c in root.children
    )
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not following or subject is None or subject.i < words[0].i:
        return None
    doc = root.doc
    start = subject.left_edge.i
    end = next((t.i for t in doc[start : root.i] if t.text == ","), root.i)
    if not any(t.pos_ == "PROPN" for t in doc[start:end]):
        return None
    return start, end


def _bare_reference(words: list[Token]) -> bool:
    """ "Council,", "The Assembly,": the body named again before its paragraphs."""
    return (
        words[-1].text == ","
        and len(words) <= 3
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _opening_body(words: list[Token]) -> SpanRange | None:
    """The body an opening paragraph names ("The Security Council," "The Peace
    and Security Council of the African Union (AU), at its 1260th meeting …,"):
    a paragraph that ends in a comma, has no verb of its own, and opens with
    a capitalised name up to its first comma; or one closed by a colon, whose
    last words name the body."""
    if words[-1].text not in (",", ":") or not words[0].text[:1].isupper():
        return None
    if words[0].lower_ in _SALUTATIONS:
        return None  # "Dear Prime Minister Modi,": a letter's addressee
    if any(t.tag_ in ("VBZ", "VBP", "VBD") and t.dep_ == "ROOT" for t in words):
        return None
    if words[-1].text == ":":
        return _named_before_colon(words)
    stops = [t.i for t in words if t.text == ","]
    start, end = words[0].i, stops[0]
    if end - start < 2 or not any(t.pos_ == "PROPN" for t in words[0].doc[start:end]):
        return None
    return start, end


def _named_before_colon(words: list[Token]) -> SpanRange | None:
    """The body a paragraph closed by a colon names last ("…, acting under
    Article 7 of its Protocol, the Peace and Security Council:"): the words
    after its last comma, with no verb, headed by an organ or a group; not a
    draft's sponsors ("Draft resolution submitted by France …:")."""
    doc = words[0].doc
    commas = [t.i for t in words if t.text == ","]
    start = commas[-1] + 1 if commas else words[0].i
    phrase = doc[start : words[-1].i]
    if len(phrase) < 2 or any(t.tag_.startswith("VB") for t in phrase):
        return None
    head = phrase.root
    named = head.lemma_.lower() in ORGANS or plural_group(head)
    return (phrase.start, phrase.end) if named and head.pos_ != "VERB" else None


def _opening_verb(words: list[Token], numbered: bool) -> Token | None:
    """The capitalised verb that opens a paragraph after its number (in it, or
    `numbered` in the sentence before) and adverbs ("1. Strongly condemns",
    "Recalling")."""
    i = 0
    while i < len(words) and (_NUMBER.match(words[i].text) or words[i].text in ".)"):
        i += 1
    numbered = numbered or i > 0
    if i >= len(words) or not words[i].text[:1].isupper():
        return None
    while i < len(words) and words[i].pos_ == "ADV":
        i += 1
    if i >= len(words):
        return None
    verb = words[i]
    if verb.tag_ == _OPERATIVE or (verb.tag_ == _PREAMBULAR and _preambular(words)):
        return verb
    # a numbered paragraph's first word in the present tense, which the tagger
    # may take for a plural noun ("2. Calls upon", "1. Condemns in the …")
    third_person = (
        verb.is_alpha and verb.lower_.endswith("s") and not verb.lower_.endswith("ss")
    )
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    noun = verb.dep_ == "nsubj" or (after is not None and after.lower_ == "of")
    return verb if numbered and third_person and not noun else None


def _preambular(words: list[Token]) -> bool:
    """A paragraph that is a participle's phrase and nothing more ("Recalling its
    resolutions,"), not an opener before a clause of its own ("Following our
    call, I am writing")."""
    root = words[0].sent.root
    return root.tag_ == _PREAMBULAR and words[-1].text in (",", ";")


def _numbers_only(words: list[Token]) -> bool:
    return all(_NUMBER.match(t.text) or t.text in ".)" for t in words)


def _clauses(sentence: Span, verb: Token, body: SpanRange) -> list[Attribution]:
    """One attribution per verb of the paragraph: the opening verb and those
    joined to it in the present tense."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBZ")]
    doc = sentence.doc
    found = []
    for k, one in enumerate(verbs):
        start = one.i
        while start > sentence.start and doc[start - 1].pos_ == "ADV":
            start -= 1  # "Strongly condemns"
        end = _joint_before(verbs[k + 1]) if k + 1 < len(verbs) else sentence.end
        end = trim_end(doc, one.i + 1, end)
        while end > one.i + 1 and doc[end - 1].lower_ in ("and", ";", ","):
            end = trim_end(doc, one.i + 1, end - 1)
        if end <= one.i + 1:
            continue
        found.append(
            Attribution(
                cue=(start, one.i + 1),
                content=(one.i + 1, end),
                source=body,
                cue_lemma=one.lemma_.lower(),
                form="operative",
            )
        )
    return found


def _joint_before(verb: Token) -> int:
    """Where the words joining a verb to the one before begin ("… and
    demands"): its conjunction, else the verb."""
    cc = [c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return max([c for c in cc if c > verb.head.i], default=verb.i)
