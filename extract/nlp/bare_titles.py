"""Whom a bare title means ("The President", "the Secretary-General", "the
Foreign Minister": a title that names no one and no actor of its own). The
document decides, not a registry alias: its principal (the issuer, or the lead
of a readout told from the lead's side, naming the others' states but not the
lead's) when the principal holds that title; else the one holder its earlier
full titles name ("The Secretary-General of the Arab League, Ahmed Aboul
Gheit"); no one when they name two. Pure functions over a Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in, belongs_to
from extract.nlp.header import first_paragraph
from extract.nlp.honorifics import HONORIFICS
from extract.nlp.memo import actor_tokens, doc_text
from extract.nlp.officials import OTHER_OFFICE, TITLES
from extract.nlp.people import full_name
from extract.nlp.speaker import Speaker, named_person
from extract.nlp.voices import DocumentVoices

# What a bare title's head may carry inside the source besides its title words.
_BARE_DEPS = frozenset({"det", "compound", "amod", "punct"})
# What a full title carries after its head: its owner, the name beside it.
_OWNER_DEPS = frozenset({"prep", "appos", "compound"})
_PLACES = frozenset({"PERSON", "GPE", "NORP", "LOC"})
_WORDS = re.compile(r"[a-z]+")
# the state a title names as its own without a name ("President of the Republic")
_OWN_STATES = frozenset({"republic", "federation", "government"})
# Titles of a head of state or government, which a state has or has not.
_HEADS = frozenset(
    frozenset(t.split())
    for t in ("prime minister", "president", "chancellor", "king", "queen",
              "premier", "emir", "sultan")
)  # fmt: skip


# Titles only a body's mandate gives, never a state's ("the Special
# Rapporteur" in a state's statement to the Human Rights Council).
_MANDATES = frozenset({"rapporteur", "rapporteurs"})
# Posts of the UN Secretariat no state has ("the Assistant Secretary-General").
_UN_POSTS = frozenset(
    {"assistant secretary - general", "under - secretary - general",
     "commissioner - general"}
)  # fmt: skip
# What makes a title the guest's ("the visiting minister", "the guest
# minister"): never the host's, whose page it is.
VISITING = frozenset({"visiting", "guest"})


@dataclass(frozen=True, slots=True)
class _Holder:
    """An earlier full mention of the title: the person named with it, if any,
    and the actors it gives them (none when it names none)."""

    name: str | None
    actors: tuple[str, ...]
    at: int  # where the mention starts
    bare: bool = False  # a bare mention again ("The Foreign Minister met …")


def bare_title(source: Span) -> tuple[str, ...] | None:
    """The title a bare source is, as lower-case tokens ("The Secretary-General"
    -> ("secretary", "-", "general")); None when the source names a person, a
    place or an owner, or is no title; an honorific before it is not the
    title's ("His Royal Highness the Crown Prince")."""
    source = _without_honorific(source)
    if source[0].lower_ != "the":
        return _without_article(source)
    if len(source) < 2:
        return None
    head = source.root
    words = source[1:]
    if [t.lower_ for t in words] in (_HEAD_OF_STATE, *_DIRECTORS_GENERAL):
        return tuple(t.lower_ for t in words)
    if head.tag_ in ("NNS", "NNPS") or head.lower_ != head.lemma_.lower():
        return None  # "The Presidents", "the leaders": a group
    carried = [
        c
        for c in head.children
        if not c.is_space
        and c != _of_own(head)
        and not _joined_after(c, source)
        and not _prep_after(c, source)
        and not (c.i >= source.end and another_office_aside(c))  # ", who is also"
    ]
    if _last(head) != source.end - 1 or any(c.dep_ not in _BARE_DEPS for c in carried):
        return None
    own = _of_own(head)  # "of the Republic", however the NER reads "Republic"
    owned = range(own.i, own.right_edge.i + 1) if own is not None else range(0)
    placed = [t for t in words if t.ent_type_ in _PLACES and t.i not in owned]
    if any(not (t.is_alpha or t.text == "-") for t in words) or any(
        t.lemma_.lower() not in TITLES for t in placed
    ):  # "Chairperson" the NER took for a name is a title still
        return None
    if not any(t.lemma_.lower() in TITLES for t in words) and not _heir(words):
        return None
    if any(_acronym(t) for t in words):
        return None  # "the EC spokesperson": an office of a body not read
    named = source.doc.spans.get("people", [])
    if any(source.start <= s.start < source.end for s in named):
        return None
    for span in source.doc.spans.get("actors", []):  # only the title's own alias
        if source.start <= span.start < source.end and (
            span.end - span.start < len(words) or span.end < source.end
        ):  # "The Kremlin spokesperson": the Kremlin's, not a bare title
            return None
    return tuple(t.lower_ for t in words)


