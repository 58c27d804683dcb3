"""Speaker turns of a transcript: the labels that open them ("President of Russia
Vladimir Putin:", "CHANCELLOR SCHOLZ:", "Mr. Nebenzia (Russian Federation):",
"Question (retranslated):"; read by `turn_labels.py`) and who speaks in each,
for whom. Pure functions over a Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry, Person
from extract.nlp.governing import national_council
from extract.nlp.header import first_paragraph
from extract.nlp.officials import AGENTS, OTHER_OFFICE, TITLES
from extract.nlp.people import full_name
from extract.nlp.titled_surnames import label_holder
from extract.nlp.turn_labels import (
    ANSWERING,
    PARTICLES,
    is_abbreviation,
    is_floor,
    is_titled,
    turn_labels,
)

# Labels of the answers of a "Q:"/"A:" briefing: its speaker is the one person
# the header names.
ANSWERS = frozenset({"A"})
ANSWER = "Answer"  # the label of an unlabelled answer after a question
_THE = "the"


@dataclass(frozen=True, slots=True)
class Turn:
    """A labelled turn: its token range, the label as written, who speaks, and
    for whom (nobody for the floor)."""

    start: int
    end: int
    label: str
    speaker: str | None
    actors: tuple[str, ...]
    floor: bool = False  # a question or remark from the floor
    continued: bool = False  # the rest of a labelled turn, in another capacity
    # The label's note names the state the speaker represents ("Mr. Nebenzia
    # (Russian Federation)"): the format of a meeting's record, not of a press
    # appearance.
    represents: bool = False

    @property
    def said_by(self) -> str | None:
        """Who speaks, as the document names them: the speaker, else the label,
        but never a bare answer's letter ("A." of an interview nobody named)."""
        if self.speaker and self.speaker not in ANSWERS:
            return self.speaker
        return None if self.label in ANSWERS else self.label


def find_turns(doc: Doc, registry: ActorRegistry) -> list[Turn]:
    """The labelled turns of a transcript (`turn_labels.py`); none unless two
    labels are found."""
    labels = turn_labels(doc)
    if not labels:
        return []
    turns: list[Turn] = []
    names: dict[str, tuple[str, tuple[str, ...]]] = {}  # surname -> (name, actors)
    last = doc[-1]
    ends = [label.start for label in labels[1:]] + [last.idx + len(last.text_with_ws)]
    # a question whose next label is no answer's ("Question: …?" then the
    # floor again, or the end): the lines after it are an unlabelled answer
    asking = [
        is_floor(label.label) or _interviewer(doc, label.label, labels[0].start)
        for label in labels
    ]
    unanswered = [*asking[1:], True]
    for label, end, alone, asked in zip(labels, ends, unanswered, asking, strict=True):
        if end <= label.body:
            continue  # two labels at one line's start: the later one's turn
        span = doc.char_span(label.body, end, alignment_mode="expand")
        if span is None:
            continue
        speaker, actors = _speaker_of(
            doc, label.start, label.label, label.note, registry, names
        )
        if is_answer(label.label):  # "A:" of a "Q:"/"A:" briefing
            speaker, actors = _header_speaker(doc, registry) or (speaker, actors)
        outlet = asked and not is_floor(label.label)  # "Le Monde:", "France Inter:"
        actors = () if outlet else actors  # an outlet speaks for no state
        floor = is_floor(label.label) or outlet or (not actors and _asks(span))
        noted = label.note and _registry_actors(registry, label.note.split(), None)
        turn = Turn(span.start, span.end, label.label, speaker, actors, floor)
        turn = replace(turn, represents=bool(actors) and noted == actors)
        split = _answered(doc, turn, by_paragraph=outlet)
        turns.extend(split if floor and alone else (turn,))
    return _shortened(turns, doc._.issuer)


# Words of a bare title's label besides the titles ("PRIME MINISTER:", "THE VICE
# PRESIDENT:"): whoever hosts, not the one label it shortens.
_TITLE_PARTS = frozenset({"the", "prime", "vice", "deputy", "foreign", "mr", "madam"})


def _shortened(turns: list[Turn], issuer: str | None) -> list[Turn]:
    """A label that shortens an earlier one ("SECRETARY GENERAL:" after "NATO
    SECRETARY GENERAL MARK RUTTE:") and names no one itself: the same speaker,
    when the one label it shortens is the issuer's (or there is no issuer)."""
    out: list[Turn] = []
    for turn in turns:
        words = set(turn.label.lower().split())
        earlier = {  # every speaker whose label holds it, named with a state or not
            (t.said_by, t.actors)
            for t in out
            if not t.floor and words < set(t.label.lower().split())
        }
        bare = all(w in TITLES or w in _TITLE_PARTS for w in words)  # "PRIME MINISTER:"
        if not turn.floor and not turn.actors and len(earlier) == 1 and not bare:
            name, actors = earlier.pop()
            if actors and (not issuer or actors == (issuer,)):  # a bare title in
                turn = replace(turn, speaker=name, actors=actors)  # another's
                # transcript is the host's ("PRIME MINISTER:" on New Zealand's)
        out.append(turn)
    return out


