"""A content its reporting clause interrupts, served over loopback, ingested and
published: the database keeps the article's text between the content's offsets,
the pages show the content without the clause ('The sanctions … would only
harm …')."""

from __future__ import annotations

from pathlib import Path

from ingesting import ingest_page
from publish_data import build, soup

from store import db

PAGE = (
    b"<html><head><title>Lavrov on the sanctions</title></head><body>"
    b"<article><h1>Lavrov on the sanctions</h1>"
    b"<p>MOSCOW (Reuters) - Russian Foreign Minister Sergey Lavrov met his Turkish"
    b" counterpart in Moscow on Monday.</p>"
    b"<p>The new sanctions, Lavrov said, would only harm the talks on a ceasefire.</p>"
    b'<p>"Pressure will not work," Lavrov said. "We are ready to talk."</p>'
    b"</article></body></html>"
)


def test_the_pages_show_an_interrupted_content_without_its_reporting_clause(
    nlp, tmp_path: Path
) -> None:
    database = tmp_path / "c.duckdb"
    ingest_page(database, nlp, PAGE)
    conn = db.open_store(database)
    try:
        stored = conn.execute(
            "SELECT s.content, substr(a.text, s.content_start + 1,"
            " s.content_end - s.content_start) FROM statements s"
            " JOIN articles a USING (article_id) WHERE s.cue = 'said'"
            " ORDER BY s.content_start"
        ).fetchall()
        build(conn, tmp_path / "site")
    finally:
        conn.close()

    whole = "The new sanctions, Lavrov said, would only harm the talks on a ceasefire"
    quoted = '"Pressure will not work," Lavrov said. "We are ready to talk."'
    assert [content for content, _ in stored] == [whole, quoted]
    assert all(content == text for content, text in stored)  # the article's text
    site = tmp_path / "site"
    (article,) = [
        p
        for p in (site / "articles").glob("*.html")
        if "lavrov" in p.read_text().lower()
    ]
    shown = [q.get_text() for q in soup(article).select("ol.details q")]
    assert {
        "The new sanctions … would only harm the talks on a ceasefire",
        '"Pressure will not work," … "We are ready to talk."',
    } <= set(shown)
    assert not any("Lavrov said" in q for q in shown)
    summaries = [p.get_text() for p in soup(site / "index.html").select("p.summary")]
    assert any("The new sanctions … would only harm" in p for p in summaries)
    assert not any("Lavrov said" in p for p in summaries)  # the sentence shows it
