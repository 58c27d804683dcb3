"""A participle whose subject the parse cannot tell.

"They were on the verge of a deal when President Trump scuttled the talks,
citing Taliban violence": the parser hangs the closing participle on the main
verb, so the main subject ("They") would be the one citing; the clause right
before the comma has a subject of its own ("President Trump"), and English lets
the participle belong to either. A wrong speaker is worse than none: such an
attribution keeps its cue and content and loses its source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import subtree, token_table

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def without_unsure_subject(doc: Doc, found: Attribution) -> Attribution:
    """The attribution without its source when its cue is a participle whose
    subject is unsure and the source is the subject the parse gave it."""
    return replace(found, source=None) if _unsure(doc, found) else found


def _unsure(doc: Doc, found: Attribution) -> bool:
    """Whether the cue is an unsure participle (`unsure_participle`) and the
    source is the subject of the verb the parse hangs it on."""
    source = found.source
    if source is None:
        return False
    cue = [i for i in range(*found.cue) if unsure_participle(doc, i)]
    if not cue:
        return False
    table = token_table(doc)
    verb = table.head[cue[0]]
    subjects = [c for c in table.children[verb] if table.dep[c] in _SUBJECTS]
    return any(source[0] <= s < source[1] for s in subjects)


def unsure_participle(doc: Doc, i: int) -> bool:
    """Whether token `i` is a participle after a comma, hung on a verb with an
    adverbial clause of another subject right before the comma ('… when X
    scuttled the talks, citing …')."""
    table = token_table(doc)
    if table.tag[i] != "VBG" or table.dep[i] != "advcl" or table.text[i - 1] != ",":
        return False
    verb = table.head[i]
    return any(
        verb < clause < i
        and table.dep[clause] == "advcl"
        and subtree(doc, clause)[1] == i - 1
        and any(table.dep[c] in _SUBJECTS for c in table.children[clause])
        for clause in table.children[verb]
    )
