"""Participants named by a document's title: "Telephone conversation with
President of France Emmanuel Macron", "Press statements following
Russian-Turkish talks", "Joint Statement from the Leaders of the United States,
Egypt, and Qatar". A title speaks of a meeting or a joint text, or names no
group; what it is about ("… on Syria", "… in Gaza") names no participant."""

from __future__ import annotations

import re

from extract.nlp.actors import ActorRegistry
from extract.nlp.officials import TITLES

# Words that make a title a meeting's.
_MEETING = frozenset(
    {"talks", "meeting", "conversation", "call", "conference", "summit", "visit",
     "negotiations", "consultations", "meet", "meets", "calls"}
)  # fmt: skip
# The title is a joint text ("Joint Statement of …", "India-Egypt Joint Statement",
# "Trilateral Statement by the Leaders of …").
_JOINT = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w'’.]*[-–][A-Z][\w'’.-]*\s+)?"
    r"(?:joint|(?:tri|quadri)lateral\s+(?:statement|declaration|communiqu))",
    re.I,
)
# A relation "between" its two parties names them ("Joint Statement on the
# Strategic Partnership between the Republic of Korea and Canada"); a conflict or
# ceasefire "between" names others than the signatories.
_BETWEEN = re.compile(
    r"\b(?:partnership|relations|relationship|cooperation|friendship|ties)"
    r"\s+between\s+(.+?)(?:$|\s[|–—]\s)",
    re.I,
)
# A visit names its two sides: the visitor and the host ("Joint Statement on the
# State Visit of President Cyril Ramaphosa to Brazil").
_VISIT = re.compile(r"\bvisit\s+(?:of|by)\s+(.+?)\s+to\s+(.+?)(?:$|\s[|–—]\s)", re.I)
# Where a title turns to its subject, place or occasion: no participant after it.
_ABOUT = re.compile(
    r"\s(?:on|about|regarding|concerning|in|at|to mark|welcoming)\s|\s[|–—]\s", re.I
)
# A statement's own title: the kind of text, then whose it is.
_OWNED = re.compile(
    r"^\s*(?:Press\s+)?(?:Statement|Remarks|Comment|Declaration|Message|Address|Speech)"
    r"\s+(?:by|of|from)\s+(.+)$",
    re.I,
)
_NAME_WORDS = frozenset({"the", "of", "for", "and"})  # "Ministry of Foreign Affairs"
# The lower-case words of a title that lists its signatories: its kind, as a
# title in sentence case has it ("Joint statement of …"), and the links.
_LINKS = _NAME_WORDS | {"by", "between", "from", "with", "joint", "statement",
    "declaration", "communiqué", "communique", "press", "leaders", "leaders’",
    "leaders'"}  # fmt: skip
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9’'.]+")
_LONGEST = 6  # words in a name


def title_group(
    title: str | None,
    registry: ActorRegistry,
    issuer: tuple[str, ...],
    *,
    headed: bool = False,
) -> tuple[tuple[str, ...], bool, bool] | None:
    """(participants, meeting, joint) the title of an issuer's document names, the
    issuer first ("Telephone conversation with …" is the issuer's call); None
    unless it names two or more. A news report's title names no participants;
    a joint text's title heading the text itself (`headed`: no headline's verb
    in it) names its signatories whoever issued it."""
    if not title:
        return None
    words = {w.lower() for w in _WORD.findall(title)}
    meeting, joint = bool(words & _MEETING), is_joint(title)
    if not issuer and not (joint and (headed or _names_only(title))):
        return None
    if not meeting and not joint:
        return None
    head, *about = _ABOUT.split(title, maxsplit=1)
    found = [*issuer]
    for actor in _named(_without_venue(head, registry).replace("-", " "), registry):
        if actor not in found:
            found.append(actor)
    between = _BETWEEN.search(about[0]) if about and len(found) < 2 else None
    if between is not None:  # "… on the Partnership between A and B"
        found.extend(a for a in _named(between.group(1), registry) if a not in found)
    visit = _VISIT.search(about[0]) if about and len(found) < 2 else None
    if visit is not None:  # "… on the Visit of President X to Brazil"
        for side in visit.groups():
            found.extend(a for a in _named(side, registry)[:1] if a not in found)
    if len(found) < 2:
        return None
    return tuple(found), meeting and not joint, joint


