"""The published site in a real browser: Debian's chromium driven by Playwright.

The site is built once per session from the bundled corpus (`built_site`) and served on
loopback (`site_url`); each test gets a fresh tab that fails on any outside request.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import (
    HOSTILE_CONTENT,
    HOSTILE_LINK,
    HOSTILE_SPEAKER,
    HOSTILE_TITLE,
    HOSTILE_URL,
)
from playwright.sync_api import Page, expect

SEED_TITLE = "Lavrov signals openness to talks"
MORE_RESULTS = 10  # "Load more results" clicks before giving up
DATETIMES = "times => times.map(t => t.getAttribute('datetime'))"
HREFS = "links => links.map(a => a.getAttribute('href'))"


def test_a_position_on_the_index_leads_to_its_highlighted_evidence(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "index.html")
    group = page.locator("section.topic-group").filter(
        has=page.get_by_role("heading", name="negotiations", exact=True)
    )
    row = group.locator("tbody tr").filter(
        has=page.locator("th abbr.code", has_text=re.compile("^RUS$"))
    )
    expect(row).to_contain_text("Sergey Lavrov")

    row.locator("a.evidence").click()

    expect(page.locator("h1")).to_contain_text(SEED_TITLE)
    statement = page.locator(":target")
    expect(statement).to_have_count(1)
    text = page.locator("div.text")
    expect(text.locator("mark.speaker", has_text="Sergey Lavrov").first).to_be_visible()
    expect(text.locator("mark.cue", has_text="signaled")).to_be_visible()
    expect(
        text.locator("mark.content", has_text="openness to talks").first
    ).to_be_visible()
    legend = page.locator("p.legend")
    for role in ("speaker", "cue", "content"):
        expect(legend.locator(f"mark.{role}")).to_have_text(role)
    colours = {
        role: text.locator(f"mark.{role}").first.evaluate(
            "m => getComputedStyle(m).backgroundColor"
        )
        for role in ("speaker", "cue", "content")
    }
    assert len(set(colours.values())) == 3, colours


def test_search_for_humanitarian_finds_zhang_juns_statement(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "search.html")
    page.get_by_role("search").get_by_placeholder(
        "Search statements and articles"
    ).fill("humanitarian")
    results = page.locator(".pagefind-ui__result")
    expect(results.first).to_be_visible()
    zhang = page.locator(".pagefind-ui__result-nested a").filter(has_text="Zhang Jun")
    for _ in range(MORE_RESULTS):
        if zhang.count():
            break
        page.get_by_role("button", name="Load more results").click()
    expect(zhang.first).to_be_visible()
    expect(zhang.first.locator("xpath=../..")).to_contain_text("humanitarian")

    zhang.first.click()

    expect(page.locator("h1")).to_contain_text(SEED_TITLE)
    heading = page.locator("h3:target")
    expect(heading).to_contain_text("Zhang Jun")
    expect(heading).to_contain_text("China")


def test_russias_page_shows_its_latest_statements_and_each_month_in_date_order(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "index.html")
    page.get_by_role("link", name="Actors").click()
    page.get_by_role("link", name="Russia", exact=True).click()

    expect(page.locator("h1")).to_contain_text("RUS")
    latest = page.locator("section[aria-labelledby=latest] ol li")
    every = latest.locator("time").evaluate_all(DATETIMES)
    assert every == sorted(every, reverse=True)
    assert len(set(every)) >= 10  # Russia's statements span many articles
    months = page.locator("ul.months li")
    counts = [
        int(re.findall(r"\((\d+) statements?\)", t)[0])
        for t in months.all_inner_texts()
    ]
    assert sum(counts) >= latest.count() > 0
    months.nth(counts.index(max(counts))).get_by_role("link").click()

    expect(page.locator("h1")).to_contain_text("RUS")
    timeline = page.locator("ol.timeline li")
    assert timeline.count() == max(counts)
    dates = timeline.locator("time").evaluate_all(DATETIMES)
    assert dates == sorted(dates)
    # within one article, statements follow the text: their anchors count up
    archive = page.url
    numbers: dict[str, list[int]] = {}
    for href in timeline.locator("a.evidence").evaluate_all(HREFS):
        page.goto(urljoin(archive, href))
        number = int(page.locator("a.ref:target").inner_text())
        numbers.setdefault(href.split("#")[0], []).append(number)
    assert numbers
    assert all(found == sorted(found) for found in numbers.values())
    page.goto(site_url + "actors/RUS.html")
    speakers = page.locator("table.speakers tbody th")
    expect(speakers.filter(has_text="Sergey Lavrov")).to_have_count(1)


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "actors/RUS.html",
        "topics/negotiations.html",
        "archive",  # Russia's first month, found from its page
        "article",  # the seed article, found from the index and its month
        "search.html",
        "data/index.html",
    ],
)
def test_pages_have_no_serious_or_critical_accessibility_violation(
    page: Page, site_url: str, path: str
) -> None:
    if path == "article":
        page.goto(site_url + "articles/index.html")
        page.get_by_role("link", name="March 2025").click()  # the seed's month
        page.get_by_role("link", name=re.compile(SEED_TITLE)).click()
    elif path == "archive":
        page.goto(site_url + "actors/RUS.html")
        page.locator("ul.months a").first.click()
    else:
        page.goto(site_url + path)
    if path == "search.html":
        page.get_by_placeholder("Search statements and articles").fill("talks")
        expect(page.locator(".pagefind-ui__result").first).to_be_visible()

    results = Axe().run(page)

    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_hostile_article_renders_as_text_in_the_browser(
    page: Page, site_url: str, built_site
) -> None:  # type: ignore[no-untyped-def]
    site, article_id = built_site
    source = (site / "articles" / f"{article_id}.html").read_text(encoding="utf-8")
    assert "<script" not in source
    assert "<img" not in source
    assert 'href="javascript' not in source
    assert "&lt;script&gt;window.pwned = &#34;title&#34;&lt;/script&gt;" in source

    for path in (f"articles/{article_id}.html", "actors/EVL.html", "index.html"):
        page.goto(site_url + path)
        assert page.evaluate("window.pwned") is None, path
        assert page.locator("script, img, marquee").count() == 0, path
        assert page.locator("a[href^='javascript' i]").count() == 0, path

    page.goto(site_url + f"articles/{article_id}.html")
    expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    text = page.locator("div.text")
    expect(text.locator("mark.speaker")).to_have_text(HOSTILE_SPEAKER)
    expect(text.locator("mark.content")).to_have_text(HOSTILE_CONTENT)
    expect(text).to_contain_text(HOSTILE_LINK)
    expect(page.locator("dl.meta span.url")).to_have_text(HOSTILE_URL)
    expect(page.locator("ul.citations li")).to_have_text("[<script>cite()</script>]")


def test_pages_work_without_javascript_and_fit_a_phone(browser, site_url: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 700}
    )
    try:
        page = context.new_page()
        for path in ("index.html", "actors/RUS.html", "topics/negotiations.html"):
            page.goto(site_url + path)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"{path} is {overflow}px wider than the phone"
        page.goto(site_url + "search.html")
        expect(page.locator("main")).to_contain_text("Search needs JavaScript")
    finally:
        context.close()


def test_print_hides_navigation_and_keeps_the_evidence(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "index.html")
    page.emulate_media(media="print")

    expect(page.locator("header.site nav")).to_be_hidden()
    expect(page.locator("section.topic-group").first).to_be_visible()
