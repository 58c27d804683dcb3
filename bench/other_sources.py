"""Speakers and actors on documents of sources outside our corpus.

Runs the pipeline (as `extract-dir` does, no issuer declared) over the texts of
`tests/data/other_sources/` and compares each statement a sidecar expects with
the statement found for it: right (the expected actor set, or none where none
is expected), null (none where some is expected), partial (some of a group),
wrong (an actor not expected) or missing (no statement found with that cue and
content). Where a sidecar gives the statement's act (the gold's ids), the act of
each statement found is right or wrong too. Prints one row per document and the
total.

Usage: .venv/bin/python bench/other_sources.py [--folder PATH] [--show]
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
TO_GOLD = {"express_intent_to_negotiate": "intend_to_cooperate"}  # as bench/acts.py


@dataclass(frozen=True, slots=True)
class Expected:
    """One statement a sidecar expects: its cue, a piece of its content and actors."""

    doc: str
    cue: str
    content: str
    speaker: str
    actors: tuple[str, ...]
    act: str | None = None


def expectations(folder: Path = FOLDER) -> list[Expected]:
    """Every expected statement of the folder's sidecars, document by document."""
    found = []
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["statements"]:
            actors = tuple(item["actors"] or ())
            cue, content, speaker = item["cue"], item["content"], item["speaker"]
            act = item.get("act")
            found.append(Expected(path.stem, cue, content, speaker, actors, act))
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


def act_outcome(expected: Expected, statement: Statement | None) -> str | None:
    """`act right` or `act wrong` for a statement found, None where not judged."""
    if expected.act is None or statement is None:
        return None
    act = TO_GOLD.get(statement.act, statement.act)
    return "act right" if act == expected.act else "act wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="texts, sidecars")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    docs = texts(args.folder)
    found = dict(extract_statements(load_pipeline(), list(docs.items())))
    tally: Counter[tuple[str, str]] = Counter()
    for item in expectations(args.folder):
        statement = matching(item, found[item.doc])
        result, act = outcome(item, statement), act_outcome(item, statement)
        tally[item.doc, result] += 1
        if act:
            tally[item.doc, act] += 1
        if args.show and (result != "right" or act == "act wrong"):
            got = statement and (
                statement.speaker_mention,
                statement.actor_ids,
                statement.act,
            )
            print(f"{result:8} {item.doc}: {item.cue} | {item.speaker} "
                  f"{list(item.actors)} {item.act or ''} -> {got}")  # fmt: skip
    _print_table(list(docs), tally)
    return 0


def _print_table(docs: list[str], tally: Counter[tuple[str, str]]) -> None:
    judged = any(o.startswith("act ") for _, o in tally)
    columns = (*OUTCOMES, "act right", "act wrong") if judged else OUTCOMES
    print("| document | expected | " + " | ".join(columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for doc in [*docs, None]:
        counts = [
            sum(n for (d, o), n in tally.items() if o == out and doc in (d, None))
            for out in columns
        ]
        cells = " | ".join(map(str, counts))
        print(f"| {doc or 'all'} | {sum(counts[: len(OUTCOMES)])} | {cells} |")
    if judged:
        right, wrong = (
            sum(n for (_, o), n in tally.items() if o == a) for a in columns[-2:]
        )
        print(f"acts: {right} of {right + wrong} found right")


if __name__ == "__main__":
    raise SystemExit(main())
