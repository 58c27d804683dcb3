"""Attributions (source, cue, content) and the dependency rules that find them.

The rules work over the cue lexicon and catch diplomatic cues news training data
rarely has ('signaled', 'as stated by'); `attribution_finder.py` weighs their
findings in the learned finder. Spans are half-open token ranges ``(start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from extract.nlp.apposed import apposed_subject
from extract.nlp.furniture import not_a_speaker
from extract.nlp.informed import informed_of
from extract.nlp.lexicon import Lexicon
from extract.nlp.quotes import SpanRange, grow_over_quotes, quote_spans, trim_end
from extract.nlp.surfaces import is_dateline_name, names_places_only
from extract.nlp.tellers import teller
from extract.nlp.token_table import token_table

_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_CONTENT_PREPS = frozenset({"for", "against"})
_XCOMP_CONTENT = frozenset(
    {"promise", "pledge", "vow", "threaten", "agree", "refuse", "offer",
     "decide", "seek", "vote", "commit", "resolve", "demand", "ask",
     "call", "request", "hope", "expect", "plan", "intend", "aim", "undertake",
     "concur"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a Doc, as token ranges."""

    cue: SpanRange
    content: SpanRange
    source: SpanRange | None
    cue_lemma: str
    kind: str = "indirect"
    form: str = "verb"  # the rule that found it: verb, as, according, noun, colon,
    # told, apposed


def find_rule_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """The attributions the dependency rules find, in text order, one per cue."""
    quotes = quote_spans(doc)
    found: list[Attribution] = []
    for token in (doc[i] for i in _may_cue(doc, lexicon)):
        for finder in (_verb_cue, _according_to, _noun_cue, _colon_quote):
            attribution = finder(token, lexicon)
            if attribution is not None:
                found.append(_with_quotes(doc, attribution, quotes))
                break
    return _dedupe(found)


