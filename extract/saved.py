"""Saved HTML files read as the parser reads fetched pages (`communique parse-html`)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from extract.parse import read_page
from kernel.errors import ParseError
from kernel.records import PageReading, RawDocument

SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


def saved_files(paths: list[Path]) -> list[Path]:
    """The files named, and the HTML files (`*.html`, `*.htm`, `*.html.gz`) in the
    folders named, sorted; ParseError for a path that does not exist."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.name.lower().endswith(SUFFIXES)]
            files += sorted(p for p in found if p.is_file())
        elif path.exists():
            files.append(path)
        else:
            raise ParseError(f"{path}: no such file or folder")
    return files


def read_saved(files: list[Path], url: str | None = None) -> Iterator[dict]:
    """One JSON-ready record per file: what the parser makes of it, or why it was
    rejected. `url` is the page's address when known (one file only); else the
    file's own `file://` URL stands in."""
    for path in files:
        page_url = url or path.resolve().as_uri()
        try:
            body = path.read_bytes()
            if path.name.lower().endswith(".gz"):
                body = gzip.decompress(body)
        except (OSError, EOFError, gzip.BadGzipFile) as err:
            yield {"file": str(path), "url": page_url, "rejected": f"{path}: {err}"}
            continue
        raw = RawDocument(
            source_name="saved",
            url=page_url,
            final_url=page_url,
            status=200,
            content_type="text/html",
            etag=None,
            last_modified=None,
            body=body,
            fetched_at=datetime.now(UTC),
        )
        yield reading_record(str(path), read_page(raw))


def reading_record(file: str, reading: PageReading) -> dict:
    """A page reading as one JSON object."""
    article = reading.article
    return {
        "file": file,
        "url": reading.url,
        "page_type": reading.page_type,
        "page_reason": reading.page_reason,
        "language": reading.language,
        "title": reading.title,
        "published": reading.published.isoformat() if reading.published else None,
        "date_source": reading.date_source,
        "canonical_url": article.canonical_url if article else None,
        "text": reading.text,
        "rejected": reading.rejected,
    }
