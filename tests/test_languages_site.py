"""An article in a language the site does not read is stored and shown as such:
its page says which language it is in and that it was not read for statements,
the articles list says so in place of a count (issue 17)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from ingesting import run_ingest
from loopback import FAST, Reply, serve_loopback

from extract.web.fetcher import Fetcher
from kernel.config import Config, Settings
from kernel.records import Source
from runs.publish import publish
from store import db


def _page(title: str, text: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{text}</p></article></body></html>"
    ).encode()


PORTUGUESE = _page(
    "Ministro fala sobre a cimeira",
    "O ministro dos Negócios Estrangeiros disse na sexta-feira que as negociações"
    " sobre a fronteira seriam retomadas no próximo mês. As delegações reuniram-se"
    " durante seis horas na capital e concordaram em voltar a encontrar-se antes"
    " da estação das chuvas, segundo um comunicado do governo.",
)
ENGLISH = _page(
    "Minister speaks on the summit",
    "The foreign minister said on Friday that the talks on the border would resume"
    " next month. The delegations met for six hours in the capital and agreed to"
    " meet again before the rainy season, according to a government statement.",
)


def test_an_article_in_another_language_is_shown_as_not_read(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    database, site = tmp_path / "c.duckdb", tmp_path / "site"
    with serve_loopback() as server:
        for path, body in (("/pt.html", PORTUGUESE), ("/en.html", ENGLISH)):
            url = server.script(path, Reply(body=body))
            source = Source(path.strip("/.html"), "page", url, True, 0)
            run_ingest(database, [source], nlp, fetcher=Fetcher(settings=FAST))
    conn = db.open_store(database)
    try:
        settings = Settings(database=database, site=site)
        publish(conn, Config(settings, (), tmp_path / "s.toml"))
        ids = dict(conn.execute("SELECT language, article_id FROM articles").fetchall())
    finally:
        conn.close()

    listings = [
        BeautifulSoup(path.read_text(), "lxml")
        for path in (site / "articles" / "months").glob("*.html")
    ]
    rows = {
        r.th.get_text(strip=True): r("td")[-1].get_text(strip=True)
        for listing in listings
        for r in listing.tbody("tr")
    }
    assert rows["Ministro fala sobre a cimeira"] == "not read (pt)"
    assert rows["Minister speaks on the summit"].isdigit()
    pages = {lang: next(site.rglob(f"{ids[lang]}*.html")) for lang in ("pt", "en")}
    portuguese = BeautifulSoup(pages["pt"].read_text(), "lxml")
    meta = portuguese.find("dl", class_="meta").get_text(" ", strip=True)
    assert "Language pt (not read for statements: this site reads en)" in meta
    assert portuguese.find("div", class_="text")["lang"] == "pt"
    english = BeautifulSoup(pages["en"].read_text(), "lxml")
    assert "not read" not in english.find("dl", class_="meta").get_text()
