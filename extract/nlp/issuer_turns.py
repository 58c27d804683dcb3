"""Which turns of a transcript speak with the issuer's voice: those of the
speakers its header names (a briefing "by Press Secretary X and NSC Coordinator
Y"), of its spokespeople, of its host under a bare title, and of the one who
alone answers the floor. Pure functions over a Doc."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.header import first_paragraph
from extract.nlp.issuers import is_capital, named_in_header
from extract.nlp.officials import SPOKESPEOPLE
from extract.nlp.own_officials import GUESTS, own_officials, title_words
from extract.nlp.titled_surnames import label_holder
from extract.nlp.turns import ANSWERS, INTERVIEW, Turn, is_answer


def issuer_speaks(
    doc: Doc,
    turns: list[Turn],
    issuer: tuple[str, ...],
    registry: ActorRegistry,
    title: str | None = None,
) -> list[Turn]:
    """The turns of the one speaker the header names ("Ned Price, Department
    Spokesperson" for "MR PRICE:"), or of the one who alone answers the floor's
    questions, when no label gives their state: they speak with the issuer's
    voice, as a spokesperson does; so do all it names when the header names
    no one else's state and no guest ("Press Briefing by Press Secretary X
    and NSC Coordinator Y"), else none of them. A bare title ("THE
    PRESIDENT:") in a state's own transcript is its host's."""
    if not issuer:
        return turns
    named = {
        t.label
        for t in turns
        if not t.floor
        and named_in_header(
            doc, (t.speaker or t.label) if t.label in ANSWERS else t.label
        )
    }
    if len(named) > 1 and not _own_header(doc, issuer[0]):
        named = set()  # "Remarks by President X and President Y": a guest's too
    named |= {t.label for t in turns if not t.floor and _spokesperson(t.label)}
    named |= {
        t.label
        for t in turns
        if not t.floor and _host(doc, t.label, issuer[0], registry, title)
    }
    named |= own_officials(doc, turns, issuer[0])  # Hansard's "The Prime Minister:"
    named |= _host_beside_guest(turns, issuer[0], registry, doc._.published)
    if title:  # the page title as the header a page's text lacks
        named |= {t.label for t in turns if not t.floor and _staff_in(title, t.label)}
        named |= _briefers_by(title, {t.label for t in turns if not t.floor})
    answering = {t.label for t in turns if not t.floor}
    speaking = {_who(t) for t in turns if not t.floor and not is_answer(t.label)}
    if (
        (len(speaking) == 1 or (not speaking and answering))  # an "Answer:" is
        # the podium's, not a second speaker
        and any(t.floor for t in turns)
        and not _guest_answers(doc, turns, issuer[0], registry)
    ):  # one at the podium
        named |= answering
    answers = {label for label in answering if is_answer(label)}
    briefers = answering - answers  # "Official Spokesperson X:" opens, then
    if (
        answers
        and len(briefers) == 1
        and (  # "ANSWER:" turns are theirs
            briefers & named
            or any(t.actors == issuer for t in turns if t.label in briefers)
        )
    ):
        named |= answers
    named |= {
        t.label
        for t in turns
        if _who(t) in {_who(u) for u in turns if u.label in named}
    }
    return [
        replace(t, actors=issuer) if t.label in named and not t.actors else t
        for t in turns
    ]


def _who(turn: Turn) -> str:
    """Who speaks in a turn, however the label is shortened ("KARACA:" after
    "FOREIGN MINISTER MEHMET ALİ KARACA:"): the speaker, else the label."""
    return turn.speaker or turn.label


def _guest_answers(
    doc: Doc, turns: list[Turn], issuer: str, registry: ActorRegistry
) -> bool:
    """Whether bare answers ("Answer:", "A:") follow an interview's header
    that names another state's office ("Interview of Armenian Foreign Minister
    Ararat Mirzoyan to TASS" on Russia's site) or a person the registry does
    not know as the issuer's: the one who answers may be theirs."""
    if not all(t.floor or is_answer(t.label) for t in turns):
        return False
    first = min(t.start for t in turns)
    header = doc[:first]
    if first == 0 or not INTERVIEW.search(_opening(doc, first)):
        return False  # a briefing's opening names whom it announces
    named = {  # not a capital the interview was given in ("to TASS, Moscow")
        s.label_
        for s in doc.spans.get("actors", [])
        if s.end <= first
        and s.label_ in actors_in(header, registry)
        and not is_capital(s, registry)
    }
    if named and issuer not in named:
        return True
    day = doc._.published
    people = doc.spans.get("people", [])
    asking = {t.label for t in turns if t.floor}  # "with Kathimerini": the outlet
    for person in (e for e in header.ents if e.label_ == "PERSON"):
        if person.text in asking:
            continue
        labels = [
            p.label_ for p in people if p.start < person.end and person.start < p.end
        ]
        known = registry.person(labels[0]) if labels else None
        if known is None or issuer not in known.actors_on(day):
            return True  # "Interview of Mr Ararat Mirzoyan to Izvestia"
    return False


def _opening(doc: Doc, first: int) -> str:
    """The header and first paragraph before the first turn: where an
    interview says it is one (not a briefing's later "Answers to media
    questions:" heading)."""
    end = first_paragraph(doc)[1]
    text = doc[:first].text
    return text if end < 0 else text[:end]


def _host(
    doc: Doc, label: str, issuer: str, registry: ActorRegistry, title: str | None
) -> bool:
    """A bare title as the label ("THE PRESIDENT:") whose holder the header names
    as the issuer's office-holder ("Remarks by President Trump and President Lee
    Jae-myung", the White House's): the host, whose guest's title the header
    labels by name; or the page's own title does, when the text has no header,
    or opens with it ("PM remarks at press conference with …").
    Nobody when they name no one of the issuer with that title ("PRESIDENT:"
    in No 10's "press conference with the President of Kenya")."""
    words = title_words(label)
    if not words:
        return False
    if title and issuer in _titled_holders(title, words, registry, doc._.published):
        return True
    if title and _opens_with(title, label, words):
        return True  # "PM remarks at press conference with …": No 10's own PM
    header = doc.char_span(0, first_paragraph(doc)[0], "contract")
    if header is None:
        return False
    holders = set()
    for ent in header.ents:
        before = doc[max(ent.start - len(words), 0) : ent.start]
        if ent.label_ == "PERSON" and [t.lower_ for t in before] == words:
            person = registry.person(ent.text)
            holders.add(person.actors_on(doc._.published) if person else ())
    return (issuer,) in holders


def _host_beside_guest(
    turns: list[Turn], issuer: str, registry: ActorRegistry, day: date | None
) -> set[str]:
    """A bare title ("THE PRESIDENT:", "PRIME MINISTER:") beside a label of the
    same title with a name ("PRESIDENT LEE JAE-MYUNG:", "PRIME MINISTER
    LUXON:") that speaks for another state: the guest is labelled by name, so
    the bare title is the host's, when the issuer is a state whose
    office-holder of that title the registry knows on the day (not "PRIME
    MINISTER:" on the White House's page: the guest's label shortened)."""
    found: set[str] = set()
    if registry.actors[issuer].kind != "state":
        return found
    bare = {t.label: title_words(t.label) for t in turns if not t.floor}
    for label, words in bare.items():
        if not words or not _holds(registry, issuer, " ".join(words), day):
            continue
        guests = [
            t
            for t in turns
            if not t.floor
            and not bare[t.label]
            and [w.lower() for w in t.label.split()[: len(words)]] == words
            and len(t.label.split()) > len(words)
        ]
        if guests and all(t.actors and t.actors != (issuer,) for t in guests):
            found.add(label)
    return found


def _holds(registry: ActorRegistry, actor: str, title: str, day: date | None) -> bool:
    """Whether someone the registry knows holds this title for the actor on
    the day ("president" of the USA, "prime minister" of Australia)."""
    return any(
        role.actor_id == actor
        and role.title.lower() == title
        and (day is None or role.holds_on(day))
        for person in set(registry.people.values())
        for role in person.roles
    )


def _opens_with(title: str, label: str, words: list[str]) -> bool:
    """The page title opens with the label's title: the page is that office's
    own ("PM remarks at …" for "Prime Minister:", "Prime Minister's statement
    on …")."""
    opening = title.lower().replace("’", "'")
    opening = re.sub(r"^pm\b", "prime minister", opening)  # No 10's "PM remarks"
    return any(
        opening.startswith(f"{name} ") or opening.startswith(f"{name}'s ")
        for name in (label.lower(), " ".join(words))
    )


def _titled_holders(
    title: str, words: list[str], registry: ActorRegistry, day: date | None
) -> set[str]:
    """The actors of those a page title names by the label's title and a
    surname ("Remarks by President Biden and President Zelenskyy of Ukraine")."""
    found: set[str] = set()
    cased = re.findall(r"[\w’'-]+", title)
    size = len(words)
    for i in range(len(cased) - size):
        if [w.lower() for w in cased[i : i + size]] == words:
            person = registry.person(cased[i + size]) or label_holder(
                cased[i : i + size + 1], registry, day
            )
            found.update(person.actors_on(day) if person is not None else ())
    return found


def _spokesperson(label: str) -> bool:
    """A label of a spokesperson ("Chief Spokesperson Paula Pinho:"): in the
    issuer's own briefing, the issuer's."""
    return any(w.strip(",.").lower() in SPOKESPEOPLE for w in label.split())


def _own_header(doc: Doc, issuer: str) -> bool:
    """Whether a header naming several speakers names them all as the issuer's
    staff: no actor but the issuer in it and no word of a guest or a joint
    appearance ("and" only between the speakers it names)."""
    end = first_paragraph(doc)[0]
    header = doc.char_span(0, end, "contract")
    if header is None:
        return False
    actors = {s.label_ for s in doc.spans.get("actors", []) if s.start < header.end}
    if actors - {issuer}:
        return False
    if any(t.lower_ in GUESTS for t in header):
        return False
    people = [e for e in header.ents if e.label_ == "PERSON"]
    return len(people) >= 2 and all(_staff(p) for p in people)


# The titles of a government's own briefers ("Press Secretary", "NSC
# Coordinator for Strategic Communications", "Deputy Spokesperson"); a
# president, minister, secretary-general or moderator may be a guest.
_STAFF = frozenset(
    {"press", "secretary", "spokesperson", "spokesman", "spokeswoman", "deputy",
     "principal", "national", "security", "communications", "coordinator",
     "adviser", "advisor", "strategic", "for", "nsc", "senior", "chief", "of",
     "staff", "department", "the", "and", "by", "official"}
)  # fmt: skip


def _staff_in(title: str, label: str) -> bool:
    """Whether a page title that names no guest gives the label's surname a
    briefer's title ("Press Briefing by Press Secretary X and NSC Coordinator
    for Strategic Communications John Kirby" for "MR. KIRBY:")."""
    words = re.findall(r"[\w’'-]+", title)
    lowered = [w.lower() for w in words]
    surname = label.split()[-1].strip(",.:").lower() if label.split() else ""
    if len(surname) < 3 or surname not in lowered[1:] or GUESTS & set(lowered):
        return False
    at = lowered.index(surname, 1)
    start = at
    while start > 0 and lowered[start - 1] not in ("by", "and", "with", "of"):
        start -= 1
    before = words[start:at]
    while before and before[-1][:1].isupper() and before[-1].lower() not in _STAFF:
        before.pop()  # the given names
    return bool(before) and all(w.lower() in _STAFF for w in before)


def _briefers_by(title: str, labels: set[str]) -> set[str]:
    """The labels whose office the page title names as the one who briefs,
    each the only label with that office ("Foreign Secretary, …" of two
    states' secretaries is neither's by the title)."""
    offices = Counter(label.split(",")[0] for label in labels)
    return {
        label
        for label in labels
        if offices[label.split(",")[0]] == 1 and _briefer_by(title, label)
    }


def _briefer_by(title: str, label: str) -> bool:
    """Whether the page title names the label's office as the one who briefs
    ("Special Briefing by Foreign Secretary on the visit …" for "Foreign
    Secretary, Shri Vikram Misri:"), and no joint appearance or guest."""
    office = label.split(",")[0]
    if "," not in label or not title_words(office):
        return False
    lowered = title.lower()
    if re.search(r"\b(?:joint|with)\b", lowered):
        return False
    return (
        re.search(rf"\bby (?:the )?{re.escape(office.lower())}\b", lowered) is not None
    )


def _staff(person: Span) -> bool:
    """Whether the words before a name in the header are a briefer's title
    ("Press Secretary Karine Jean-Pierre"), not a guest's ("Foreign Minister
    X", "Secretary-General Y", "Moderator Z") or none."""
    doc = person.doc
    start = person.start
    while (
        start > 0
        and doc[start - 1].text not in (",", "\n")
        and (doc[start - 1].lower_ not in ("and", "by", "with"))
    ):
        start -= 1
    title = [t.lower_ for t in doc[start : person.start] if not t.is_space]
    return bool(title) and all(w in _STAFF for w in title)