def title_owner(title: str | None, registry: ActorRegistry) -> tuple[str, ...]:
    """The one actor a statement's own title names as who makes it ("Statement
    by the Spokesperson of the Ministry of Foreign Affairs of Ukraine",
    "Statement by President Biden on …"): the title opens with the kind of text,
    its owner is all names up to where it turns to its subject, and they name
    one actor. None for a joint text, a headline ("Statement by Russia draws
    criticism": a lower-case word in the owner) or two owners."""
    found = _OWNED.match(title or "")
    if found is None or is_joint(title):
        return ()
    owner = found.group(1)
    owner = owner.split(" on behalf of ", 1)[-1]  # "by the High Representative on
    owner = _ABOUT.split(owner, maxsplit=1)[0]  # behalf of the EU on …"
    words = _WORD.findall(owner)
    if not words or any(w[0].islower() and w not in _NAME_WORDS for w in words):
        return ()
    actors = set(_named(owner, registry))
    return (actors.pop(),) if len(actors) == 1 else ()


def title_author(title: str | None, registry: ActorRegistry) -> str | None:
    """The one person a statement's own title names as who makes it, by name
    after their title ("Statement by Prime Minister Rishi Sunak on Iran" ->
    "Rishi Sunak", "… by President Biden" -> the registry's "Joseph R. Biden");
    None for a joint text, an office without a name ("Statement by the NATO
    Secretary General"), two owners or a headline."""
    found = _OWNED.match(title or "")
    if found is None or is_joint(title):
        return None
    owner = _ABOUT.split(found.group(1), maxsplit=1)[0]
    if "," in owner:  # "H.E. Mr. Jaishankar, External Affairs Minister of India"
        return byline(owner, registry)
    words = [w.rstrip(",") for w in owner.split()]
    if not words or any(not w[:1].isupper() for w in words):
        return None  # "the Secretary-General", "A and B", a headline's verb
    held = [i for i, w in enumerate(words) if w.lower() in TITLES]
    if not held:
        return None
    name = " ".join(words[held[-1] + 1 :])
    person = registry.person(name)
    if person is not None:
        return person.name
    return _two_or_three(name)


def byline(line: str, registry: ActorRegistry) -> str | None:
    """The person a line names before their office ("Antony J. Blinken,
    Secretary of State" under a State Department statement's heading; "H.E. Mr.
    Jaishankar, External Affairs Minister of India" in a title), by the
    registry's full name when it knows it; None when the part after the comma
    holds no title or the part before is no name."""
    named, _, office = line.partition(",")
    if not any(w.lower().strip(",") in TITLES for w in office.split()):
        return None
    words = [
        w
        for w in named.split()
        if w.lower().strip(".") not in _HONOURED and w.lower() not in TITLES
    ]
    if not words or any(not w[:1].isupper() for w in words):
        return None
    name = " ".join(words)
    person = registry.person(name)
    return person.name if person is not None else _two_or_three(name)


def _two_or_three(name: str) -> str | None:
    """A name of two or three words, as a person's is; None otherwise."""
    return name if 2 <= len(name.split()) <= 3 else None


# Forms of address before a name in a title ("H.E. Mr. Jaishankar").
_HONOURED = frozenset({"h.e", "mr", "mrs", "ms", "dr", "shri", "smt"})


def _names_only(title: str) -> bool:
    """A joint text's own title, all names up to its subject ("Joint Communiqué
    of the Republic of Korea and the United States"), not a headline about one
    ("Joint statement by Russia and China calls for talks")."""
    head = _ABOUT.split(title, maxsplit=1)[0]
    return all(w[0].isupper() or w.lower() in _LINKS for w in _WORD.findall(head))


def is_joint(title: str | None) -> bool:
    """Whether a title is a joint text's ("Joint Declaration by …")."""
    return bool(title and _JOINT.match(title))


def _without_venue(title: str, registry: ActorRegistry) -> str:
    """A title less the place and date it ends with ("… ASEAN Summit, Kuala
    Lumpur, 26 May 2025"): a capital after a comma is the venue, no side."""
    first, *rest = title.split(",")
    kept = [
        part
        for part in rest
        if not any(c.isdigit() for c in part) and not _a_capital(part, registry)
    ]
    return ",".join([first, *kept])


def _a_capital(text: str, registry: ActorRegistry) -> bool:
    actor = registry.lookup(text.strip())
    return actor is not None and registry.actors[actor].capital == text.strip()


def _named(text: str, registry: ActorRegistry) -> list[str]:
    """Actors of the longest registry names and office-holders in a text, in order."""
    words = [w.strip(".’'") for w in _WORD.findall(text)]
    words = [w for w in words if w]
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            person = registry.person(phrase)
            actor = person.actor_id if person else registry.lookup(phrase)
            if actor is None and size > 1:
                actor = registry.lookup("the " + phrase)
            if actor is not None:
                if not _members_of(words[:i], actor, registry):
                    found.append(actor)
                i += size
                break
        else:
            i += 1
    return found


def _members_of(before: list[str], actor: str, registry: ActorRegistry) -> bool:
    """A body named after "members of" ("Meeting with permanent members of the
    Security Council"): its members meet, not the body."""
    body = registry.actors[actor].kind == "body"
    return body and [w.lower() for w in before[-2:]] == ["members", "of"]
