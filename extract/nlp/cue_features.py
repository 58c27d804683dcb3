"""Features of a token as a cue head, and the cue span grown from it.

Shared by inference (`extract/nlp/attribution_model.py`) and training
(`training/train_attributions.py`), so both see the same view of a parsed Doc.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from extract.nlp.memo import once_per_doc
from extract.nlp.quotes import SpanRange, sentence_starts

_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "''", "``"})
# The longest dependent subtree a cue span grows over.
CUE_GROWTH = 4


def cue_features(
    token: Token, quoted: frozenset[int], rule_cues: frozenset[int] = frozenset()
) -> list[str]:
    """Features of a token as a possible cue head; `rule_cues` are the tokens of
    the cues the dependency rules found."""
    lemma = token.lemma_.lower()
    head = token.head
    deps = sorted({c.dep_ for c in token.children})
    feats = [
        "bias",
        f"l={lemma}",
        f"w={token.lower_}",
        f"p={token.pos_}",
        f"t={token.tag_}",
        f"d={token.dep_}",
        f"l|d={lemma}|{token.dep_}",
        f"l|t={lemma}|{token.tag_}",
        f"hp={head.pos_}",
        f"d|hp={token.dep_}|{head.pos_}",
        f"hl={head.lemma_.lower()}",
        f"l|hl={lemma}|{head.lemma_.lower()}",
        f"q={token.i in quoted}",
        f"l|q={lemma}|{token.i in quoted}",
        f"nc={len(deps)}",
        f"l|p={lemma}|{token.pos_}",
        f"obj={any(d in deps for d in ('ccomp', 'xcomp', 'dobj'))}",
        f"l|obj={lemma}|{any(d in deps for d in ('ccomp', 'xcomp', 'dobj'))}",
    ]
    feats.extend(_dependent_features(token, lemma, deps))
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    feats.append(f"pw={prev.lower_ if prev is not None else '<s>'}")
    feats.append(f"nw={nxt.lower_ if nxt is not None else '</s>'}")
    feats.append(f"l|nw={lemma}|{nxt.lower_ if nxt is not None else '</s>'}")
    marks = once_per_doc(doc, "quote_marks", _quote_marks)
    near_quote = any(marks[j] for j in range(max(token.i - 3, 0), token.i + 4))
    feats.append(f"nq={near_quote}")
    feats.append(f"l|nq={lemma}|{near_quote}")
    if token.ent_type_:
        feats.append(f"e={token.ent_type_}")
    rule = token.i in rule_cues
    feats.append(f"rule={rule}")
    feats.append(f"l|rule={lemma}|{rule}")
    feats.append(f"at={min(token.i - sentence_starts(doc)[token.i], 5)}")
    feats.append(f"hd={head.dep_}")
    feats.append(f"l|hd={lemma}|{head.dep_}")
    feats.append(f"l|pw={lemma}|{prev.lower_ if prev is not None else '<s>'}")
    feats.extend(_complement_features(token, lemma))
    return feats


def _quote_marks(doc: Doc) -> bytes:
    """1 for each token that is a quote mark, else 0, then three 0s past the last
    token (bytes: a Doc's user data crosses processes as msgpack)."""
    return bytes(t.text in _QUOTE_MARKS for t in doc) + bytes(3)


def cue_range(head: Token, include: frozenset[str]) -> SpanRange:
    """The cue span grown from its head over adjacent dependents whose key
    (`cue_growth_keys`) is in `include`: with their subtree, up to `CUE_GROWTH`
    tokens ('has said', 'has increasingly decried', 'said in a statement'), or,
    for a key ending in '/w', the word alone ('called for', 'according to')."""
    start, end = head.i, head.i + 1
    grown = True
    while grown:
        grown = False
        for child in head.children:
            if start <= child.i < end:
                continue
            keys = cue_growth_keys(head, child)
            left, right = child.left_edge.i, child.right_edge.i + 1
            if right - left > CUE_GROWTH or not any(k in include for k in keys):
                if not any(f"{k}/w" in include for k in keys):
                    continue
                left, right = child.i, child.i + 1
            if right == start:
                start, grown = left, True
            elif left == end:
                end, grown = right, True
    return (start, end)


def cue_growth_keys(head: Token, child: Token) -> tuple[str, ...]:
    """The keys under which a dependent may join its cue head's span, from the
    most general to the most specific: the relation; the relation on its side
    of the head (`advmod<`); with the word (`prep>in`); for the head's lemma
    (`tend>xcomp`, `call>prep:for`); a preposition with its object's lemma
    (`prep>in:statement`). Training keeps the keys the gold cue spans usually
    include."""
    side = "<" if child.i < head.i else ">"
    lemma = head.lemma_.lower()
    keys = (
        child.dep_,
        f"{child.dep_}{side}",
        f"{child.dep_}{side}{child.lower_}",
        f"{lemma}>{child.dep_}",
        f"{lemma}>{child.dep_}:{child.lower_}",
    )
    objects = [c.lemma_.lower() for c in child.children if c.dep_ == "pobj"]
    if objects:
        return (*keys, f"{child.dep_}{side}{child.lower_}:{objects[0]}")
    return keys


def cue_vector(token: Token) -> np.ndarray | None:
    """The contextual vectors of a cue candidate and of its syntactic head."""
    tensor = token.doc.tensor
    if tensor is None or len(tensor) != len(token.doc):
        return None
    return np.concatenate([tensor[token.i], tensor[token.head.i]])


def _dependent_features(token: Token, lemma: str, deps: list[str]) -> list[str]:
    """Features of a cue head's dependents: their relations, some with their words."""
    feats = []
    for dep in deps:
        feats.append(f"c={dep}")
        feats.append(f"l|c={lemma}|{dep}")
    for child in token.children:
        if child.dep_ in ("prep", "prt", "agent", "mark", "neg"):
            feats.append(f"cw={child.dep_}:{child.lower_}")
            feats.append(f"l|cw={lemma}|{child.dep_}:{child.lower_}")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"subj={child.pos_}:{child.ent_type_}")
            feats.append(f"l|subj={lemma}|{child.pos_}")
    return feats


def _complement_features(token: Token, lemma: str) -> list[str]:
    """Features of a cue head's complements: their part of speech and markers."""
    feats = []
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj"):
            feats.append(f"cc={child.dep_}:{child.pos_}")
            feats.append(f"l|cc={lemma}|{child.dep_}:{child.pos_}")
            feats.extend(f"mark={g.lower_}" for g in child.children if g.dep_ == "mark")
    return feats
