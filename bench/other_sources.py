"""Speakers and actors on documents of sources outside our corpus.

Runs the pipeline (as `extract-dir` does, no issuer declared) over the texts of
`tests/data/other_sources/` and compares each statement a sidecar expects with
the statement found for it: right (the expected actor set, or none where none
is expected), null (none where some is expected), partial (some of a group),
wrong (an actor not expected) or missing (no statement found with that cue and
content). Prints one row per document and the total.

Usage: .venv/bin/python bench/other_sources.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp.pipeline import extract_statements, load_pipeline  # noqa: E402
from kernel.records import Statement  # noqa: E402

FOLDER = ROOT / "tests" / "data" / "other_sources"
OUTCOMES = ("right", "null", "partial", "wrong", "missing")


@dataclass(frozen=True, slots=True)
class Expected:
    """One statement a sidecar expects: its cue, a piece of its content and actors."""

    doc: str
    cue: str
    content: str
    speaker: str
    actors: tuple[str, ...]


def expectations(folder: Path = FOLDER) -> list[Expected]:
    """Every expected statement of the folder's sidecars, document by document."""
    found = []
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["statements"]:
            actors = tuple(item["actors"] or ())
            cue, content, speaker = item["cue"], item["content"], item["speaker"]
            found.append(Expected(path.stem, cue, content, speaker, actors))
    return found


def texts(folder: Path = FOLDER) -> dict[str, str]:
    """The documents by name."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def matching(expected: Expected, found: list[Statement]) -> Statement | None:
    """The statement found with the expected cue and content, if any."""
    words = _words(expected.cue)
    snippet = expected.content.lower()
    for statement in found:
        if _words(statement.cue) & words and snippet in statement.content.lower():
            return statement
    for statement in found:  # content cut short: the sentence holds it
        if _words(statement.cue) & words and snippet in statement.sentence.lower():
            return statement
    return None


def _words(cue: str) -> set[str]:
    return {w.strip('.,:;!?"') for w in cue.lower().split()} - {""}


def outcome(expected: Expected, statement: Statement | None) -> str:
    """How the statement found answers the expected one (one of OUTCOMES)."""
    if statement is None:
        return "missing"
    got, want = set(statement.actor_ids), set(expected.actors)
    if got == want:
        return "right"
    if not got:
        return "null"
    return "partial" if got < want else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    docs = texts()
    found = dict(extract_statements(load_pipeline(), list(docs.items())))
    tally: Counter[tuple[str, str]] = Counter()
    for item in expectations():
        statement = matching(item, found[item.doc])
        result = outcome(item, statement)
        tally[item.doc, result] += 1
        if args.show and result != "right":
            got = statement and (statement.speaker_mention, statement.actor_ids)
            print(f"{result:8} {item.doc}: {item.cue} | {item.speaker} "
                  f"{list(item.actors)} -> {got}")  # fmt: skip
    print("| document | expected | " + " | ".join(OUTCOMES) + " |")
    print("|---|---:|" + "---:|" * len(OUTCOMES))
    for doc in [*docs, None]:
        counts = [
            sum(n for (d, o), n in tally.items() if o == out and doc in (d, None))
            for out in OUTCOMES
        ]
        cells = " | ".join(map(str, counts))
        print(f"| {doc or 'all'} | {sum(counts)} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
