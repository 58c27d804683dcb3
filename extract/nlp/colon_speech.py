"""What a speaker announces before a colon: 'Let me repeat: we are open to
dialogue', 'I will say it again: sanctions do not work', 'I would like to
emphasise one thing: Russia has never refused talks', 'Let me be clear: X'.

Spoken diplomacy (press conferences, interviews) prefaces a point this way;
the base parse hangs the prefacing clause on the verb of what follows the
colon, as it hangs 'he said' on the quotation before it, so the news-trained
finder reads the preface's verb as a cue of the words before the colon
('want | to stress: this is …') or passes it over. The cue is the preface's
verb of saying, grown back over the verbs it complements ('would like to |
emphasise', 'Let me | repeat'); its source the preface's first-person subject;
its content the clause after the colon, to the end of its sentence. Only the
first person prefaces so ('He said it again: X' is the finder's), and only
when it asserts: not inside or before a quotation (the quoted speaker's
words are the quotation's), not passive ('we were told: X'), denied ('I would
never say: X'), hypothetical ('I could say: X') or a question.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import quote_spans, trim_span
from extract.nlp.token_table import TokenTable, subtree, token_table
from extract.nlp.turn_labels import turn_label_colons
from extract.nlp.turn_speech import FIRST_PERSON, LET

_SUPPOSING = frozenset({"say", "suppose", "assume", "imagine"})  # 'Let us say:'
_DENIALS = frozenset({"never", "not", "n't"})
_HYPOTHETICAL = frozenset({"could", "might", "may", "should"})
_QUOTE_MARKS = frozenset({'"', "“", "'", "‘", "«"})
# how a preface hangs on the verb after the colon, and how its verbs chain
_PREFACES = frozenset({"ccomp", "advcl", "parataxis"})
_CHAINS = frozenset({"xcomp", "ccomp"})
# verbs that preface a point ('I would like to thank our hosts: the talks
# were excellent' thanks for no clause)
_SAYING = frozenset(
    {"say", "tell", "repeat", "reiterate", "stress", "emphasise", "emphasize",
     "underline", "underscore", "note", "state", "add", "point", "recall", "remind",
     "admit", "confess", "declare", "assure", "warn", "highlight", "answer", "reply",
     "mention", "affirm", "reaffirm", "confirm", "acknowledge", "explain"}
)  # fmt: skip


def find_colon_speech(doc: Doc) -> list[Attribution]:
    """The statements prefaced by a first-person verb of saying and a colon,
    in text order; none inside a quotation (what a quoted speaker says there
    is the quotation's)."""
    table = token_table(doc)
    labels = set(turn_label_colons(doc))
    quoted = {i for start, end in quote_spans(doc) for i in range(start, end)}
    found = []
    for colon, text in enumerate(table.text):
        if text == ":" and colon not in labels and colon not in quoted:
            one = _prefaced(doc, table, colon)
            if one is not None:
                found.append(one)
    return found


def _prefaced(doc: Doc, table: TokenTable, colon: int) -> Attribution | None:
    found = _preface_and_clause(doc, table, colon)
    if found is None:
        return None
    top, after = found
    chain = _chain(table, top, colon)
    verb = next(
        (v for v in reversed(chain) if table.lemma[v] in _SAYING or _plain(table, v)),
        None,
    )
    subject = _first_person_subject(table, chain)
    start, end = trim_span(doc, colon + 1, subtree(doc, after)[1])
    if (
        verb is None
        or subject is None
        or end - start < 3
        or _not_asserted(table, chain)
    ):
        return None
    if "?" in (table.text[end - 1], table.text[end] if end < len(doc) else ""):
        return None
    if table.text[start] in _QUOTE_MARKS:  # 'the words of X: "…"' are X's
        return None
    plain = _plain(table, verb)
    return Attribution(
        cue=(_cue_start(table, chain, subject), plain or _cue_end(table, verb)),
        content=(start, end),
        source=(subject, subject + 1),
        cue_lemma="say" if plain else table.lemma[verb],
        form="preface",
    )


# How a speaker says they will speak: "Let me be clear: X", "to be frank: X".
_PLAINLY = frozenset({"clear", "frank", "honest", "candid", "plain", "blunt", "direct"})


def _plain(table: TokenTable, verb: int) -> int | None:
    """Where "be clear" ends when the verb is its "be" ("Let me be very clear:"),
    else None."""
    if table.lemma[verb] != "be":
        return None
    said = [
        c
        for c in table.children[verb]
        if table.dep[c] == "acomp" and table.lower[c] in _PLAINLY
    ]
    return said[0] + 1 if said else None


def _preface_and_clause(
    doc: Doc, table: TokenTable, colon: int
) -> tuple[int, int] | None:
    """The top verb of the clause before the colon and the verb of the clause
    after it, when one hangs on the other: the preface on what follows ('[I
    can tell] you one thing: we [will respond]') or what follows on the
    preface ('[Let] me say this: the pipeline will be [built]')."""
    head = table.head[colon]
    if head > colon:
        preface = [
            c
            for c in table.children[head]
            if c < colon and table.dep[c] in _PREFACES and subtree(doc, c)[1] == colon
        ]
        if preface:
            return preface[0], head
        head = table.head[head]
        after = table.head[colon]
        if head >= colon or table.dep[after] not in _PREFACES | {"conj"}:
            return None
    else:
        following = [
            c for c in table.children[head] if c > colon and table.dep[c] in _PREFACES
        ]
        if not following:
            return None
        after = following[0]
    if subtree(doc, after)[0] < colon or subtree(doc, head)[0] >= colon:
        return None
    top = head
    while table.dep[top] in _CHAINS and table.head[top] < top:
        top = table.head[top]
    return top, after


def denied_preface(doc: Doc, found: Attribution) -> bool:
    """A finding whose cue prefaces its content with a colon and asserts
    nothing ('I would never say: Russia is isolated'), however it was found."""
    start, end = found.cue
    if found.content[0] != end + 1 or doc[end].text != ":":
        return False
    table = token_table(doc)
    verbs = [i for i in range(start, end) if table.pos[i] in ("VERB", "AUX")]
    return bool(verbs) and _not_asserted(table, verbs[-1:])


def _not_asserted(table: TokenTable, chain: list[int]) -> bool:
    """A preface that asserts nothing: denied ('I would never say:'),
    hypothetical ('I could say:'), supposed ('Let us say:')."""
    for verb in chain:
        for c in table.children[verb]:
            if table.dep[c] == "neg" or table.lower[c] in _DENIALS:
                return True
            if table.dep[c] == "aux" and table.lower[c] in _HYPOTHETICAL:
                return True
    let = table.lemma[chain[0]] == LET
    return let and any(  # "Let me say this: X" prefaces what it says
        table.lemma[v] in _SUPPOSING
        and not any(table.dep[c] == "dobj" for c in table.children[v])
        for v in chain
    )


def _chain(table: TokenTable, top: int, colon: int) -> list[int]:
    """The preface's verbs from its top down the complements each takes
    before the colon ('would like' → 'emphasise', 'Let' → 'repeat')."""
    chain = [top]
    while True:
        nxt = next(
            (
                c
                for c in table.children[chain[-1]]
                if c < colon
                and table.dep[c] in _CHAINS
                and table.pos[c] in ("VERB", "AUX")
            ),
            None,
        )
        if nxt is None:
            return chain
        chain.append(nxt)


def _first_person_subject(table: TokenTable, chain: list[int]) -> int | None:
    """The first-person subject of the preface's verbs ('I' of 'I want to
    stress', 'me' of 'Let me repeat'); None when any verb has another or is
    passive ('I was told: X' says what others said)."""
    found = None
    for verb in chain:
        for c in table.children[verb]:
            if table.dep[c] in ("nsubjpass", "auxpass"):
                return None
            if table.dep[c] in ("nsubj", "dobj") and (
                table.dep[c] != "dobj" or table.lemma[verb] == LET
            ):
                if table.lower[c] not in FIRST_PERSON or table.pos[c] != "PRON":
                    return None
                found = c if found is None else found
    return found


def _cue_start(table: TokenTable, chain: list[int], subject: int) -> int:
    """Where the cue starts: 'Let' of 'Let me', else the first auxiliary or
    verb of the chain after the subject ('would like to emphasise')."""
    top = chain[0]
    if table.lemma[top] == LET:
        return top
    aux = [
        c
        for c in table.children[top]
        if c > subject and c < top and table.dep[c] in ("aux", "neg")
    ]
    return min([top, *aux])


def _cue_end(table: TokenTable, verb: int) -> int:
    """After the verb and what follows it in the preface: its particle
    ('point out'), adverbs ('said very clearly') and the attitude it is said
    with ('note with concern')."""
    end = verb + 1
    while end < len(table.text):
        head, dep = table.head[end], table.dep[end]
        if (
            (dep in ("prt", "advmod") and verb in (head, table.head[head]))
            or (dep == "prep" and head == verb and table.lower[end] == "with")
            or (dep == "pobj" and table.head[head] == verb and table.pos[end] == "NOUN")
        ):
            end += 1
        else:
            return end
    return end
