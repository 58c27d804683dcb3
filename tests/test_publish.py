"""Publishing: DuckDB rows to a static site that links, escapes and rebuilds cleanly."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import feedparser
import pytest
from bs4 import BeautifulSoup

from publish import PublishError, build_site
from publish.filters import summarize
from publish.highlight import Segment, highlight
from publish.links import Links, http_url
from store.reads import SiteData, StatementRow, load_site_data

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


# --- fixtures: one database state, one built site --------------------------------


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB file with three articles, three actors and five statements."""
    db = duckdb.connect(str(tmp_path / "communique.duckdb"))
    db.execute(SCHEMA.read_text(encoding="utf-8"))
    db.executemany(
        "INSERT INTO actors VALUES (?, ?, ?)",
        [
            ("RUS", "Russia", "state"),
            ("CHN", "China", "state"),
            ("EVL", HOSTILE, "body"),
        ],
    )
    for article_id, (title, published, text, url) in ARTICLES.items():
        _article(db, article_id, title, published, text, url)
    for row in STATEMENTS:
        _statement(db, *row)
    yield db
    db.close()


@pytest.fixture
def site(conn: duckdb.DuckDBPyConnection, tmp_path: Path) -> Path:
    """The site built from `conn`."""
    out = tmp_path / "site"
    build_site(load_site_data(conn), out, templates_dir=TEMPLATES)
    return out


# --- reads -----------------------------------------------------------------------


def test_load_site_data_reads_rows_with_citations_and_joint_counts(conn):
    data = load_site_data(conn)

    assert [a.article_id for a in data.articles] == ["late", "evil", "early"]
    early = next(a for a in data.articles if a.article_id == "early")
    assert [(c.text, c.offset) for c in early.citations] == [("Interfax", 12)]
    assert [s.statement_id for s in data.statements] == [
        "lav1",
        "lav2",
        "hostile",
        "zh1",
        "lav3",
    ]
    assert data.statements[0].actor_name == "Russia"
    assert data.statements[0].article_title == "Lavrov wants talks"
    counts = {a.actor_id: a.statements for a in data.actors}
    assert counts == {"RUS": 4, "CHN": 1, "EVL": 1}  # the joint statement counts twice
    assert {(p.actor_id, p.topic): p.statement_id for p in data.latest_positions} == {
        ("RUS", "negotiations"): "lav3",
        ("RUS", "sanctions"): "lav2",
        ("CHN", "negotiations"): "zh1",
        ("EVL", "negotiations"): "hostile",
    }
    assert [(t.topic, t.statements) for t in data.topics] == [
        ("negotiations", 4),
        ("sanctions", 1),
    ]


# --- pages -----------------------------------------------------------------------


def test_index_links_each_latest_position_to_an_existing_anchor(conn, site):
    rows = conn.execute("SELECT statement_id FROM latest_positions").fetchall()
    index = _soup(site / "index.html")
    table_links = index.select("section[aria-labelledby=latest] a.evidence")

    shown = {urlsplit(a["href"]).fragment for a in table_links}
    assert shown == {f"s-{statement_id}" for (statement_id,) in rows}
    for link in table_links:
        _assert_resolves(site / "index.html", link["href"])
    latest = index.select("section[aria-labelledby=latest] tr")
    row = next(r for r in latest if "lav3" in str(r))
    assert "Russia" in row.get_text()
    assert "RUS" in row.get_text()
    assert "rejected: the proposal on security guarantees" in row.get_text()
    assert (
        row.blockquote.get_text()
        == "Lavrov rejected the proposal on security guarantees."
    )
    assert "2024-03-05" in row.get_text()


def test_index_shows_counts_and_recent_statements_latest_first(site):
    index = _soup(site / "index.html")

    assert index.select_one(".counts").get_text(" ", strip=True) == (
        "3 articles · 5 statements · 3 actors"
    )
    recent = [
        urlsplit(a["href"]).fragment
        for a in index.select("section[aria-labelledby=recent] a.evidence")
    ]
    assert recent == ["s-lav3", "s-zh1", "s-hostile", "s-lav2", "s-lav1"]


