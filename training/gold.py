"""The training data: gold attributions (PolNeAR, the diplomatic train split) as
token facts, and parsed texts."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Token


@dataclass(frozen=True)
class Gold:
    """One gold attribution as token-level facts."""

    head: int
    cue: frozenset[int]
    content: frozenset[int]  # character offsets of letters and digits
    source: frozenset[int] | None


def read_gold(gold_dir: Path, scorer, skip: frozenset[str] = frozenset()) -> dict:
    """The scorer's view of the gold (first annotator per document), skipping
    the few malformed lines some training annotation files have, and the
    documents named in `skip` (never read)."""
    gold = {}
    for txt in sorted((gold_dir / "text").glob("*.txt")):
        if txt.stem in skip:
            continue
        anns = sorted((gold_dir / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        lines = anns[0].read_text(encoding="utf-8").splitlines()
        ann = "\n".join(line for line in lines if line.count("\t") >= 1)
        gold[txt.stem] = (txt.read_text(encoding="utf-8"), scorer.parse_ann(ann))
    return gold


def read_train_split(gold_dir: Path, scorer) -> dict:
    """`read_gold` less the documents its `splits.toml` puts in the test split
    (those are never read for training)."""
    splits = tomllib.loads((gold_dir / "splits.toml").read_text(encoding="utf-8"))
    test = set(splits["split"]["test"])
    if not test:
        raise SystemExit(f"{gold_dir / 'splits.toml'} names no test split")
    return read_gold(gold_dir, scorer, frozenset(test))


def parse(gold: dict, base: str, cache: Path | None) -> dict[str, Doc]:
    """Parse every gold text with the base model (cached when asked)."""
    nlp = spacy.load(base)
    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        by_name = {d.user_data["name"]: d for d in docs}
        if set(gold) <= set(by_name) and all("tensor" in d.user_data for d in docs):
            for doc in docs:
                doc.tensor = doc.user_data.pop("tensor")
            return by_name
    texts = ((text, name) for name, (text, _) in gold.items())
    by_name = {}
    for doc, name in nlp.pipe(texts, as_tuples=True, batch_size=16, n_process=2):
        doc.user_data["name"] = name
        by_name[name] = doc
    if cache:
        for doc in by_name.values():
            doc.user_data["tensor"] = doc.tensor  # DocBin keeps no tensors
        DocBin(store_user_data=True, docs=by_name.values()).to_disk(cache)
        for doc in by_name.values():
            del doc.user_data["tensor"]
    return by_name


def gold_attributions(doc: Doc, text: str, atts: list[dict], scorer) -> list[Gold]:
    """The scorer's gold attributions of a text as Gold records on its parsed Doc."""
    out = []
    for a in atts:
        if not a["cue"] or not a["content"]:
            continue
        cue = _tokens(doc, a["cue"])
        if not cue:
            continue
        head = _head(doc, cue)
        out.append(
            Gold(
                head=head,
                cue=frozenset(cue),
                content=scorer.letters(text, a["content"]),
                source=scorer.letters(text, a["source"]) if a["source"] else None,
            )
        )
    return out


def span_chars(doc: Doc, span: tuple[int, int]) -> list[int]:
    """Character offsets [start, end] of a token range, as the scorer takes them."""
    return [doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])]


def _tokens(doc: Doc, frags: Iterable[tuple[int, int]]) -> list[int]:
    out: set[int] = set()
    for start, end in frags:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return sorted(out)


def _head(doc: Doc, tokens: list[int]) -> int:
    """The token of a span whose head lies outside it (the first such)."""
    inside = set(tokens)
    for i in tokens:
        token: Token = doc[i]
        if token.head.i not in inside or token.head.i == i:
            return i
    return tokens[0]


def brat_events(ann: str) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """A brat file's events: (E id, role -> its text-bound fragments as
    character spans), in file order."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            offsets = info.partition(" ")[2]
            spans[tid] = [
                (int(s), int(e)) for s, e in (f.split() for f in offsets.split(";"))
            ]
        elif line.startswith("E"):
            eid, args = line.split("\t")[:2]
            roles = dict(a.split(":") for a in args.split())
            events.append((eid, {r: spans.get(t, []) for r, t in roles.items()}))
    return events
