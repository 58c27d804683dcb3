"""What the speaker of a transcript's turn says they think or say: a first-person
subject of a cue verb (of saying or thinking) with a clausal complement, inside a
labelled turn ('I believe that X', 'we think X', 'I would like to point out that
X', 'Let me underscore that X').

News, which the learned finder learned from, rarely speaks in the first person;
in a turn (`turn_labels.py`) it is how the speaker states a position, so the
rules' finding is kept there even when the model passes it over. The cue runs
back over the verbs whose complement the cue verb is ('would like to | point
out', 'want to | stress', 'Let me | underscore'), as the gold draws it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import TokenTable, token_table
from extract.nlp.turn_labels import turn_label_colons

_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_LET = "let"
# A complement opening with a wh-word asks or exclaims ('how grateful I am',
# 'whether it resumes'): the speaker asserts no proposition.
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def with_turn_speech(
    doc: Doc, rules: list[Attribution], learned: list[Attribution]
) -> list[Attribution]:
    """The learned finder's findings and the verb rules' findings of a turn's
    speaker on their own thoughts or words with a clausal complement, which
    the model passed over; a learned cue on the verbs the rule's cue grows
    back over ('would like | to stress that …') gives way to it."""
    colons = turn_label_colons(doc)
    if not colons:
        return learned
    first = min(colons)
    table = token_table(doc)
    taken = {i for a in learned for i in range(*a.cue)}
    spoken = [
        _grown_back(table, a)
        for a in rules
        if a.form == "verb"
        and a.cue[0] > first
        and not any(i in taken for i in range(*a.cue))
        and _first_person_clause(table, a)
    ]
    ahead = {i for a in spoken for i in range(a.cue[0], a.cue[1])}
    kept = [a for a in learned if not all(i in ahead for i in range(*a.cue))]
    return [*kept, *spoken]


def _first_person_clause(table: TokenTable, found: Attribution) -> bool:
    """A first-person pronoun source, and content that is the cue verb's clause."""
    source = found.source
    if source is None or source[1] - source[0] != 1:
        return False
    if table.lower[source[0]] not in _FIRST_PERSON or table.pos[source[0]] != "PRON":
        return False
    verb = _cue_verb(table, found)
    if verb is None or _asked(table, verb, source[0]):
        return False
    return any(
        table.dep[c] == "ccomp"
        and verb < c
        and found.content[0] <= c < found.content[1]
        and table.tag[found.content[0]] not in _WH
        for c in table.children[verb]
    )


def _asked(table: TokenTable, verb: int, subject: int) -> bool:
    """A question: an auxiliary of the verb, or of a verb it complements, before
    its subject ('Can we say that …?')."""
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
        chained = dep == "xcomp" or (dep == "ccomp" and table.lemma[head] == _LET)
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