_ASKED = re.compile(r"\?[\"”’']?[ \t]*\n")  # a question's end, its line's too
# A question's paragraph that asks nothing ("Le Monde: Some member states are
# blocking the package." then the answer's paragraph): the paragraph's end.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# An interview's header ("Interview of X to TASS", "X's answers to media
# questions"), not a briefer's "before taking your questions".
INTERVIEW = re.compile(
    r"(?i)\b(?:interview|interviewed|answers to|responses to|to questions)\b"
)


def _interviewer(doc: Doc, label: str, first: int) -> bool:
    """A label the interview's header names as its outlet ("Interview of
    Jean-Noël Barrot … with the daily Le Monde", then "Le Monde:"): the floor,
    whatever the outlet's name. Only after a word for a medium ("the daily",
    "the newspaper"): not the one interviewed ("Interview with Prime Minister
    Christopher Luxon", then "Prime Minister:"; "given by Sergey Ryabkov")."""
    header = doc.text[:first]
    if not INTERVIEW.search(header):
        return False
    return any(
        found.group(1).lower() in _MEDIA
        for found in re.finditer(rf"(\w+)\s+{re.escape(label)}\b", header)
    )


# Words for a medium an interview's header names its outlet after.
_MEDIA = frozenset(
    {"daily", "newspaper", "weekly", "magazine", "journal", "channel", "agency",
     "radio", "television", "broadcaster", "portal", "website", "tv"}
)  # fmt: skip


def _answered(doc: Doc, turn: Turn, by_paragraph: bool) -> tuple[Turn, ...]:
    """A question from the floor and the unlabelled answer printed after it
    ("Question: Is the format dead?" then the line "No. I am convinced …"): the
    answer is a turn of its own, an "Answer" (see `issuer_turns.py`), when no
    label answers the question. An answer asks nothing (the lines of a
    question of several are one turn)."""
    span = doc[turn.start : turn.end]
    asked = _ASKED.search(span.text)
    if asked is None and by_paragraph:  # an outlet's question that asks with no
        asked = _PARAGRAPH.search(span.text)  # "?": one paragraph
    if asked is None:
        return (turn,)
    answer = doc.char_span(
        span.start_char + asked.end(), span.end_char, alignment_mode="expand"
    )
    words = [t.i for t in answer or () if not t.is_space]
    if answer is None or not words or any(t.text == "?" for t in answer):
        return (turn,)  # a question of several lines, or a rhetorical one
    if not doc[words[0]].is_alpha:  # "(The briefing was concluded at 2:15 p.m.)",
        return (turn,)  # "# # #": a closing note, no answer
    question = replace(turn, end=answer.start)
    return question, Turn(words[0], answer.end, ANSWER, None, ())


def is_answer(label: str) -> bool:
    """A label of the answering side ("A", "Answer", "REPLY")."""
    return label in ANSWERS or label.lower() in ANSWERING


def _registry_person(cased: list[str], registry: ActorRegistry) -> Person | None:
    """The registry person the longest run of a label's words names."""
    for size in range(len(cased), 0, -1):
        for i in range(len(cased) - size + 1):
            person = registry.person(" ".join(cased[i : i + size]))
            if person is not None:
                return person
    return None


