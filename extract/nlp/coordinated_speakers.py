"""A first-person source grown over the speakers coordinated with it: 'President
of Iran Hassan Rouhani, President of Turkey Recep Erdogan and I have concluded
talks', 'President Putin and I, we agree that X'.

The parse often leaves the names before 'and I' outside the subject (hung on an
adverb or on nothing), so the source was the bare 'I'; the gold's source is the
whole coordination as written. The names are read back from 'and' over the
words of noun phrases (names, nouns, their determiners, prepositions and
commas), stopping at an adverb or anything else that opens the clause
('Just now', 'Yesterday')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import TokenTable, token_table

# Words of a noun phrase naming a speaker: 'the President of Turkey, Mr Erdogan'.
_PHRASE = frozenset({"PROPN", "NOUN", "DET", "ADP", "ADJ", "PART", "PUNCT"})
_NAMES = frozenset({"PROPN", "NOUN"})
# How the parse hangs a first conjunct it left out of the subject on the verb.
_SUBJECT_LIKE = frozenset({"nsubj", "npadvmod", "dep", "compound", "advmod"})
_CLAUSE_OPENERS = frozenset({"advmod", "mark", "cc", "intj"})


def with_coordinated_speakers(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Each finding whose source is 'I' after 'and' ('X and I') or 'we' after
    'X and I,' grown back over the coordination."""
    table = token_table(doc)
    return [_grown(doc, table, a) for a in found]


def _grown(doc: Doc, table: TokenTable, found: Attribution) -> Attribution:
    source = found.source
    if source is None or source[1] - source[0] != 1:
        return found
    pronoun = source[0]
    i_word = pronoun
    if pronoun >= 2 and (table.lower[pronoun], table.lower[pronoun - 1]) == ("we", ","):
        i_word = pronoun - 2  # 'President Putin and I, we'
    if table.lower[i_word] != "i" or i_word < 2 or table.lower[i_word - 1] != "and":
        return found
    start = _coordination_start(doc, table, i_word - 1)
    if start is None:
        return found
    grown = (start, source[1])
    if found.cue[0] < grown[1] or _overlaps(grown, found.content):
        return found
    return replace(found, source=grown)


def _coordination_start(doc: Doc, table: TokenTable, conjunction: int) -> int | None:
    """Where the names coordinated before 'and' begin, or None when no name
    precedes it in its sentence."""
    first = doc[conjunction].sent.start
    start = conjunction
    while start - 1 >= first:
        word = start - 1
        if table.pos[word] not in _PHRASE or table.dep[word] in _CLAUSE_OPENERS:
            break
        if table.dep[word] == "npadvmod" and table.pos[word] != "PROPN":
            break  # 'Yesterday', not a name the parse read as one
        if table.pos[word] == "PUNCT" and table.lower[word] != ",":
            break
        if _on_the_verb(doc, word):  # 'In Moscow, | X and I', 'This is X, and I'
            break
        start = word
    while start < conjunction and table.pos[start] in ("PUNCT", "ADP"):
        start += 1
    names = range(start, conjunction)
    if not any(table.pos[w] in _NAMES for w in names):
        return None
    return start


def _on_the_verb(doc: Doc, word: int) -> bool:
    """The word is in a phrase a verb takes other than as its subject: a
    prepositional phrase ('In Moscow, | X and I') or an object or predicate of
    a clause before ('This is our logic, and I believe')."""
    for t in (doc[word], *doc[word].ancestors):
        if t.head.pos_ in ("VERB", "AUX") and t.head is not t:
            return t.dep_ not in _SUBJECT_LIKE
    return False


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]
