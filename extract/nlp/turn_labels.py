"""Turn labels of a transcript: the labels that open a line and name who speaks
("President of Russia Vladimir Putin:", "CHANCELLOR SCHOLZ:", "MS. JEAN-PIERRE:",
"Mr. Nebenzia (Russian Federation):", "Question (retranslated):", and the White
House's "Q" without a colon), read once per Doc.

The one reading of a transcript's turns: `turns.py` finds who speaks in each,
and the attribution finder leaves a label's colon out of the attributions (a
turn is the speaker's own speech, not a report of it). A label names a speaker
(capitalised words with their titles, or a word of the floor) and a line that
ends in a colon after lower-case words is a sentence introducing what follows
("And here is my second question:"), not a label.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.header import first_paragraph
from extract.nlp.memo import doc_text, once_per_doc
from extract.nlp.officials import AGENTS, TITLES

# A turn label at the start of a line: words, an optional "(note)", a colon
# (found as a line's opening up to a colon, then read; one pass over the text).
_OPENING = re.compile(r"(?m)^([^\n:]{1,170}):[ \t]*")
_LABEL = re.compile(
    r"(?P<label>[^()]{1,100}?)\s*(?:\((?P<note>[^()]{1,60})\))?\s*"
    r"(?:\((?P<more>[^()]{1,60})\))?\s*"
)
# A note saying in which language the speaker spoke ("spoke in French",
# "interpretation from Arabic", "retranslated"): it names no one the speaker
# speaks for, though its language may be a state's adjective.
_LANGUAGE_NOTE = re.compile(
    r"(?i)(?:spoke|speaking|speaks|in|interpretation|interpreted|translation"
    r"|translated|retranslated)\b"
)
_QUOTE_MARKS = frozenset('"“«‘')  # 'X: "…"' quotes X: the colon rule's construction
PARTICLES = frozenset(
    {"of", "the", "and", "for", "de", "del", "da", "al", "el", "bin", "ibn", "von",
     "van", "der", "la", "le", "du", "on", "den", "di", "dos", "das", "ter", "ten",
     "zu", "y", "ben", "bint"}
)  # fmt: skip
ABBREVIATIONS = frozenset(
    {"Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "St.", "H.E.", "Hon.", "Amb.", "Prof.",
     "Sen.", "Rep.", "Gov."}
    # ranks, as a ministry of defence prints them ("MAJ. GEN. RYDER:")
    | {"Gen.", "Maj.", "Lt.", "Col.", "Brig.", "Adm.", "Capt.", "Cmdr.", "Sgt.", "Cpl."}
)  # fmt: skip
# A question from the floor as the White House prints it: "Q", spaces, the
# question (no colon); a turn only where a label opens the next paragraph (the
# answer's), so that an unlabelled answer is never taken for the floor's.
_Q_LINE = re.compile(r"(?m)^(Q)[ \t]+(?=\S)")
# A speaker's line with no colon ("Bola Ahmed TINUBU") or the floor's
# ("Question (France 24)"), alone on its line before the speech.
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_LINE = re.compile(
    rf"(?m)^((?:[A-Z][a-z’'-]+ |[{_UPPER}][{_UPPER}’'-]+ ){{1,4}}[{_UPPER}]{{2,}}"
    rf"(?:[ -][{_UPPER}]{{2,}})*"
    r"|Question|QUESTION)(?:[ \t]*\(([^()\n]{1,60})\))?[ \t]*$"
)
# The same in capitals, then a dash and the speech on the same line, as
# Brazil's presidency prints it ("PRESIDENT JOÃO LOURENÇO (interpreted) – We …").
_DASH_LABEL = re.compile(
    rf"(?m)^((?:[{_UPPER}][{_UPPER}’'.-]+ ){{1,5}}[{_UPPER}]{{2,}}[{_UPPER}’'-]*)"
    r"(?:[ \t]*\(([^()\n]{1,60})\))?[ \t]+([–—])[ \t]+(?=\S)"
)
_DOTTED = re.compile(r"(?m)^([QA])\.[ \t]+(?=\S)")  # an interview's "Q. …", "A. …"
# A hearing's label as the Congressional Record prints it: a title or style,
# then the surname in capitals and a full stop ("Senator RISCH.", "Ms. MARSH.",
# "Mr. McCAUL.", "Mr. SCOTT of Florida.", "The SPEAKER pro tempore."), opening
# the paragraph of the speech.
_STYLE = (
    r"(?:The|Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Senator|Secretary|Ambassador|Representative"
    r"|Chairman|Chairwoman|Chair|General|Admiral|Governor|Judge|Sir|Dame|Lord|Lady)"
)
_CAPS = r"(?:Mc|Mac|De|Di|La|Le)?[A-Z][A-Z’'-]{2,}"
_PERIOD_LABEL = re.compile(
    rf"(?m)^((?:{_STYLE}[ \t]+){{1,2}}{_CAPS}(?:[ \t]+{_CAPS})*"
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?(?:[ \t]+pro[ \t]+tempore)?)"
    r"(\.)[ \t]+(?=[A-Z\"“(])"
)
# A label in square brackets opening a paragraph, as the Kantei prints its
# transcripts ("[Prime Minister Ishiba]", "[President Marcos] We …").
_BRACKETED = re.compile(r"(?m)^\[([^\[\]\n]{3,80})(\])[ \t]*\n*[ \t]*(?=\S)")
# Labels of speakers from the floor: they speak for no state or body.
FLOOR = frozenset(
    {"q", "question", "questions", "reply", "response", "answer", "journalist",
     "reporter", "interviewer", "moderator", "participant", "audience", "remark",
     "comment", "voice", "voices"}
)  # fmt: skip
# Head nouns of a news outlet's name: a label ending in one ("China Daily",
# "Russia Today", "Anadolu Agency") is a questioner's outlet, from the floor,
# whatever state its name holds.
_OUTLETS = frozenset(
    {"daily", "news", "tv", "times", "post", "radio", "television",
     "network", "press", "herald", "journal", "channel", "service", "today",
     "broadcasting", "media", "gazette", "tribune", "weekly", "magazine",
     "newspaper", "telegraph", "observer", "wire"}
)  # fmt: skip
# Labels of the answer to a question from the floor ("Question: … Answer: …" of
# a ministry's comment): the answering side's, not the floor's.
ANSWERING = frozenset({"answer", "reply", "response"})
_VOCATIVE = 3  # words of a title or name a question opens with ("Secretary General,")
_ARTICLES = frozenset({"the", "a", "an"})
_LONGEST = 14  # words in a label ('President of the People's Republic of China …')


@dataclass(frozen=True, slots=True)
class TurnLabel:
    """A label opening a turn: where its line starts and its speech begins (as
    characters), its colon's token, the label as written and its note."""

    start: int
    body: int
    colon: int
    label: str
    note: str | None