def test_article_page_marks_speaker_cue_and_content_of_each_statement(site):
    page = _soup(site / "articles" / "early.html")
    text = page.select_one("div.text")

    assert text.find(id="s-lav1") is not None
    assert text.find(id="s-lav2") is not None
    marks = [(m["class"][0], m.get_text()) for m in text.find_all("mark")]
    assert marks == [
        ("speaker", "Sergey Lavrov"),
        ("cue", "said"),
        ("content", "talks must resume soon"),
        ("speaker", "He"),
        ("cue", "warned"),
        ("content", "new sanctions would fail"),
    ]
    for ref in text.select("a.ref"):
        ref.decompose()
    assert [p.get_text() for p in text.find_all("p")] == LAVROV_TEXT.split("\n")
    details = page.select_one("#d-lav2").parent.get_text(" ", strip=True)
    assert "Sergey Lavrov for Russia RUS : warned" in details
    assert "As written He" in details
    assert [li.get_text() for li in page.select("ul.citations li")] == ["[Interfax]"]


def test_actor_page_timeline_is_oldest_first_with_speakers(site):
    page = _soup(site / "actors" / "RUS.html")
    timeline = page.select("ol.timeline li")
    dates = [li.time["datetime"] for li in timeline]
    ids = [urlsplit(li.select_one("a.evidence")["href"]).fragment for li in timeline]

    assert dates == sorted(dates)
    assert ids == ["s-lav1", "s-lav2", "s-hostile", "s-lav3"]
    speakers = [
        (tr.th.get_text(), tr.td.get_text())
        for tr in page.select("table.speakers tbody tr")
    ]
    assert speakers == [("Sergey Lavrov", "3"), (HOSTILE, "1")]


def test_topic_page_matrix_links_each_cell_to_latest_evidence(site):
    page = _soup(site / "topics" / "negotiations.html")
    acts = [th.get_text() for th in page.select("table.matrix thead th")][1:]
    rows = {
        tr.th.abbr.get_text(): [
            td.a["href"] if td.a else None for td in tr.find_all("td")
        ]
        for tr in page.select("table.matrix tbody tr")
    }

    assert acts == ["appeal", "reject", "state"]
    assert rows["RUS"] == [
        None,
        "../articles/late.html#s-lav3",
        "../articles/evil.html#s-hostile",  # joint statement; later than s-lav1
    ]
    assert rows["CHN"] == ["../articles/late.html#s-zh1", None, None]


def test_every_internal_link_resolves_to_a_file_and_anchor(site):
    pages = sorted(site.rglob("*.html"))

    assert {p.relative_to(site).as_posix() for p in pages} >= {
        "index.html",
        "actors/index.html",
        "topics/index.html",
        "articles/index.html",
        "actors/RUS.html",
        "actors/CHN.html",
        "actors/EVL.html",
        "topics/negotiations.html",
        "topics/sanctions.html",
        "articles/early.html",
        "articles/late.html",
        "articles/evil.html",
    }
    for page in pages:
        for tag in _soup(page).select("[href], [src]"):
            target = tag.get("href") or tag.get("src")
            if http_url(target):
                continue
            assert not urlsplit(target).scheme, f"{page}: {target}"
            _assert_resolves(page, target)


def test_hostile_values_are_escaped_and_unsafe_urls_are_not_links(site):
    for path in [*site.rglob("*.html"), *site.rglob("*.atom")]:
        assert HOSTILE not in path.read_text(encoding="utf-8"), path
    for path in site.rglob("*.html"):
        scripts = [tag.get("src") for tag in _soup(path).find_all("script")]
        expected = ["pagefind/pagefind-ui.js", "search.js"]
        assert scripts == (expected if path.name == "search.html" else []), path
    page = _soup(site / "articles" / "evil.html")

    assert page.h1.get_text() == HOSTILE
    assert page.select_one("dl.meta span.url").get_text() == "javascript:alert(1)"
    assert page.select_one("div.text mark.speaker").get_text() == HOSTILE
    assert page.select_one("div.text mark.content").get_text() == HOSTILE
    for path in site.rglob("*.html"):
        hrefs = [a["href"] for a in _soup(path).select("[href]")]
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    raw = (site / "articles" / "evil.html").read_text(encoding="utf-8")
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in raw


def test_feed_is_valid_atom_with_statements_latest_first(site):
    feed = feedparser.parse(str(site / "feed.atom"))

    assert feed.bozo is False, feed.get("bozo_exception")
    assert feed.version == "atom10"
    links = [urlsplit(e.link).fragment for e in feed.entries]
    assert links == ["s-lav3", "s-zh1", "s-hostile", "s-lav2", "s-lav1"]
    assert feed.entries[0].title.startswith("Russia (reject): Sergey Lavrov rejected")
    evil = next(e for e in feed.entries if e.link.endswith("s-hostile"))
    assert evil.title.startswith(HOSTILE)  # plain text, never parsed as markup
    assert "javascript" not in evil.summary


