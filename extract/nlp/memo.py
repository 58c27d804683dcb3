"""Facts about a parsed Doc that several components read, computed once per Doc.

A Doc is not changed after parsing, so a fact derived from its tokens holds for
its life; it is kept in the Doc's own `user_data`, under a key of this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")
_PREFIX = "communique.memo."


def once_per_doc(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, computed on the first call for this Doc and name only."""
    key = _PREFIX + name
    data = doc.user_data
    if key not in data:
        data[key] = compute(doc)
    return data[key]  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """The Doc's text: `Doc.text` joins its tokens again on every access."""
    return once_per_doc(doc, "text", _text)


def _text(doc: Doc) -> str:
    return doc.text


def actor_tokens(doc: Doc) -> bytes:
    """1 for each token inside an actor mention, once per Doc."""
    return once_per_doc(doc, "actor_tokens", _actor_tokens)


def _actor_tokens(doc: Doc) -> bytes:
    covered = bytearray(len(doc))
    for mention in doc.spans.get("actors", []):
        covered[mention.start : mention.end] = b"\x01" * len(mention)
    return bytes(covered)


def actor_ranges(doc: Doc) -> list[tuple[int, int, str]]:
    """Each actor mention's token range and actor id, in the group's order,
    once per Doc."""
    return once_per_doc(doc, "actor_ranges", _actor_ranges)


def _actor_ranges(doc: Doc) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in doc.spans.get("actors", [])]