def turn_labels(doc: Doc) -> list[TurnLabel]:
    """The Doc's turn labels in text order; none unless there are two or more
    (one is a headline, as in 'Sanders: Clinton needs to …')."""
    found = once_per_doc(doc, "turn_labels", _turn_labels)
    return [TurnLabel(*values) for values in found]


def turn_label_colons(doc: Doc) -> frozenset[int]:
    """Token indexes of the colons that end a turn label."""
    return frozenset(label.colon for label in turn_labels(doc))


def turn_label_tokens(doc: Doc) -> frozenset[int]:
    """Token indexes of the turn labels, their colons included."""
    found: set[int] = set()
    for label in turn_labels(doc):
        first = doc.char_span(label.start, label.start + 1, alignment_mode="expand")
        if first is not None:
            found.update(range(first.start, label.colon + 1))
    return frozenset(found)


def after_label(doc: Doc, source: tuple[int, int]) -> tuple[int, int]:
    """A source the parse ran back over a turn's label ("Question (Reuters): |
    Secretary General, | Moscow says"): what follows the label, less a title
    the questioner addresses (not an apposition: "Lavrov, the minister,")."""
    colons = [c for c in turn_label_colons(doc) if source[0] <= c < source[1] - 1]
    if not colons:
        return source
    start = colons[-1] + 1
    comma = next((i for i in range(start, source[1] - 1) if doc[i].text == ","), None)
    if (
        comma is not None
        and comma - start <= _VOCATIVE
        and all(t.text[:1].isupper() for t in doc[start:comma])
        and doc[comma + 1].lower_ not in _ARTICLES
    ):
        start = comma + 1
    return (start, source[1])


