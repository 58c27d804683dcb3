"""Speaker turns of a transcript: the labels that open them ("President of Russia
Vladimir Putin:", "CHANCELLOR SCHOLZ:", "Mr. Nebenzia (Russian Federation):",
"Question (retranslated):") and who speaks in each, for whom. Pure functions
over a Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry

# A turn label at the start of a line: words, an optional "(note)", a colon.
_LABEL = re.compile(
    r"(?m)^(?P<label>[^\n:()]{1,100}?)\s*(?:\((?P<note>[^()\n]{1,60})\))?:[ \t]*"
)
_PARTICLES = frozenset(
    {"of", "the", "and", "for", "de", "del", "da", "al", "el", "bin", "ibn", "von",
     "van", "der", "la", "le", "du", "on"}
)  # fmt: skip
_ABBREVIATIONS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "St.", "H.E."})
# Labels of speakers from the floor: they speak for no state or body.
_FLOOR = frozenset(
    {"q", "question", "questions", "reply", "response", "answer", "journalist",
     "reporter", "interviewer", "moderator", "participant", "audience", "remark",
     "comment", "voice", "voices"}
)  # fmt: skip


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


def find_turns(doc: Doc, registry: ActorRegistry) -> list[Turn]:
    """The labelled turns of a transcript; none unless two labels are found."""
    labels = []
    for match in _LABEL.finditer(doc.text):
        label = match.group("label").strip()
        if _is_label(label, registry):
            labels.append((match.start(), match.end(), label, match.group("note")))
    if len(labels) < 2:
        return []
    turns: list[Turn] = []
    names: dict[str, tuple[str, tuple[str, ...]]] = {}  # surname -> (name, actors)
    ends = [start for start, *_ in labels[1:]] + [len(doc.text)]
    for (start, body, label, note), end in zip(labels, ends, strict=True):
        span = doc.char_span(body, end, alignment_mode="expand")
        if span is None:
            continue
        speaker, actors = _speaker_of(doc, start, label, note, registry, names)
        floor = label.split()[0].lower() in _FLOOR
        turns.append(Turn(span.start, span.end, label, speaker, actors, floor))
    return turns


def _is_label(label: str, registry: ActorRegistry) -> bool:
    """A speaker label: a floor word, or a capitalised name with its titles."""
    words = label.split()
    if not words or len(words) > 14 or any(c.isdigit() for c in label):
        return False
    if words[0].lower() in _FLOOR and len(words) <= 2:
        return True
    for word in words:
        if word in _ABBREVIATIONS or word.lower() in _PARTICLES:
            continue
        if not word[0].isupper() or any(p in word for p in ',;!?"“”'):
            return False
        if word.endswith(".") and word not in _ABBREVIATIONS and len(word) > 2:
            return False
    return len(words) >= 2 or registry.person(words[0]) is not None


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
    if words[0].lower() in _FLOOR:
        return None, ()
    cased = [w if not w.isupper() or len(w) <= 3 else w.title() for w in words]
    for size in range(len(cased), 0, -1):
        for i in range(len(cased) - size + 1):
            person = registry.person(" ".join(cased[i : i + size]))
            if person is not None:
                actors: tuple[str, ...] = (person.actor_on(doc._.published),)
                names[person.name.split()[-1]] = (person.name, actors)
                return person.name, actors
    span = doc.char_span(start, start + len(label), alignment_mode="expand")
    actors = _registry_actors(registry, [*cased, *(note or "").split()], span)
    name = _name_in(cased)
    surname = name.split()[-1] if name else None
    earlier = _earlier_label(name, names) if name and not actors else None
    if earlier is not None:
        return earlier
    if name and surname and actors:
        names[surname] = (name, actors)
    return name, actors


def _registry_actors(
    registry: ActorRegistry, words: list[str], span: Span | None
) -> tuple[str, ...]:
    """Actors named by the words of a label: the doc's actor spans in it, then any
    run of words the registry knows ("Russian Federation" in a note)."""
    found = []
    if span is not None:
        found = [
            s.label_
            for s in span.doc.spans.get("actors", [])
            if s.start >= span.start and s.end <= span.end
        ]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            actor = registry.lookup(" ".join(words[i : i + size]).strip(".,"))
            if actor is not None and actor not in found:
                found.append(actor)
    return tuple(found[:1])


def _name_in(words: list[str]) -> str | None:
    """The name at the end of a label: its last two capitalised words."""
    tail = [w for w in words if w[0].isupper() and w not in _ABBREVIATIONS]
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
