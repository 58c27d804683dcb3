"""What the speaker of a transcript's turn says they think or say: a first-person
subject of a cue verb (of saying or thinking) with a clausal complement, or of a
verb of stance with its object, inside a labelled turn ('I believe that X', 'we
think X', 'I would like to point out that X', 'Let me underscore that X', 'I
fully support this initiative').

News, which the learned finder learned from, rarely speaks in the first person;
in a turn (`turn_labels.py`) it is how the speaker states a position, so the
rules' finding is kept there even when the model passes it over. The cue runs
back over the verbs whose complement the cue verb is ('would like to | point
out', 'want to | stress', 'Let me | underscore'), as the gold draws it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution, that_clause
from extract.nlp.memo import doc_text
from extract.nlp.quotes import quote_spans, trim_end
from extract.nlp.token_table import TokenTable, subtree, token_table
from extract.nlp.turn_labels import turn_label_colons

FIRST_PERSON = frozenset({"i", "we", "me", "us"})
LET = "let"
# 'In my view, X': the nouns of a view held and the prepositions that hold it.
_VIEWS = frozenset({"view", "opinion", "mind", "belief", "conviction"})
_IN = frozenset({"in", "to"})
# 'As I see it': the verbs of a view held, as an aside with 'it'.
_SEEING = frozenset({"see", "understand"})
_MY = frozenset({"my", "our"})
# A complement opening with a wh-word asks or exclaims ('how grateful I am',
# 'whether it resumes'): the speaker asserts no proposition.
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs of stance whose object is the content ('I fully support this
# initiative', 'we condemn all attacks'): a position, as a clause is.
_STANCES = frozenset(
    {"support", "condemn", "welcome", "reject", "oppose", "deplore", "denounce",
     "urge", "appreciate", "value", "commend", "praise", "salute", "applaud",
     "endorse", "back", "regret", "deny", "refute", "demand", "propose", "invite"}
)  # fmt: skip


def with_turn_speech(
    doc: Doc, rules: list[Attribution], learned: list[Attribution]
) -> list[Attribution]:
    """The learned finder's findings and the verb rules' findings of a turn's
    speaker (or, outside quotations, of an issuer's own statement) on their
    own thoughts or words with a clausal complement, which the model passed
    over; a learned cue on the verbs the rule's cue grows back over ('would
    like | to stress that …') gives way to it, as a learned 'see it' does to
    the aside 'As I see it'."""
    colons = turn_label_colons(doc)
    if not colons and not doc._.issuer:
        return learned  # news: first person is a quotation's, or a columnist's
    first = min(colons) if colons else -1
    quoted = set() if colons else {i for q in quote_spans(doc) for i in range(*q)}
    table = token_table(doc)
    taken = {i for a in learned for i in range(*a.cue)}
    spoken = [
        _grown_back(table, a)
        for a in rules
        if a.form == "verb"
        and a.cue[0] > first
        and a.cue[0] not in quoted
        and not any(i in taken for i in range(*a.cue))
        and _first_person_clause(doc, table, a)
    ]
    if not colons:  # a statement's own "We would like to warn X", not one it
        reported = {i for a in learned for i in range(*a.content)}  # reports
        own = [
            a for a in spoken if a.cue[0] not in reported and not _after_colon(doc, a)
        ]
        return [*learned, *own]
    asides = _as_i_see_it(doc, first)  # the whole aside, not 'see it'
    ahead = {i for a in [*spoken, *asides] for i in range(a.cue[0], a.cue[1])}
    kept = [a for a in learned if not all(i in ahead for i in range(*a.cue))]
    views = [
        a for a in _in_my_view(doc, first) if not taken.intersection(range(*a.cue))
    ]
    return [*kept, *spoken, *views, *asides]


def _after_colon(doc: Doc, found: Attribution) -> bool:
    """Whether the finding's sentence follows a colon ("… delivered the
    following remarks:"): someone's speech the text introduces, not its own."""
    start = doc[found.cue[0]].sent.start_char
    return doc_text(doc)[:start].rstrip().endswith(":")


def _in_my_view(doc: Doc, first: int) -> list[Attribution]:
    """'In my view, X', 'To my mind, X', 'It is our common opinion that X': the
    speaker's own view of the clause the phrase stands in or introduces."""
    table = token_table(doc)
    found = []
    for noun in (i for i, w in enumerate(table.lemma) if w in _VIEWS and i > first):
        owner = [
            c
            for c in table.children[noun]
            if table.dep[c] == "poss" and table.lower[c] in _MY
        ]
        held = _held(doc, table, noun) if owner else None
        if held is not None:
            cue, content = held
            found.append(
                Attribution(
                    cue=cue,
                    content=content,
                    source=(owner[0], owner[0] + 1),
                    cue_lemma=table.lemma[noun],
                    form="view",
                )
            )
    return found


def _as_i_see_it(doc: Doc, first: int) -> list[Attribution]:
    """'As I see it, X', 'X, as we understand it': the speaker's own view of
    the clause the aside stands in."""
    table = token_table(doc)
    found = []
    for verb in (i for i, w in enumerate(table.lemma) if w in _SEEING and i > first):
        kids = {table.dep[c]: c for c in table.children[verb]}
        subject, mark, it = kids.get("nsubj"), kids.get("mark"), kids.get("dobj")
        if (
            table.dep[verb] != "advcl"
            or subject is None
            or table.lower[subject] not in FIRST_PERSON
            or mark is None
            or table.lower[mark] != "as"
            or it is None
            or table.lower[it] != "it"
        ):
            continue
        cue = (mark, it + 1)
        content = _clause_beside(doc, table, verb, cue)
        if content is not None:
            found.append(
                Attribution(
                    cue=cue,
                    content=content,
                    source=(subject, subject + 1),
                    cue_lemma=table.lemma[verb],
                    form="view",
                )
            )
    return found


def _held(
    doc: Doc, table: TokenTable, noun: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and content of a view noun: the phrase 'in my view' and its
    clause, or 'It is our view' and its that-clause."""
    head = table.head[noun]
    if table.dep[noun] == "pobj" and table.lower[head] in _IN:
        content = _clause_beside(doc, table, head, subtree(doc, head))
        return ((head, noun + 1), content) if content is not None else None
    if table.dep[noun] != "attr" or table.lemma[head] != "be":
        return None
    subject = [c for c in table.children[head] if table.dep[c] == "nsubj"]
    clauses = [c for c in table.children[head] if table.dep[c] == "ccomp" and c > noun]
    if not subject or table.lower[subject[0]] != "it" or not clauses:
        return None
    start, end = subtree(doc, clauses[0])
    if start <= noun or table.lower[start] != "that":
        return None
    return (subject[0], noun + 1), (start, trim_end(doc, start, end))


def _clause_beside(
    doc: Doc, table: TokenTable, prep: int, phrase: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause a phrase stands in, less the phrase: what follows it when it
    opens the clause, what precedes it when it closes it."""
    clause = table.head[prep]
    while table.dep[clause] not in ("ROOT", "ccomp", "conj") and (
        table.head[clause] != clause
    ):
        clause = table.head[clause]
    start, end = subtree(doc, clause)
    if phrase[1] <= clause:
        start = phrase[1]
        while start < end and (table.punct[start] or table.space[start]):
            start += 1
    else:
        end = phrase[0]
    end = trim_end(doc, start, end)
    return (start, end) if end - start >= 2 else None


def _first_person_clause(doc: Doc, table: TokenTable, found: Attribution) -> bool:
    """A first-person pronoun source, and content that is the cue verb's clause."""
    source = found.source
    if source is None or source[1] - source[0] != 1:
        return False
    if table.lower[source[0]] not in FIRST_PERSON or table.pos[source[0]] != "PRON":
        return False
    verb = _cue_verb(table, found)
    if verb is None or _asked(table, verb, source[0]):
        return False
    return any(
        (
            table.dep[c] == "ccomp"
            or that_clause(doc[verb], doc[c])
            or (
                table.dep[c] == "dobj"
                and table.lemma[verb] in _STANCES
                and table.head[source[0]] == verb  # its own subject, not 'urge
            )  # X to support Y'
        )
        and verb < c
        and found.content[0] <= c < found.content[1]
        and table.tag[found.content[0]] not in _WH
        for c in table.children[verb]
    )


def _asked(table: TokenTable, verb: int, subject: int) -> bool:
    """A question: an auxiliary of the verb, or of a verb it complements, before
    that verb's subject ('Can we say that …?'; not 'I would like to stress that
    we believe …', whose auxiliary follows its own subject)."""
    while True:
        if any(
            c < subject and table.dep[c] in ("aux", "auxpass")
            for c in table.children[verb]
        ):
            return True
        head = table.head[verb]
        if head == verb or table.dep[verb] not in ("xcomp", "ccomp"):
            return False
        verb = head
        subject = next(
            (c for c in table.children[verb] if table.dep[c] in _SUBJECTS), subject
        )


def _cue_verb(table: TokenTable, found: Attribution) -> int | None:
    return next(
        (i for i in range(*found.cue) if table.lemma[i] == found.cue_lemma), None
    )


def _grown_back(table: TokenTable, found: Attribution) -> Attribution:
    """The cue grown back over the verbs its verb complements ('would like to',
    'want to') and over 'Let' of 'Let me stress', with their auxiliaries."""
    verb = _cue_verb(table, found)
    if verb is None:
        return found
    start = found.cue[0]
    source_end = found.source[1] if found.source else 0
    while True:
        head = table.head[verb]
        dep = table.dep[verb]
        chained = dep == "xcomp" or (dep == "ccomp" and table.lemma[head] == LET)
        if head >= verb or not chained or table.pos[head] not in ("VERB", "AUX"):
            break
        aux = [
            c
            for c in table.children[head]
            if c < head and table.dep[c] in ("aux", "neg") and c >= source_end
        ]
        start = min([head, *aux])
        verb = head
    return replace(found, cue=(start, found.cue[1]))
