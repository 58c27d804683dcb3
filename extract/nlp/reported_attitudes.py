"""An attitude someone else reports is not the holder's own statement.

'The Europeans say [Russia is not interested in peace]', 'Berlin says [Moscow
is ready for talks]': the attitude predicate sits in the clause another
statement's verb reports, so it is that speaker's claim about the holder (the
reporting statement carries it), not a position the holder took. It stays
when the reporter speaks for the holder or one of them ('President Biden
underscored that [the United States remains committed to X]', 'Wang Yi said
[China and Russia are committed to X]'), when the holder is the speaker's own
'we' or 'I', and when it names no actor, for then it names no wrong one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution
from extract.nlp.register import statement_actors
from extract.nlp.speakers import Speaker
from extract.nlp.voices import DocumentVoices

_SELVES = frozenset({"i", "we"})
# (attribution, speaker, actors): a statement before it is written out
Row = tuple[Attribution, Speaker | None, list[str]]


def own_statements(
    doc: Doc,
    found: list[Attribution],
    speakers: list[Speaker | None],
    voices: DocumentVoices | None,
) -> list[Row]:
    """(attribution, speaker, actors) of each statement, less the attitudes
    reported of actors the reporting statement does not speak for."""
    rows: list[Row] = [
        (a, s, statement_actors(doc, a, s, voices))
        for a, s in zip(found, speakers, strict=True)
    ]
    spoken = {i: row for row in rows for i in range(*row[0].cue)}
    return [row for row in rows if not _reported(doc, row, spoken)]


def _reported(doc: Doc, row: Row, spoken: dict[int, Row]) -> bool:
    found, _, actors = row
    if found.source is None or not actors:
        return False
    holder = doc[found.source[0] : found.source[1]]
    if any(t.lower_ in _SELVES for t in holder):
        return False
    clause = _predicate(doc[slice(*found.cue)])
    if clause is None:
        return False  # no attitude ('is [ready] for', 'is [committed] to')
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # 'said Ukraine rejected X and [is] not interested'
    if clause.dep_ != "ccomp":
        return False
    reporter = spoken.get(clause.head.i)
    if reporter is None or reporter[0] is found:
        return False
    if not reporter[2] and reporter[0].cue[0] > found.cue[0]:
        return False  # 'Russia is ready to negotiate, the ambassador said'
    return not set(actors) & set(reporter[2])  # "China and Russia are", said Wang


def _predicate(cue: Span) -> Token | None:
    """The verb of an attitude cue: the copula of its adjective ('[is] ready
    for') or its participle with 'is' ('is [committed] to')."""
    for token in cue:
        if token.dep_ == "acomp":
            return token.head
        if any(c.dep_ in ("auxpass", "cop") for c in token.children):
            return token
    return None