def label_source(doc: Doc, found: Attribution) -> Attribution:
    """A source that is the label of the turn the cue opens ("President of
    China Xi Jinping (retranslated): | We exchanged views"): the cue verb's own
    subject after the label, or none; the label names the turn's speaker, who
    the turn's voice gives the statement."""
    if found.source is None:
        return found
    start, end = found.source
    tokens = turn_label_tokens(doc)
    if not all(i in tokens for i in range(start, end)):
        return found
    verb = doc[found.cue[0]]
    subject = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= end),
        None,
    )
    if subject is None:
        return replace(found, source=None)
    return replace(found, source=(subject.left_edge.i, subject.right_edge.i + 1))


def from_the_floor(doc: Doc, char: int) -> bool:
    """Whether a character offset falls in a turn from the floor ("Question:")."""
    opened = [label for label in turn_labels(doc) if label.body <= char]
    return bool(opened) and is_floor(opened[-1].label)


def is_abbreviation(word: str) -> bool:
    """'Mr.', 'MS.', 'MR', 'Dr': a title's abbreviation, in either case, with
    or without its full stop."""
    cased = word.title()
    return (
        word in ABBREVIATIONS or cased in ABBREVIATIONS or f"{cased}." in ABBREVIATIONS
    )


def is_floor(label: str) -> bool:
    """A label of the floor: a word of the floor ("Question", "Q", not
    "Answer") opening it,
    or a news outlet's name ("China Daily", "Russia Today"; not an office's:
    "Director General of the Agency", "EEAS Spokesperson for the Service")."""
    words = label.lower().split()
    if not words or words[0] in FLOOR:
        return bool(words) and words[0] not in ANSWERING
    titled = "of" in words or any(w.strip(".,") in AGENTS for w in words[:-1])
    if "," in label and not titled:  # "Sidhant Sibal, WION": a reporter's outlet
        after = label.rsplit(",", 1)[1]
        return _outlet(after) and not is_titled(after)
    return len(words) > 1 and words[-1] in _OUTLETS and not titled


def _outlet(words: str) -> bool:
    """Words after a name's comma that name a news outlet: an acronym ("WION",
    "AFP") or a name ending in an outlet's noun ("China Daily")."""
    parts = words.split()
    if len(parts) == 1 and parts[0].isupper() and 2 <= len(parts[0]) <= 6:
        return parts[0].isalpha()
    return len(parts) > 1 and parts[-1].lower() in _OUTLETS


def is_transcript(doc: Doc) -> bool:
    """Whether the Doc has turns."""
    return bool(turn_labels(doc))


# A label as plain values: line start, body start, colon token, label, note.
_Found = tuple[int, int, int, str, str | None]


def _turn_labels(doc: Doc) -> list[_Found]:
    """The labels as plain tuples (a Doc's user data crosses processes as msgpack)."""
    text = doc_text(doc)
    people = {s.text for s in doc.spans.get("people", []) if len(s) == 1}
    found: list[_Found] = []
    header = first_paragraph(doc)[0]
    for opening in _OPENING.finditer(text):
        if opening.start() < header and _a_title_line(text, opening.start()):
            continue  # "Middle East: Gaza — Hansard, 3 March 2025" is no turn
        match = _LABEL.fullmatch(_in_parentheses(_unnumbered(opening.group(1))))
        body = opening.end()
        if match is None or text[body : body + 1] in _QUOTE_MARKS:
            continue
        label = match.group("label").strip()
        if not _is_label(label):
            continue
        at = opening.end(1)
        colon = doc.char_span(at, at + 1, alignment_mode="expand")
        if colon is not None:
            note = _person_note(match["note"], match["more"])
            found.append((opening.start(), body, colon.start, label, note))
    counts = Counter(label for *_, label, _ in found)
    kept = [
        f for f in found if " " in f[3] or f[3].lower() in FLOOR or f[3] in people
        or counts[f[3]] >= 2 or f[3].lower() in _LONE_TITLES
        or _named_before(doc, f[0], f[3])
    ]  # fmt: skip
    dotted = _dotted(doc, text, answered=bool(kept))
    dotted += _name_lines(doc, text) + _period_labels(doc, text)
    dotted += _bracketed(doc, text)
    if len(kept) + len(dotted) < 2 and not _one_speaker(doc, kept):
        return []
    found = [f for f in found if f in kept or _opens_paragraph(text, f[0])] + dotted
    return sorted([*found, *_questions(doc, text, {f[0] for f in found})])


