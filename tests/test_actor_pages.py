"""An actor's page, built from a real DuckDB by the real publish code: joint
statements say with whom they were made and whom a speaker speaks for, who spoke
for an actor counts only its own speakers, statements that say nothing are no
position, and every evidence link has a name of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_data import (
    TEMPLATES,
    site_of,
    soup,
)

# A readout of a call: Biden and Scholz each speak alone, then jointly; the actor
# first in text order is not always the speaker's (Biden's "we" names Germany first).
CALL = (
    "Joseph R. Biden said that the alliance is strong.\n"
    "Olaf Scholz said that Germany stands with Ukraine.\n"
    "The US president agreed to coordinate our response through sanctions.\n"
    "The chancellor condemned this blatant violation of international law.\n"
    "The leaders reiterated their support for Ukraine.\n"
    "He discussed this."
)
LATER = "Joseph R. Biden rejected it."
ARTICLES = {
    "call": ("Biden and Scholz", "2024-10-18", CALL, "https://news.test/call"),
    "later": ("Biden again", "2024-10-20", LATER, "https://news.test/later"),
}
STATEMENTS = [  # id, article, seq, mention, cue, content, actors, topic, act, speaker
    ("b1", "call", 0, "Joseph R. Biden", "said", "the alliance is strong", ["USA"],
     "security_guarantees", "state", None),
    ("s1", "call", 1, "Olaf Scholz", "said", "Germany stands with Ukraine", ["DEU"],
     "sovereignty", "support", None),
    ("b2", "call", 2, "The US president", "agreed",
     "to coordinate our response through sanctions", ["DEU", "USA"], "sanctions",
     "agree", "Joseph R. Biden"),
    ("s2", "call", 3, "The chancellor", "condemned",
     "this blatant violation of international law", ["DEU", "USA"],
     "humanitarian_law", "criticise", "Olaf Scholz"),
    ("l1", "call", 4, "The leaders", "reiterated", "their support for Ukraine",
     ["USA", "DEU"], "military_aid", "support", None),
    ("b3", "call", 5, "He", "discussed", "this", ["USA", "DEU"], "sanctions",
     "consult", "Joseph R. Biden"),
    ("b4", "later", 0, "Joseph R. Biden", "rejected", "it", ["USA"], "sanctions",
     "reject", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of a database holding the call and a later statement."""
    return site_of(
        tmp_path_factory.mktemp("actor-pages"),
        [("DEU", "Germany"), ("USA", "United States"), ("FRA", "France")],
        ARTICLES,
        STATEMENTS,
    )


def _item(site: Path, actor: str, statement_id: str) -> str:
    """The line of the actor page's latest statements that links to the statement."""
    page = soup(site / "actors" / f"{actor}.html")
    for li in page.select("ol.timeline li"):
        if li.select_one(f"a.evidence[href$='#s-{statement_id}']"):
            return " ".join(li.get_text(" ", strip=True).split())
    raise AssertionError(f"{statement_id} is not on {actor}'s page")


def _position(site: Path, actor: str, topic: str) -> tuple[str, str]:
    """The actor's position on a topic: its text and the statement it links to."""
    page = soup(site / "actors" / f"{actor}.html")
    for tr in page.select("section[aria-labelledby=positions] tbody tr"):
        if tr.th.get_text(strip=True) == topic:
            href = tr.select_one("a.evidence")["href"]
            return " ".join(tr.get_text(" ", strip=True).split()), href.split("#s-")[1]
    raise AssertionError(f"{actor} has no position on {topic}")


def _speakers(site: Path, actor: str) -> tuple[list[tuple[str, str]], str]:
    """The rows of "Who spoke for" and the note below them."""
    section = soup(site / "actors" / f"{actor}.html").select_one(
        "section[aria-labelledby=speakers]"
    )
    rows = [
        (tr.th.get_text(strip=True), tr.td.get_text(strip=True))
        for tr in section.select("tbody tr")
    ]
    note = section.select_one("p.meta")
    return rows, " ".join(note.get_text(" ", strip=True).split()) if note else ""


