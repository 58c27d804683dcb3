"""The real pages of ../shared/realpages/, read in place (never copied here)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kernel.records import RawDocument

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"


def realpages(folder: str) -> Path:
    """The folder of real pages, or skip the test with the reason."""
    path = REALPAGES / folder
    if not (path / "ground-truth.json").is_file():
        pytest.skip(f"{path} is absent: the real pages are not on this machine")
    return path


def truth(folder: str) -> dict[str, dict]:
    """The folder's ground truth, keyed by page."""
    text = (realpages(folder) / "ground-truth.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def raw_page(folder: str, key: str, url: str) -> RawDocument:
    """A saved page as the fetch stage would hand it over."""
    body = gzip.decompress((realpages(folder) / "html" / f"{key}.html.gz").read_bytes())
    return RawDocument(
        source_name="realpages",
        url=url,
        final_url=url,
        status=200,
        content_type="text/html",
        etag=None,
        last_modified=None,
        body=body,
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def pages(folder: str) -> Iterator[tuple[str, dict, RawDocument]]:
    """Every page of a folder with its truth."""
    for key, item in sorted(truth(folder).items()):
        yield key, item, raw_page(folder, key, item["url"])