_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG", "EVENT", "PRODUCT"})


def _named_before(doc: Doc, at: int, label: str) -> bool:
    """A lone word that ends a name of several words the text gave before the
    label ("Ratu Sela Vunivalu visited Wellington." before "VUNIVALU:"), on a
    line of speech ending as a sentence does (not a headline's "Ahmadinejad:
    Siapa Menghina …")."""
    text = doc_text(doc)
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)].rstrip()
    if not line.endswith((".", "?", "!", '"', "”", "’")):
        return False
    return any(
        t.idx < at and t.text.lower() == label.lower() and t.pos_ == "PROPN"
        and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title
        and t.ent_type_ not in _NOT_PEOPLE  # not "Papua New Guinea" for "Guinea:"
        for t in doc
    )  # fmt: skip


def _one_speaker(doc: Doc, kept: list[_Found]) -> bool:
    """A transcript of one speaker: the one label opens the text and names a
    person ("Vladimir Putin: Colleagues, good afternoon." of a meeting's
    opening remarks), by name or title, who is not named again; not a
    dateline ("NEW YORK:") nor a headline ("Pat Caddell: X" over a story)."""
    if len(kept) != 1 or kept[0][0] != 0:
        return False
    colon = doc[kept[0][2]]
    words = doc[: colon.i]
    named = any(t.ent_type_ == "PERSON" for t in words) or any(
        t.lemma_.lower() in TITLES for t in words
    )
    # a headline's quoted source comes back in the story ("Pat Caddell: X" over
    # "… pollster Pat Caddell told …"); a speaker does not name themselves
    again = words[-1].lower_ in {t.lower_ for t in doc[colon.i + 1 :]}
    return named and not again


# Titles that label a turn alone, as No 10 prints its transcripts ("PM:").
_LONE_TITLES = frozenset({"pm"})


def _dotted(doc: Doc, text: str, *, answered: bool) -> list[_Found]:
    """An interview's "Q." and "A." paragraphs (no colon), when both open one;
    the "Q." paragraphs alone when labels with a colon answer them ("Q. Will
    you get unanimity?" then "HR/VP: I am confident …")."""
    found: list[_Found] = []
    for line in _DOTTED.finditer(text):
        mark = doc.char_span(line.end(1), line.end(1) + 1, alignment_mode="expand")
        if mark is not None and _opens_paragraph(text, line.start()):
            found.append((line.start(), line.end(), mark.start, line.group(1), None))
    marks = {f[3] for f in found}
    return found if marks == {"Q", "A"} or (answered and marks == {"Q"}) else []


def _name_lines(doc: Doc, text: str) -> list[_Found]:
    """Labels printed as a line of their own with no colon, the surname in
    capitals, as the Élysée prints its transcripts ("Emmanuel MACRON", then
    the speech; or the whole name in capitals), or in capitals before a dash
    and the speech, with the floor's "Question (France 24)" lines among them;
    none unless two speakers' lines open paragraphs and one speaks again or
    the floor asks (not a release's closing list of press contacts)."""
    found: list[_Found] = []
    for line in _NAME_LINE.finditer(text):
        label = line.group(1)
        if not _opens_paragraph(text, line.start()) or (
            label.split()[0].lower() not in FLOOR and len(label.split()) < 2
        ):
            continue
        if label.isupper() and not _a_name_in_capitals(doc, line.start(1), label):
            continue  # "SOUTH SUDAN", "QUESTIONS AND ANSWERS": a heading
        body = line.end() + len(text[line.end() :]) - len(text[line.end() :].lstrip())
        last = doc.char_span(line.end(1) - 1, line.end(1), alignment_mode="expand")
        if last is not None and body < len(text):
            note = _person_note(line.group(2))  # not "(interpreted from French)"
            found.append((line.start(), body, last.end - 1, label, note))
    for line in _DASH_LABEL.finditer(text):
        dash = doc.char_span(line.start(3), line.end(3), alignment_mode="expand")
        if not _a_name_in_capitals(doc, line.start(1), line.group(1)):
            continue  # "UNITED NATIONS —": a dateline
        if line.group(2) and _AGENCY.fullmatch(line.group(2).strip()):
            continue  # "KHAN YOUNIS (AP) —": a wire's dateline
        if dash is not None and _opens_paragraph(text, line.start()):
            note = _person_note(line.group(2))
            found.append((line.start(), line.end(), dash.start, line.group(1), note))
    speakers = Counter(f[3] for f in found if not is_floor(f[3]))
    again = any(n > 1 for n in speakers.values()) or len(speakers) < len(found)
    return found if len(speakers) >= 2 and again else []


