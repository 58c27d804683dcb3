"""Affiliations learned with evidence (issue 15): a governing title in one article
is kept in DuckDB with its dates and the statement that showed it, and gives a
later bare mention of the same person, in another article, its actor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ingesting import run_ingest
from loopback import FAST, Reply, serve_loopback

from extract.nlp.affiliations import Learned
from extract.nlp.pipeline import extract_statements
from extract.web.fetcher import Fetcher
from kernel.records import Affiliation, Background, Source
from store import db


def _page(title: str, day: str, text: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><meta property="article:published_time"'
        f' content="{day}T09:00:00+00:00"></head><body><article><h1>{title}</h1>'
        f"<p>{text}</p></article></body></html>"
    ).encode()


FIRST = _page(
    "Talks in Nairobi",
    "2024-03-01",
    "Kenyan Foreign Minister Musalia Mudavadi said on Friday that the talks on the"
    " border would resume next month. The delegations met for six hours in the"
    " capital and agreed to meet again before the rainy season.",
)
LATER = _page(
    "Border talks resume",
    "2024-04-02",
    "The border talks resumed on Tuesday after a month of preparation. Musalia"
    " Mudavadi said the two sides had narrowed their differences on grazing rights"
    " and water. Officials from both delegations attended the opening session.",
)


def _statements(nlp, text: str, background: Background | None = None) -> list:
    return [
        s
        for _, found in extract_statements(nlp, [("a", text)], background=background)
        for s in found
    ]


def test_a_governing_title_is_kept_as_the_role(nlp) -> None:
    (said,) = _statements(
        nlp, "Russian Foreign Minister Sergey Lavrov said the talks would go on."
    )
    assert said.actor_ids == ("RUS",)
    assert said.role == "Foreign Minister"


def test_an_envoys_role_comes_from_the_apposition(nlp) -> None:
    (said,) = _statements(
        nlp,
        "Kurt Volker, the US special envoy for Ukraine, said the talks were useful.",
    )
    assert said.actor_ids == ("USA",)
    assert said.role == "special envoy"


def test_a_person_named_without_a_title_keeps_no_role_and_no_actor(nlp) -> None:
    (said,) = _statements(nlp, "Musalia Mudavadi said the talks would go on.")
    assert said.actor_ids == ()
    assert said.role is None


def test_evidence_gives_a_bare_name_its_actor_as_of_the_articles_date(nlp) -> None:
    evidence = {
        "Musalia Mudavadi": (
            Affiliation("Musalia Mudavadi", "KEN", "Foreign Minister",
                        date(2024, 3, 1), date(2024, 3, 1), "s1"),
        )
    }  # fmt: skip
    text = "Musalia Mudavadi said the talks would go on."
    background = Background(published={"a": date(2024, 4, 2)}, affiliations=evidence)
    (said,) = _statements(nlp, text, background)
    assert said.actor_ids == ("KEN",)
    assert said.role is None  # learned, not shown by a title here


def test_evidence_that_disagrees_leaves_the_actor_unknown() -> None:
    def seen(actor: str, first: date, last: date) -> Affiliation:
        return Affiliation("Jane Roe", actor, "envoy", first, last, actor)

    both = {
        "Jane Roe": (
            seen("FRA", date(2020, 1, 1), date(2024, 1, 1)),
            seen("BEL", date(2022, 1, 1), date(2023, 1, 1)),
        )
    }
    assert Learned(both, date(2022, 6, 1)).actors_of("Jane Roe") == ()
    assert Learned(both, None).actors_of("Jane Roe") == ()
    moved = {
        "Jane Roe": (
            seen("FRA", date(2015, 1, 1), date(2018, 1, 1)),
            seen("BEL", date(2022, 1, 1), date(2023, 1, 1)),
        )
    }
    assert Learned(moved, date(2017, 6, 1)).actors_of("Jane Roe") == ("FRA",)
    assert Learned(moved, date(2023, 3, 1)).actors_of("Jane Roe") == ("BEL",)
    assert Learned(moved, date(2035, 1, 1)).actors_of("Jane Roe") == ()  # too far
    assert Learned(moved, date(2023, 3, 1)).actors_of("Roe") == ()  # surname alone


def test_an_affiliation_learned_in_one_run_serves_the_next(nlp, tmp_path: Path) -> None:
    database = tmp_path / "c.duckdb"
    with serve_loopback() as server:
        first = server.script("/first.html", Reply(body=FIRST))
        later = server.script("/later.html", Reply(body=LATER))
        for url in (first, later):
            run_ingest(
                database,
                [Source("news", "page", url, True, 0)],
                nlp,
                fetcher=Fetcher(settings=FAST),
            )
    conn = db.open_store(database, read_only=True)
    try:
        shown = conn.execute(
            "SELECT person, actor_id, role, first_seen, last_seen, statement_id"
            " FROM affiliations"
        ).fetchall()
        bare = conn.execute(
            "SELECT actor_ids, role FROM statements s"
            " JOIN articles a USING (article_id)"
            " WHERE a.title = 'Border talks resume' AND s.speaker = 'Musalia Mudavadi'"
        ).fetchall()
        evidence = conn.execute(
            "SELECT s.speaker_mention FROM statements s"
            " JOIN affiliations f USING (statement_id)"
        ).fetchall()
    finally:
        conn.close()
    day = date(2024, 3, 1)
    (row,) = shown
    assert row[:5] == ("Musalia Mudavadi", "KEN", "Foreign Minister", day, day)
    assert evidence == [("Kenyan Foreign Minister Musalia Mudavadi",)]
    assert bare == [(["KEN"], None)]


def test_a_killed_runs_evidence_teaches_the_run_that_completes_it_nothing(
    nlp, tmp_path: Path
) -> None:
    database = tmp_path / "c.duckdb"
    with serve_loopback() as server:
        first = server.script("/first.html", Reply(body=FIRST))
        later = server.script("/later.html", Reply(body=LATER))

        def run(url: str) -> None:
            source = Source("news", "page", url, True, 0)
            run_ingest(database, [source], nlp, fetcher=Fetcher(settings=FAST))

        run(first)
        conn = db.open_store(database)
        conn.execute("UPDATE runs SET status = 'abandoned'")  # as a kill leaves it
        conn.close()
        run(later)
    conn = db.open_store(database, read_only=True)
    try:
        bare = conn.execute(
            "SELECT actor_ids FROM statements s JOIN articles a USING (article_id)"
            " WHERE a.title = 'Border talks resume' AND s.speaker = 'Musalia Mudavadi'"
        ).fetchall()
    finally:
        conn.close()
    assert bare == [([],)]  # as a run that was never killed extracts it


def test_an_office_after_the_title_is_part_of_the_role(nlp) -> None:
    (said,) = _statements(
        nlp, "US Secretary of State Mike Pompeo said the sanctions would stay."
    )
    assert said.actor_ids == ("USA",)
    assert said.role == "Secretary of State"
