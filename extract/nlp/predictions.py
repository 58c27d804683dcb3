"""Predictions for a folder of plain texts, in the attribution scorer's format."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from spacy.language import Language

from extract.fragments import content_fragments
from extract.nlp.pipeline import extract_statements
from extract.parse import CleanText, strip_citations
from kernel.errors import ConfigError, ParseError
from kernel.records import Background, Statement

# A UTF-8 character is at most 4 bytes: a larger file is over the limit unread.
_MAX_BYTES_PER_CHAR = 4


def text_files(folder: Path) -> list[Path]:
    """`folder/*.txt`, or `folder/text/*.txt` (the PolNeAR layout), sorted."""
    for candidate in (folder, folder / "text"):
        files = sorted(candidate.glob("*.txt"))
        if files:
            return files
    raise ConfigError(f"no .txt files in {folder} or {folder / 'text'}")


def predict_folder(
    nlp: Language,
    folder: Path,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    skipped: dict[Path, str] | None = None,
    issuer: str | None = None,
) -> Iterator[dict]:
    """One scorer record per text file: {"doc": stem, "attributions": [...]}.

    Bracketed citations are removed before extraction and offsets mapped back,
    so every span indexes the file as written. A file that is not UTF-8 text,
    is over the model's limit or that the NLP fails on yields no record; its
    path and a one-line reason go into `skipped` when given.
    """
    skips: dict[Path, str] = {} if skipped is None else skipped
    paths: dict[str, Path] = {}
    cleaned: dict[str, CleanText] = {}
    for path in text_files(folder):
        try:
            text = read_text_file(path, max_chars=nlp.max_length)
        except ParseError as err:
            skips[path] = str(err)
            continue
        paths[path.stem] = path
        cleaned[path.stem] = strip_citations(text)
    failed: dict[str, str] = {}
    pairs = ((name, clean.text) for name, clean in cleaned.items())
    background = Background(dict.fromkeys(cleaned, issuer) if issuer else {})
    for name, statements in extract_statements(
        nlp,
        pairs,
        batch_size=batch_size,
        n_process=n_process,
        failed=failed,
        background=background,
    ):
        yield {"doc": name, "attributions": _attributions(cleaned[name], statements)}
    for name, reason in failed.items():
        skips[paths[name]] = reason
    if failed:  # the skips in file order, as read
        ordered = sorted(skips.items())
        skips.clear()
        skips.update(ordered)


def read_text_file(path: Path, *, max_chars: int | None = None) -> str:
    """The file as UTF-8 text, newlines read as Python's text mode reads them.

    Raises ParseError naming the cause for a binary file (NUL bytes), bytes that
    are not UTF-8, a file name that is not UTF-8, a file over `max_chars` by
    size alone, or a file that cannot be read.
    """
    if not _encodable(path.stem):
        raise ParseError("its file name is not UTF-8")
    try:
        if max_chars is not None:
            size = path.stat().st_size
            if size > _MAX_BYTES_PER_CHAR * max_chars:
                raise ParseError(
                    f"file of {size:,} bytes is over the model's limit of "
                    f"{max_chars:,} characters: not extracted"
                )
        data = path.read_bytes()
    except OSError as err:
        raise ParseError(f"cannot read it ({err.strerror or err})") from err
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ParseError(f"binary file (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ParseError(
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err
    return text.replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def replacing(target: Path, *, keep_if_empty: bool = False) -> Iterator[TextIO]:
    """A new UTF-8 file that replaces `target` only when the block ends normally.

    It is written beside `target` (through a symlink, beside the file it names)
    and renamed over it at the end; on any error, or when it is empty and
    `keep_if_empty`, it is removed and `target` stays as it was.
    """
    final = Path(os.path.realpath(target))
    if final.is_dir():
        raise ConfigError(f"the output {target} is a folder")
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
    try:
        with staging.open("x", encoding="utf-8") as out:
            yield out
            empty = out.tell() == 0
        if not (empty and keep_if_empty):
            os.replace(staging, final)
    finally:
        staging.unlink(missing_ok=True)


def _encodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _attributions(clean: CleanText, statements: list) -> list[dict]:
    def chars(pair: tuple[int, int]) -> list[int]:
        return [clean.to_original(pair[0]), clean.to_original(pair[1], end=True)]

    def span(pair: tuple[int, int] | None) -> list[int] | None:
        return None if pair is None else chars(pair)

    def fragments(s: Statement) -> list[int] | list[list[int]]:
        """The content, or its fragments less the reporting clause it holds."""
        parts = content_fragments(
            clean.text, s.content_span, s.cue_span, s.speaker_span
        )
        return chars(parts[0]) if len(parts) == 1 else [chars(p) for p in parts]

    return [
        {
            "source": span(s.speaker_span),
            "cue": span(s.cue_span),
            "content": fragments(s),
            "speaker": s.speaker,
            "speaker_mention": s.speaker_mention,
            "actor": s.actor_id,
            "actors": list(s.actor_ids),
            "kind": s.kind,
            "act": s.act,
            "cameo": s.cameo,
            "plover": s.plover,
            "topic": s.topic,
            "topics": list(s.topics),
            "addressee": s.addressee,
            "venue": s.venue,
        }
        for s in statements
    ]
