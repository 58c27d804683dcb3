"""Real pages: main text, titles, dates and languages, ours beside plain trafilatura.

Reads ../shared/realpages/ in place. Main text is scored as the article-extraction
benchmark scores it: \\w+ tokens, shingles of four, true and false positives and
negatives per page normalised to sum to one, precision and recall averaged over
pages, F1 from the two averages. Dates are scored against the htmldate set's truth
and, on aeb/, against the date in the page's URL (/2019/11/18/ or /2019-11-18/).

Usage: .venv/bin/python bench/realpages.py [--root PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.parse import read_page  # noqa: E402  (after the path is set)
from kernel.records import RawDocument  # noqa: E402

REALPAGES = ROOT.parent / "shared" / "realpages"
_WORD = re.compile(r"\w+")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/._-]|$)")
_SUFFIX = re.compile(r"\s[|\u2013\u2014-]\s|\s::\s")


@dataclass(frozen=True, slots=True)
class RealPage:
    """A saved page with its truth."""

    key: str
    url: str
    html: bytes
    body: str | None  # human main text (aeb)
    published: date | None  # the truth, or the date in the URL


@dataclass(frozen=True, slots=True)
class Reading:
    """What one parser made of a page."""

    text: str
    title: str | None
    published: date | None
    language: str | None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REALPAGES)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"{args.root}: no such folder", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    rows = []
    for folder in ("aeb", "htmldate-mediacloud"):
        pages = list(load_pages(args.root / folder))[: args.limit]
        ours = [_ours(page) for page in pages]
        plain = [_plain(page) for page in pages]
        rows += _rows(folder, pages, ours, plain)
    print("| set | measure | Communiqué | plain trafilatura |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


def load_pages(folder: Path) -> Iterator[RealPage]:
    """Every page of one folder of realpages, with its ground truth."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        known = item.get("date")
        published = date.fromisoformat(known) if known else url_date(item["url"])
        yield RealPage(key, item["url"], html, item.get("articleBody"), published)


def url_date(url: str) -> date | None:
    """The date a URL's path spells (/2019/11/8/), if any."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def shingle_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """True positives, false positives and false negatives over 4-word shingles,
    normalised to sum to one (so long pages weigh no more than short ones)."""
    want, got = _shingles(truth), _shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def text_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision, recall and F1 as the benchmark averages them."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _ratio(hit: float, wrong: float, other: float) -> float:
    if wrong == other == 0:
        return 1.0
    return hit / (hit + wrong) if hit + wrong else 0.0


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


def _raw(page: RealPage) -> RawDocument:
    return RawDocument(
        source_name="realpages",
        url=page.url,
        final_url=page.url,
        status=200,
        content_type="text/html",
        etag=None,
        last_modified=None,
        body=page.html,
        fetched_at=datetime.now(UTC),
    )


def _ours(page: RealPage) -> Reading:
    reading = read_page(_raw(page))
    return Reading(
        reading.text or "", reading.title, reading.published, reading.language
    )


def _plain(page: RealPage) -> Reading:
    html = page.html.decode("utf-8", errors="replace")
    text = trafilatura.extract(html, url=page.url) or ""
    meta = trafilatura.bare_extraction(html, url=page.url, with_metadata=True)
    if not isinstance(meta, Document):
        return Reading(text, None, None, None)
    published = date.fromisoformat(meta.date[:10]) if meta.date else None
    return Reading(text, meta.title, published, meta.language)


def _rows(
    folder: str, pages: list[RealPage], ours: list[Reading], plain: list[Reading]
) -> list[list[str]]:
    rows = []
    with_body = [i for i, page in enumerate(pages) if page.body is not None]
    if with_body:
        chosen = [pages[i] for i in with_body]
        cells = [_text_cell(chosen, [r[i] for i in with_body]) for r in (ours, plain)]
        rows.append([folder, "main text P / R / F1", *cells])
        rows.append(
            [
                folder,
                "pages 0.05 F1 or more below the other",
                *_worse(
                    [pages[i] for i in with_body],
                    [ours[i] for i in with_body],
                    [plain[i] for i in with_body],
                ),
            ]
        )
    dated = [i for i, page in enumerate(pages) if page.published is not None]
    what = "dates right (URL-dated pages)" if with_body else "dates right"
    rows.append(
        [folder, what]
        + [
            f"{sum(r[i].published == pages[i].published for i in dated)}/{len(dated)}"
            for r in (ours, plain)
        ]
    )
    rows.append(
        [folder, "dates before 1990 or after today"]
        + [str(sum(_implausible(x.published) for x in r)) for r in (ours, plain)]
    )
    rows.append(
        [folder, "titles with a site suffix (`|`, `-`, `::`)"]
        + [str(sum(_suffixed(x.title) for x in r)) for r in (ours, plain)]
    )
    rows.append([folder, "languages found", *(_languages(r) for r in (ours, plain))])
    return rows


def _text_cell(pages: list[RealPage], readings: list[Reading]) -> str:
    counts = [
        shingle_counts(p.body or "", r.text)
        for p, r in zip(pages, readings, strict=True)
    ]
    precision, recall, f1 = text_scores(counts)
    return f"{precision:.3f} / {recall:.3f} / {f1:.3f}"


def _worse(
    pages: list[RealPage], ours: list[Reading], plain: list[Reading]
) -> list[str]:
    """How many pages each side scores 0.05 F1 or more below the other."""
    ours_f1 = [
        text_scores([shingle_counts(p.body or "", r.text)])[2]
        for p, r in zip(pages, ours, strict=True)
    ]
    plain_f1 = [
        text_scores([shingle_counts(p.body or "", r.text)])[2]
        for p, r in zip(pages, plain, strict=True)
    ]
    pairs = list(zip(ours_f1, plain_f1, strict=True))
    return [
        str(sum(a <= b - 0.05 for a, b in pairs)),
        str(sum(b <= a - 0.05 for a, b in pairs)),
    ]


def _implausible(value: date | None) -> bool:
    return value is not None and not date(1990, 1, 1) <= value <= date.today()


def _suffixed(title: str | None) -> bool:
    return bool(title and _SUFFIX.search(title))


def _languages(readings: list[Reading]) -> str:
    counts = Counter(r.language or "none" for r in readings)
    top = ", ".join(f"{lang} {n}" for lang, n in counts.most_common(4))
    return f"{len(counts)} ({top})"


if __name__ == "__main__":
    raise SystemExit(main())