def _acronym(word: Token) -> bool:
    """An acronym that is no title ("EC" of "the EC spokesperson", not "PM")."""
    return len(word) > 1 and word.is_upper and word.lower_ not in TITLES


def _without_honorific(source: Span) -> Span:
    """ "His Royal Highness the Crown Prince" -> "the Crown Prince"."""
    the = next((t.i for t in source if t.lower_ == "the"), None)
    if the is None or the == source.start or the - source.start > 3:
        return source
    before = source.doc[source.start : the]
    if before[0].lower_ in ("his", "her") and before[-1].lower_ in HONORIFICS:
        return source.doc[the : source.end]
    return source


# "the Head of State": a president's title in his own office's release (Kazakhstan's,
# Russia's), bare after naming him.
_HEAD_OF_STATE = ["head", "of", "state"]
# "the Director General": an agency's head in its own release (the IAEA's, WHO's).
_DIRECTORS_GENERAL = (["director", "general"], ["director", "-", "general"])


def _heir(words: Span) -> bool:
    """ "Crown Prince": the heir's title, which the Gulf monarchies' readouts
    write bare after naming him ("the Crown Prince stressed")."""
    return [t.lower_ for t in words[-2:]] == ["crown", "prince"]


def _without_article(source: Span) -> tuple[str, ...] | None:
    """A title written without its article, as Indian readouts write it
    ("Prime Minister conveyed …"): capitalised title words alone, ending in a
    title, naming no one and no place."""
    head = source.root
    if (
        head.i != source.end - 1
        or head.tag_ != "NNP"
        or head.lemma_.lower() not in TITLES
    ):
        return None
    if any(not t.is_title or not t.is_alpha or t.ent_type_ for t in source):
        return None
    if any(c.i < source.start or c.i >= source.end for c in head.children):
        return None
    return tuple(t.lower_ for t in source)


def another_office_aside(clause: Token) -> bool:
    """A relative clause saying that the holder also holds another office
    (", who is also Chairman of the ECOWAS Authority,"): it leaves the title
    bare, whose the page says; any other clause may say which holder is meant
    (", who was on a state visit,": the guest)."""
    words = {(c.dep_, c.lemma_.lower()) for c in clause.children}
    return (
        clause.dep_ == "relcl"
        and clause.lemma_ == "be"
        and ("advmod", "also") in words
        and any(dep == "attr" and lemma in TITLES for dep, lemma in words)
    )


def _joined_after(child: Token, source: Span) -> bool:
    """A conjunction or conjunct after the source ("The Secretary | and
    Secretary Manalo"): another speaker's, not the title's own words."""
    return child.dep_ in ("cc", "conj") and child.i >= source.end


def _prep_after(child: Token, source: Span) -> bool:
    """A phrase after the source the parse hung on the title ("thanked the Prime
    Minister | for Qatar's efforts"): what the verb is for, not whose title it is
    ("of Israel" is inside a source that has it)."""
    return child.dep_ == "prep" and child.i >= source.end and child.lower_ != "of"


def _of_own(head: Token) -> Token | None:
    """The "of the Republic" of "The President of the Republic": the title's own
    state, named by no name (the document's own, as a bare title is)."""
    for prep in head.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "of" and len(objects) == 1:
            owner = objects[0]
            bare = all(c.dep_ == "det" for c in owner.children)
            if bare and owner.lower_ in _OWN_STATES and prep.i == head.i + 1:
                return prep
    return None


def _last(head: Token) -> int:
    """Where a bare title ends: its head, or its "of the Republic"."""
    own = _of_own(head)
    return head.i if own is None else max(t.i for t in own.subtree)


# A title many hold at once, of any side: no office of a page's principal.
_MANY_HOLD = frozenset({("diplomat",)})


