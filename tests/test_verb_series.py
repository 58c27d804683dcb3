"""A series of reported acts shares its subject (issues 15 and 16): in
"President Biden also raised concerns about X, noted Y, and underscored Z" the
parse hangs "raised" as what "noted" reports, leaving "noted" without a
subject and "underscored" joined to Y; each is the President's act. Runs the
real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

READOUT = """Readout of President Biden's Meeting with President Xi Jinping of the People's Republic of China

President Biden also raised concerns about the DPRK's provocative behavior, noted all members of the international community have an interest in encouraging the DPRK to act responsibly, and underscored the United States' ironclad commitment to defending our Indo-Pacific Allies.
"""  # noqa: E501


def test_each_act_of_a_series_is_its_subjects(nlp: Language) -> None:
    said = published_by(nlp, READOUT, issuer="USA", day=date(2022, 11, 14))
    for cue in ("also raised concerns about", "noted", "underscored"):
        assert said[cue].speaker == "Joseph R. Biden", cue
        assert said[cue].actor_ids == ("USA",), cue
    assert said["noted"].content.startswith("all members of the international")


OBJECTS = """Readout of President Biden's Meeting with NATO Secretary General

President Biden raised concerns about China's support for Russia's defense industrial base, noted the importance of maintaining unity among allies, and underscored that the United States will defend its allies.
"""  # noqa: E501


def test_a_source_the_parse_made_of_an_object_gives_way(nlp: Language) -> None:
    said = published_by(nlp, OBJECTS, issuer="USA", day=date(2024, 7, 10))
    assert said["noted"].speaker == "Joseph R. Biden"
    assert said["underscored"].speaker == "Joseph R. Biden"
    assert said["underscored"].actor_ids == ("USA",)


ASIDE = """How big an impact have the tariffs had?

As we've noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that the full incidence of the tariff falls on domestic consumers.
"""  # noqa: E501


def test_an_aside_of_the_writer_starts_no_series(nlp: Language) -> None:
    concluded = published_by(nlp, ASIDE)["concluded"]
    assert concluded.speaker_mention != "we"