_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})  # what a heading names
# A wire's name in a dateline's brackets ("(AP)", "(Reuters)", "(AFP)").
_AGENCY = re.compile(r"[A-Z]{2,5}|Reuters|Xinhua|Anadolu|Bernama|Yonhap|IANS")
# Words of a heading or a dateline in capitals, never of a speaker's name.
_HEADING_WORDS = frozenset(
    {"and", "of", "the", "for", "on", "in", "to", "questions", "answers",
     "remarks", "statement", "press", "conference", "briefing", "session"}
)  # fmt: skip


def _a_name_in_capitals(doc: Doc, start: int, label: str) -> bool:
    """A line in capitals that names a person ("BASSIROU DIOMAYE FAYE",
    "PRESIDENT JOÃO LOURENÇO"), not a heading or a dateline: no state or body
    named in it ("SOUTH SUDAN", "UNITED NATIONS") and no word of a heading
    ("QUESTIONS AND ANSWERS")."""
    if any(w.lower() in _HEADING_WORDS for w in label.split()):
        return False
    end = start + len(label)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and any(t.ent_type_ in _PLACES for t in span):
        return False  # "UNITED STATES", "SOUTH SUDAN": a section's heading
    return not any(
        s.start_char < end and start < s.end_char for s in doc.spans.get("actors", [])
    )


def _period_labels(doc: Doc, text: str) -> list[_Found]:
    """A hearing's "Senator RISCH." labels (see `_PERIOD_LABEL`), each opening a
    paragraph; none unless two speakers' labels do and one speaks again."""
    found: list[_Found] = []
    for line in _PERIOD_LABEL.finditer(text):
        stop = doc.char_span(line.start(2), line.end(2), alignment_mode="expand")
        if stop is not None and _opens_paragraph(text, line.start()):
            found.append((line.start(), line.end(), stop.start, line.group(1), None))
    speakers = Counter(f[3] for f in found)
    again = any(n > 1 for n in speakers.values())
    return found if len(speakers) >= 2 and again else []


def _bracketed(doc: Doc, text: str) -> list[_Found]:
    """Labels in square brackets (see `_BRACKETED`) naming a speaker by a title
    and a name, or the floor; none unless two speakers' labels open paragraphs
    (not "[Applause]" or an editor's "[Check Against Delivery]")."""
    found: list[_Found] = []
    for line in _BRACKETED.finditer(text):
        label = line.group(1).strip()  # a title names a speaker ("[President
        # Marcos]"); "[Check Against Delivery]", "[Unofficial Translation]" none
        named = len(label.split()) > 1 and _is_label(label) and is_titled(label)
        if not (named or is_floor(label)) or not _opens_paragraph(text, line.start()):
            continue
        stop = doc.char_span(line.start(2), line.end(2), alignment_mode="expand")
        if stop is not None and line.end() < len(text):
            found.append((line.start(), line.end(), stop.start, label, None))
    speakers = {f[3] for f in found if not is_floor(f[3])}
    return found if len(speakers) >= 2 else []


def _questions(doc: Doc, text: str, labelled: set[int]) -> list[_Found]:
    """The White House's "Q" lines whose next paragraph a label opens, unless
    a label of their own opens them ("Q (Jan Horák): …")."""
    found: list[_Found] = []
    for q in _Q_LINE.finditer(text):
        paragraph_end = text.find("\n\n", q.end())
        answer = len(text) if paragraph_end < 0 else paragraph_end + 2
        colon = doc.char_span(q.start(), q.end(1), alignment_mode="expand")
        if colon is not None and answer in labelled and q.start() not in labelled:
            found.append((q.start(), q.end(), colon.start, q.group(1), None))
    return found


