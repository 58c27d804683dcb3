"""Coordination and content boundaries: a coordination is one constituent.

Readouts chain their cues ('He reiterated that X and underscored that Y', 'They
discussed X, agreeing to Y'). The parser often hangs the second verb inside the
first one's content clause, so the first content runs over the second cue and
the second takes a subject from inside that clause. Here a cue that continues
another's sentence ends the other's content and shares its source. And a content
that stops inside a coordination of its own nouns or that-clauses ('discussed
the crisis | and the role of …', 'reiterate the need for X | and that …') takes
in the rest of it. A verb of the same form coordinated with the cue's verb and
sharing its subject ('labeled X as a terrorist and levied sanctions') is what
the source also did: it ends the content; one right after the cue that shares
its object ('affirm and support X') joins the cue.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import quote_kind, quote_spans, trim_end
from extract.nlp.token_table import TokenTable, subtree, token_table

_JOINS = frozenset({"and", "but", "while"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"advmod", "aux", "neg"})


def whole_coordinations(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content after its cue that stops before a conjunct of
    one of its own words grown over that conjunct (and the next, in a list)."""
    table = token_table(doc)
    out = []
    for one in found:
        start, end = one.content
        if start >= one.cue[1]:
            head = _head(table, one.cue)
            while (grown := _conjunct_end(doc, table, head, (start, end))) is not None:
                end = grown
        out.append(replace(one, content=(start, end)) if end != one.content[1] else one)
    return out


def missing_conjuncts(
    doc: Doc, found: list[Attribution], lexicon: Lexicon
) -> list[Attribution]:
    """`found` and an attribution for each reporting verb coordinated with a
    found cue inside that cue's content ('reiterated X and underscored Y') or
    right after it ('welcome X and support Y') that no finder took: same
    source, the rest of the verb's phrase as content."""
    table = token_table(doc)
    taken = {i for one in found for i in range(*one.cue)}
    quotes = quote_spans(doc)
    extra = []
    for one in found:
        start, end = one.content
        if start < one.cue[1]:
            continue
        head = _head(table, one.cue)
        after = [c for c in table.children[head] if table.dep[c] == "conj" and c >= end]
        for v in [*range(start + 1, end), *after]:
            if v in taken or table.lemma[v] not in lexicon.cue_verbs:
                continue
            if table.pos[v] != "VERB" or _has_subject(table, v):
                continue
            cue_start = _left_modifiers(table, v)
            if _join(table, cue_start, v, start) is None or not _continues(
                table, v, head
            ):
                continue
            content = (v + 1, trim_end(doc, v + 1, subtree(doc, v)[1]))
            if content[1] - content[0] < 2:
                continue
            taken.add(v)
            extra.append(
                Attribution(
                    cue=(cue_start, v + 1),
                    content=content,
                    source=one.source,
                    cue_lemma=table.lemma[v],
                    kind=quote_kind(doc, content, quotes),
                )
            )
    return sorted([*found, *extra], key=lambda a: (a.content[0], a.cue[0]))


