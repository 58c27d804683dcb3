"""A spokesperson named right after an organ of one state spoke ("Pakistan's
Foreign Office accused India … Spokesperson Shafqat Ali Khan said"): that
organ's, when the title names no actor of its own and the spokesperson's
sentence names no other state. Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.officials import ORGANS, SPOKESPEOPLE


def organ_spokesperson(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one state whose organ is the subject of the sentence before a
    spokesperson with no actor of their own; () otherwise."""
    if not {t.lemma_.lower() for t in span} & SPOKESPEOPLE:
        return ()
    doc, sentence = span.doc, span.sent
    named = doc.spans.get("actors", [])
    if sentence.start == 0 or any(span.start <= s.start < span.end for s in named):
        return ()
    before = doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ORGANS:
        return ()
    found = actors_in(doc[subject.left_edge.i : subject.right_edge.i + 1], registry)
    if len(found) != 1 or registry.actors[found[0]].kind != "state":
        return ()
    others = {
        s.label_
        for s in named
        if sentence.start <= s.start < sentence.end
        and registry.actors[s.label_].kind == "state"
    }
    return found if others <= set(found) else ()