def _asks(span: Span) -> bool:
    """A turn that ends in a question: a questioner's, when its label names no
    state ("Anadolu Agency: We have learned that … Can you confirm?")."""
    words = [t for t in span if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _header_speaker(
    doc: Doc, registry: ActorRegistry
) -> tuple[str, tuple[str, ...]] | None:
    """The one person the header names ("Foreign Ministry Spokesperson Mao
    Ning's Regular Press Conference"), without titles: who answers in a
    "Q:"/"A:" briefing; with their actor when the registry knows them."""
    end = first_paragraph(doc)[0]
    names = {
        " ".join(
            t.text
            for t in ent
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in AGENTS
        )
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.end_char <= end
    } - {""}
    return _the_one(names, doc, registry)


def _speaker_of(
    doc: Doc,
    start: int,
    label: str,
    note: str | None,
    registry: ActorRegistry,
    names: dict[str, tuple[str, tuple[str, ...]]],
) -> tuple[str | None, tuple[str, ...]]:
    """Who a label names and for whom they speak; remembered by surname so that a
    later "Vladimir Putin:" finds what "President of Russia Vladimir Putin:" said."""
    words = label.split()
    if is_floor(label):
        return None, ()
    if words[0].lower() == _THE and len(words) > 1:  # "THE PRESIDENT:"
        titled = _titled_in_header(doc, [w.lower() for w in words[1:]], registry)
        if titled is not None:
            return titled
    cased = [_cased(w, i > 0) for i, w in enumerate(words)]
    noted = _note_name(note, registry)  # "… (Mr David Lammy):"
    person = (
        _registry_person(cased, registry)
        or (registry.person(noted) if noted else None)
        or label_holder(cased, registry, doc._.published)
    )  # "PRIME MINISTER ALBANESE:" by title and surname
    if person is not None:  # out of office that day, the note still says whom
        # they represent here ("Mrs. Thomas-Greenfield (United States of America):")
        actors: tuple[str, ...] = person.actors_on(doc._.published) or (
            _registry_actors(registry, note.split(), None) if note else ()
        )
        names[person.name.split()[-1]] = (person.name, actors)
        return person.name, actors
    span = doc.char_span(start, start + len(label), alignment_mode="expand")
    name = noted or _name_in(cased)
    known = _named_before(doc, name, start, registry) if name else None
    if known is not None:  # "MS. JEAN-PIERRE:" after "Karine Jean-Pierre"
        found = (known.name, known.actors_on(doc._.published))
        names[known.name.split()[-1]] = found
        return found
    actors = _registry_actors(registry, [*cased, *(note or "").split()], span)
    surname = name.split()[-1] if name else None
    earlier = _earlier_label(name, names) if name and not actors else None
    if earlier is not None:
        return earlier
    actors = actors or _the_government(doc, words, registry)
    if name and surname and (actors or surname not in names):
        names[surname] = (name, actors)  # "KARACA:" after "FOREIGN MINISTER … KARACA:"
    return name, actors


# A government's offices a parliament's record labels with the article ("The
# Minister for Europe, North America and Overseas Territories (Stephen Doughty):").
_GOVERNMENT = frozenset({"minister", "secretary", "premier", "chancellor"})


def _the_government(
    doc: Doc, words: list[str], registry: ActorRegistry
) -> tuple[str, ...]:
    """A label of a minister's office and its remit, with the article and no
    state, in a state's own record ("The Minister for Foreign Affairs (…):",
    "The Secretary of State for …"): that state's minister (a guest's "The
    Secretary of State:" names no remit)."""
    issuer = doc._.issuer
    if not issuer or issuer not in registry.actors:
        return ()
    if registry.actors[issuer].kind != "state" or words[0].lower() != _THE:
        return ()
    lowered = [w.lower() for w in words]
    portfolio = (
        "for" in lowered
        or (  # "The Minister of External Affairs", not a
            "of" in lowered and lowered[lowered.index("of") + 1 :][:1] != ["state"]
        )
    )  # guest's "The Secretary of State:"
    if not portfolio or "shadow" in lowered:
        return ()  # nor the opposition's shadow
    return (issuer,) if any(w in _GOVERNMENT for w in lowered[1:4]) else ()


def _cased(word: str, inside: bool) -> str:
    """A capitalised label's word as a name writes it: "MERZ" -> "Merz", a
    particle inside the name lower-case ("BIN" -> "bin", "VON" -> "von");
    a short word in capitals stays (an acronym: "UN", "EU")."""
    if not word.isupper():
        return word
    if inside and word.lower() in PARTICLES:
        return word.lower()
    return word if len(word) <= 3 else word.title()


def _named_before(
    doc: Doc, surname: str, start: int, registry: ActorRegistry
) -> Person | None:
    """The office-holder a lone surname of a label names by the full name the
    text used before it ("Press Briefing by Press Secretary Karine Jean-Pierre"
    for "MS. JEAN-PIERRE:")."""
    if " " in surname:
        return None
    people = [
        (s.start, s.end, s.label_)
        for s in doc.spans.get("people", [])
        if s.start_char < start
    ]  # all before the label
    return registry.person(full_name(surname, people, len(doc), registry))


def _titled_in_header(
    doc: Doc, title: list[str], registry: ActorRegistry
) -> tuple[str, tuple[str, ...]] | None:
    """The one person the header names with the label's title ("Remarks by
    President Biden and Prime Minister Sunak" for "THE PRESIDENT:"; not "Vice
    President Harris"), with their actor when the registry knows them."""
    end = first_paragraph(doc)[0]
    found = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > end:
            continue
        words = [t for t in ent if t.lower_ not in title]
        if not words:
            continue
        start = words[0].i - len(title)
        if start < 0 or [t.lower_ for t in doc[start : words[0].i]] != title:
            continue
        if start > 0 and doc[start - 1].lower_ in OTHER_OFFICE:
            continue
        found.add(" ".join(t.text for t in words))
    return _the_one(found, doc, registry)


def _the_one(
    names: set[str], doc: Doc, registry: ActorRegistry
) -> tuple[str, tuple[str, ...]] | None:
    """The one name of a set, with its actor on the Doc's date when the
    registry knows it; None unless there is exactly one."""
    if len(names) != 1:
        return None
    name = next(iter(names))
    person = registry.person(name)
    if person is None:
        return name, ()
    return person.name, person.actors_on(doc._.published)


def _registry_actors(
    registry: ActorRegistry, words: list[str], span: Span | None
) -> tuple[str, ...]:
    """Actors named by the words of a label: the doc's actor spans in it, then any
    run of words the registry knows ("Russian Federation" in a note); not its
    title's remit ("Minister for Europe, North America and …")."""
    found = []
    if span is not None:
        named = [
            s
            for s in span.doc.spans.get("actors", [])
            if s.start >= span.start and s.end <= span.end and not _remit(span, s.start)
        ]
        if any(national_council(s) for s in named):
            return ()  # "Secretary of the Security Council": a state's own council
        found = [s.label_ for s in named]
    lowered = [w.lower() for w in words]
    remit = lowered.index("for") if "for" in lowered else len(words)
    if 0 < remit < len(words) and lowered[remit - 1] in _REPRESENTING:
        remit = len(words)  # "Representative for the United States": whom
    owner = lowered[remit:].index("of") if "of" in lowered[remit:] else None
    words = words[:remit] + (words[remit + owner :] if owner is not None else [])
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            actor = registry.lookup(" ".join(words[i : i + size]).strip(".,"))
            if actor is not None and actor not in found:
                found.append(actor)
    return tuple(found[:1])


_REPRESENTING = frozenset({"representative", "delegate", "delegation"})


def _remit(label: Span, at: int) -> bool:
    """Whether a label's word is in its title's remit ("Minister for Europe,
    North America and Overseas Territories"): after "for", before any "of";
    not whom a representative speaks for ("Representative for the United
    States")."""
    before = [t.lower_ for t in label.doc[label.start : at]]
    if "for" not in before:
        return False
    after = len(before) - before[::-1].index("for")
    if after > 1 and before[after - 2] in _REPRESENTING:
        return False
    return "of" not in before[after:]


def _note_name(note: str | None, registry: ActorRegistry) -> str | None:
    """The name a label's note gives its titled speaker, as Hansard prints it
    ("The Prime Minister (Keir Starmer)", "… (Mr David Lammy)"): two or more
    capitalised words, after an honorific, that name no state, body or office."""
    words = [w for w in (note or "").split() if not is_abbreviation(w)]
    if len(words) < 2 or not all(w[0].isupper() and w.isalpha() for w in words):
        return None
    if any(w.lower() in AGENTS for w in words):  # "(Council President)"
        return None
    name = " ".join(words)
    return None if registry.lookup(name) else name


def _name_in(words: list[str]) -> str | None:
    """The name at the end of a label: its last two capitalised words; before
    the comma when a title follows it ("Shri Randhir Jaiswal, Official
    Spokesperson")."""
    label = " ".join(words)
    if "," in label:
        name, after = label.split(",", 1)
        if is_titled(after) and not is_titled(name):
            words = name.split()
    tail = [w for w in words if w[0].isupper() and not is_abbreviation(w)]
    return " ".join(tail[-2:]) if tail else None


def _earlier_label(
    name: str, names: dict[str, tuple[str, tuple[str, ...]]]
) -> tuple[str, tuple[str, ...]] | None:
    """The speaker an earlier label named by this surname, or by one a typo away
    with the same given name ("Angela Markel:" after "Federal Chancellor of
    Germany Angela Merkel:")."""
    surname = name.split()[-1]
    if surname in names:
        return names[surname]
    given = name.split()[0] if " " in name else None
    for known, (full, actors) in names.items():
        if (
            given is not None
            and full.split()[0] == given
            and len(known) >= 5
            and _one_typo(surname, known)
        ):
            return full, actors
    return None


def _one_typo(a: str, b: str) -> bool:
    """Same length and one letter different, or one letter left out or added."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
