"""Office-holders named by a title and their surname alone ("Supreme Leader
Khamenei", "Chairman Kim", "Premier Li"), where the surname by itself names no
one: the registry person of that surname who holds a role of that title on the
article's date (without a date, in their latest role). No one when the title is
not that person's ("Premier Khamenei"), when another word makes it another
office or someone else's ("Vice Premier Li", "Samsung Chairman Kim"), when the
name goes on ("Premier Li Peng"), or when two people's matching roles overlap.
Pure functions over a Doc."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry, Person, Role

# Words that open a surname ("von der Leyen", "Al Nahyan").
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "le", "la", "da", "di", "du", "al", "el",
     "bin", "ibn"}
)  # fmt: skip
# States whose people English names family name first ("Kim Jong Un", "Li
# Qiang", "Moon Jae-in"): their surname is the first word of the name.
_FAMILY_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN"})
_LONGEST = 4  # tokens in a surname ("von der Leyen", "Jean - Pierre")
# What may stand before a title that opens the name: the title is the whole
# office, held for no one else ("said Premier Li", "and Chairman Kim").
_OPENERS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT"})
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Holding:
    """A person of the surname holding a role whose title stands before it."""

    person: Person
    role: Role


def titled_surnames(
    doc: Doc, registry: ActorRegistry, actors: list[Span], taken: set[int]
) -> list[Span]:
    """Spans of surnames a title before them gives to one registry person
    (label = the person's name), outside the tokens of registry matches
    (`taken`); `actors` are the document's actor mentions, which may open the
    title only when they name the role's actor ("Iran's Supreme Leader")."""
    index = _surnames(registry)
    # a surname's text opens with its first token's: none else can start one
    openings = {name[:n] for name in index for n in range(1, len(name) + 1)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        end = _surname_end(doc, i, index, taken) if doc[i].text in openings else None
        if end is None:
            i += 1
            continue
        person = _holder(doc[i:end], index[doc[i:end].text], actors)
        if person is not None:
            found.append(Span(doc, i, end, label=person.name))
        i = end
    return found


def label_holder(
    words: list[str], registry: ActorRegistry, day: date | None
) -> Person | None:
    """The one registry person a transcript's label names by title and surname
    ("PRIME MINISTER ALBANESE:", cased "Prime Minister Albanese"): of that
    surname, holding a role on the day whose title is the words before it."""
    if len(words) < 2:
        return None
    people = _surnames(registry).get(words[-1], [])
    title = tuple(w.lower() for w in words[:-1])
    holders = {
        p.name: p
        for p in people
        for role in _roles_on(p, day)
        if any(reading == title[-len(reading) :] for reading in _readings(role.title))
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _surnames(registry: ActorRegistry) -> dict[str, list[Person]]:
    """Surname -> the people whose name or alias it closes (opens, for names
    written family name first), when the surname alone names no one."""
    index: dict[str, list[Person]] = {}
    for form, person in registry.people.items():
        words = form.split()
        if len(words) < 2:
            continue
        first = any(r.actor_id in _FAMILY_FIRST for r in person.roles)
        surname = words[0] if first else _last_name(words)
        if surname in registry.people:
            continue  # the surname alone names them already
        holders = index.setdefault(surname, [])
        if person not in holders:
            holders.append(person)
    return index


def _last_name(words: list[str]) -> str:
    """The last word with the particles that open it ("von der Leyen")."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _surname_end(
    doc: Doc, start: int, index: dict[str, list[Person]], taken: set[int]
) -> int | None:
    """The end of the longest surname of the index at `start` that no registry
    match covers and that the name does not go on from ("Premier Li Peng")."""
    first = doc[start]
    if not first.text[:1].isupper() and first.lower_ not in _PARTICLES:
        return None
    for end in range(min(start + _LONGEST, len(doc)), start, -1):
        if doc[start:end].text not in index:
            continue
        if any(i in taken for i in range(start, end)):
            return None
        after = doc[end] if end < len(doc) else None
        goes_on = after is not None and (
            after.ent_iob_ == "I"
            or (after.is_title and after.pos_ == "PROPN")
            or (after.text in ("-", "–") and not doc[end - 1].whitespace_)
        )
        return None if goes_on else end
    return None


def _holder(surname: Span, people: list[Person], actors: list[Span]) -> Person | None:
    """The one person of the surname holding a role whose title stands before
    it, opened by nothing that makes it another office or someone else's."""
    day: date | None = surname.doc._.published
    holdings = [
        _Holding(person, role)
        for person in people
        for role in _roles_on(person, day)
        if _titled(surname, role, actors)
    ]
    if len({h.person.name for h in holdings}) == 1:
        return holdings[0].person
    if day is not None or not holdings:
        return None
    latest = max(holdings, key=lambda h: h.role.start or date.min)
    others = [h for h in holdings if h.person != latest.person]
    if all(_before(h.role, latest.role) for h in others):
        return latest.person  # "Premier Li", undated: the latest premier
    return None


def _roles_on(person: Person, day: date | None) -> list[Role]:
    """The roles held on the day; without one, the latest role."""
    if day is None:
        return [person.roles[-1]]
    return [r for r in person.roles if r.holds_on(day)]


def _before(earlier: Role, later: Role) -> bool:
    """Whether a role ended by the time another began (a successor's)."""
    end, start = earlier.end, later.start
    return end is not None and start is not None and end <= start


def _titled(surname: Span, role: Role, actors: list[Span]) -> bool:
    """Whether a reading of the role's title stands right before the surname,
    opening the name or following the role's own actor ("North Korean Chairman
    Kim", "Iran's Supreme Leader Khamenei")."""
    before = _words_before(surname)
    for reading in _readings(role.title):
        size = len(reading)
        if size > len(before) or tuple(w.lower_ for w in before[-size:]) != reading:
            continue
        title_start = before[-size].i
        opens_sentence = title_start == surname.sent.start
        opener = None if opens_sentence else surname.doc[title_start - 1]
        if _opens(opener, role.actor_id, actors):
            return True
    return False


def _words_before(surname: Span) -> list[Token]:
    """The words right before a surname in its sentence, hyphens skipped
    ("Secretary-General"), nearest last."""
    doc = surname.doc
    words: list[Token] = []
    i = surname.start - 1
    while i >= surname.sent.start:
        token = doc[i]
        if token.text in ("-", "–") and not token.whitespace_:
            i -= 1
            continue
        if not token.is_alpha:
            break
        words.append(token)
        i -= 1
    return words[::-1]


def _opens(opener: Token | None, actor_id: str, actors: list[Span]) -> bool:
    """Whether the token before a title leaves it the role's office: nothing, a
    word that is no modifier ("said", "and", "the", a comma), or the role's actor
    (or its possessive: "Iran's")."""
    if opener is None:
        return True
    if opener.tag_ == "POS" and opener.i > 0:
        opener = opener.doc[opener.i - 1]  # "Iran | 's"
    elif opener.lower_ == "the" or opener.pos_ in _OPENERS:
        return opener.text not in ("-", "–")  # not "ex-Premier Li"
    return any(a.start <= opener.i < a.end and a.label_ == actor_id for a in actors)


def _readings(title: str) -> Iterable[tuple[str, ...]]:
    """The ways a text writes a role's title before a name: as it is, and with
    what it is of before it ("Minister of Defence": "Defence Minister";
    "Minister of Foreign Affairs": "Foreign Minister"; "President of the
    European Council": "European Council President")."""
    words = tuple(_WORDS.findall(title.lower()))
    yield words
    for joint in ("of", "for"):
        if joint not in words:
            continue
        at = words.index(joint)
        head, tail = words[:at], words[at + 1 :]
        tail = tail[1:] if tail[:1] == ("the",) else tail
        yield (*tail, *head)
        if len(tail) > 1 and tail[-1] == "affairs":
            yield (*tail[:-1], *head)
        return
