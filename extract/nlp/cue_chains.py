"""Chained cues: a verb whose complement is the reporting verb ('I would like to
emphasise that X', 'Let me stress that X', 'we managed to discuss X'), and a
cue that ends in a preposition of manner ('condemn in | the strongest terms X',
'noted with | satisfaction X').

The finders take the first verb as the cue; the gold's cue runs on to the
reporting verb its complement is ('would like to emphasise', 'let | stress'),
and the speaker of 'Let me stress' is 'me'; and over the manner phrase between
the cue and the content. Here the cue grows over them when they lie between
the cue and the content. A verb of aspect or of wanting whose content opens
with the reporting verb it governs ('We continue | to support Ukraine', 'we
intend | to support X') gives the cue that verb too ('continue to support |
Ukraine'). The stance word a cue's verb carries joins it (`stance_words.py`),
and so do the one preposition between the cue and its object ('spoke
regarding | X') and the adverbs right before the cue ('particularly focused
on').
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.stance_words import over_attitude, over_reason, over_stance_noun
from extract.nlp.token_table import TokenTable, subtree, token_table

_LET = "let"
_MANNER = frozenset({"in", "with"})
_SIDES = frozenset({"side", "party", "leader", "partner", "counterpart", "colleague"})
# Verbs of aspect: they say how an act goes on, not what is reported
# ('continue to support', 'tend to discuss', 'managed to discuss', 'look forward
# to discussing').
_ASPECTUAL = frozenset({"continue", "tend", "manage", "keep", "look", "begin", "start"})
# Verbs of wanting, which report nothing but the act they want: 'I want | to
# thank X', 'we would like | to express', 'we intend | to support X'.
_WANTING = frozenset({"want", "wish", "like", "intend"})
# What a chained reporting verb takes as its content.
_OBJECTS = frozenset({"dobj", "ccomp", "prep"})
_GAP = 5  # the longest manner phrase ('in the strongest possible terms')
# What a phrase of manner's noun may take after it: what the cue is about
# ('spoke in detail | about X').
_ABOUT = frozenset({"about", "on", "of", "regarding", "over"})
# The nouns of a phrase of manner that follows a cue ('condemn | in the
# strongest terms | X', 'noted | with concern | X'), unlike the occasion or
# medium of a saying ('said | in a statement', 'spoke | in public') or an
# addressee ('spoke | with the minister').
_HOW = {
    "in": frozenset({"term", "detail", "depth", "principle", "earnest", "unison"}),
    "with": frozenset(
        {
            "concern",
            "satisfaction",
            "interest",
            "regret",
            "appreciation",
            "gratitude",
            "confidence",
            "alarm",
            "dismay",
            "sympathy",
            "disappointment",
            "hope",
            "understanding",
            "approval",
            "optimism",
            "anxiety",
            "pleasure",
        }
    ),  # feelings: 'noted with concern'; not 'agreed with the proposal'
}


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
            or one
        )
        grown = (
            over_stance_noun(doc, table, grown, lexicon)
            or over_attitude(doc, table, grown)
            or over_reason(doc, table, grown)
            or grown
        )
        grown = _over_preposition(table, _over_manner(doc, table, grown))
        out.append(_past_let(table, _over_adverbs(table, grown)))
    return out


def _past_let(table: TokenTable, one: Attribution) -> Attribution:
    """The cue of 'Let me stress (once again) that X' without 'Let me': a cue
    holds no part of its source, and the gold draws it as the verb ('note') or
    around the source ('Let … underscore'), both of which the verb matches."""
    start, end = one.cue
    source = one.source
    if (
        source is None
        or table.lemma[start] != _LET
        or not start < source[0] < source[1] < end
    ):
        return one
    run = end
    while run < one.content[0] and table.dep[run] == "advmod":
        run += 1  # 'Let me stress | once again'
    if all(source[1] <= table.head[j] < run for j in range(end, run)):
        end = run
    return replace(one, cue=(source[1], end))


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
    while verb < last and _before_verb(table, verb) and verb - first < _GAP:
        verb += 1
    head = table.head[verb]
    if (
        first < end
        or verb >= last
        or not start <= head < end
        or table.lemma[_governor(table, head)] not in _ASPECTUAL | _WANTING
        or table.dep[verb] not in ("xcomp", "pcomp")
        or table.pos[verb] != "VERB"
        or table.lemma[verb] not in lexicon.cue_verbs
        or subtree(doc, verb)[0] > first
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


def _before_verb(table: TokenTable, i: int) -> bool:
    """A word between 'to' and its verb ('to | substantively and constructively |
    discuss')."""
    return table.dep[i] in ("aux", "advmod") or (
        table.pos[i] in ("ADV", "CCONJ") and table.dep[i] in ("cc", "conj")
    )


def _governor(table: TokenTable, head: int) -> int:
    """The verb a complement hangs on, past the preposition of a phrasal verb
    ('look forward to | discussing')."""
    return table.head[head] if table.pos[head] == "ADP" else head


def _over_manner(doc: Doc, table: TokenTable, one: Attribution) -> Attribution:
    """The cue grown over a phrase of manner it ends in or that follows it, up
    to the content ('condemn in | the strongest terms X', 'condemn | in the
    strongest terms | X', 'noted | with concern | X') and over the preposition
    the content hangs on ('spoke | in detail about | X'); a content that
    opened with the phrase starts after it."""
    start, end = one.cue
    first, stop = one.content
    if first < end:
        return one
    last = end - 1 if table.dep[end - 1] == "prep" else end  # 'condemn | in'
    if last >= len(table.text) or not _manner(table, last, start, end):
        return one
    edge = _phrase_end(doc, table, last)
    if edge - last > _GAP + 1 or any(
        table.punct[j] or table.quote_marks[j] for j in range(end, min(edge, first))
    ):
        return one
    how = _how(table, last)
    if how and edge < stop and _about(table, edge, last, start, end):
        edge += 1  # 'in detail [about] X': the cue takes the preposition in
    if edge <= first:  # the phrase, then the content
        return replace(one, cue=(start, edge)) if edge == first else one
    if last == end - 1 and (edge >= stop or not how):
        return replace(one, cue=(start, first))  # the phrase runs on into it
    if edge >= stop or table.punct[edge]:
        return one
    return replace(one, cue=(start, edge), content=(edge, stop))


def _manner(table: TokenTable, prep: int, start: int, end: int) -> bool:
    """A preposition of manner hung on the cue whose object is abstract, and,
    after the cue, one of the nouns of how ('in detail', 'with concern'), not
    an occasion, a medium or an addressee ('in a statement', 'with Mr Xi')."""
    if table.dep[prep] != "prep" or not start <= table.head[prep] < end:
        return False
    if table.lower[prep] not in _MANNER:
        return False
    obj = _object(table, prep)
    if obj is None or not _abstract(table, obj):
        return False  # 'reiterated to both sides', 'agreed with Mr Xi': an addressee
    return prep < end or _how(table, prep)


def _how(table: TokenTable, prep: int) -> bool:
    """Whether a preposition's object is one of the nouns of how."""
    obj = _object(table, prep)
    return obj is not None and table.lemma[obj] in _HOW[table.lower[prep]]


def _object(table: TokenTable, prep: int) -> int | None:
    """A preposition's object, if any."""
    return next((c for c in table.children[prep] if table.dep[c] == "pobj"), None)


def _phrase_end(doc: Doc, table: TokenTable, prep: int) -> int:
    """Where a phrase of manner ends: after its noun of how, less what hangs on
    it after ('in detail | about X', 'with serious concern | the situation',
    which the parse makes an apposition), which is what the cue is about."""
    obj = _object(table, prep)
    return obj + 1 if obj is not None and _how(table, prep) else subtree(doc, prep)[1]


def _about(table: TokenTable, i: int, prep: int, start: int, end: int) -> bool:
    """A preposition right after a phrase of manner that hangs on the cue or
    on the phrase's object: what the cue is about ('spoke in detail | about')."""
    if table.dep[i] != "prep" or table.lower[i] not in _ABOUT:
        return False
    return start <= table.head[i] < end or table.head[table.head[i]] == prep


def _over_preposition(table: TokenTable, one: Attribution) -> Attribution:
    """The cue grown over the one preposition between it and a content that is
    the preposition's object ('spoke | regarding | X'): the gold's cue takes it
    in, as it does 'focused on' and 'called for'."""
    start, end = one.cue
    first, last = one.content
    if first != end + 1:  # also a cue that ends the text
        return one
    verb = table.head[end]
    if table.dep[end] != "prep" or not start <= verb < end:
        return one
    if table.pos[verb] != "VERB" or table.lemma[verb] == "accord":
        return one  # a noun cue keeps its span ('call | for X'), as 'according' does
    objects = [c for c in table.children[end] if table.dep[c] in ("pobj", "pcomp")]
    source = one.source or (0, 0)
    if (
        not objects
        or not first <= objects[0] < last
        or source[0] <= objects[0] < source[1]
    ):
        return one
    return replace(one, cue=(start, first))


def _over_adverbs(table: TokenTable, one: Attribution) -> Attribution:
    """The cue grown back over the adverbs right before it that modify it ('also
    | discussed', 'particularly | focused on'), as the gold draws the cue."""
    start, end = one.cue
    taken = [one.content, one.source or (0, 0)]
    while (
        start > 0
        and table.pos[start - 1] == "ADV"
        and table.dep[start - 1] == "advmod"
        and one.cue[0] <= table.head[start - 1] < end
        and not any(a <= start - 1 < b for a, b in taken)
    ):
        start -= 1
    return one if start == one.cue[0] else replace(one, cue=(start, end))


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
