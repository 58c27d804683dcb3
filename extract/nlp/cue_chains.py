"""Chained cues: a verb whose complement is the reporting verb ('I would like to
emphasise that X', 'Let me stress that X', 'we managed to discuss X'), and a
cue that ends in a preposition of manner ('condemn in | the strongest terms X',
'noted with | satisfaction X').

The finders take the first verb as the cue; the gold's cue runs on to the
reporting verb its complement is ('would like to emphasise', 'let | stress'),
and the speaker of 'Let me stress' is 'me'; and over the manner phrase between
the cue and the content. Here the cue grows over them when they lie between
the cue and the content. A verb of aspect whose content opens with the
reporting verb it governs ('We continue | to support Ukraine') gives the cue
that verb too ('continue to support | Ukraine'). A stance noun the cue's verb
carries joins the cue with its preposition ('reached an agreement on | X',
'proceed from the premise | that X'), except after 'reaffirm' and its kind.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.register import (
    LIGHT_VERBS,
    NOUN_IN_CONTENT,
    STANCE_NOUNS,
    is_setting,
)
from extract.nlp.token_table import TokenTable, subtree, token_table

_LET = "let"
_MANNER = frozenset({"in", "with"})
_SIDES = frozenset({"side", "party", "leader", "partner", "counterpart", "colleague"})
# Verbs of aspect: they say how an act goes on, not what is reported
# ('continue to support', 'tend to discuss', 'managed to discuss', 'look forward
# to discussing').
_ASPECTUAL = frozenset({"continue", "tend", "manage", "keep", "look", "begin", "start"})
# What a chained reporting verb takes as its content.
_OBJECTS = frozenset({"dobj", "ccomp", "prep"})
_GAP = 5  # the longest manner phrase ('in the strongest possible terms')
# Verbs that say nothing of their own with a stance noun as object: the noun
# says what is done ('reached an agreement on X', 'made the decision to X'),
# beside the register's light verbs; not 'reaffirm', 'reiterate', 'confirm',
# 'state', whose noun is content (docs/annotation.md).
_CARRIERS = (LIGHT_VERBS - NOUN_IN_CONTENT) | {
    "have", "reach", "make", "provide", "conduct", "continue", "give", "take"
}  # fmt: skip
# Stance nouns beyond the register's: a view arrived at, a decision taken.
_HELD = STANCE_NOUNS | {
    "agreement", "understanding", "consensus", "decision", "premise",
    "assumption", "impression", "conclusion", "guarantee", "bewilderment",
    "favour", "favor", "surprise", "indignation", "gratitude"
}  # fmt: skip
_CLAUSES = frozenset({"acl", "ccomp", "xcomp"})
# What a stance noun is about ('agreement on', 'interest in', 'bewilderment at');
# not with whom ('talks with X').
_NOUN_PREPS = frozenset(
    {"on", "about", "over", "regarding", "concerning", "for", "to", "of", "against",
     "upon", "toward", "towards", "at", "in"}
)  # fmt: skip


def chain_cues(
    doc: Doc, found: list[Attribution], lexicon: Lexicon
) -> list[Attribution]:
    """`found` with each cue grown over the reporting verb its head's verb
    complement is, when that verb sits between the cue and the content."""
    table = token_table(doc)
    out = []
    for one in found:
        grown = (
            _chained(table, one, lexicon)
            or _chained_into_content(doc, table, one, lexicon)
            or _over_stance_noun(doc, table, one, lexicon)
            or one
        )
        out.append(_over_manner(doc, table, grown))
    return out


def _chained(
    table: TokenTable, one: Attribution, lexicon: Lexicon
) -> Attribution | None:
    start, end = one.cue
    if one.content[0] < end:
        return None
    verb = _complement(table, start, end)
    if verb is None or not end <= verb < one.content[0]:
        return None
    if table.lemma[verb] not in lexicon.cue_verbs or table.pos[verb] != "VERB":
        return None
    source = one.source
    if source is None or source[0] >= end:  # 'Let me stress': the speaker is 'me'
        subject = [c for c in table.children[verb] if table.dep[c] == "nsubj"]
        source = (subject[0], subject[0] + 1) if subject else source
    return replace(one, cue=(start, verb + 1), source=source)


def _chained_into_content(
    doc: Doc, table: TokenTable, one: Attribution, lexicon: Lexicon
) -> Attribution | None:
    """A content that opens with the reporting verb the cue's verb governs ('We
    continue | to support Ukraine', 'I look forward to | discussing Iran'): the
    cue runs on over it, and the content is what that verb takes. Only after a
    verb of aspect, which reports nothing itself: 'refused | to disclose X' and
    'decided | to support X' report a refusal and a decision."""
    start, end = one.cue
    first, last = one.content
    verb = first
    while verb < last and table.dep[verb] in ("aux", "advmod") and verb - first < 3:
        verb += 1
    head = table.head[verb]
    if (
        first < end
        or verb >= last
        or not start <= head < end
        or table.lemma[_governor(table, head)] not in _ASPECTUAL
        or table.dep[verb] not in ("xcomp", "pcomp")
        or table.pos[verb] != "VERB"
        or table.lemma[verb] not in lexicon.cue_verbs
        or any(table.head[i] != verb for i in range(first, verb))
    ):
        return None
    cue_end = verb + 1
    while (
        cue_end < last and table.dep[cue_end] == "prt" and table.head[cue_end] == verb
    ):
        cue_end += 1
    rest = [c for c in table.children[verb] if c >= cue_end]
    if not rest or table.dep[rest[0]] not in _OBJECTS:
        return None
    return replace(one, cue=(start, cue_end), content=(subtree(doc, rest[0])[0], last))


def _over_stance_noun(
    doc: Doc, table: TokenTable, one: Attribution, lexicon: Lexicon
) -> Attribution | None:
    """A stance noun the cue's verb carries, between the cue and what the noun
    takes or opening the content ('reached | an agreement on X', 'proceed from |
    the premise that X', 'are united in | our commitment to X'): the cue runs on
    over the noun and its preposition, and the content is what the noun takes."""
    start, end = one.cue
    first, last = one.content
    if first < end:
        return None
    noun = _held_noun(doc, table, end, min(last, max(first, end) + _GAP))
    if noun is None:
        return None
    verb = table.head[noun]
    if table.pos[verb] == "ADP":  # 'proceed from | the premise', 'spoke in | favour'
        if not end - 1 <= verb < noun:
            return None
        verb = table.head[verb]
        if table.lemma[verb] in lexicon.cue_verbs:
            return None
    elif table.dep[noun] != "dobj" or table.lemma[verb] not in _CARRIERS:
        return None
    if not start <= verb < end:
        return None
    taken = _noun_takes(doc, table, noun, verb, last)
    if taken is None:
        return None
    cue_end, content_start = taken
    return replace(one, cue=(start, cue_end), content=(content_start, last))


def _held_noun(doc: Doc, table: TokenTable, end: int, stop: int) -> int | None:
    """The first noun from the cue's end (past a preposition there) up to `stop`,
    when it is a stance noun whose phrase opens there; else None."""
    left = end + 1 if table.pos[end] == "ADP" else end
    noun = next((i for i in range(left, stop) if table.pos[i] == "NOUN"), None)
    if noun is None or table.lemma[noun] not in _HELD:
        return None
    return noun if subtree(doc, noun)[0] == left else None


def _noun_takes(
    doc: Doc, table: TokenTable, noun: int, verb: int, last: int
) -> tuple[int, int] | None:
    """Where the cue ends and the content starts after a stance noun: its
    preposition's object ('agreement on | X') or its clause ('decision | to X',
    'premise | that X'), which must start inside the content. The parse may hang
    it on the verb, right after the noun's phrase ('proceed from the premise |
    that X')."""
    after = subtree(doc, noun)[1]
    beside = [c for c in table.children[verb] if subtree(doc, c)[0] == after]
    for child in [*(c for c in table.children[noun] if c > noun), *beside]:
        if table.dep[child] == "prep" and table.lower[child] in _NOUN_PREPS:
            objects = [
                c for c in table.children[child] if table.dep[c] in ("pobj", "pcomp")
            ]
            if (
                objects
                and child + 1 < last
                and not is_setting(table.lower[child], table.ent[objects[0]])
            ):
                return child + 1, subtree(doc, objects[0])[0]
        if table.dep[child] in _CLAUSES and any(
            table.dep[c] in ("mark", "aux") for c in table.children[child]
        ):
            clause = subtree(doc, child)[0]
            return (clause, clause) if clause < last else None
    return None