def test_feed_uses_absolute_links_with_base_url(conn, tmp_path):
    out = tmp_path / "site"
    build_site(
        load_site_data(conn), out, templates_dir=TEMPLATES, base_url="https://x.test/d"
    )

    feed = feedparser.parse(str(out / "feed.atom"))
    assert feed.bozo is False
    assert feed.entries[0].link == "https://x.test/d/articles/late.html#s-lav3"
    canonical = _soup(out / "actors" / "RUS.html").select_one("link[rel=canonical]")
    assert canonical["href"] == "https://x.test/d/actors/RUS.html"


def test_every_actor_and_topic_has_a_valid_atom_feed_linked_from_its_page(site):
    feeds = {p.relative_to(site).as_posix() for p in site.rglob("*.atom")}

    assert feeds == {
        "feed.atom",
        "feeds/actors/RUS.atom",
        "feeds/actors/CHN.atom",
        "feeds/actors/EVL.atom",
        "feeds/topics/negotiations.atom",
        "feeds/topics/sanctions.atom",
    }
    for path in feeds:
        feed = feedparser.parse(str(site / path))
        assert feed.bozo is False, (path, feed.get("bozo_exception"))
        assert feed.version == "atom10"
    russia = feedparser.parse(str(site / "feeds/actors/RUS.atom"))
    assert russia.feed.title == "Communiqué: Russia (RUS)"
    assert [urlsplit(e.link).fragment for e in russia.entries] == [
        "s-lav3",
        "s-hostile",
        "s-lav2",
        "s-lav1",
    ]
    sanctions = feedparser.parse(str(site / "feeds/topics/sanctions.atom"))
    assert [urlsplit(e.link).fragment for e in sanctions.entries] == ["s-lav2"]
    alternate = _soup(site / "actors" / "RUS.html").select(
        "link[rel=alternate][type='application/atom+xml']"
    )
    assert [link["href"] for link in alternate] == [
        "../feed.atom",
        "../feeds/actors/RUS.atom",
    ]


def test_statements_download_as_csv_and_parquet_with_their_schema(site):
    conn = duckdb.connect()
    parquet = str(site / "data" / "statements.parquet")
    csv = str(site / "data" / "statements.csv")

    rows = conn.execute(
        "SELECT statement_id, published, actor_ids, topics, canonical_url"
        " FROM read_parquet(?)",
        [parquet],
    ).fetchall()
    types = dict(
        conn.execute(
            "SELECT column_name, column_type FROM (DESCRIBE"
            " SELECT * FROM read_parquet(?))",
            [parquet],
        ).fetchall()
    )
    from_csv = conn.execute(
        "SELECT statement_id, speaker FROM read_csv(?, header = true)", [csv]
    ).fetchall()
    conn.close()

    assert [r[0] for r in rows] == ["lav1", "lav2", "hostile", "zh1", "lav3"]
    assert rows[2][2:] == (["EVL", "RUS"], ["negotiations"], "javascript:alert(1)")
    assert str(rows[0][1]) == "2024-01-10"
    assert types["published"] == "DATE"
    assert types["actor_ids"] == "VARCHAR[]"
    assert types["seq"] == "INTEGER"
    assert dict(from_csv)["hostile"] == HOSTILE  # data stays data in the download
    schema = _soup(site / "data" / "index.html")
    documented = [tr.th.get_text() for tr in schema.select("table.schema tbody tr")]
    assert documented == list(types)
    links = [a["href"] for a in schema.select("ul.downloads a")]
    assert links == ["../data/statements.csv", "../data/statements.parquet"]


def test_search_indexes_the_article_pages_and_only_the_search_page_runs_scripts(
    conn, tmp_path
):
    summary = build_site(
        load_site_data(conn), tmp_path / "site", templates_dir=TEMPLATES
    )
    site = tmp_path / "site"

    assert summary.searchable == 3  # the three articles
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert (site / "search.js").is_file()
    search = _soup(site / "search.html")
    policy = search.select_one("meta[http-equiv=Content-Security-Policy]")["content"]
    assert "script-src 'self' 'wasm-unsafe-eval'" in policy
    index = _soup(site / "index.html")
    policy = index.select_one("meta[http-equiv=Content-Security-Policy]")["content"]
    assert "script-src 'none'" in policy
    assert "default-src 'self'" in policy


