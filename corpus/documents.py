"""Load the demo corpus: 54 open-licence diplomatic texts and one seed article."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
SLUG_MAX_CHARS = 80


class CorpusDataError(ValueError):
    """The corpus data files are missing, malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """One corpus text with the metadata its page shows.

    `original_url` is empty for the synthetic seed article, which has no original.
    """

    id: str
    site: str
    slug: str
    title: str
    date: str
    author: str
    doc_type: str
    place: str | None
    text: str
    original_url: str
    license: str
    license_url: str
    attribution: str


@dataclass(frozen=True, slots=True)
class _Origin:
    site: str
    source_prefix: str
    author: str
    attribution: str


_ORIGINS = (
    _Origin(
        "kremlin",
        "en.kremlin.ru",
        "Presidential Executive Office of the Russian Federation",
        "Source: President of Russia, en.kremlin.ru, CC BY 4.0",
    ),
    _Origin(
        "whitehouse",
        "whitehouse.gov",
        "The White House",
        "The White House (U.S. Government), whitehouse.gov; public domain",
    ),
    _Origin(
        "wikinews",
        "en.wikinews.org",
        "Wikinews contributors",
        "From Wikinews (https://en.wikinews.org), CC BY 2.5",
    ),
)


def load_documents(data_dir: Path | None = None) -> list[CorpusDocument]:
    """Load every corpus document, sorted by (date, id)."""
    folder = DATA_DIR if data_dir is None else data_dir
    docs = [*_load_diplomatic(folder / "diplomatic.jsonl"), _load_seed(folder)]
    slugs = [doc.slug for doc in docs]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise CorpusDataError(f"corpus in {folder}: duplicate slugs {duplicates}")
    return sorted(docs, key=lambda doc: (doc.date, doc.id))


def slugify(text: str, max_chars: int = SLUG_MAX_CHARS) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) <= max_chars:
        return slug
    return slug[: max_chars + 1].rsplit("-", 1)[0]


def _load_diplomatic(path: Path) -> list[CorpusDocument]:
    try:
        lines = path.read_bytes().decode("utf-8").splitlines()
    except OSError as err:
        raise CorpusDataError(f"cannot read corpus file {path}: {err}") from err
    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            docs.append(_diplomatic_document(json.loads(line)))
        except (KeyError, ValueError) as err:
            raise CorpusDataError(f"{path}:{number}: bad record: {err}") from err
    return docs


def _diplomatic_document(record: dict[str, object]) -> CorpusDocument:
    source = str(record["source"])
    origin = next((o for o in _ORIGINS if source.startswith(o.source_prefix)), None)
    if origin is None:
        raise ValueError(f"unknown source {source!r}")
    place = record.get("place")
    return CorpusDocument(
        id=str(record["id"]),
        site=origin.site,
        slug=slugify(f"{record['id']} {record['title']}"),
        title=str(record["title"]),
        date=_iso_date(str(record["date"])),
        author=origin.author,
        doc_type=str(record["doc_type"]),
        place=None if place is None else str(place),
        text=str(record["text"]),
        original_url=str(record["url"]),
        license=str(record["license"]),
        license_url=str(record["license_url"]),
        attribution=origin.attribution,
    )


def _load_seed(folder: Path) -> CorpusDocument:
    text_path, meta_path = folder / "seed-article.txt", folder / "seed-article.toml"
    try:
        text = text_path.read_bytes().decode("utf-8")
        meta = tomllib.loads(meta_path.read_bytes().decode("utf-8"))
    except (OSError, ValueError) as err:
        raise CorpusDataError(
            f"cannot read the seed article in {folder}: {err}"
        ) from err
    try:
        return CorpusDocument(
            id=meta["id"],
            site=meta["site"],
            slug=slugify(f"{meta['id']} {meta['title']}"),
            title=meta["title"],
            date=_iso_date(meta["date"]),
            author=meta["author"],
            doc_type=meta["doc_type"],
            place=meta.get("place"),
            text=text,
            original_url=meta["original_url"],
            license=meta["licence"],
            license_url=meta["licence_url"],
            attribution=meta["attribution"],
        )
    except (KeyError, ValueError) as err:
        raise CorpusDataError(f"{meta_path}: bad seed metadata: {err}") from err


def _iso_date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"date {value!r} is not YYYY-MM-DD")
    return value
