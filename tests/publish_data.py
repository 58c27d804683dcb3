"""The publishing tests' one database state, and how they build and read a site.

Its fixtures are in publish_fixtures, which the test_publish_* modules load.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
from bs4 import BeautifulSoup

from publish import SiteSummary, build_site

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "store" / "schema.sql"
TEMPLATES = ROOT / "templates"
HOSTILE = "<script>alert(1)</script>"

LAVROV_TEXT = (
    "Russian Foreign Minister Sergey Lavrov said that talks must resume soon.\n"
    "He warned that new sanctions would fail."
)
ZHANG_TEXT = (
    "Chinese envoy Zhang Jun urged the council to restart negotiations. "
    "Lavrov rejected the proposal on security guarantees."
)
HOSTILE_TEXT = f"{HOSTILE} declared that {HOSTILE} must happen."

ARTICLES = {  # id: (title, published, text, canonical URL)
    "early": ("Lavrov wants talks", "2024-01-10", LAVROV_TEXT, "https://news.test/1"),
    "late": ("Zhang urges talks", "2024-03-05", ZHANG_TEXT, "https://news.test/2"),
    "evil": (HOSTILE, "2024-02-01", HOSTILE_TEXT, "javascript:alert(1)"),
}
STATEMENTS = [  # id, article, seq, mention, cue, content, actors, topic, act, speaker
    (
        "lav1",
        "early",
        0,
        "Sergey Lavrov",
        "said",
        "talks must resume soon",
        ["RUS"],
        "negotiations",
        "state",
        None,
    ),
    (
        "lav2",
        "early",
        1,
        "He",
        "warned",
        "new sanctions would fail",
        ["RUS"],
        "sanctions",
        "warn",
        "Sergey Lavrov",
    ),
    (
        "zh1",
        "late",
        0,
        "Zhang Jun",
        "urged",
        "to restart negotiations",
        ["CHN"],
        "negotiations",
        "appeal",
        None,
    ),
    (
        "lav3",
        "late",
        1,
        "Lavrov",
        "rejected",
        "the proposal on security guarantees",
        ["RUS"],
        "negotiations",
        "reject",
        "Sergey Lavrov",
    ),
    (
        "hostile",
        "evil",
        0,
        HOSTILE,
        "declared",
        HOSTILE,
        ["EVL", "RUS"],
        "negotiations",
        "state",
        None,
    ),
]


def fill(db: duckdb.DuckDBPyConnection) -> None:
    """Give an empty database the schema, three actors, three articles and five
    statements."""
    db.execute(SCHEMA.read_text(encoding="utf-8"))
    db.executemany(
        "INSERT INTO actors (actor_id, name, kind) VALUES (?, ?, ?)",
        [
            ("RUS", "Russia", "state"),
            ("CHN", "China", "state"),
            ("EVL", HOSTILE, "body"),
        ],
    )
    for article_id, (title, published, text, url) in ARTICLES.items():
        insert_article(db, article_id, title, published, text, url)
    for row in STATEMENTS:
        insert_statement(db, *row)


def build(conn: duckdb.DuckDBPyConnection, out: Path, **options: object) -> SiteSummary:
    """Build the site from `conn` as the publish run does (downloads from `conn`)."""
    options.setdefault("templates_dir", TEMPLATES)
    return build_site(conn, out, **options)  # type: ignore[arg-type]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def assert_resolves(page: Path, href: str) -> None:
    """The relative href points at an existing file and, if given, an existing id."""
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    assert target.is_file(), f"{page.name}: {href} -> {target}"
    if parts.fragment and target.suffix == ".html":
        assert soup(target).find(id=unquote(parts.fragment)), f"{page.name}: {href}"


def site_of(folder: Path, states, articles, statements) -> Path:  # type: ignore[no-untyped-def]
    """The site of a new database under `folder` holding `states` (id, name),
    `articles` (id: title, published, text, url) and `statements` (the rows of
    `insert_statement`, each found in its article's text)."""
    conn = duckdb.connect(str(folder / "communique.duckdb"))
    conn.execute(SCHEMA.read_text(encoding="utf-8"))
    conn.executemany(
        "INSERT INTO actors (actor_id, name, kind) VALUES (?, ?, 'state')", states
    )
    for article_id, (title, published, text, url) in articles.items():
        insert_article(conn, article_id, title, published, text, url)
    for row in statements:
        insert_statement(conn, *row, text=articles[row[1]][2])
    build(conn, folder / "site", templates_dir=TEMPLATES, search=False)
    conn.close()
    return folder / "site"


def insert_article(db, article_id, title, published, text, url):
    """Insert an article (the one of id `early` has a citation)."""
    citations = [{"text": "Interfax", "offset": 12}] if article_id == "early" else []
    _insert(
        db,
        "articles",
        article_id=article_id,
        document_id="doc",
        url=url,
        canonical_url=url,
        title=title,
        author=None,
        sitename="News Test",
        published=published,
        date_source="meta",
        language="en",
        text=text,
        text_sha256="sha",
        citations=json.dumps(citations),
        license=None,
        parser_version="test",
        parsed_at=datetime(2024, 3, 6, tzinfo=UTC),
    )


def insert_statement(
    db,
    statement_id,
    article_id,
    seq,
    mention,
    cue,
    content,
    actors,
    topic,
    act,
    speaker,
    text=None,
):
    """Insert a statement, finding its spans and sentence in the article text
    (`text`, or the text of ARTICLES[article_id])."""
    text = text or ARTICLES[article_id][2]
    if mention is None:  # a passive without a source: "X was discussed"
        cue_at = text.index(cue)
        content_at = text.rindex(content, 0, cue_at)
        speaker_at = content_at
    else:
        speaker_at = text.index(mention)
        cue_at = (  # after its source, or before it ("According to X, …")
            text.index(cue, speaker_at)
            if cue in text[speaker_at:]
            else text.rindex(cue, 0, speaker_at)
        )
        content_at = text.index(content, cue_at + len(cue))
    period = text.rfind(". ", 0, speaker_at)
    start = max(text.rfind("\n", 0, speaker_at) + 1, period + 2 if period >= 0 else 0)
    end = text.index(".", max(content_at + len(content), cue_at + len(cue)) - 1) + 1
    _insert(
        db,
        "statements",
        statement_id=statement_id,
        article_id=article_id,
        seq=seq,
        speaker=speaker or mention,
        speaker_mention=mention,
        speaker_start=None if mention is None else speaker_at,
        speaker_end=None if mention is None else speaker_at + len(mention),
        actor_id=actors[0],
        actor_ids=actors,
        cue=cue,
        cue_start=cue_at,
        cue_end=cue_at + len(cue),
        content=content,
        content_start=content_at,
        content_end=content_at + len(content),
        kind="indirect",
        act=act,
        topic=topic,
        sentence=text[start:end],
        sentence_start=start,
        sentence_end=end,
        extractor_version="test",
        topics=[topic] if topic else [],
    )


def _insert(db: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    """Insert one row, naming its columns (the others are NULL)."""
    db.execute(
        f"INSERT INTO {table} ({', '.join(row)})"
        f" VALUES ({', '.join(['?'] * len(row))})",
        list(row.values()),
    )
