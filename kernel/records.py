"""The plain records that flow between stages."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


def stable_id(*parts: object) -> str:
    """A short, stable id: the hex SHA-256 of the parts joined, first 16 characters."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Source:
    """A feed, sitemap or page to fetch, as configured in sources.toml."""

    name: str
    kind: str  # feed | sitemap | page
    url: str
    allow_private: bool = False
    delay: float = 1.0
    limit: int | None = None
    actor: str | None = None  # the issuer: its voice for first person (`RUS`)
    example: bool = False  # made-up example articles: shown, never positions

    @property
    def source_id(self) -> str:
        return stable_id(self.url)


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET sends back: the last ETag and Last-Modified seen."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchAttempt:
    """One HTTP attempt, successful or not."""

    url: str
    attempt: int
    status: int | None
    outcome: str  # ok | not_modified | error | skipped
    error: str | None
    started_at: datetime
    elapsed_ms: float
    bytes: int | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A fetched page, kept as bytes so parsing can re-run without fetching."""

    source_name: str
    url: str
    final_url: str
    status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    body: bytes
    fetched_at: datetime

    @property
    def document_id(self) -> str:
        return stable_id(self.url)

    @property
    def body_sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True, slots=True)
class SourceResult:
    """Everything one source's fetch produced: documents, attempts and failures."""

    source: Source
    documents: tuple[RawDocument, ...] = ()
    attempts: tuple[FetchAttempt, ...] = ()
    not_modified: tuple[str, ...] = ()  # page URLs answered 304
    listing: Validators | None = None  # validators of the feed or sitemap, if any
    listing_unchanged: bool = False
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PageChunk:
    """Up to `chunk_size` page URLs of one source, fetched and stored together.

    A source's chunks come from its listing: the first carries the listing's
    attempts and errors, the last its validators (saved only once every chunk of
    the source is stored, so a run that stops half-way reads the listing again).
    """

    source: Source
    urls: tuple[str, ...] = ()
    attempts: tuple[FetchAttempt, ...] = ()  # the listing's, on the first chunk
    errors: tuple[str, ...] = ()  # the listing's, on the first chunk
    listing: Validators | None = None  # on the last chunk of a feed or sitemap
    listing_unchanged: bool = False  # on the first chunk
    last: bool = True


@dataclass(frozen=True, slots=True)
class Citation:
    """A bracketed source note such as "[UN discussions and official remarks]"."""

    text: str
    offset: int  # where it stood in the article text


@dataclass(frozen=True, slots=True)
class Article:
    """The main text and metadata of one document."""

    document_id: str
    url: str
    canonical_url: str
    title: str | None
    author: str | None
    sitename: str | None
    published: date | None
    date_source: str | None
    language: str | None
    text: str
    citations: tuple[Citation, ...] = ()
    license: str | None = None
    parser_version: str = "unknown"
    original_url: str | None = None  # the page a republished text is based on
    attribution: str | None = None  # the credit line the page asks for

    @property
    def article_id(self) -> str:
        return stable_id(self.canonical_url)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Statement:
    """One reported act of speech, with character offsets into the article text.

    It holds lists only: the main actor and the main topic are the first of theirs.
    """

    article_id: str
    seq: int
    cue: str
    cue_span: tuple[int, int]
    content: str
    content_span: tuple[int, int]
    kind: str  # direct | indirect | mixed
    sentence: str
    sentence_span: tuple[int, int]
    act: str
    extractor_version: str
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_span: tuple[int, int] | None = None
    actor_ids: tuple[str, ...] = ()  # every actor (joint statements), main first
    addressee: str | None = None
    venue: str | None = None
    role: str | None = None  # the title that showed the actor ("Foreign Minister")
    cameo: str | None = None
    plover: str | None = None
    topics: tuple[str, ...] = ()  # every topic matched, most central first

    @property
    def statement_id(self) -> str:
        return stable_id(self.article_id, self.cue_span, self.content_span)

    @property
    def actor_id(self) -> str | None:
        """The main actor: the first of `actor_ids`."""
        return self.actor_ids[0] if self.actor_ids else None

    @property
    def topic(self) -> str | None:
        """The most central topic: the first of `topics`."""
        return self.topics[0] if self.topics else None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the NLP made of some articles: statements by article id, and the
    articles it failed on, each with a one-line reason."""

    statements: Mapping[str, list[Statement]]
    failures: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Affiliation:
    """Whom a person spoke for, as stored statements showed it by a governing
    title: between which publication dates, and the first statement that showed
    it."""

    person: str
    actor_id: str
    role: str | None
    first_seen: date | None
    last_seen: date | None
    statement_id: str


@dataclass(frozen=True, slots=True)
class Background:
    """What is known of articles before they are read: the actor that issued
    each (its source's `actor`), when each was published, the affiliations
    stored statements showed (person -> theirs), and each one's title."""

    issuers: Mapping[str, str] = field(default_factory=dict)
    published: Mapping[str, date] = field(default_factory=dict)
    affiliations: Mapping[str, tuple[Affiliation, ...]] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)

    def only(self, article_ids: set[str]) -> Background:
        """The background of some of the articles (the affiliations whole)."""
        return Background(
            {i: a for i, a in self.issuers.items() if i in article_ids},
            {i: d for i, d in self.published.items() if i in article_ids},
            self.affiliations,
            {i: t for i, t in self.titles.items() if i in article_ids},
        )


@dataclass(frozen=True, slots=True)
class PageReading:
    """What the parser made of one page: its type (article, listing, gallery,
    other) and why, language, title, date and how it was found, main text, and
    the article when it is one, else why it was rejected."""

    url: str
    page_type: str
    page_reason: str
    language: str | None = None
    title: str | None = None
    published: date | None = None
    date_source: str | None = None
    text: str = ""
    article: Article | None = None
    rejected: str | None = None
