"""Speakers must be mentions: no datelines, captions, menus or fused hover-cards."""

from __future__ import annotations

import pytest

from extract.nlp.surfaces import is_mention, mentions_only, unfused
from kernel.records import Statement


@pytest.mark.parametrize(
    "surface",
    [
        "Washington, DC, United States:",
        "GENEVA, Switzerland —",
        "(Graphic: Jane Doe/The Daily)",
        "(Photo: AP)",
        "Home\nWorld\nPolitics",
        "News Sport Weather Culture Travel Future Reel Worklife Capital Earth Video "
        "Live Local",
    ],
)
def test_datelines_captions_and_menus_are_no_mentions(surface: str) -> None:
    assert not is_mention(surface)


@pytest.mark.parametrize(
    "surface",
    ["Sergey Lavrov", "he", "the Russian side", "Zhang Jun, China's envoy", "Mr. Li"],
)
def test_names_and_phrases_are_mentions(surface: str) -> None:
    assert is_mention(surface)


@pytest.mark.parametrize(
    ("fused", "name"),
    [
        ("Kristi NoemKristi", "Kristi Noem"),
        ("Ilhan OmarIlhan", "Ilhan Omar"),
        ("Ronald McDonald", "Ronald McDonald"),
        ("Ron DeSantis", "Ron DeSantis"),
    ],
)
def test_a_fused_hover_card_is_cut_back_to_the_name(fused: str, name: str) -> None:
    assert unfused(fused) == name


def _statement(speaker: str | None) -> Statement:
    return Statement(
        article_id="a",
        seq=0,
        cue="said",
        cue_span=(0, 4),
        content="x",
        content_span=(5, 6),
        kind="indirect",
        sentence="x",
        sentence_span=(0, 6),
        act="state",
        extractor_version="t",
        speaker=speaker,
        speaker_mention=speaker,
    )


def test_statements_keep_only_speakers_that_are_mentions() -> None:
    kept = mentions_only(
        [
            _statement("Washington, DC, United States:"),
            _statement("Kristi NoemKristi"),
            _statement("Sergey Lavrov\n"),
            _statement(None),
        ]
    )
    assert [s.speaker for s in kept] == ["Kristi Noem", "Sergey Lavrov", None]