def test_a_joint_statement_by_another_actors_speaker_says_so(site: Path) -> None:
    position, statement = _position(site, "DEU", "sanctions")

    assert statement == "b2"
    assert "Joint statement with United States USA" in position
    assert "Joseph R. Biden (United States) agreed" in position
    assert _item(site, "DEU", "b2").startswith(
        "2024-10-18 : Joint statement with United States USA · "
        "Joseph R. Biden (United States) agreed"
    )
    assert "Olaf Scholz (Germany) condemned" in _item(site, "USA", "s2")


def test_a_joint_statement_by_the_actors_own_speaker_names_no_other_actor(
    site: Path,
) -> None:
    own = _item(site, "DEU", "s2")
    group = _item(site, "DEU", "l1")

    assert own.startswith("2024-10-18 : Joint statement with United States USA · ")
    assert "Olaf Scholz condemned" in own
    assert "Joint statement with United States USA · The leaders reiterated" in group
    assert "Joseph R. Biden agreed" in _item(site, "USA", "b2")
    assert "(United States)" not in _item(site, "USA", "b2")
    assert "Joint" not in _item(site, "USA", "b1")


def test_the_digest_marks_a_joint_position_by_another_actors_speaker(
    site: Path,
) -> None:
    rows = soup(site / "index.html").select("section[aria-labelledby=latest] tbody tr")
    germany = next(
        " ".join(tr.get_text(" ", strip=True).split())
        for tr in rows
        if "Germany" in tr.th.get_text() and "#s-b2" in str(tr)
    )

    assert "Joseph R. Biden (United States) Joint statement with United States" in (
        germany
    )


def test_who_spoke_for_an_actor_counts_only_its_own_speakers(site: Path) -> None:
    germany, germany_note = _speakers(site, "DEU")
    america, america_note = _speakers(site, "USA")

    assert germany == [("Olaf Scholz", "2")]  # never Biden: he spoke for the US
    assert "Not counted: 3 joint statements" in germany_note  # b2, l1 and b3
    assert america == [("Joseph R. Biden", "4")]  # alone, and his joint ones
    assert "Not counted: 2 joint statements" in america_note  # s2 and l1


def test_a_statement_that_says_nothing_is_no_position_and_no_change(
    site: Path,
) -> None:
    index = soup(site / "index.html")

    assert _position(site, "USA", "sanctions")[1] == "b2"  # not "this" nor "it"
    assert _position(site, "DEU", "sanctions")[1] == "b2"
    changes = index.select_one("section[aria-labelledby=changes]")
    assert changes.select("tr.changed_act") == []  # agree, then "rejected: it"
    assert "dated 2024-10-18" in " ".join(changes.get_text(" ").split())
    # kept in the database, on its article's page and in the actor's statements
    article = soup(site / "articles" / "later.html")
    assert article.find(id="s-b4") is not None
    assert "Joseph R. Biden rejected “it”" in _item(site, "USA", "b4")


def test_every_evidence_link_of_an_actor_page_has_a_name_of_its_own(
    site: Path,
) -> None:
    for actor in ("DEU", "USA"):
        links = soup(site / "actors" / f"{actor}.html").select("a.evidence")
        names = [" ".join(a.get_text(" ", strip=True).split()) for a in links]

        assert len(names) == len(set(names)) > 5, actor
        assert all(name.startswith("evidence : ") for name in names)
    assert (
        "evidence : Joseph R. Biden agreed “to coordinate our response through…”,"
        " 2024-10-18" in names
    )
    hidden = links[0].select_one(".visually-hidden")
    assert hidden is not None  # read out, not shown


def test_cues_are_not_styled_as_links() -> None:
    css = (TEMPLATES / "style.css").read_text(encoding="utf-8")
    rules = {
        selector.strip(): body
        for selector, body in (
            rule.split("{", 1) for rule in css.split("}") if "{" in rule
        )
    }

    cue = rules["mark.cue"]
    assert "underline" not in cue
    assert "box-shadow" not in cue  # the blue line under a cue
    assert "var(--link)" not in cue
    assert "var(--link)" not in rules[".cue"]
