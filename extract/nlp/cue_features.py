"""Features of a token as a cue head, and the cue span grown from it.

Shared by inference (`extract/nlp/attribution_model.py`) and training
(`training/train_attributions.py`), so both see the same view of a parsed Doc.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Token

from extract.nlp.quotes import SpanRange, sentence_starts
from extract.nlp.token_table import TokenTable, token_table

# The longest dependent subtree a cue span grows over.
CUE_GROWTH = 4

# Named entities that say when or where: a preposition governing one is a
# circumstance of the speech act ('said on Monday', 'spoke in Geneva'), not its cue.
_WHEN_OR_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def cue_features(
    token: Token, quoted: frozenset[int], rule_cues: frozenset[int] = frozenset()
) -> list[str]:
    """Features of a token as a possible cue head; `rule_cues` are the tokens of
    the cues the dependency rules found."""
    doc, i = token.doc, token.i
    table = token_table(doc)
    lemma, dep, pos, h = table.lemma[i], table.dep[i], table.pos[i], table.head[i]
    tag, word, ent, head_dep = table.tag[i], table.lower[i], table.ent[i], table.dep[h]
    deps = sorted({table.dep[c] for c in table.children[i]})
    obj = "ccomp" in deps or "xcomp" in deps or "dobj" in deps
    head_lemma, head_pos = table.lemma[h], table.pos[h]
    in_quote = i in quoted
    prev = table.lower[i - 1] if i > 0 else "<s>"
    nxt = table.lower[i + 1] if i + 1 < len(table.lower) else "</s>"
    near_quote = 1 in table.quote_marks[max(i - 3, 0) : i + 4]
    rule = i in rule_cues
    return [
        "bias",
        f"l={lemma}",
        f"w={word}",
        f"p={pos}",
        f"t={tag}",
        f"d={dep}",
        f"l|d={lemma}|{dep}",
        f"l|t={lemma}|{tag}",
        f"hp={head_pos}",
        f"d|hp={dep}|{head_pos}",
        f"hl={head_lemma}",
        f"l|hl={lemma}|{head_lemma}",
        f"q={in_quote}",
        f"l|q={lemma}|{in_quote}",
        f"nc={len(deps)}",
        f"l|p={lemma}|{pos}",
        f"obj={obj}",
        f"l|obj={lemma}|{obj}",
        *_dependent_features(table, i, lemma, deps),
        f"pw={prev}",
        f"nw={nxt}",
        f"l|nw={lemma}|{nxt}",
        f"nq={near_quote}",
        f"l|nq={lemma}|{near_quote}",
        *((f"e={ent}",) if ent else ()),
        f"rule={rule}",
        f"l|rule={lemma}|{rule}",
        f"at={min(i - sentence_starts(doc)[i], 5)}",
        f"hd={head_dep}",
        f"l|hd={lemma}|{head_dep}",
        f"l|pw={lemma}|{prev}",
        *_complement_features(table, i, lemma),
    ]


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
            if start <= child.i < end or is_circumstance(child):
                continue
            keys = cue_growth_keys(head, child)
            left, right = child.left_edge.i, child.right_edge.i + 1
            if _holds_a_subject(child):  # 'I do | hope' parsed with 'I' under 'do'
                left, right = child.i, child.i + 1
            if right - left > CUE_GROWTH or not any(k in include for k in keys):
                if not any(f"{k}/w" in include for k in keys):
                    continue
                left, right = child.i, child.i + 1
            if right == start:
                start, grown = left, True
            elif left == end:
                end, grown = right, True
    return (start, end)


def _holds_a_subject(child: Token) -> bool:
    """Whether a dependent's subtree holds a subject, which no cue takes."""
    return any(t.dep_ in _SUBJECTS for t in child.subtree if t is not child)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def is_circumstance(child: Token) -> bool:
    """Whether a dependent is a preposition whose object names a time or place."""
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in _WHEN_OR_WHERE for c in child.children
    )


def cue_growth_keys(head: Token, child: Token) -> tuple[str, ...]:
    """The keys under which a dependent may join its cue head's span, from the
    most general to the most specific: the relation; the relation on its side
    of the head (`advmod<`); with the word (`prep>in`); for the head's lemma
    (`tend>xcomp`, `call>prep:for`); a preposition with its object's lemma
    (`prep>in:statement`). Training keeps the keys the gold cue spans usually
    include. A preposition has no key that leaves out which one it is."""
    side = "<" if child.i < head.i else ">"
    lemma = head.lemma_.lower()
    general = (child.dep_, f"{child.dep_}{side}", f"{lemma}>{child.dep_}")
    keys = (
        *(key for key in general[:2] if child.dep_ != "prep"),
        f"{child.dep_}{side}{child.lower_}",
        *(general[2:] if child.dep_ != "prep" else ()),
        f"{lemma}>{child.dep_}:{child.lower_}",
    )
    objects = [c.lemma_.lower() for c in child.children if c.dep_ == "pobj"]
    if objects:
        return (*keys, f"{child.dep_}{side}{child.lower_}:{objects[0]}")
    return keys


def cue_vector(token: Token) -> np.ndarray | None:
    """The contextual vectors of a cue candidate and of its syntactic head."""
    doc, i = token.doc, token.i
    tensor = doc.tensor
    if tensor is None or len(tensor) != len(doc):
        return None
    return np.concatenate([tensor[i], tensor[token_table(doc).head[i]]])


def _dependent_features(
    table: TokenTable, i: int, lemma: str, deps: list[str]
) -> list[str]:
    """Features of a cue head's dependents: their relations, some with their words."""
    feats = []
    for dep in deps:
        feats.append(f"c={dep}")
        feats.append(f"l|c={lemma}|{dep}")
    for child in table.children[i]:
        dep = table.dep[child]
        if dep in ("prep", "prt", "agent", "mark", "neg"):
            feats.append(f"cw={dep}:{table.lower[child]}")
            feats.append(f"l|cw={lemma}|{dep}:{table.lower[child]}")
        elif dep in ("nsubj", "nsubjpass"):
            feats.append(f"subj={table.pos[child]}:{table.ent[child]}")
            feats.append(f"l|subj={lemma}|{table.pos[child]}")
    return feats


def _complement_features(table: TokenTable, i: int, lemma: str) -> list[str]:
    """Features of a cue head's complements: their part of speech and markers."""
    feats = []
    for child in table.children[i]:
        dep = table.dep[child]
        if dep in ("ccomp", "xcomp", "dobj"):
            feats.append(f"cc={dep}:{table.pos[child]}")
            feats.append(f"l|cc={lemma}|{dep}:{table.pos[child]}")
            feats.extend(
                f"mark={table.lower[g]}"
                for g in table.children[child]
                if table.dep[g] == "mark"
            )
    return feats
