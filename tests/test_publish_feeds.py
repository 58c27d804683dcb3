"""Publishing feeds: valid Atom, latest first, for the digest, each actor and topic."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import pytest
from publish_data import HOSTILE, build, soup

from publish.feeds import render_feed
from publish.links import Links
from store import groups
from store.reads import ArticleRow

ATOM = "{http://www.w3.org/2005/Atom}"
SERVED_AT = "https://x.test/some/prefix/"  # the site served under a path prefix
NAMES = {"RUS": "Russia", "TUR": "Türkiye", "CHN": "China", "UKR": "Ukraine"}

pytest_plugins = ("publish_fixtures",)


def test_feed_is_valid_atom_with_statements_latest_first(site):
    feed = feedparser.parse(str(site / "feed.atom"))

    assert feed.bozo is False, feed.get("bozo_exception")
    assert feed.version == "atom10"
    links = [urlsplit(e.link).fragment for e in feed.entries]
    assert links == ["s-lav3", "s-zh1", "s-hostile", "s-lav2", "s-lav1"]
    assert feed.entries[0].title.startswith("Russia (reject): Sergey Lavrov rejected")
    evil = next(e for e in feed.entries if e.link.endswith("s-hostile"))
    # plain text, never parsed as markup; a joint statement names all its actors
    assert evil.title.startswith(f"{HOSTILE} and Russia (state): ")
    assert "javascript" not in evil.summary


def test_feed_uses_absolute_links_with_base_url(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out, base_url="https://x.test/d")

    feed = feedparser.parse(str(out / "feed.atom"))
    assert feed.bozo is False
    assert feed.entries[0].link == "https://x.test/d/articles/late.html#s-lav3"
    canonical = soup(out / "actors" / "RUS.html").select_one("link[rel=canonical]")
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
    alternate = soup(site / "actors" / "RUS.html").select(
        "link[rel=alternate][type='application/atom+xml']"
    )
    assert [link["href"] for link in alternate] == [
        "../feed.atom",
        "../feeds/actors/RUS.atom",
    ]


def test_every_feed_link_resolves_from_the_feed_itself(site):
    feeds = sorted(site.rglob("*.atom"))
    assert len(feeds) == 6

    for feed in feeds:
        feed_url = SERVED_AT + feed.relative_to(site).as_posix()
        hrefs = [link.get("href") for link in ET.parse(feed).iter(f"{ATOM}link")]
        assert len(hrefs) >= 3, feed  # self, alternate and at least one entry
        for href in hrefs:
            _assert_in_site(site, urljoin(feed_url, href), feed)


@pytest.mark.parametrize(
    ("speaker", "actors", "author"),
    [
        ("Sergey Lavrov", ("RUS",), "Sergey Lavrov"),
        ("Abdel Fattah el-Sisi", ("EGY",), "Abdel Fattah el-Sisi"),
        ("They", ("RUS", "TUR"), "Russia and Türkiye"),
        ("Both sides", ("RUS", "CHN"), "Russia and China"),
        ("The Ukrainian delegation", ("UKR",), "Ukraine"),
        ("the Russian side", ("RUS",), "Russia"),
        ("we", ("RUS", "CHN", "TUR"), "Russia, China and Türkiye"),
        ("Turkey and Libya", ("TUR", "LBY"), "Türkiye and LBY"),
        ("Mr Erdogan and I", ("RUS", "TUR"), "Russia and Türkiye"),
        ("Ukraine’s", ("UKR",), "Ukraine"),
        ("Question", ("RUS",), "Russia"),
        (
            "Crown Prince Mohammad bin Salman",
            ("SAU",),
            "Crown Prince Mohammad bin Salman",
        ),
        ("They", (), None),
        (None, (), None),
    ],
)
def test_entry_author_is_the_speakers_name_else_the_actors_never_a_pronoun(
    conn, speaker, actors, author
):
    statement = replace(
        groups.latest_statements(conn, 1)[0],
        speaker=speaker,
        actor_id=actors[0] if actors else None,
        actor_ids=actors,
    )
    xml = render_feed(
        [statement],
        {},
        Links.build([], []),
        title="Communiqué",
        path="feeds/actors/RUS.atom",
        alternate="actors/RUS.html",
        actor_names=NAMES,
    )

    feed = ET.fromstring(xml)
    entry = feed.find(f"{ATOM}entry")
    names = [name.text for name in entry.iterfind(f"{ATOM}author/{ATOM}name")]
    assert names == ([author] if author else [])
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Communiqué"  # inherited


def _assert_in_site(site: Path, url: str, feed: Path) -> None:
    """The URL names a file of the site and, with a fragment, an id in it."""
    parts = urlsplit(url)
    assert url.startswith(SERVED_AT), (feed.name, url)
    target = site / unquote(parts.path.removeprefix(urlsplit(SERVED_AT).path))
    assert target.is_file(), (feed.name, url)
    if parts.fragment:
        assert soup(target).find(id=unquote(parts.fragment)), (feed.name, url)


def test_an_entry_cites_the_original_a_republished_text_is_based_on(conn) -> None:  # type: ignore[no-untyped-def]
    statement = groups.latest_statements(conn, 1)[0]
    article = ArticleRow(
        article_id=statement.article_id,
        title="Talks",
        canonical_url="http://127.0.0.1:8765/kremlin/1.html",
        url="http://127.0.0.1:8765/kremlin/1.html",
        published=None,
        sitename=None,
        author=None,
        text="",
        citations=(),
        license=None,
        original_url="http://en.kremlin.ru/events/president/news/1",
    )
    xml = render_feed(
        [statement],
        {statement.article_id: article},
        Links.build([], []),
        title="Communiqué",
        path="feed.atom",
        alternate="index.html",
        actor_names=NAMES,
    )

    summary = ET.fromstring(xml).findtext(f"{ATOM}entry/{ATOM}summary") or ""
    assert summary.endswith("Source: http://en.kremlin.ru/events/president/news/1")