def test_index_says_what_changed_since_the_previous_digest(site):
    index = _soup(site / "index.html")
    changes = index.select_one("section[aria-labelledby=changes]")

    assert "dated 2024-03-05" in changes.get_text(" ", strip=True)
    assert "2024-02-01" in changes.select_one("p.meta").get_text()
    rows = [
        tr.get_text(" ", strip=True)
        for tr in changes.select("table.changes")[0].select("tbody tr")
    ]
    assert rows == [
        "China CHN first statement (appeal) negotiations Zhang Jun urged"
        " to restart negotiations 2024-03-05",
        "Russia RUS act changed: state → reject negotiations Sergey Lavrov rejected"
        " the proposal on security guarantees 2024-03-05 (before: 2024-02-01 )",
    ]
    earlier = [h.get_text(" ", strip=True) for h in changes.select("h4")]
    assert earlier == ["2024-02-01 (against 2024-01-10 )", "2024-01-10"]


# --- building --------------------------------------------------------------------


def test_rebuild_removes_pages_of_deleted_articles_and_stale_files(conn, site):
    (site / "stale.html").write_text("old")
    conn.execute("DELETE FROM statements WHERE article_id = 'evil'")
    conn.execute("DELETE FROM articles WHERE article_id = 'evil'")

    summary = build_site(load_site_data(conn), site, templates_dir=TEMPLATES)

    assert not (site / "articles" / "evil.html").exists()
    assert not (site / "actors" / "EVL.html").exists()
    assert not (site / "stale.html").exists()
    assert summary.index == site / "index.html"
    assert summary.pages == len(list(site.rglob("*.html")))
    assert summary.feeds == 1 + 2 + 2  # the digest, RUS and CHN, two topics
    assert "evil.html" not in (site / "index.html").read_text(encoding="utf-8")
    assert [p.name for p in site.parent.iterdir() if p.name.startswith(".")] == []


def test_failed_build_leaves_previous_site_and_no_staging_folder(conn, site, tmp_path):
    broken = tmp_path / "templates"
    shutil.copytree(TEMPLATES, broken)
    (broken / "article.html").write_text("{{ no_such_name }}")
    before = (site / "index.html").read_text(encoding="utf-8")

    with pytest.raises(
        PublishError, match=r"page articles/\w+\.html \(article\.html\)"
    ):
        build_site(load_site_data(conn), site, templates_dir=broken)

    assert (site / "index.html").read_text(encoding="utf-8") == before
    assert (site / "articles" / "evil.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_to_replace_a_folder_it_did_not_build(conn, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")

    with pytest.raises(PublishError, match="not empty and not a Communiqué site"):
        build_site(load_site_data(conn), out, templates_dir=TEMPLATES)
    assert (out / "notes.txt").read_text() == "keep me"


def test_empty_database_builds_an_empty_digest(tmp_path):
    data = SiteData(
        articles=(), statements=(), actors=(), latest_positions=(), topics=()
    )

    summary = build_site(data, tmp_path / "site", templates_dir=TEMPLATES)

    assert summary.pages == 6  # index, search, data and three lists
    assert "No positions yet." in summary.index.read_text(encoding="utf-8")
    assert feedparser.parse(str(tmp_path / "site" / "feed.atom")).bozo is False


# --- pure helpers ----------------------------------------------------------------


def test_overlapping_and_nested_spans_become_flat_segments():
    text = "“We will talk,” he said, “but not now.”"
    outer = _row("a", 1, speaker=(16, 18), cue=(19, 23), content=(0, len(text)))
    inner = _row("b", 2, speaker=(16, 18), cue=(19, 23), content=(25, 39))

    (paragraph,) = highlight(text, [outer, inner])

    assert "".join(s.text for s in paragraph) == text
    assert [(s.text, s.role) for s in paragraph if s.text.strip(" ,")] == [
        ("“We will talk,” ", "content"),
        ("he", "speaker"),
        ("said", "cue"),
        ("“but not now.”", "content"),
    ]
    assert paragraph[0].anchors[0].statement_id == "a"
    assert next(s for s in paragraph if s.role == "speaker").statements == (1, 2)