def without_other_acts(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content cut before a verb coordinated with the cue's
    verb of the same form that shares its subject ('labeled X as a terrorist |
    and levied sanctions'): what the source also did, not what it said."""
    table = token_table(doc)
    out = []
    for one in found:
        start, end = one.content
        head = _head(table, one.cue)
        cuts = [
            _left_modifiers(table, c)
            for c in table.children[head]
            if table.dep[c] == "conj"
            and table.pos[c] in ("VERB", "AUX")
            and table.tag[c] == table.tag[head]  # 'agreed to share … and rely'
            and start < c < end
            and not _has_subject(table, c)
        ]
        if start < one.cue[1] or not cuts:
            out.append(one)
            continue
        join = _join(table, min(cuts), head, start)
        if join is None:
            out.append(one)
            continue
        out.append(replace(one, content=(start, trim_end(doc, start, join))))
    return out


def split_coordinated(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with each content cut before a cue coordinated with its own
    ('and underscored', ', agreeing to'), and that cue given the first's source
    when it has no subject of its own."""
    table = token_table(doc)
    out = list(found)
    for b, later in enumerate(found):
        head = _head(table, later.cue)
        for a, first in enumerate(out):
            start, end = first.content
            if (
                a == b
                or first.content[0] < first.cue[1]
                or not (start < later.cue[0] < end)
            ):
                continue
            join = _join(table, later.cue[0], head, start)
            if join is None or not _continues(table, head, _head(table, first.cue)):
                continue
            out[a] = replace(first, content=(start, trim_end(doc, start, join)))
            if not _has_subject(table, head) and (
                later.source is None or start <= later.source[0] < end
            ):
                out[b] = replace(out[b], source=first.source)
    return out


def shared_objects(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with a cue whose verb shares its object with the verb coordinated
    right after it ('affirm and | support X', 'have signed and | published X')
    grown over the conjunction and that verb: the content is the shared object,
    and a finding cued by the second verb alone is the same attribution."""
    table = token_table(doc)
    out, joined = [], set()
    contents = [one.content for one in found]  # a verb inside one is no cue
    for one in found:
        head = _head(table, one.cue)
        verb = one.content[0]
        between = range(one.cue[1], verb)
        first = _shared_with(table, head, one.cue[0])
        if first is not None and not any(a <= first < b for a, b in contents):
            out.append(replace(one, cue=(first, one.cue[1])))
            continue
        if (
            len(between) != 1
            or table.dep[between[0]] != "cc"
            or table.lower[between[0]] not in _SHARES
            or table.head[verb] != head
            or table.dep[verb] != "conj"
            or table.pos[verb] != "VERB"
            or _has_subject(table, verb)
            or any(table.dep[c] in _OWN_OBJECTS for c in table.children[head])
            or not any(
                table.dep[c] in _OWN_OBJECTS and c > verb for c in table.children[verb]
            )
        ):
            out.append(one)
            continue
        end = verb + 1
        while end < one.content[1] and table.dep[end] == "prt":
            end += 1
        joined.add(verb)
        out.append(replace(one, cue=(one.cue[0], end), content=(end, one.content[1])))
    kept = [one for one in out if _head(table, one.cue) not in joined]
    spans = [(one.cue, one.content) for one in kept]
    return [one for i, one in enumerate(kept) if spans[i] not in spans[:i]]


def _shared_with(table: TokenTable, head: int, start: int) -> int | None:
    """The verb right before a cue's verb, joined to it by 'and' and with no
    object of its own ('welcomed and | supported X'), if any."""
    first = table.head[head]
    if (
        table.dep[head] != "conj"
        or first != start - 2
        or table.pos[first] != "VERB"
        or table.lower[start - 1] not in _SHARES
        or any(table.dep[c] in _OWN_OBJECTS for c in table.children[first])
    ):
        return None
    return first


_SHARES = frozenset({"and", "or"})
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "prep"})


def _conjunct_end(
    doc: Doc, table: TokenTable, cue: int, span: tuple[int, int]
) -> int | None:
    """The end of a conjunct that follows the span across a comma or conjunction
    and coordinates a noun or a that-clause of the span (the parser hangs a
    second object or that-clause on the cue verb itself); None when none does."""
    start, end = span
    k = end
    while (
        k < len(table.dep)
        and k - end < 3
        and (table.dep[k] == "cc" or table.text[k] == ",")
    ):
        k += 1
    if k == end or k >= len(table.dep):
        return None
    while table.head[k] != k and subtree(doc, table.head[k])[0] == subtree(doc, k)[0]:
        k = table.head[k]  # the phrase the word after the gap opens
    if table.dep[k] != "conj":
        return None
    first = table.head[k]
    if first == cue:
        nouns = table.pos[k] in _NOUNS and table.pos[cue] in ("VERB", "AUX")
    elif start <= first < end:
        nouns = table.pos[k] in _NOUNS and table.pos[first] in _NOUNS
    else:
        return None
    comma = any(table.text[j] == "," for j in range(end, k))
    if not nouns and (comma or not _clause(table, k)):  # ', and that': a higher one
        return None
    return trim_end(doc, start, subtree(doc, k)[1])


def _clause(table: TokenTable, i: int) -> bool:
    """Whether the token heads a that-clause."""
    return any(
        table.dep[c] == "mark" and table.lower[c] == "that" for c in table.children[i]
    )


def _join(table: TokenTable, cue_start: int, head: int, floor: int) -> int | None:
    """Where the conjunction or comma before a cue starts (None when the cue
    follows no conjunction, nor a comma before a participle: '…," further
    saying')."""
    j = cue_start - 1
    if j <= floor:
        return None
    if table.lower[j] in _JOINS and table.dep[j] in ("cc", "mark"):
        return j - 1 if j - 1 > floor and table.text[j - 1] == "," else j
    if table.tag[head] != "VBG":
        return None
    if table.text[j] == ",":
        return j
    if table.quote_marks[j] and j - 1 > floor and table.text[j - 1] == ",":
        return cue_start  # the quotation closes the first content
    return None


def _continues(table: TokenTable, later: int, first: int) -> bool:
    """Whether the later cue verb continues the first cue's clause: it hangs on
    the first cue, it is a participle after a comma, or it is
    coordinated with a verb of another form than its own
    while it agrees in form with the first cue ('should not veer … and
    underscored', after 'reiterated')."""
    if not table.tag[later].startswith("VB"):
        return False
    if table.head[later] == first and table.dep[later] in ("conj", "advcl"):
        return True
    if table.tag[later] == "VBG" and table.dep[later] in ("advcl", "conj"):
        # a participle after a comma, of a verb cue: 'said X, adding that Y'
        before = _left_modifiers(table, later) - 1
        before -= table.quote_marks[before]
        return table.text[before] == "," and table.tag[first] in _FINITE
    sibling = table.head[later]
    return (
        table.dep[later] == "conj"
        and table.tag[later] in _FINITE
        and table.tag[later] == table.tag[first]
        and table.tag[sibling] != table.tag[later]
    )


def _left_modifiers(table: TokenTable, v: int) -> int:
    """Where a verb's adverbs, auxiliaries and negation right before it start
    ('also underscored')."""
    start = v
    while (
        start > 0 and table.head[start - 1] == v and table.dep[start - 1] in _MODIFIERS
    ):
        start -= 1
    return start


def _has_subject(table: TokenTable, i: int) -> bool:
    return any(table.dep[c] in _SUBJECTS for c in table.children[i])


def _head(table: TokenTable, span: tuple[int, int]) -> int:
    """The token of a range whose head lies outside it (the first such)."""
    for i in range(*span):
        if not span[0] <= table.head[i] < span[1] or table.head[i] == i:
            return i
    return span[0]


def shared_sources(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """`found` with a cue left without a source that is coordinated with a
    found cue before it, with no subject of its own ('The minister welcomed X
    and urged Y'), given that cue's source."""
    table = token_table(doc)
    heads = {_head(table, one.cue): one for one in found if one.source is not None}
    out = []
    for one in found:
        v = _head(table, one.cue)
        first = heads.get(table.head[v])
        shares = (
            one.source is None
            and table.dep[v] == "conj"
            and first is not None
            and first.cue[0] < v
            and not _has_subject(table, v)
            and _continues(table, v, table.head[v])
        )
        out.append(replace(one, source=first.source) if shares and first else one)
    return out
