"""Publishing pages: what each page shows, how it links and what it escapes."""

from __future__ import annotations

from urllib.parse import urlsplit

from publish_data import HOSTILE, LAVROV_TEXT, assert_resolves, build, soup

from publish.links import http_url

pytest_plugins = ("publish_fixtures",)


def test_index_links_each_latest_position_to_an_existing_anchor(conn, site):
    rows = conn.execute("SELECT statement_id FROM latest_positions").fetchall()
    index = soup(site / "index.html")
    table_links = index.select("section[aria-labelledby=latest] a.evidence")

    shown = {urlsplit(a["href"]).fragment for a in table_links}
    assert shown == {f"s-{statement_id}" for (statement_id,) in rows}
    for link in table_links:
        assert_resolves(site / "index.html", link["href"])
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
    index = soup(site / "index.html")

    assert index.select_one(".counts").get_text(" ", strip=True) == (
        "3 articles · 5 statements · 3 actors with statements"
    )
    recent = [
        urlsplit(a["href"]).fragment
        for a in index.select("section[aria-labelledby=recent] a.evidence")
    ]
    assert recent == ["s-lav3", "s-zh1", "s-hostile", "s-lav2", "s-lav1"]


def test_index_says_what_changed_since_the_previous_digest(site):
    index = soup(site / "index.html")
    changes = index.select_one("section[aria-labelledby=changes]")

    assert "dated 2024-03-05" in changes.get_text(" ", strip=True)
    assert "2024-02-01" in changes.select_one("p.meta").get_text()
    rows = [
        tr.get_text(" ", strip=True)
        for tr in changes.select("table.changes")[0].select("tbody tr")
    ]
    # Russia's move from `state` (an act the rules were unsure of) to `reject`
    # is no change of position (issue 16)
    assert rows == [
        "China CHN first statement (appeal) negotiations Zhang Jun urged"
        " to restart negotiations 2024-03-05 : Zhang Jun urged",  # hidden: whose
    ]
    earlier = [h.get_text(" ", strip=True) for h in changes.select("h4")]
    assert earlier == ["2024-02-01 (against 2024-01-10 )", "2024-01-10"]


def test_article_page_marks_speaker_cue_and_content_of_each_statement(site):
    page = soup(site / "articles" / "early.html")
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


