"""A statement in the first person, as the site shows it: the speaker's name, then
the wording with its pronoun ("Emmanuel Macron “we hopefully now see”"), never a
name followed by a verb that agrees with "we"; and "Who spoke for" counts an
unresolved pronoun as an unnamed speaker and a possessive as its owner. Built
from a real DuckDB by the real publish code."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_data import (
    site_of,
    soup,
)

TEXT = (
    "We hopefully now see a prospect of a ceasefire.\n"
    "I think that talks are needed.\n"
    "France's decision to send aid was announced.\n"
    "According to France, the camp holds 40,000 people.\n"
    "The situation in Syria was discussed."
)
STATEMENTS = [  # id, article, seq, mention, cue, content, actors, topic, act, speaker
    ("m1", "talks", 0, "We", "hopefully now see", "a prospect of a ceasefire",
     ["FRA"], "negotiations", "state", "Emmanuel Macron"),
    ("u1", "talks", 1, "I", "think", "that talks are needed", ["FRA"],
     "negotiations", "state", None),
    ("p1", "talks", 2, "France's", "decision", "to send aid", ["FRA"],
     "humanitarian_aid", "state", None),
    ("a1", "talks", 3, "France", "According to", "the camp holds 40,000 people",
     ["FRA"], "humanitarian_law", "state", None),
    ("d1", "talks", 4, None, "was discussed", "The situation in Syria", ["FRA"],
     "sovereignty", "consult", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    articles = {"talks": ("Talks", "2024-10-18", TEXT, "https://news.test/t")}
    return site_of(
        tmp_path_factory.mktemp("first-person"),
        [("FRA", "France")],
        articles,
        STATEMENTS,
    )


def _text(node) -> str:  # type: ignore[no-untyped-def]
    return " ".join(node.get_text(" ", strip=True).split())


def test_a_first_person_wording_is_quoted_after_the_speakers_name(site: Path) -> None:
    page = _text(soup(site / "actors" / "FRA.html"))

    assert "Emmanuel Macron \u201cWe hopefully now see\u201d" in page
    assert "Emmanuel Macron hopefully now see" not in page
    assert "unnamed speaker \u201cI think\u201d" in page  # "I" nobody resolved


def test_a_cue_that_comes_first_in_english_is_shown_first(site: Path) -> None:
    page = _text(soup(site / "actors" / "FRA.html"))

    assert "According to France" in page
    assert "France According to" not in page


def test_a_passive_without_a_source_reads_in_its_texts_order(site: Path) -> None:
    page = _text(soup(site / "actors" / "FRA.html"))

    assert "The situation in Syria was discussed" in page
    assert "unnamed speaker was discussed" not in page


def test_who_spoke_names_no_pronoun_and_no_possessive(site: Path) -> None:
    section = soup(site / "actors" / "FRA.html").select_one(
        "section[aria-labelledby=speakers]"
    )
    rows = {tr.th.get_text(strip=True) for tr in section.select("tbody tr")}

    assert rows == {"Emmanuel Macron", "unnamed speaker", "France"}
