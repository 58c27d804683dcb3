"""A joint statement served over loopback, ingested and published: every
signatory's actor page, the topic page and the digest show it (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingesting import ingest_page
from publish_data import build, soup

from communique.report import print_ingest
from publish.links import anchor
from store import db
from store.driver import records
from store.reads import ACTORS_SQL, ActorRow

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


def test_a_joint_statement_is_shown_under_every_signatory(
    nlp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "c.duckdb"
    summary = ingest_page(database, nlp, PAGE, actor="USA")
    conn = db.open_store(database)
    try:
        rows = conn.execute(
            "SELECT statement_id, actor_id, actor_ids FROM statements"
            " WHERE speaker_mention = 'We'"
        ).fetchall()
        build(conn, tmp_path / "site")
        with_statements = len(
            records(conn, ACTORS_SQL, ActorRow)
        )  # as the digest counts them
    finally:
        conn.close()

    # the CLI says what each count of actors counts (the registry holds them all)
    print_ingest(summary)
    assert (
        f"{summary.counts['total_statements']} statements, "
        f"{with_statements} actors with statements "
        f"({summary.counts['total_actors']} actors in the registry)."
    ) in capsys.readouterr().out
    assert with_statements == len(SIGNATORIES) < 200 < summary.counts["total_actors"]
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
