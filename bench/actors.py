"""Actor accuracy on the diplomatic gold set: for whom each matched statement speaks.

Runs `communique extract-dir` over the annotated documents of `gold/diplomatic/`,
matches predicted to gold attributions as the shared scorer does (content soft match,
then the cue), and compares the predicted actor set with the gold set of each
matched attribution: single (one gold actor), joint (two or more) and none (no
actor: the right answer is none). Prints a table per split and genre, then the
shared scorer's attribution figures per split.

With `--corpus`, instead: runs the pipeline over all 54 documents of the shared
corpus (each with its site's issuer) and prints how many statements of the
official documents (transcripts, press statements, readouts, joint statements)
and of the news carry an actor, and which bare pronouns are left without one.

Usage: .venv/bin/python bench/actors.py [--split test|train|all] [--scorer PATH]
       [--show] [--corpus]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.gold import brat_events  # noqa: E402  (after the path is set)

GOLD = ROOT / "gold" / "diplomatic"
SCORER = ROOT.parent / "shared" / "eval" / "score_attributions.py"
KINDS = ("single", "joint", "none")
CORPUS = ROOT.parent / "shared" / "corpus" / "diplomatic.jsonl"
# The issuer each corpus site's source declares in sources.toml (`actor`), given to
# `extract-dir --issuer` as ingest gives it; news sites declare none.
ISSUERS = {"en.kremlin.ru": "RUS", "whitehouse.gov": "USA"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "train", "all"), default="all")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument(
        "--show", action="store_true", help="list each wrong or null actor"
    )
    parser.add_argument(
        "--corpus", action="store_true", help="actor coverage on the whole corpus"
    )
    parser.add_argument(
        "--docs", help="only these documents of the split (comma-separated ids)"
    )
    args = parser.parse_args()
    if args.corpus:
        return _coverage()
    scorer = _load_scorer(args.scorer)
    splits = tomllib.loads((GOLD / "splits.toml").read_text(encoding="utf-8"))
    genre = {doc: g for g, docs in splits["genre"].items() for doc in docs}
    test = set(splits["split"]["test"])
    annotated = sorted(p.name.split("_")[0] for p in GOLD.glob("attributions/*.ann"))
    chosen = {
        "test": [d for d in annotated if d in test],
        "train": [d for d in annotated if d not in test],
    }
    names = ("test", "train") if args.split == "all" else (args.split,)
    only = set(args.docs.split(",")) if args.docs else None
    for split in names:
        docs = [d for d in chosen[split] if only is None or d in only]
        if not docs:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder = _gold_folder(Path(tmp), docs)
            preds = _predict(folder, Path(tmp), issuers(docs))
            misses: list[str] = []
            tally = _tally(scorer, folder, preds, genre, misses)
            if args.show:
                print("\n".join(misses))
            _print_table(split, tally)
            print(f"\n### shared scorer, {split} split ({len(docs)} documents)\n")
            subprocess.run(
                [sys.executable, str(args.scorer), str(folder), str(preds)], check=True
            )
    return 0


PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them"}
)


def _coverage() -> int:
    """Share of statements with an actor, official documents against news."""
    from extract.nlp.pipeline import extract_statements, load_pipeline
    from kernel.records import Background

    records = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]
    issuer_of = issuers([r["id"] for r in records])
    kind = {
        r["id"]: "news" if "wikinews" in r["source"] else "official" for r in records
    }
    texts = [(r["id"], r["text"]) for r in records]
    found = extract_statements(
        load_pipeline(),
        texts,
        background=Background(
            {d: i for d, i in issuer_of.items() if i},
            titles={r["id"]: r["title"] for r in records if r.get("title")},
        ),
    )
    tally: Counter[tuple[str, str]] = Counter()
    bare: Counter[str] = Counter()
    for doc, statements in found:
        for s in statements:
            tally[(kind[doc], "all")] += 1
            tally[(kind[doc], "actor")] += bool(s.actor_ids)
            shown = (s.speaker or "").strip()  # the name the site shows
            if (
                kind[doc] == "official"
                and not s.actor_ids
                and shown.lower() in PRONOUNS
            ):
                bare[shown] += 1
    print("| documents | statements | with an actor |\n|---|---:|---:|")
    for k in ("official", "news"):
        total, with_actor = tally[(k, "all")], tally[(k, "actor")]
        print(f"| {k} | {total} | {with_actor / total:.0%} ({with_actor}) |")
    print(
        "\nspeakers shown as a bare pronoun without an actor, official documents:",
        dict(bare),
    )
    return 0


def _gold_folder(tmp: Path, docs: list[str]) -> Path:
    """A PolNeAR-layout folder holding only `docs`."""
    folder = tmp / "gold"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for doc in docs:
        shutil.copy(GOLD / "text" / f"{doc}.txt", folder / "text")
        shutil.copy(GOLD / "attributions" / f"{doc}_gold.ann", folder / "attributions")
    return folder


def issuers(docs: list[str]) -> dict[str, str | None]:
    """Each document's issuer, from its corpus site."""
    sites = {
        record["id"]: record["source"]
        for record in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
    }
    return {
        doc: next((a for s, a in ISSUERS.items() if sites[doc].startswith(s)), None)
        for doc in docs
    }


