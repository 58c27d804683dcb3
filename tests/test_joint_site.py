"""A joint statement served over loopback, ingested and published: every
signatory's actor page, the topic page and the digest show it (issue 15)."""

from __future__ import annotations

from pathlib import Path

from ingesting import run_ingest
from loopback import FAST, Reply, serve_loopback
from publish_data import build, soup

from extract.web.fetcher import Fetcher
from kernel.records import Source
from publish.links import anchor
from store import db

PAGE = (
    b"<html><head><title>Joint Statement on the Ceasefire</title></head><body>"
    b"<article><h1>Joint Statement on the Ceasefire</h1>"
    b"<p>We, the leaders of Canada, Japan and Italy, condemn the missile launch"
    b" and call for negotiations between the parties.</p>"
    b"<p>We call on all parties to respect the ceasefire and to return to the"
    b" negotiations without delay.</p>"
    b"<p>We reaffirm that our nations stand together in support of the talks.</p>"
    b"</article></body></html>"
)
SIGNATORIES = ("CAN", "JPN", "ITA")


def test_a_joint_statement_is_shown_under_every_signatory(nlp, tmp_path: Path) -> None:
    database = tmp_path / "c.duckdb"
    with serve_loopback() as server:
        url = server.script("/joint.html", Reply(body=PAGE))
        run_ingest(
            database,
            [Source("gov", "page", url, True, 0, actor="USA")],
            nlp,
            fetcher=Fetcher(settings=FAST),
        )
    conn = db.open_store(database)
    try:
        rows = conn.execute(
            "SELECT statement_id, actor_id, actor_ids FROM statements"
            " WHERE speaker_mention = 'We'"
        ).fetchall()
        build(conn, tmp_path / "site")
    finally:
        conn.close()

    joint = [i for i, main, rest in rows if {main, *rest} == set(SIGNATORIES)]
    assert len(joint) == len(rows) >= 2  # "we" is every signatory, not the issuer
    site = tmp_path / "site"
    anchors = {anchor(statement_id) for statement_id in joint}
    for actor in SIGNATORIES:
        page = soup(site / "actors" / f"{actor}.html")
        shown = {a["href"].split("#")[1] for a in page.select("a[href*='#s-']")}
        assert anchors <= shown, actor
    digest = soup(site / "index.html").get_text()
    for name in ("Canada", "Japan", "Italy"):
        assert name in digest
