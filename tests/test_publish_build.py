"""Publishing builds: a new site replaces the old only once it is whole."""

from __future__ import annotations

import shutil

import duckdb
import feedparser
import pytest
from publish_data import SCHEMA, TEMPLATES, build, soup

from publish import PublishError
from store.reads import SiteData, load_site_data

pytest_plugins = ("publish_fixtures",)


def test_search_indexes_the_article_pages_and_only_the_search_page_runs_scripts(
    conn, tmp_path
):
    summary = build(conn, tmp_path / "site")
    site = tmp_path / "site"

    assert summary.searchable == 3  # the three articles
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert (site / "search.js").is_file()
    search = soup(site / "search.html")
    policy = search.select_one("meta[http-equiv=Content-Security-Policy]")["content"]
    assert "script-src 'self' 'wasm-unsafe-eval'" in policy
    index = soup(site / "index.html")
    policy = index.select_one("meta[http-equiv=Content-Security-Policy]")["content"]
    assert "script-src 'none'" in policy
    assert "default-src 'self'" in policy


def test_rebuild_removes_pages_of_deleted_articles_and_stale_files(conn, site):
    (site / "stale.html").write_text("old")
    conn.execute("DELETE FROM statements WHERE article_id = 'evil'")
    conn.execute("DELETE FROM articles WHERE article_id = 'evil'")

    summary = build(conn, site)

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
        build(conn, site, templates_dir=broken)

    assert (site / "index.html").read_text(encoding="utf-8") == before
    assert (site / "articles" / "evil.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_to_replace_a_folder_it_did_not_build(conn, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")

    with pytest.raises(PublishError, match="not empty and not a Communiqué site"):
        build(conn, out)
    assert (out / "notes.txt").read_text() == "keep me"


def test_empty_database_builds_an_empty_digest(tmp_path):
    empty = duckdb.connect(str(tmp_path / "empty.duckdb"))
    empty.execute(SCHEMA.read_text(encoding="utf-8"))

    summary = build(empty, tmp_path / "site")

    assert load_site_data(empty) == SiteData(
        articles=(), statements=(), actors=(), latest_positions=(), topics=()
    )
    empty.close()
    assert summary.pages == 6  # index, search, data and three lists
    assert "No positions yet." in summary.index.read_text(encoding="utf-8")
    assert feedparser.parse(str(tmp_path / "site" / "feed.atom")).bozo is False
    assert list((tmp_path / "site" / "data" / "statements").iterdir()) == []
    data = (tmp_path / "site" / "data" / "index.html").read_text(encoding="utf-8")
    assert "The 0 statements on this site" in data
