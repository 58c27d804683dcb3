"""Parse a fetched document into an article: main text, metadata and citations."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urljoin, urlsplit

import trafilatura
from bs4 import BeautifulSoup
from tld import get_fld
from trafilatura.settings import Document

from extract.dates import publication_date
from extract.lead import with_lead
from extract.metadata import PageMeta, page_metadata
from extract.pagetype import page_kind, text_language
from extract.titles import page_title
from kernel.errors import ParseError
from kernel.records import Article, Citation, PageReading, RawDocument

PARSER_VERSION = "parse-3"  # 3: original URL and attribution
MIN_TEXT_CHARS = 200
NOT_ARTICLES = ("listing", "gallery")  # page types kept without an article, no error

# A bracketed note at the end of a paragraph: "… [UN discussions and official remarks]".
_CITATION = re.compile(r"[ \t]*\[([^\[\]\n]{3,300})\][ \t]*(?=\n|$)")
# The seed corpus's unmarked note: after a sentence's end, three or more words of
# letters only ("regional stability. [citation attributed to the interview]").
# Brackets holding digits or code ("[1 cup asparagus]", "[2, 3, 4]", "[John 3:16]")
# are content.
_NOTE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){2,}")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text with its bracketed citations removed, and the way back to the original."""

    text: str
    citations: tuple[Citation, ...]
    cuts: tuple[tuple[int, int], ...]  # (position in clean text, characters removed)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Map an offset in the clean text to the text the citations were cut from."""
        positions = [pos for pos, _ in self.cuts]
        index = bisect_right(positions, offset - 1 if end else offset)
        return offset + sum(length for _, length in self.cuts[:index])


def parse_document(raw: RawDocument) -> Article:
    """The article in a fetched HTML page; ParseError if it holds none."""
    reading = read_page(raw)
    if reading.article is None:
        raise ParseError(reading.rejected or f"{raw.url}: not an article")
    return reading.article


def read_page(raw: RawDocument, today: date | None = None) -> PageReading:
    """What a fetched page is and holds: its type, language, title, date and
    main text, with the article when it is one, or why it is not."""
    content_type = (raw.content_type or "text/html").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        return _rejected(raw, f"not an HTML page (Content-Type {content_type})")
    html = decode_body(raw.body, raw.content_type)
    if not html.strip():
        return _rejected(raw, "empty body")
    try:
        soup = BeautifulSoup(html, "lxml")
        extracted = trafilatura.bare_extraction(
            html,
            url=raw.final_url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
        meta = page_metadata(soup)
    except Exception as err:  # a library choking on odd markup: a bad document
        return _rejected(raw, f"cannot read the HTML ({type(err).__name__}: {err})")
    if not isinstance(extracted, Document) or not (extracted.text or "").strip():
        return _rejected(raw, "no main text found")
    return _reading(raw, soup, meta, extracted, today or date.today())


def parse_documents(
    documents: Sequence[RawDocument],
    read: Callable[[RawDocument], PageReading] = read_page,
) -> tuple[list[Article], list[str], list[PageReading]]:
    """The articles found; an error line for each document without one (listings
    and galleries are no error); and the reading of every page that is no article."""
    articles, errors, others = [], [], []
    for document in documents:
        reading = read(document)
        if reading.article is not None:
            articles.append(reading.article)
        else:
            others.append(reading)
            if reading.page_type not in NOT_ARTICLES:
                errors.append(f"{document.source_name}: {reading.rejected}")
    return articles, errors, others


def own_canonical(declared: str | None, page_url: str) -> str:
    """The canonical URL a page declares, made absolute, if it is on the page's own
    site (the same registrable domain, or the same host when it has none); else the
    page's own URL, so that no page can claim another site's article."""
    if not declared:
        return page_url
    try:
        url = declared if urlsplit(declared).scheme else urljoin(page_url, declared)
        parts = urlsplit(url)
        site = _site(url, parts.hostname)
        own = _site(page_url, urlsplit(page_url).hostname)
    except ValueError:  # an unreadable URL (a broken IPv6 host, say)
        return page_url
    plain = url.isprintable() and not any(c.isspace() or c == "\\" for c in url)
    if plain and parts.scheme in ("http", "https") and site and site == own:
        return url
    return page_url


def original_url(declared: str | None, page_url: str) -> str | None:
    """The URL of the original a republished page names (JSON-LD `isBasedOn`),
    made absolute; None when there is none, or it is no plain http(s) URL or the
    page itself. Kept beside the canonical URL, never in its place: any page may
    name any original, so it only ever becomes a link."""
    if not declared:
        return None
    try:
        url = urljoin(page_url, declared)
        scheme = urlsplit(url).scheme
    except ValueError:  # an unreadable URL (a broken IPv6 host, say)
        return None
    plain = url.isprintable() and not any(c.isspace() or c == "\\" for c in url)
    return url if plain and scheme in ("http", "https") and url != page_url else None


def strip_citations(text: str, known: frozenset[str] | None = None) -> CleanText:
    """Remove bracketed citations that end a paragraph and remember where each stood.

    Only notes the page marks as citations (`known`, from its <cite> elements) are
    removed; with none marked (or no page, as for plain text files), only notes
    that follow the seed corpus's pattern: words alone, after a sentence's end.
    """
    pieces, citations, cuts = [], [], []
    last = removed = 0
    for match in _CITATION.finditer(text):
        note = match.group(1).strip()
        if not _is_citation(note, text[: match.start()], known):
            continue
        pieces.append(text[last : match.start()])
        clean_pos = match.start() - removed
        citations.append(Citation(text=note, offset=clean_pos))
        cuts.append((clean_pos, match.end() - match.start()))
        removed += match.end() - match.start()
        last = match.end()
    pieces.append(text[last:])
    return CleanText("".join(pieces), tuple(citations), tuple(cuts))


def decode_body(body: bytes, content_type: str | None) -> str:
    """The body as text.

    Tried in turn: a byte-order mark; a UTF-16/32 charset in the header; UTF-8
    (whatever else the header claims: a wrong charset is common, and text that is
    valid UTF-8 almost never is anything else); the header's charset; a <meta>
    charset; cp1252; finally UTF-8 with replacement characters.
    """
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(bom_encoding, errors="replace")
    declared = _charset(content_type or "")
    wide = declared is not None and declared.startswith(("utf-16", "utf-32"))
    match = _META_CHARSET.search(body[:4096])
    meta = match.group(1).decode("ascii", errors="ignore") if match else None
    candidates = [declared if wide else None, "utf-8", declared, meta, "cp1252"]
    for encoding in candidates:
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \t\"'"):
            return value.strip(" \t\"'").lower()
    return None


