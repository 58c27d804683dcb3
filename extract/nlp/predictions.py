"""Predictions for a folder of plain texts, in the attribution scorer's format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language

from extract.nlp.pipeline import extract_statements
from extract.parse import strip_citations
from kernel.errors import ConfigError


def text_files(folder: Path) -> list[Path]:
    """`folder/*.txt`, or `folder/text/*.txt` (the PolNeAR layout), sorted."""
    for candidate in (folder, folder / "text"):
        files = sorted(candidate.glob("*.txt"))
        if files:
            return files
    raise ConfigError(f"no .txt files in {folder} or {folder / 'text'}")


def predict_folder(
    nlp: Language, folder: Path, *, batch_size: int = 16, n_process: int = 1
) -> Iterator[dict]:
    """One scorer record per text file: {"doc": stem, "attributions": [...]}.

    Bracketed citations are removed before extraction and offsets mapped back,
    so every span indexes the file as written.
    """
    files = text_files(folder)
    cleaned = {f.stem: strip_citations(f.read_text(encoding="utf-8")) for f in files}
    pairs = ((name, clean.text) for name, clean in cleaned.items())
    for name, statements in extract_statements(
        nlp, pairs, batch_size=batch_size, n_process=n_process
    ):
        clean = cleaned[name]

        def span(pair: tuple[int, int] | None, clean=clean) -> list[int] | None:
            if pair is None:
                return None
            return [clean.to_original(pair[0]), clean.to_original(pair[1], end=True)]

        yield {
            "doc": name,
            "attributions": [
                {
                    "source": span(s.speaker_span),
                    "cue": span(s.cue_span),
                    "content": span(s.content_span),
                    "speaker": s.speaker,
                    "speaker_mention": s.speaker_mention,
                    "actor": s.actor_id,
                    "actors": list(s.actor_ids),
                    "kind": s.kind,
                    "act": s.act,
                    "topic": s.topic,
                    "topics": list(s.topics),
                    "addressee": s.addressee,
                    "venue": s.venue,
                }
                for s in statements
            ],
        }
