"""Who a stretch of text names as members of a group: the actors of the
office-holders and the states or bodies named in it ("President Biden and
President Xi", "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot
and French counterparts"), the first office-holder of a call, and the sides a
transcript's lead names. Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import office_of_another, placed
from extract.nlp.officials import TITLES, origin_tag
from extract.nlp.people import earlier_title, person_mentions


def members_of(
    region: Span, registry: ActorRegistry, *, places: bool = True
) -> list[str]:
    """Actors of the office-holders and the states or bodies named in a region, in
    text order (an office-holder's "of France" adds nothing new); `places=False`
    leaves out a state named as a place ("a spokesperson for the operation in
    Iraq and Syria", "of the Royal Infirmary in the UK")."""
    doc = region.doc
    named: list[tuple[int, str]] = []
    people = [
        s for s in doc.spans.get("people", []) if region.start <= s.start < region.end
    ]
    for span in people:
        person = registry.person(span.label_)
        if person is not None:
            named.extend((span.start, a) for a in person.actors_on(doc._.published))
    inside = [
        s
        for s in doc.spans.get("actors", [])
        if region.start <= s.start and s.end <= region.end
    ]
    named += [
        (s.start, s.label_)
        for s in inside
        if not any(p.start <= s.start < p.end for p in people)
        and not office_of_another(s, inside, registry)  # "the Secretary-General
        # of NATO": NATO's, not the registry's UN one
        and (places or not placed(s, region))
        and not origin_tag(s)
        and not _inside_name(s)
    ]  # fmt: skip
    return list(dict.fromkeys(actor for _, actor in sorted(named)))


def _inside_name(mention: Span) -> bool:
    """A state's name inside a longer proper name ("the International Syria
    Support Group"): a capitalised word before it modifies the same name."""
    last, doc = mention[-1], mention.doc
    head = last.head
    if last.dep_ != "compound" or head.pos_ != "PROPN" or head.i < mention.end:
        return False
    before = doc[mention.start - 1] if mention.start > 0 else None
    return (
        before is not None
        and before.head.i == head.i
        and before.dep_ in ("compound", "amod")
        and before.is_title
    )


# Verbs and nouns whose "to" names the other side: "spoke to", "a visit to".
_TALKED_TO = frozenset({"speak", "talk", "visit"})


def lead_people(doc: Doc, end: int, registry: ActorRegistry) -> tuple[str, ...]:
    """The actors of the office-holders a transcript's lead names before its first
    turn ("Vladimir Putin, Hassan Rouhani and Recep Tayyip Erdogan gave a joint
    news conference", "President of Mongolia Ukhnaagiin Khurelsukh"), when they
    are of two actors or more: the meeting's sides. People only, by the registry
    or by the title that governs their name: the places and processes a lead
    mentions name no side."""
    found: list[str] = []
    people = person_mentions(doc)
    for start, stop, name in people:
        if stop > end:
            break
        person = registry.person(name)
        if person is not None:
            found.extend(person.actors_on(doc._.published))
        elif _meets(doc[start:stop].root):
            found.extend(earlier_title(name, stop, people, doc, registry))
    sides = tuple(dict.fromkeys(found))
    return sides if len(sides) > 1 else ()


# Nouns of a meeting whose "with" names a side ("held talks with X").
_MEETINGS = frozenset({"talk", "meeting", "conversation", "negotiation", "summit"})


def _meets(name: Token) -> bool:
    """Whether a name takes part in the lead's meeting: its clause's subject
    ("X and President of Mongolia Y made press statements") or whom the verb
    meets ("met with Y", "held talks with Y"), not whom it mentions ("the
    visit of Y", "condolences to Y", "talks … reported on")."""
    node = name
    while node.dep_ in ("conj", "appos", "compound") or _titled(node):
        node = node.head.head if _titled(node) else node.head
    if node.dep_ in ("nsubj", "dobj"):
        return node.head.dep_ == "ROOT"
    if node.dep_ != "pobj" or node.head.lower_ != "with":
        return False
    host = node.head.head
    return host.dep_ == "ROOT" or (
        host.lemma_.lower() in _MEETINGS
        and host.dep_ == "dobj"
        and host.head.dep_ == "ROOT"
    )


def _titled(name: Token) -> bool:
    """A name its title's "of" holds ("President of Mongolia | Ukhnaagiin
    Khurelsukh")."""
    of = name.head
    return (
        name.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in TITLES
    )


def office_holder(region: Span, registry: ActorRegistry) -> tuple[str, str] | None:
    """The first known office-holder named in a region: (name, actor)."""
    for span in sorted(region.doc.spans.get("people", []), key=lambda s: s.start):
        person = registry.person(span.label_)
        if person is not None and region.start <= span.start < region.end:
            for actor in person.actors_on(region.doc._.published):
                return person.name, actor
    return None


def with_preps(root: Token) -> list[Token]:
    """ "with" on the verb or on its object ("had a conversation with X"); "to"
    after a verb of talking ("spoke to X") or a visit ("paid a visit to X");
    "from" after a call received ("received a phone call from X")."""
    objects = [c for c in root.children if c.dep_ in ("dobj", "prep")]
    objects += [  # "spoke by telephone with X", "via videoconference with X"
        g
        for c in root.children
        if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "on")
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _MEANS
    ]
    talked = {root.lemma_.lower(), *(c.lemma_.lower() for c in objects)}
    called = root.lemma_.lower() == "receive" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CALLS for c in objects
    )
    return [
        c
        for h in (root, *objects)
        for c in h.children
        if c.dep_ in ("prep", "dative")
        and (
            (c.lower_ == "with" and not _manner(c))
            or (c.lower_ == "to" and talked & _TALKED_TO)
            or (c.lower_ == "from" and called)
        )
    ]


# How leaders talk at a distance: "spoke by telephone with X"
_MEANS = frozenset(
    {"telephone", "phone", "videoconference", "video", "videolink", "link", "call"}
)
# "with concern", "with satisfaction": how, not with whom
_MANNERS = frozenset(
    {"concern", "satisfaction", "regret", "interest", "appreciation", "alarm",
     "dismay", "approval", "gratitude", "sorrow", "sadness"}
)  # fmt: skip


def _manner(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _MANNERS for c in prep.children)


_CALLS = frozenset({"call", "phone", "telephone"})  # "received a (phone) call from X"