def _governor(table: TokenTable, head: int) -> int:
    """The verb a complement hangs on, past the preposition of a phrasal verb
    ('look forward to | discussing')."""
    return table.head[head] if table.pos[head] == "ADP" else head


def _over_manner(doc: Doc, table: TokenTable, one: Attribution) -> Attribution:
    """The cue grown over the object of the preposition it ends in, when that
    object fills the gap up to the content ('condemn in the strongest terms')."""
    start, end = one.cue
    last = end - 1
    gap = range(end, one.content[0])
    if not gap or table.dep[last] != "prep" or table.head[last] >= end:
        return one
    edge = subtree(doc, last)[1]
    if table.head[last] < start or edge < one.content[0] or len(gap) > _GAP:
        return one
    if any(table.punct[j] or table.quote_marks[j] for j in gap):
        return one
    objects = [c for c in table.children[last] if table.dep[c] == "pobj"]
    if (
        table.lower[last] not in _MANNER
        or not objects
        or not _abstract(table, objects[0])
    ):
        return one  # 'reiterated to both sides', 'agreed with Mr Xi': an addressee
    return replace(one, cue=(start, one.content[0]))


def _abstract(table: TokenTable, i: int) -> bool:
    """A common noun naming no one ('terms', 'satisfaction'), not a person,
    place or body."""
    return table.pos[i] == "NOUN" and not table.ent[i] and table.lemma[i] not in _SIDES


def _complement(table: TokenTable, start: int, end: int) -> int | None:
    """The verb complement (xcomp; ccomp of 'let') of the cue's verbs, if any."""
    for i in range(start, end):
        if table.pos[i] not in ("VERB", "AUX"):
            continue
        for child in table.children[i]:
            dep = table.dep[child]
            if child >= end and (
                dep == "xcomp" or (dep == "ccomp" and table.lemma[i] == _LET)
            ):
                return child
    return None
