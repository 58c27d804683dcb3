"""The act challenge sets (`tests/data/act_challenge*.tsv`): their rows, and each
sentence's act through the real pipeline (the `nlp` fixture)."""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.language import Language

from extract.nlp.pipeline import extract_statements

NO_STATEMENT = "none"  # the act column of a sentence that makes no statement


def challenge_rows(path: Path) -> list[tuple[str, str]]:
    """The (sentence, act) rows of a challenge set."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["sentence"], r["act"]) for r in rows]


def sentence_acts(nlp: Language, rows: list[tuple[str, str]]) -> dict[str, str | None]:
    """Each sentence's act, that of its statement with the longest content (None
    when no statement is found), in one batch."""
    found = extract_statements(nlp, [(str(i), s) for i, (s, _) in enumerate(rows)])
    acts: dict[str, str | None] = {}
    for (sentence, _), (_, statements) in zip(rows, found, strict=True):
        longest = max(statements, key=lambda s: len(s.content), default=None)
        acts[sentence] = longest.act if longest else None
    return acts