def bare_title_holder(
    source: Span,
    title: tuple[str, ...],
    voices: DocumentVoices | None,
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker | None:
    """Whom a bare title means (see the module); a Speaker with no actor when
    two holders are equally candidate; None when the document does not say
    (the caller's rules decide)."""
    doc = source.doc
    if _said_by_a_holder(source, title, voices):
        return None  # "the President" in a president's own turn is another
    visiting = any(w in VISITING for w in title)
    title = tuple(w for w in title if w not in VISITING)
    holders = [  # not "in honour of visiting Finnish President X, the President"
        h
        for h in _earlier_holders(source, title, known, registry)
        if h.at < source.sent.start or _a_subject(doc[h.at]) or not _visiting(doc, h.at)
    ]
    principal = _principal(doc, voices, registry)
    if title[-1:] in _MANY_HOLD:  # "the diplomat": any of a page's many
        principal = None
    if visiting:  # "The visiting minister": the one holder the text names
        # with a state, never the page's principal by default (whose own
        # minister may be the visitor)
        holders = [h for h in holders if h.actors]
        principal = None
    if (
        principal is not None
        and list(title) in _DIRECTORS_GENERAL
        and registry.actors[principal[1]].kind == "state"
    ):
        return None  # a ministry's directors-general, of either side
    if principal is not None and _another_body_office(source, principal[1], registry):
        if registry.actors[principal[1]].kind != "state" and not holders:
            return Speaker(source.text, source.text, (), is_person=False)  # the
            # UN's in the EU's statement, the League's own in the League's
        principal = None  # "The UN Secretary-General" in the White House's briefing
    if principal is not None:
        name, actor = principal
        shared = voices is not None and voices.meeting and len(voices.group) > 1
        if _holds(actor, name, title, holders, doc, registry, shared=shared):
            own = {h.name for h in holders if h.actors == (actor,) and h.name}
            name = name or (own.pop() if len(own) == 1 else None)
            actor = _office_of(source, actor, registry)  # the UN's Secretary-General
            return Speaker(name or source.text, source.text, (actor,), bool(name))
        holders = [h for h in holders if h.actors]  # the others', named
    holders = [h for h in holders if h.name or h.actors]  # saying whose
    named = {h.actors for h in holders}
    if not named and principal is None and _alias_outvoted(source, registry):
        return Speaker(source.text, source.text, (), is_person=False)
    if not named or all(not a for a in named):
        return None
    here = [h for h in holders if h.at >= source.sent.start]
    if len(named) > 1 and len(here) == 1:  # "minister X sent …, but the minister
        holders, named = here, {here[0].actors}  # said": the one of its sentence
    if len(named) > 1:
        return Speaker(source.text, source.text, (), is_person=False)
    names = {h.name for h in holders}
    name = names.pop() if len(names) == 1 else None
    return Speaker(name or source.text, source.text, named.pop(), bool(name))


def _visiting(doc: Doc, at: int) -> bool:
    """A mention a "visiting" or "guest" opens, a few words before the name."""
    return any(t.lower_ in VISITING for t in doc[max(0, at - 3) : at + 1])


def _a_subject(word: Token) -> bool:
    """The word's phrase is a clause's subject ("minister X sent …")."""
    while word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


def _another_body_office(source: Span, actor: str, registry: ActorRegistry) -> bool:
    """Whether the title is another's office: by the registry, a body's while
    the principal is a state ("the Secretary-General" in the White House's
    briefing is the UN's), or another body's than the principal's own ("the
    Secretary-General" in the EU's statement; in NATO's, which the registry
    knows a holder of, NATO's own; in the League's, whose offices it does not
    know, the League's); a mandate or post of the UN's."""
    text = source.text
    office = registry.lookup(text) or registry.lookup(text[:1].lower() + text[1:])
    words = {t.lower_ for t in source}
    if registry.actors[actor].kind != "state":  # "the Secretary-General" in the
        # EU's statement is the UN's; in NATO's, whose registry holder it has, NATO's
        if (
            words & _MANDATES
            and actor != "UN"
            and not belongs_to(actor, "UN", registry)
        ):
            # "The Special Rapporteur" in the EU's statement
            return _another_office_than_its_own(actor, frozenset(_MANDATES), registry)
        return (
            office is not None
            and office != actor
            and not belongs_to(office, actor, registry)
            and _another_office_than_its_own(
                actor, _title_words(bare_title(source) or ()), registry
            )
        )
    post = " ".join(t.lower_ for t in source if t.lower_ != "the")
    if words & _MANDATES or post in _UN_POSTS:
        return True  # "The Special Rapporteur", "the Assistant Secretary-General"
    if office is None and _a_body_s_office(actor, source, registry):
        return True  # "the High Representative" in Ireland's parliament: the EU's
    return office is not None and registry.actors[office].kind == "body"


def _a_body_s_office(actor: str, source: Span, registry: ActorRegistry) -> bool:
    """Whether the registry knows the title only as a body's office ("High
    Representative for Foreign Affairs", the EU's), none of the state's."""
    words = _title_words(bare_title(source) or ())
    if not words or words & {"president", "minister", "secretary", "ambassador"}:
        return False
    held = [
        (r.actor_id, _title_words(r.title))
        for p in registry.people.values()
        for r in p.roles
        if words <= _title_words(r.title)
    ]
    kinds = {registry.actors[a].kind for a, _ in held if a in registry.actors}
    return kinds == {"body"} and all(a != actor for a, _ in held)


def _another_office_than_its_own(
    actor: str, words: frozenset[str], registry: ActorRegistry
) -> bool:
    """Whether the registry knows holders of the body's offices but none of this
    title (the EU's, none a Secretary-General; not "Under-Secretary-General"
    for "Secretary-General"); a body whose offices it does not know may hold
    it (the League's own Secretary-General)."""
    roles = [
        _title_words(r.title)
        for p in registry.people.values()
        for r in p.roles
        if r.actor_id == actor
    ]
    return bool(roles) and not any(
        words <= held and not (held - words) & _RANKS for held in roles
    )


_RANKS = frozenset({"under", "deputy", "assistant", "vice", "associate"})


def _office_of(source: Span, actor: str, registry: ActorRegistry) -> str:
    """The registry's own actor for a body's office the bare title names ("The
    Secretary-General" in the UN's statement: UNSG, one of the UN's), else the
    principal's."""
    text = source.text
    office = registry.lookup(text) or registry.lookup(text[:1].lower() + text[1:])
    return office if office and belongs_to(office, actor, registry) else actor


def named_holders(
    source: Span,
    title: tuple[str, ...],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> set[tuple[str, ...]]:
    """The actors of the holders of the title that the document names in full
    before the source ("Secretary of State Antony J. Blinken", "President
    William Ruto of Kenya")."""
    return {h.actors for h in _earlier_holders(source, title, known, registry)}


def _earlier_holders(
    source: Span,
    title: tuple[str, ...],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> list[_Holder]:
    """The full mentions of the title before the source, with whom they name."""
    doc = source.doc
    size = len(title)
    found = []
    for start in range(source.start - size + 1):
        if tuple(t.lower_ for t in doc[start : start + size]) != title:
            continue
        if _another_office(doc, start) or _addressed(doc, start):
            continue
        head = title.index("of") - 1 if "of" in title else size - 1  # its head word
        phrase = _mention(doc[start + head])
        if phrase.start > start:
            continue  # a parse that lost the title
        if bare_title(phrase) is not None:
            found.append(_Holder(None, (), phrase.start, bare=True))
        else:
            found.append(_holder(phrase, known, registry))
    return found


def _addressed(doc: Doc, start: int) -> bool:
    """A title one is addressed by ("Mr. President, I am delighted"): whoever
    speaks, not a holder the text names."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in ("mr", "madam", "madame")


def _another_office(doc: Doc, start: int) -> bool:
    """A word before the title that makes it another office ("Vice-President")."""
    at = start - 1
    if at >= 0 and doc[at].text == "-":
        at -= 1
    return at >= 0 and doc[at].lower_ in OTHER_OFFICE


def _mention(word: Token) -> Span:
    """The noun phrase a title word opens or heads, with its owner and the name
    beside it ("President Zelenskyy of Ukraine", "The Foreign Minister of
    Brazil, Mauro Vieira"), on one line."""
    root = word
    while root.dep_ == "compound" and root.head.i > root.i:
        root = root.head
    end = root.i + 1
    doc = word.doc
    for child in root.rights:
        if child.dep_ in _OWNER_DEPS and (child.dep_ != "prep" or child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
    named = actor_tokens(doc)
    joined = [
        t.i
        for t in doc[root.i : end]
        if t.dep_ == "cc"
        and not named[t.i]  # "of Bosnia and Herzegovina" is one name
        and any(w.pos_ == "PROPN" and not named[w.i] for w in doc[root.i + 1 : t.i])
    ]  # "President of A X and Prime Minister of B Y": Y is not its name; "Deputy
    end = joined[0] if joined else end  # Prime Minister and Minister of X" one's
    start = root.left_edge.i
    breaks = [t.i for t in doc[start:end] if t.is_space and "\n" in t.text]
    start = breaks[-1] + 1 if breaks and breaks[-1] < word.i else start
    end = next((b for b in breaks if b > word.i), end)
    return doc[start:end]


def _holder(
    phrase: Span, known: dict[str, tuple[str, ...]], registry: ActorRegistry
) -> _Holder:
    doc = phrase.doc
    people = [
        (s.start, s.end, s.label_)
        for s in doc.spans.get("people", [])
        if phrase.start <= s.start and s.end <= phrase.end
    ] or [
        (e.start, e.end, e.text)
        for e in phrase.ents
        if e.label_ == "PERSON" and not _a_title(e)
    ]
    actors = actors_in(phrase, registry)
    if not people:
        return _Holder(None, actors if len(actors) == 1 else (), phrase.start)
    start, end, name = people[0]
    name = full_name(name, people, start, registry)
    person = named_person(name, phrase.text, doc[start:end], known, registry).actor_ids
    person = person or actors  # "the Foreign Minister of Brazil, Mauro Vieira"
    return _Holder(name, person if len(person) == 1 else (), phrase.start)


def _principal(
    doc: Doc, voices: DocumentVoices | None, registry: ActorRegistry
) -> tuple[str | None, str] | None:
    """Whose document it is: its one issuer (name unknown), else the lead of a
    readout that names the others' states but not the lead's ("President Biden
    spoke with President Macron of France")."""
    if voices is None or voices.joint:
        return None
    if len(voices.issuer) == 1:
        return None, voices.issuer[0]
    if voices.issuer or voices.lead is None or not voices.meeting:
        return None
    name, actor = voices.lead
    for span in sorted(doc.spans.get("people", []), key=lambda s: s.start):
        if full_name(span.label_, [], span.start, registry) != name:
            continue
        if actors_in(_mention(span.root), registry):
            return None  # "President Macron of France met …": no side's own
        others = [
            s.label_
            for s in doc.spans.get("actors", [])
            if span.sent.start <= s.start < span.sent.end and s.label_ != actor
        ]
        return (name, actor) if others else None
    return None


def _holds(
    actor: str,
    name: str | None,
    title: tuple[str, ...],
    holders: list[_Holder],
    doc: Doc,
    registry: ActorRegistry,
    *,
    shared: bool = False,
) -> bool:
    """Whether the principal holds the title: a lead the registry knows, by
    their offices; an issuer when no one else is named with it (unless the
    document is a meeting or call: the title may be the other side's),
    the document calls someone so before naming another or names the
    principal's holder with it (a full title naming no state is its own), the
    registry gives the principal's actor that office (in a meeting or call
    that named the other side's holder, only the office of someone it names:
    "The Prime Minister" after "Prime Minister of Israel" in the Kremlin's
    readout is Israel's), or the header names it
    bare, as the issuer's own ("Statement by the Secretary-General"); a
    state's "the Head of State" is its own."""
    words = _title_words(title)
    person = registry.person(name) if name else None
    if person is not None:  # a readout's lead: the offices they hold
        return any(
            r.actor_id == actor and words <= _title_words(r.title) for r in person.roles
        )
    if list(title) == _HEAD_OF_STATE and registry.actors[actor].kind == "state":
        # a state's release calls its own president so, unless it names
        # another's ("received the Ukrainian Head of State")
        return not any(h.actors and h.actors != (actor,) for h in holders)
    if (not holders and not shared) or (holders and holders[0].bare):  # its own
        return not _a_head_it_has_not(actor, words, registry)
    if any(h.actors in ((), (actor,)) for h in holders if not h.bare):
        return True
    roles = [r for p in registry.people.values() for r in p.roles]
    if holders and shared:  # the other side's holder named: the principal's
        # only if its named participant holds the title too
        found = (registry.person(s.label_) for s in doc.spans.get("people", []))
        roles = [p.role_on(doc._.published) for p in found if p is not None]
    if any(r.actor_id == actor and words <= _title_words(r.title) for r in roles):
        return True
    header = " ".join(_WORDS.findall(doc_text(doc)[: first_paragraph(doc)[0]].lower()))
    bare = re.compile(rf"\bthe {' '.join(_WORDS.findall(' '.join(title)))}\b(?! of)")
    return bare.search(header) is not None


def _a_head_it_has_not(
    actor: str, words: frozenset[str], registry: ActorRegistry
) -> bool:
    """A head of state's or government's title the actor has no holder of while
    the registry knows its heads ("the Prime Minister" in the State
    Department's briefing is another state's)."""
    if words not in _HEADS:
        return False
    roles = [
        r for p in registry.people.values() for r in p.roles if r.actor_id == actor
    ]
    heads = [r for r in roles if _title_words(r.title) in _HEADS]
    return bool(heads) and not any(words <= _title_words(r.title) for r in roles)


# Armed movements the registry lists as bodies, which hold no such office as a
# Secretary-General (Hezbollah, which does, is not among them).
_NO_OFFICES = frozenset({"HAMAS", "HOUTHI", "PMF", "SDF", "TALIBAN"})


def _alias_outvoted(source: Span, registry: ActorRegistry) -> bool:
    """A title whose only actor is a registry alias of a body's office ("the
    Secretary-General": the UN's) in a document naming other bodies but none
    of that body's family ("The Arab League condemned …"): it may be theirs."""
    alias = set(actors_in(source, registry))
    if len(alias) != 1:
        return False
    own = registry.actors[alias.pop()]
    if own.kind != "body":
        return False
    root = own.name.split()[0]
    named = {s.label_ for s in source.doc.spans.get("actors", [])}
    bodies = {a for a in named if registry.actors[a].kind == "body"} - _NO_OFFICES
    family = {
        a for a in bodies if a == root or registry.actors[a].name.startswith(f"{root} ")
    }
    return bool(bodies - family - {own.actor_id}) and not family - {own.actor_id}


def _said_by_a_holder(
    source: Span, title: tuple[str, ...], voices: DocumentVoices | None
) -> bool:
    """The source is in the turn of a speaker whose label holds the title: the
    speaker calls someone else so ("I discussed it with the President")."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if turn is None or turn.floor:
        return False
    return _title_words(title) <= _title_words(f"{turn.label} {turn.speaker or ''}")


def other_speaker(
    source: Span, title: tuple[str, ...], voices: DocumentVoices | None
) -> Speaker | None:
    """In a turn of a transcript of two speakers, the other, when their label
    holds the title and the speaker's does not ("President Prabowo Subianto:"
    for "The President and I" in the Prime Minister's answer), not those the
    text names otherwise ("I have conveyed this to President Trump")."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if voices is None or turn is None or turn.floor:
        return None
    words = _title_words(tuple(w for w in title if w not in VISITING))
    if words <= _title_words(f"{turn.label} {turn.speaker or ''}"):
        return None  # "The President asked me" of a Vice President: their own
    speakers = {t.said_by for t in voices.turns if not t.floor and t.actors}  # not
    # the master of ceremonies
    others = {
        (t.said_by, t.actors)
        for t in voices.turns
        if not t.floor
        and t.actors
        and t.said_by != turn.said_by
        and words <= _title_words(f"{t.label} {t.speaker or ''}")
    }
    if len(speakers) != 2 or len(others) != 1:
        return None  # of three speakers, "the President" may be none of them
    name, actors = others.pop()
    return Speaker(name or source.text, source.text, actors, bool(name))


def _title_words(title: tuple[str, ...] | str) -> frozenset[str]:
    text = title if isinstance(title, str) else " ".join(title)
    return frozenset(_WORDS.findall(text.lower()))


def _a_title(span: Span) -> bool:
    """A span of title words only ("Chairperson" the NER took for a name)."""
    return all(t.lemma_.lower() in TITLES for t in span)