def _fragments(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [urlsplit(li.select_one("a.evidence")["href"]).fragment for li in items]


def test_actor_page_lists_latest_statements_newest_first_with_speakers(site):
    page = soup(site / "actors" / "RUS.html")
    latest = page.select("section[aria-labelledby=latest] ol li")

    assert _fragments(latest) == ["s-lav3", "s-hostile", "s-lav2", "s-lav1"]
    speakers = [
        (tr.th.get_text(), tr.td.get_text())
        for tr in page.select("table.speakers tbody tr")
    ]
    # the hostile statement is joint (EVL, RUS) and its speaker never speaks for
    # Russia alone: it is counted apart, not as Russia's speaker
    assert speakers == [("Sergey Lavrov", "3")]
    assert "Not counted: 1 joint statement by" in page.select_one(
        "section[aria-labelledby=speakers] p.meta"
    ).get_text(" ", strip=True)
    months = [li.get_text(" ", strip=True) for li in page.select("ul.months li")]
    assert months == [
        "March 2024 (1 statement)",
        "February 2024 (1 statement)",
        "January 2024 (2 statements)",
    ]
    for link in page.select("ul.months a"):
        assert_resolves(site / "actors" / "RUS.html", link["href"])


def test_an_archive_month_lists_its_statements_oldest_first(site):
    actor = soup(site / "actors" / "RUS" / "2024-01.html")
    topic = soup(site / "topics" / "negotiations" / "2024-03.html")

    assert actor.h1.get_text(" ", strip=True) == "Russia RUS , January 2024"
    assert _fragments(actor.select("ol.timeline li")) == ["s-lav1", "s-lav2"]
    assert _fragments(topic.select("ol.timeline li")) == ["s-zh1", "s-lav3"]
    assert_resolves(site / "actors" / "RUS" / "2024-01.html", "../RUS.html")


def test_a_page_over_its_bound_shows_the_latest_and_every_month_keeps_the_rest(
    conn, tmp_path, monkeypatch
):
    monkeypatch.setattr("publish.pages.LATEST_STATEMENTS", 2)
    site = tmp_path / "bounded"
    build(conn, site, search=False)
    page = soup(site / "actors" / "RUS.html")

    latest = page.select("section[aria-labelledby=latest] ol li")
    assert _fragments(latest) == ["s-lav3", "s-hostile"]
    note = page.select_one("section[aria-labelledby=latest] p")
    assert note.get_text(" ", strip=True).startswith("The latest 2 of 4 statements")
    archived = [
        fragment
        for path in sorted((site / "actors" / "RUS").glob("*.html"))
        for fragment in _fragments(soup(path).select("ol.timeline li"))
    ]
    assert sorted(archived) == ["s-hostile", "s-lav1", "s-lav2", "s-lav3"]


def test_topic_page_matrix_links_each_cell_to_latest_evidence(site):
    page = soup(site / "topics" / "negotiations.html")
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
        for tag in soup(page).select("[href], [src]"):
            target = tag.get("href") or tag.get("src")
            if http_url(target):
                continue
            assert not urlsplit(target).scheme, f"{page}: {target}"
            assert_resolves(page, target)


def test_hostile_values_are_escaped_and_unsafe_urls_are_not_links(site):
    for path in [*site.rglob("*.html"), *site.rglob("*.atom")]:
        assert HOSTILE not in path.read_text(encoding="utf-8"), path
    for path in site.rglob("*.html"):
        scripts = [tag.get("src") for tag in soup(path).find_all("script")]
        expected = ["pagefind/pagefind-ui.js", "search.js"]
        assert scripts == (expected if path.name == "search.html" else []), path
    page = soup(site / "articles" / "evil.html")

    assert page.h1.get_text() == HOSTILE
    assert page.select_one("dl.meta span.url").get_text() == "javascript:alert(1)"
    assert page.select_one("div.text mark.speaker").get_text() == HOSTILE
    assert page.select_one("div.text mark.content").get_text() == HOSTILE
    for path in site.rglob("*.html"):
        hrefs = [a["href"] for a in soup(path).select("[href]")]
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    raw = (site / "articles" / "evil.html").read_text(encoding="utf-8")
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in raw


def test_the_articles_are_listed_by_month_newest_first_each_month_on_its_page(site):
    index = soup(site / "articles" / "index.html")
    months = [
        ([c.get_text() for c in tr.find_all(["th", "td"])], tr.a["href"])
        for tr in index.select("tbody tr")
    ]
    march = soup(site / "articles" / "months" / "2024-03.html")
    listed = [
        (tr.th.get_text(strip=True), tr("td")[-1].get_text(strip=True))
        for tr in march.select("tbody tr")
    ]

    assert months == [
        (["March 2024", "1"], "../articles/months/2024-03.html"),
        (["February 2024", "1"], "../articles/months/2024-02.html"),
        (["January 2024", "1"], "../articles/months/2024-01.html"),
    ]
    assert listed == [("Zhang urges talks", "2")]
    assert march.find("a", string="every month")["href"] == "../../articles/index.html"


CC_BY = "https://creativecommons.org/licenses/by/4.0/"
ORIGINAL = "http://en.kremlin.ru/events/president/news/51376"


def test_an_article_page_shows_its_attribution_licence_and_original(conn, tmp_path):
    conn.execute(
        "UPDATE articles SET license = ?, attribution = ?, original_url = ?"
        " WHERE article_id = 'early'",
        [CC_BY, "Source: President of Russia, en.kremlin.ru, CC BY 4.0", ORIGINAL],
    )
    conn.execute(
        "UPDATE articles SET license = 'Public domain', original_url = ?"
        " WHERE article_id = 'evil'",
        ["javascript:alert(1)"],
    )
    out = tmp_path / "site"
    build(conn, out)

    box = soup(out / "articles" / "early.html").select_one("aside.licence")
    assert box.select_one(".licence__attribution").get_text() == (
        "Source: President of Russia, en.kremlin.ru, CC BY 4.0"
    )
    licence = box.select_one(".licence__terms a[rel~=license]")
    assert (licence["href"], licence.get_text()) == (CC_BY, "CC BY 4.0")
    original = box.select_one(".licence__original a")
    assert (original["href"], original.get_text()) == (ORIGINAL, ORIGINAL)
    source = soup(out / "articles" / "early.html").select_one("dl.meta dd a")
    assert source["href"] == ORIGINAL  # not the page read, which may be gone
    evil = soup(out / "articles" / "evil.html").select_one("aside.licence")
    assert evil.get_text(" ", strip=True) == "Licence: Public domain"  # no link
    assert soup(out / "articles" / "late.html").select_one("aside.licence") is None