def _predict(folder: Path, tmp: Path, issuers: dict[str, str | None]) -> Path:
    """`communique extract-dir` once per issuer, the records of all in one file."""
    communique = Path(sys.executable).with_name("communique")
    out = tmp / "preds.jsonl"
    records = []
    for issuer in sorted(set(issuers.values()), key=str):
        part = tmp / f"part-{issuer}"
        (part / "text").mkdir(parents=True)
        for doc in (d for d, i in issuers.items() if i == issuer):
            shutil.copy(folder / "text" / f"{doc}.txt", part / "text")
        command = [str(communique), "extract-dir", str(part), "-o", str(part / "p")]
        command += ["--issuer", issuer] if issuer else []
        subprocess.run(command, check=True, capture_output=True)
        records.append((part / "p").read_text(encoding="utf-8"))
    out.write_text("".join(records), encoding="utf-8")
    return out


def _tally(
    scorer: ModuleType,
    folder: Path,
    preds: Path,
    genre: dict[str, str],
    misses: list[str],
) -> Counter[tuple[str, str, str]]:
    """Counts by (genre, kind, outcome): outcome is right, null (no actor where the
    gold has one), partial (some of the gold's actors and no other), wrong (names
    an actor the gold does not) or missed (the gold attribution matched no
    prediction)."""
    predicted = {
        record["doc"]: record["attributions"]
        for record in map(json.loads, preds.read_text(encoding="utf-8").splitlines())
    }
    tally: Counter[tuple[str, str, str]] = Counter()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        doc = ann.name.split("_")[0]
        text = (folder / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        gold = _gold_attributions(scorer, ann, text)
        got = [
            {
                r: scorer.letters(text, scorer.as_frags(p.get(r)))
                for r in ("cue", "content")
            }
            | {"actors": set(p.get("actors") or ())}
            | {"mention": p.get("speaker_mention")}
            for p in predicted.get(doc, [])
        ]
        pairs = dict(
            (gi, pi)
            for pi, gi in scorer.match(
                [p["content"] for p in got], [g["content"] for g in gold], 0.5
            )
            if scorer.jaccard(got[pi]["cue"], gold[gi]["cue"]) >= 0.5
        )
        for gi, g in enumerate(gold):
            kind = _kind(g["actors"])
            if gi not in pairs:
                tally[(genre.get(doc, "?"), kind, "missed")] += 1
                continue
            found = got[pairs[gi]]["actors"]
            outcome = (
                "right"
                if found == g["actors"]
                else "null"
                if not found
                else "partial"
                if found < g["actors"]
                else "wrong"
            )
            tally[(genre.get(doc, "?"), kind, outcome)] += 1
            if outcome != "right":
                misses.append(
                    f"{doc} {outcome:5} {got[pairs[gi]]['mention']!r}: "
                    f"{sorted(found)} for {sorted(g['actors'])}"
                )
    return tally


def _gold_attributions(scorer: ModuleType, ann: Path, text: str) -> list[dict]:
    """Each gold attribution's cue and content letters and its actor set."""
    out = []
    for eid, roles, sidecar in gold_events(ann.name.split("_")[0]):
        found = {
            role: scorer.letters(text, roles.get(name, []))
            for role, name in (("cue", "Cue"), ("content", "Content"))
        }
        out.append(found | {"actors": set(sidecar[eid]["actors"])})
    return out


def gold_events(
    doc: str,
) -> list[tuple[str, dict[str, list[tuple[int, int]]], dict]]:
    """A gold document's attributions: (E id, role -> character spans, the
    actors sidecar), read from its brat file."""
    sidecar = json.loads((GOLD / "actors" / f"{doc}.json").read_text("utf-8"))
    ann = GOLD / "attributions" / f"{doc}_gold.ann"
    events = brat_events(ann.read_text(encoding="utf-8"))
    return [(eid, roles, sidecar) for eid, roles in events]


def _kind(actors: set[str]) -> str:
    return "none" if not actors else ("single" if len(actors) == 1 else "joint")


def _print_table(split: str, tally: Counter[tuple[str, str, str]]) -> None:
    genres = sorted({g for g, _, _ in tally})
    print(f"\n## Actors, {split} split: right / matched statements\n")
    print(
        "| genre | " + " | ".join(KINDS) + " | names a wrong actor | some of a group"
        " | left null | missed |"
    )
    print("|---|" + "---:|" * (len(KINDS) + 4))
    for g in [*genres, "all"]:

        def count(kind: str | None, outcome: str, g: str = g) -> int:
            return sum(
                v
                for (gg, k, o), v in tally.items()
                if o == outcome and kind in (k, None) and g in (gg, "all")
            )

        cells = []
        for kind in KINDS:
            right = count(kind, "right")
            matched = right + sum(count(kind, o) for o in ("wrong", "partial", "null"))
            cells.append(
                f"{right / matched:.0%} ({right}/{matched})" if matched else "-"
            )
        matched = sum(count(None, o) for o in ("right", "wrong", "partial", "null"))
        print(
            f"| {g} | " + " | ".join(cells) + f" | {count(None, 'wrong')}/{matched}"
            f" | {count(None, 'partial')}/{matched} | {count(None, 'null')}/{matched}"
            f" | {count(None, 'missed')} |"
        )


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_attributions", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    raise SystemExit(main())
