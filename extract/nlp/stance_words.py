"""Cues that run on over the stance word their verb carries.

The finders often end the cue at the verb and open the content with the word
that says what the stance is; the gold's cue takes that word in, and the content
is what the word takes: a stance noun after a verb that says nothing of its own
('reached an agreement on | X', 'proceed from the premise | that X', 'are
united in our commitment | to X'), a noun of manner ('note with satisfaction |
that X') and an attitude adjective after a copula ('am deeply convinced | that
X', 'are well aware of | this'). After 'reaffirm' and its kind the noun stays in
the content (docs/annotation.md).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.prep_phrases import is_setting, with_reason
from extract.nlp.quotes import trim_end
from extract.nlp.register import ATTITUDE_ADJECTIVES, LIGHT_VERBS, NOUN_IN_CONTENT
from extract.nlp.stance_complements import STANCE_NOUNS
from extract.nlp.token_table import TokenTable, subtree

_GAP = 5  # the most words between the cue and its stance noun ('an in-depth')


# Verbs that say nothing of their own with a stance noun as object: the noun
# says what is done ('reached an agreement on X', 'made the decision to X',
# 'see potential in X'), beside the register's light verbs; not 'reaffirm',
# 'reiterate', 'confirm', 'state', whose noun is content (docs/annotation.md).
_CARRIERS = (LIGHT_VERBS - NOUN_IN_CONTENT) | {
    "have", "reach", "make", "provide", "conduct", "continue", "give", "take",
    "conclude", "see"
}  # fmt: skip
# Stance nouns beyond the register's: a view arrived at, a decision taken.
_HELD = STANCE_NOUNS | {
    "agreement", "understanding", "consensus", "decision", "premise",
    "assumption", "impression", "conclusion", "guarantee", "bewilderment", "fact",
    "favour", "favor", "surprise", "indignation", "gratitude", "summit", "meeting",
    "negotiation", "dialogue", "potential", "opportunity"
}  # fmt: skip
# Prepositions that lead into a stance ('proceed from', 'arrived at', 'united in').
_INTO = frozenset({"in", "from", "at", "to"})
# Nouns of a manner phrase that is the stance ('noted with satisfaction that X').
_MANNER = frozenset(
    {"satisfaction", "concern", "regret", "appreciation", "interest", "alarm",
     "dismay", "disappointment", "gratitude", "approval", "sympathy", "optimism"}
)  # fmt: skip
_COPULAS = frozenset({"be", "remain", "feel"})
_CLAUSES = frozenset({"acl", "ccomp", "xcomp"})
# What a stance noun is about ('agreement on', 'interest in', 'bewilderment at');
# not with whom ('talks with X').
_NOUN_PREPS = frozenset(
    {"on", "about", "over", "regarding", "concerning", "for", "to", "of", "against",
     "upon", "toward", "towards", "at", "in"}
)  # fmt: skip


def over_stance_noun(
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
        if not end - 1 <= verb < noun or not _leads_in(table, verb, noun, lexicon):
            return None
        verb = table.head[verb]
    elif table.dep[noun] != "dobj" or table.lemma[verb] not in _CARRIERS:
        return None
    if not start <= verb < end:
        return None
    taken = _noun_takes(doc, table, noun, verb, last)
    if taken is None:
        return None
    cue_end, content = taken
    return replace(one, cue=(start, cue_end), content=_bounded(doc, content, last))


def _held_noun(doc: Doc, table: TokenTable, end: int, stop: int) -> int | None:
    """The first noun from the cue's end (past a preposition there) up to `stop`,
    when it is a stance noun whose phrase opens there; else None."""
    left = end + 1 if table.pos[end] == "ADP" else end
    noun = next(
        (
            i
            for i in range(left, stop)
            if table.dep[i] in ("dobj", "pobj") and table.head[i] < left
        ),
        None,
    )
    if noun is None or table.pos[noun] != "NOUN" or table.lemma[noun] not in _HELD:
        return None
    return noun if subtree(doc, noun)[0] == left else None


def _leads_in(table: TokenTable, prep: int, noun: int, lexicon: Lexicon) -> bool:
    """Whether a preposition of the cue's verb leads into the stance its noun
    names: 'proceed from | the premise', 'noted with | satisfaction'; not 'is
    proud of | our support' or 'agreed with | the proposal', whose noun is
    content."""
    verb = table.head[prep]
    if table.pos[verb] != "VERB":
        return False
    if table.lower[prep] == "with":
        return table.lemma[noun] in _MANNER
    return table.lower[prep] in _INTO and table.lemma[verb] not in lexicon.cue_verbs


def _with_more_about(
    doc: Doc, table: TokenTable, noun: int, span: tuple[int, int]
) -> tuple[int, int]:
    """What a stance noun's 'of' takes, grown over the noun's next phrase of
    what about, right after it ('discussion of | topical issues on the
    international agenda'); not over when or where ('on Tuesday')."""
    for child in table.children[noun]:
        objects = [c for c in table.children[child] if table.dep[c] == "pobj"]
        if (
            table.dep[child] == "prep"
            and table.lower[child] in _ABOUT
            and child == span[1]
            and objects
            and not is_setting(table.lower[child], table.ent[objects[0]])
        ):
            return span[0], subtree(doc, child)[1]
    return span


# Prepositions of what a stance is about, after its 'of'.
_ABOUT = frozenset({"on", "in", "regarding", "concerning", "about", "between"})


def _noun_takes(
    doc: Doc, table: TokenTable, noun: int, verb: int, last: int
) -> tuple[int, tuple[int, int]] | None:
    """Where the cue ends and the content span after a stance noun: its
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
                span = subtree(doc, objects[0])
                if table.lower[child] == "to":  # 'gratitude to X | for Y'
                    span = with_reason(doc, table, (noun, verb), span)
                if table.lower[child] == "of":  # 'discussion of | X on Y'
                    span = _with_more_about(doc, table, noun, span)
                return child + 1, span
        if table.dep[child] in _CLAUSES and any(
            table.dep[c] in ("mark", "aux") for c in table.children[child]
        ):
            clause = subtree(doc, child)
            return (clause[0], clause) if clause[0] < last else None
    return None


def over_reason(doc: Doc, table: TokenTable, one: Attribution) -> Attribution | None:
    """A content that is the addressee of the cue's stance noun grown over the
    reason that follows it ('expresses gratitude to | X for Y')."""
    start, end = one.cue
    first, last = one.content
    prep = end - 1
    noun = table.head[prep]
    if (
        first != end
        or table.lower[prep] != "to"
        or not start <= noun < prep
        or table.lemma[noun] not in _HELD
    ):
        return None
    objects = [c for c in table.children[prep] if table.dep[c] == "pobj"]
    if not objects or subtree(doc, objects[0]) != (first, last):
        return None
    grown = with_reason(doc, table, (noun, table.head[noun]), (first, last))
    return replace(one, content=grown) if grown != (first, last) else None


def over_attitude(doc: Doc, table: TokenTable, one: Attribution) -> Attribution | None:
    """A cue that stops at its copula while the content opens with the attitude
    adjective ('am | deeply convinced that X', 'are | well aware of this'): the
    cue runs on over the adjective (and its preposition)."""
    start, end = one.cue
    first, last = one.content
    copula = end - 1
    if first != end or table.lemma[copula] not in _COPULAS:
        return None
    word = first
    while word < last and table.pos[word] == "ADV" and word - first < 2:
        word += 1
    if (
        word >= last
        or table.lower[word] not in ATTITUDE_ADJECTIVES
        or table.head[word] != copula
        or any(table.head[i] != word for i in range(first, word))
    ):
        return None
    for child in (c for c in table.children[word] if c > word):
        if table.dep[child] == "prep":
            objects = [c for c in table.children[child] if table.dep[c] == "pobj"]
            if objects and child + 1 < last:
                taken = subtree(doc, objects[0])
                return replace(
                    one, cue=(start, child + 1), content=_bounded(doc, taken, last)
                )
        if table.dep[child] in _CLAUSES:
            taken = subtree(doc, child)
            if word < taken[0] < last:
                return replace(
                    one, cue=(start, taken[0]), content=_bounded(doc, taken, last)
                )
    return None


def _bounded(doc: Doc, taken: tuple[int, int], last: int) -> tuple[int, int]:
    """What the stance word takes, no further than the content went."""
    return taken[0], trim_end(doc, taken[0], min(last, taken[1]))