def _may_cue(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Indices of the tokens one of the finders may start from: a cue verb or
    noun, 'according', a colon (the finders' own first tests, on the token
    table)."""
    table = token_table(doc)
    return [
        i
        for i, (lemma, pos, lower) in enumerate(
            zip(table.lemma, table.pos, table.lower, strict=True)
        )
        if (pos == "VERB" and lemma in lexicon.cue_verbs)
        or (pos == "NOUN" and lemma in lexicon.cue_nouns)
        or lower in ("according", ":")
    ]


def _verb_cue(token: Token, lexicon: Lexicon) -> Attribution | None:
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in lexicon.cue_verbs:
        return None
    apposed = apposed_subject(token)  # "The chair, Mahmoud Ali Youssouf, called on"
    clause = token.dep_ in ("amod", "compound", "acl", "relcl")
    if clause and not _has(token, "ccomp") and apposed is None:
        return None
    if token.dep_ == "advcl" and child_of(token, "mark", "as") is not None:
        return _as_clause(token, lemma, lexicon)
    content, _ = _verb_content(token, lemma, lexicon)
    if content is None:
        return None
    source = verb_source(token, lexicon)
    form = "verb"
    if source is None and apposed is not None and _can_speak(apposed, lexicon):
        source, form = (apposed.left_edge.i, token.i - 1), "apposed"  # kept
    told = teller(token)
    if source is None and told is None and not _is_passive(token):
        return None
    return Attribution(
        cue=_cue_range(token),
        content=content,
        source=source or told,
        cue_lemma=lemma,
        form=form if told is None else "told",  # kept: news data rarely has it
    )


def _verb_content(
    token: Token, lemma: str, lexicon: Lexicon
) -> tuple[SpanRange | None, SpanRange | None]:
    """The content and addressee ranges a cue verb governs."""
    clauses = [
        c
        for c in token.children
        if c.dep_ in ("ccomp", "parataxis") or that_clause(token, c)
    ]
    dobj = child_of(token, "dobj")
    addressee = None
    if lemma in lexicon.object_addressee:
        addressee_tok = dobj or _pobj(token, "on") or _pobj(token, "to")
        if addressee_tok is not None and (clauses or _has(token, "xcomp")):
            addressee = subtree_of(addressee_tok)
    if clauses:
        return _union(subtree_of(c) for c in clauses), addressee
    xcomp = child_of(token, "xcomp")
    if xcomp is not None and (addressee is not None or lemma in _XCOMP_CONTENT):
        return subtree_of(xcomp), addressee
    if xcomp is None and dobj is not None:
        xcomp = child_of(dobj, "xcomp") or child_of(dobj, "acl")
        if xcomp is not None and lemma in lexicon.object_addressee:
            return subtree_of(xcomp), subtree_of(dobj, stop=xcomp)
    if (
        dobj is not None
        and lemma in lexicon.object_content
        and lemma not in lexicon.no_object
        and dobj.pos_ not in ("PRON",)
    ):
        start, end = subtree_of(dobj)
        for child in token.rights:
            if child.i > dobj.i and child.dep_ in (
                "prep",
                "advcl",
                "npadvmod",
                "advmod",
            ):
                end = max(end, child.right_edge.i + 1)
        return (start, end), None
    about = informed_of(token) if lemma in lexicon.object_addressee else None
    if about is not None and dobj is not None:  # "updated X | on Y"
        return (about.i + 1, about.right_edge.i + 1), subtree_of(dobj, stop=about)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _CONTENT_PREPS:
            pobj = child_of(prep, "pobj") or child_of(prep, "pcomp")
            if pobj is not None:
                return subtree_of(pobj), addressee
    return None, None


def that_clause(verb: Token, child: Token) -> bool:
    """A clause opened by 'that' the parse hung as an adverbial ('let me stress
    once again | that India is our partner'): the verb's complement."""
    first = child.left_edge
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and first.lower_ == "that"
        and first.dep_ == "mark"
        and first.head == child
    )


def verb_source(token: Token, lexicon: Lexicon) -> SpanRange | None:
    """The speaker range of a cue verb, borrowed from the governing verb if needed."""
    verb: Token | None = token
    while verb is not None:
        agent = child_of(verb, "agent")
        if agent is not None and _is_passive(verb):
            pobj = child_of(agent, "pobj")
            return source_range(pobj, lexicon) if pobj is not None else None
        subject = child_of(verb, "nsubj") or next(  # hung on 'do' ('I do hope')
            (s for a in verb.lefts if a.dep_ == "aux" for s in a.children
             if s.dep_ == "nsubj"),
            None,
        )  # fmt: skip
        if subject is not None:
            return source_range(subject, lexicon)
        if child_of(verb, "nsubjpass") is not None:
            return None
        verb = (
            verb.head if verb.dep_ in ("conj", "xcomp") and verb.head != verb else None
        )
    return None


def source_range(head: Token, lexicon: Lexicon) -> SpanRange | None:
    """The speaker's noun phrase, if its head can speak at all."""
    if not _can_speak(head, lexicon):
        return None
    start, end = subtree_of(head)
    listed = any(c.dep_ == "conj" for c in head.rights)  # "Britain, France and X"
    for child in head.rights:
        if child.text == "," and listed and child.dep_ == "punct":
            continue
        if listed and child.dep_ == "appos" and child.pos_ == "PROPN":
            continue  # "Japan, Australia, and the EU": a list the parse misread
        if child.dep_ in ("relcl", "appos", "acl") or child.text in (",", "(", "—"):
            end = min(end, child.left_edge.i)
            break
    return (start, max(end, head.i + 1))


def _can_speak(head: Token, lexicon: Lexicon) -> bool:
    if head.lower_ in ("it", "this", "that", "which", "what", "there"):
        return False
    if head.ent_type_ in _SPEAKER_ENTS or head.pos_ in ("PROPN", "PRON"):
        return True
    return (
        head.lower_ in lexicon.speaker_nouns
        or head.lemma_.lower() in lexicon.speaker_nouns
    )


def _as_clause(token: Token, lemma: str, lexicon: Lexicon) -> Attribution | None:
    """'…, as stated by the Russian side, …': the content is the main clause."""
    agent = child_of(token, "agent")
    source_tok = (
        child_of(agent, "pobj") if agent is not None else child_of(token, "nsubj")
    )
    if source_tok is None:
        return None
    source = source_range(source_tok, lexicon)
    clause = token.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head != clause:
        clause = clause.head
    start, end = subtree_of(clause)
    phrase_start, phrase_end = subtree_of(token)
    if trim_end(token.doc, phrase_start, end) <= phrase_end:  # '…, as stated by X.'
        end = phrase_start
    elif phrase_start <= start:  # 'As stated by X, …'
        start = phrase_end
    while start < end and token.doc[start].is_punct:
        start += 1
    end = trim_end(token.doc, start, end)
    if end - start < 2:
        return None
    mark = child_of(token, "mark", "as")
    cue_start = mark.i if mark is not None else token.i
    cue_end = (agent.i + 1) if agent is not None else token.i + 1
    return Attribution(
        cue=(cue_start, cue_end),
        content=(start, end),
        source=source,
        cue_lemma=lemma,
        form="as",
    )


def _according_to(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'…, according to X.': X is the source and the clause the content."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = child_of(to, "pobj") if to is not None else None
    if to is None or pobj is None:
        return None
    source = subtree_of(pobj)
    clause = token.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head != clause:
        clause = clause.head
    start, end = subtree_of(clause)
    cue_start, cue_end = token.i, to.i + 1
    phrase_start, phrase_end = subtree_of(token)
    if phrase_start <= start:
        start = phrase_end
        while start < end and token.doc[start].is_punct:
            start += 1
    else:
        end = min(end, phrase_start)
    end = trim_end(token.doc, start, end)
    if end - start < 2:
        return None
    return Attribution(
        cue=(cue_start, cue_end),
        content=(start, end),
        source=source,
        cue_lemma="according to",
        form="according",
    )


def _noun_cue(token: Token, lexicon: Lexicon) -> Attribution | None:
    """'Lavrov's call for talks', 'the call from Zhang Jun for resumed talks'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.cue_nouns:
        return None
    source_tok = child_of(token, "poss") or _pobj(token, "from") or _pobj(token, "by")
    if source_tok is None or source_tok.pos_ == "PRON":
        return None
    content = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "to", "against", "on"):
            pobj = child_of(child, "pobj") or child_of(child, "pcomp")
            if pobj is not None and child.lower_ in ("for", "against"):
                content = subtree_of(pobj)
        elif child.dep_ in ("acl", "ccomp") and any(
            g.dep_ in ("mark", "aux") for g in child.children
        ):
            content = subtree_of(child)
    source = source_range(source_tok, lexicon)
    if content is None or source is None:
        return None
    return Attribution(
        cue=(token.i, token.i + 1),
        content=content,
        source=source,
        cue_lemma=token.lemma_.lower(),
        form="noun",
    )


def _colon_quote(token: Token, lexicon: Lexicon) -> Attribution | None:
    """`Lopez: "We will not give up."`: a short name opening a line or sentence,
    a colon, then the words spoken."""
    if token.text != ":" or token.i + 1 >= len(token.doc):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < 5 and "\n" not in doc[start - 1].text:
        if doc[start - 1].is_sent_end or doc[start - 1].text in '.;"”':
            break
        start -= 1
    name = doc[start : token.i]
    quoted = doc[token.i + 1].text in '"“'
    named = any(t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS for t in name)
    titled = all(t.is_title for t in name if t.is_alpha)
    if not name or not (named or (titled and quoted)):
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in name):
        return None
    if name[0].is_punct or is_dateline_name(name):  # "Washington, DC, United States:"
        return None
    if not quoted and names_places_only(name):  # "Kigali: Four young people won"
        return None
    last = [t for t in name if t.is_alpha][-1:]
    if named and last and last[0].is_lower:  # "offers Mr. Trump some advantages:"
        return None
    end = token.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    if end - token.i < 3 or not_a_speaker(name, doc[token.i + 1 : end]):
        return None
    return Attribution(
        cue=(token.i, token.i + 1),
        content=(token.i + 1, trim_end(doc, token.i + 1, end)),
        source=(start, token.i),
        cue_lemma=":",
        kind="direct",
        form="colon",
    )


def _with_quotes(doc: Doc, found: Attribution, quotes: list[SpanRange]) -> Attribution:
    content, kind = grow_over_quotes(doc, found.content, found.cue, quotes)
    return replace(found, content=content, kind=kind)


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """Keep one attribution per cue, in text order of content."""
    seen: set[SpanRange] = set()
    unique = []
    for a in sorted(found, key=lambda a: (a.content[0], a.cue[0])):
        if a.cue in seen:
            continue
        seen.add(a.cue)
        unique.append(a)
    return unique


def _cue_range(token: Token) -> SpanRange:
    """The cue verb with its particle ('point out', 'call on')."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return (token.i, end)


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def child_of(token: Token, dep: str, lower: str | None = None) -> Token | None:
    for child in token.children:
        if child.dep_ == dep and (lower is None or child.lower_ == lower):
            return child
    return None


def _has(token: Token, dep: str) -> bool:
    return child_of(token, dep) is not None


def _pobj(token: Token, preposition: str) -> Token | None:
    prep = child_of(token, "prep", preposition)
    return child_of(prep, "pobj") if prep is not None else None


def subtree_of(token: Token, stop: Token | None = None) -> SpanRange:
    start, end = token.left_edge.i, token.right_edge.i + 1
    if stop is not None and stop.left_edge.i > token.i:
        end = min(end, stop.left_edge.i)
    return (start, end)


def _union(ranges: object) -> SpanRange:
    spans = list(ranges)  # type: ignore[call-overload]
    return (min(s for s, _ in spans), max(e for _, e in spans))
