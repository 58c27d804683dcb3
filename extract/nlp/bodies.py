"""Which body "the bloc", "the alliance" or "the agency" refers back to.

News names a body once and then by what it is ("EU foreign ministers met in
Brussels. The bloc said …", "The IAEA visited the plant. The agency said …",
"NATO Secretary General Mark Rutte said the alliance would …"). The one body
the nearest subject before names is meant: in the same sentence before the
phrase, else in the two sentences before it. A subject naming a state or
person too, or two bodies, or none, leaves it unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in

# Nouns that stand for a body already named.
_BODY_NOUNS = frozenset(
    {"bloc", "alliance", "agency", "organisation", "organization", "group",
     "union", "coalition", "watchdog"}
)  # fmt: skip
# The last word of a name of an office one person holds ("UN Secretary-General").
_OFFICES = frozenset({"secretary-general", "secretary", "commissioner", "envoy"})
_NUMBERED = re.compile(r"G\d+$")  # "G7", "G20"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_REACH = 2  # sentences before the phrase's own


def body_before(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one body the nearest earlier subject names, for "the bloc" and its
    kind; none when unsure (see the module)."""
    if (
        len(span) != 2
        or span[0].lower_ != "the"
        or span.root.i != span.end - 1
        or span.root.lemma_.lower() not in _BODY_NOUNS
    ):
        return ()
    for subject in _subjects_before(span):
        region = span.doc[subject.left_edge.i : subject.right_edge.i + 1]
        actors = actors_in(region, registry)
        if not actors:
            continue
        kinds = {registry.actors[a].kind for a in actors}
        one = len(actors) == 1 and kinds == {"body"}
        return actors if one and _fits(span.root, actors[0], registry) else ()
    return ()


def _fits(noun: Token, actor: str, registry: ActorRegistry) -> bool:
    """Whether the noun can stand for the body: not an office one person holds
    ("the UN Secretary-General" is no agency), and "the Group", a caucus's
    own name capitalised, only for a body named a group ("the Group of
    Seven", "the G20")."""
    names = [registry.actors[actor].name, *registry.actors[actor].names]
    if any(n.split()[-1].lower() in _OFFICES for n in names):
        return False
    if noun.text != "Group":  # "the group" after Hamas, OPEC, the Taliban
        return True
    return (
        any("group" in n.lower() for n in names) or _NUMBERED.match(actor) is not None
    )


def _subjects_before(span: Span) -> list[Token]:
    """Subjects before the span, nearest first: its own sentence's, then those
    of the sentences before it."""
    doc = span.doc
    sentences = [s for s in doc.sents if s.start <= span.start][-(_REACH + 1) :]
    found: list[Token] = []
    for sentence in reversed(sentences):
        found.extend(
            t
            for t in reversed(sentence)
            if t.dep_ in _SUBJECTS and t.i < span.start and t.right_edge.i < span.start
        )
    return found