def _site(url: str, host: str | None) -> str | None:
    """The registrable domain of a URL ("un.org" for news.un.org), or its host."""
    return get_fld(url, fail_silently=True) or host


def _is_citation(note: str, before: str, known: frozenset[str] | None) -> bool:
    if known:
        return note in known or f"[{note}]" in known
    return before.rstrip().endswith(_SENTENCE_END) and bool(_NOTE.fullmatch(note))


def _cited_notes(soup: BeautifulSoup) -> frozenset[str]:
    """Texts the page itself marks as citations (<cite> elements in brackets)."""
    notes = {cite.get_text(" ", strip=True) for cite in soup.find_all("cite")}
    return frozenset(n.strip("[]").strip() for n in notes if n.startswith("["))


def _drop_title_line(text: str, title: str | None) -> str:
    """Drop the headline (and a kicker above it) when the main text starts with it."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:3]):
        if title and line.strip() == title.strip():
            return "\n".join(lines[index + 1 :])
    return text


def _reading(
    raw: RawDocument,
    soup: BeautifulSoup,
    meta: PageMeta,
    extracted: Document,
    today: date,
) -> PageReading:
    sitename = meta.get("sitename") or extracted.sitename
    title = page_title(
        [meta.get(key) for key in ("og:title", "headline", "h1", "html-title")]
        + [extracted.title],
        sitename,
        raw.final_url,
    )
    text = with_lead(soup, _drop_title_line(extracted.text or "", title))
    clean = strip_citations(text, known=_cited_notes(soup))
    published, date_source = publication_date(
        meta.dates, extracted.date, raw.final_url, today
    )
    language = text_language(clean.text, meta.get("language") or extracted.language)
    kind, why = page_kind(soup, clean.text, frozenset(meta.types))
    reading = PageReading(
        url=raw.url,
        page_type=kind,
        page_reason=why,
        language=language,
        title=title,
        published=published,
        date_source=date_source,
        text=clean.text,
    )
    if kind != "article":
        return replace(reading, rejected=f"{raw.url}: not an article: a {kind} ({why})")
    if len(clean.text) < MIN_TEXT_CHARS:
        return replace(
            reading,
            page_type="other",
            page_reason="main text too short",
            rejected=f"{raw.url}: main text too short ({len(clean.text)} "
            "characters): probably not an article",
        )
    article = Article(
        document_id=raw.document_id,
        url=raw.url,
        canonical_url=own_canonical(meta.get("canonical"), raw.final_url),
        title=title,
        author=meta.get("author") or extracted.author,
        sitename=sitename,
        published=published,
        date_source=date_source,
        language=language,
        text=clean.text,
        citations=clean.citations,
        license=meta.get("license") or extracted.license,
        original_url=original_url(meta.get("original"), raw.final_url),
        attribution=meta.get("attribution"),
        parser_version=PARSER_VERSION,
    )
    return replace(reading, article=article)


def _rejected(raw: RawDocument, why: str) -> PageReading:
    return PageReading(
        url=raw.url, page_type="other", page_reason=why, rejected=f"{raw.url}: {why}"
    )