def _a_title_line(text: str, start: int) -> bool:
    """A header line that ends in a word or a bracket ("Sudan: Humanitarian
    Situation (House of Commons)"), not in a turn's punctuation (as
    "Colleagues, ladies and gentlemen," does)."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return line[-1:].isalnum() or line[-1:] in ")]"


def _person_note(*notes: str | None) -> str | None:
    """The label's note about its speaker ("Russian Federation" of "Mr. Nebenzia
    (Russian Federation) (spoke in Russian)"), leaving out notes of language."""
    kept = [n for n in notes if n and not _LANGUAGE_NOTE.match(n.strip())]
    return kept[0] if kept else None


def _opens_paragraph(text: str, start: int) -> bool:
    """A label opening a paragraph of a transcript whose turns are known: a lone
    word used once ("AFP:", "CCTV:", a questioner's outlet) is a turn too."""
    return start == 0 or text[max(0, start - 2) : start] == "\n\n"


def is_titled(words: str) -> bool:
    """Words that hold a title ("Official Spokesperson,", "The Secretary of
    State for Foreign,"): a comma after them lists a name or a portfolio, as
    no dateline's does ("Washington, DC, United States:")."""
    return any(w.strip(",.").lower() in TITLES for w in words.split())


def names_a_speaker(opening: str) -> bool:
    """Whether the words before a line's colon read as a turn label ("Official
    Spokesperson, Shri Randhir Jaiswal", "Mr. Nebenzia (Russian Federation)"),
    by their words alone."""
    match = _LABEL.fullmatch(_in_parentheses(opening))
    return match is not None and _is_label(match.group("label").strip())


def _unnumbered(opening: str) -> str:
    """A label without the paragraph number a briefing prints before it ("3.
    QUESTION:", "3. ANSWER:", "4. MR MILLER:") or the question number of a
    committee's oral evidence ("Q101 Chair:"); a numbered heading ("1.
    Ukraine:") keeps it and is no label."""
    asked = _EVIDENCE.match(opening)
    if asked is not None:
        return opening[asked.end() :]
    numbered = _NUMBERED.match(opening)
    if numbered is None:
        return opening
    rest = opening[numbered.end() :]
    first = rest.split()[0].lower()
    if first in FLOOR or first.rstrip(".") in _STYLES or is_titled(rest):
        return rest  # "2. MR MILLER:", "3. Spokesperson Jaiswal:"
    return opening


_STYLES = frozenset({"mr", "ms", "mrs", "dr", "h.e"})
_NUMBERED = re.compile(r"\d{1,3}[.)][ \t]+(?=\S)")
_EVIDENCE = re.compile(r"Q\d{1,4}[ \t]+(?=[A-Z])")  # "Q101 Chair:"


def _in_parentheses(opening: str) -> str:
    """A label's note in square brackets read as in parentheses ("Oana Lungescu
    [NATO Spokesperson]:"), at the same offsets."""
    return opening.replace("[", "(").replace("]", ")")


def _joined(word: str) -> bool:
    """A name with its article joined to it ('el-Sisi', 'al-Assad', 'd'Almeida'):
    lower case before a capital, as no word of a sentence is."""
    return word[:1].islower() and any(c.isupper() for c in word[1:])


def _is_label(label: str) -> bool:
    """A speaker label: a floor word, or a capitalised name with its titles. A
    lone word ('Poll:', 'Sanders:') is a label only when it names a known person
    or opens another line too (a speaker speaks again; a kicker does not)."""
    words = label.split()
    if not words or len(words) > _LONGEST or any(c.isdigit() for c in label):
        return False
    if words[0].lower() in FLOOR and len(words) <= 2:
        return True
    for word in words:
        if is_abbreviation(word) or word.lower() in PARTICLES or _joined(word):
            continue
        if not word[0].isupper() or any(p in word for p in ';!?"“”'):
            return False
        if "," in word and not is_titled(label[: label.index(word)] + word):
            after = label[label.index(word) + len(word) :]
            if not (is_titled(after) or _outlet(after)):
                return False  # "Washington, DC, United States:"
        if word.endswith(".") and len(word) > 2:
            return False
    return True