@pytest.mark.parametrize(
    ("spans", "expected_marks"),
    [
        pytest.param({"cue": (100, 90)}, [("said", "cue")], id="bad-offsets-relocated"),
        pytest.param({"cue": (0, 4)}, [("said", "cue")], id="wrong-text-relocated"),
        pytest.param(
            {"cue": (0, 4), "cue_text": "shouted"}, [], id="missing-text-unmarked"
        ),
    ],
)
def test_broken_spans_are_relocated_or_left_unmarked(spans, expected_marks):
    text = "Lavrov said no."
    row = _row("x", 1, speaker=None, cue=spans["cue"], content=(12, 14))
    row = replace(row, cue=spans.get("cue_text", "said"), content="no")

    paragraphs = highlight(text, [row])

    marks = [(s.text, s.role) for p in paragraphs for s in p if s.role == "cue"]
    assert marks == expected_marks
    assert [a.statement_id for p in paragraphs for s in p for a in s.anchors] == ["x"]


def test_span_across_a_newline_is_split_into_both_paragraphs():
    text = "He said\nthat it ends."
    row = replace(
        _row("n", 1, speaker=(0, 2), cue=(3, 7), content=(8, 20)),
        content="that it ends",
    )
    first, second = highlight(text, [row])

    assert [s.role for s in first] == ["speaker", None, "cue"]
    assert second[0] == Segment("that it ends", "content", (1,))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("short enough", 40, "short enough"),
        ("one two three four five six", 16, "one two three…"),
        ("spaces\n  collapse   here", 40, "spaces collapse here"),
        ("ends with a comma, then more words", 20, "ends with a comma…"),
    ],
)
def test_summary_is_cut_at_a_word_boundary(text, width, expected):
    assert summarize(text, width) == expected


def test_links_give_unsafe_ids_unique_safe_file_names():
    links = Links.build(
        ["RUS", "../etc", "index"], ["security guarantees", "Security-Guarantees"]
    )

    assert links.actor("RUS") == "actors/RUS.html"
    assert "/" not in links.actor("../etc").removeprefix("actors/")
    assert links.actor("index") != "actors/index.html"
    assert (
        len({links.topic("security guarantees"), links.topic("Security-Guarantees")})
        == 2
    )


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("https://exa mple.org", False),
        ("data:text/html,hi", False),
        ("//example.org", False),
        ("https://", False),
    ],
)
def test_only_absolute_http_urls_become_links(url, safe):
    assert (http_url(url) is not None) is safe


# --- helpers ---------------------------------------------------------------------


def _article(db, article_id, title, published, text, url):
    citations = [{"text": "Interfax", "offset": 12}] if article_id == "early" else []
    db.execute(
        "INSERT INTO articles VALUES (?, 'doc', ?, ?, ?, NULL, 'News Test', ?, 'meta',"
        " 'en', ?, 'sha', ?, NULL, 'test', now())",
        [article_id, url, url, title, published, text, json.dumps(citations)],
    )


def _statement(
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
):
    """Insert a statement, finding its spans and sentence in the article text."""
    text = ARTICLES[article_id][2]
    speaker_at = text.index(mention)
    cue_at = text.index(cue, speaker_at)
    content_at = text.index(content, cue_at + len(cue))
    period = text.rfind(". ", 0, speaker_at)
    start = max(text.rfind("\n", 0, speaker_at) + 1, period + 2 if period >= 0 else 0)
    end = text.index(".", content_at + len(content) - 1) + 1
    db.execute(
        "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " 'indirect', NULL, NULL, ?, NULL, NULL, ?, ?, ?, ?, 'test', ?)",
        [
            statement_id,
            article_id,
            seq,
            speaker or mention,
            mention,
            speaker_at,
            speaker_at + len(mention),
            actors[0],
            actors,
            cue,
            cue_at,
            cue_at + len(cue),
            content,
            content_at,
            content_at + len(content),
            act,
            topic,
            text[start:end],
            start,
            end,
            [topic] if topic else [],
        ],
    )


def _row(statement_id, seq, *, speaker, cue, content) -> StatementRow:
    """A statement row with only its id, order and spans set (speaker text unknown)."""
    values = dict.fromkeys(f.name for f in fields(StatementRow))
    values.update(
        statement_id=statement_id,
        article_id="a",
        seq=seq,
        actor_ids=(),
        cue="said",
        content="",
        kind="direct",
        act="state",
        sentence="",
        sentence_start=0,
        sentence_end=0,
        extractor_version="test",
        cue_start=cue[0],
        cue_end=cue[1],
        content_start=content[0],
        content_end=content[1],
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )
    return StatementRow(**values)


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _assert_resolves(page: Path, href: str) -> None:
    """The relative href points at an existing file and, if given, an existing id."""
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    assert target.is_file(), f"{page.name}: {href} -> {target}"
    if parts.fragment and target.suffix == ".html":
        assert _soup(target).find(id=unquote(parts.fragment)), f"{page.name}: {href}"
