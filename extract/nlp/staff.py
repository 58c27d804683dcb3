"""A body's staff speaking: "our colleagues at OCHA", "officials of the WHO",
"our colleagues on the ground (OCHA)" speak for the body; "our colleagues on
the ground" in the turn of a body's spokesperson are that body's own. Only a
registered body or a state's institution is one ("officials at the Brookings
Institution" speak for no one). Pure functions over a Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.officials import INSTITUTIONS, ORGANS, SPOKESPEOPLE

if TYPE_CHECKING:
    from extract.nlp.voices import DocumentVoices

# People who work for a body and speak with its voice (not "experts": a body's
# independent experts speak for themselves).
STAFF = SPOKESPEOPLE | frozenset(
    {"colleague", "staff", "official", "representative", "team", "personnel"}
)
# Prepositions that put staff at a body: "at OCHA", "of the WHO", "from UNHCR".
_AT = frozenset({"at", "of", "from"})
# Where a body's own staff work: "on the ground", "in the field".
_POSTS = frozenset({"ground", "field", "frontline", "front", "line"})


def staff_of(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one body a staff noun works at ("our colleagues at OCHA", "officials
    from the WHO", "staff at the Russian embassy") or names in parentheses at the
    source's end ("our colleagues on the ground (OCHA)"); none otherwise."""
    head = source.root
    if head.lemma_.lower() not in STAFF or head.pos_ not in ("NOUN", "PROPN"):
        return ()
    glossed = _glossed(source, registry)
    if glossed:
        return glossed
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = _body_or_institution(pobj, registry)
            if found:
                return found
    return ()


def own_staff(source: Span, voices: DocumentVoices) -> tuple[str, ...]:
    """ "Our colleagues on the ground", "our team in Darfur", "our humanitarian
    colleagues" where a body speaks (its spokesperson's turn, or its own
    release): that body. Not in a state's voice ("our colleagues in Brussels" of
    a diplomat are other states'), nor where the source names an actor of its
    own."""
    head = source.root
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if (
        owner is None
        or owner.lower_ not in ("our", "my")
        or head.lemma_.lower() not in STAFF
        or not any(
            _posted(c) if c.dep_ == "prep" else c.dep_ == "amod" for c in head.children
        )  # "on the ground"; "Our humanitarian colleagues", a field of its work
        or _names_an_actor(source)
    ):
        return ()
    turn = voices.turn_at(head.i)
    if turn is not None:
        voice = () if turn.floor else turn.actors
    else:
        voice = voices.issuer if not voices.joint and not voices.turns else ()
    return voice if len(voice) == 1 and voice[0] in voices.bodies else ()


def _glossed(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """A registered body in parentheses closing the source: "(OCHA)"."""
    doc = source.doc
    if len(source) < 4 or source[-1].text != ")":
        return ()
    for mention in doc.spans.get("actors", []):
        actor = registry.actors.get(mention.label_)
        if (
            mention.end == source.end - 1
            and mention.start > source.start + 1
            and doc[mention.start - 1].text == "("
            and actor is not None
            and actor.kind == "body"
        ):
            return (mention.label_,)
    return ()


def _body_or_institution(pobj: Token, registry: ActorRegistry) -> tuple[str, ...]:
    """The actor a staff noun's object is: a registered body named whole ("the
    WHO", "OCHA"), or a state's institution ("the Russian embassy"); never a
    state itself, a place, a firm or a think tank."""
    doc = pobj.doc
    region = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    for mention in doc.spans.get("actors", []):
        actor = registry.actors.get(mention.label_)
        if actor is None or not mention.start <= pobj.i < mention.end:
            continue
        return (mention.label_,) if actor.kind == "body" else ()
    word = pobj.lemma_.lower()
    if word not in INSTITUTIONS and word not in ORGANS:
        return ()
    found = actors_in(doc[region.start : pobj.i + 1], registry)
    states = [a for a in found if registry.actors[a].kind == "state"]
    return tuple(states) if len(states) == 1 == len(found) else ()


def _posted(prep: Token) -> bool:
    """ "on the ground", "in the field", "in Darfur": where staff work."""
    if prep.lower_ not in ("on", "in", "at"):
        return False
    return any(
        c.dep_ == "pobj"
        and (c.lemma_.lower() in _POSTS or c.ent_type_ in ("GPE", "LOC", "FAC"))
        for c in prep.children
    )


def _names_an_actor(source: Span) -> bool:
    """A mention in the source that is no mere place ("in the Security Council",
    not "in Darfur")."""
    return any(
        source.start <= s.start < source.end
        and s.root.ent_type_ not in ("GPE", "LOC", "FAC")
        for s in source.doc.spans.get("actors", [])
    )
