"""Speakers must be mentions: no datelines, captions, menus or fused hover-cards."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_long_description_keeps_its_statement_without_a_speakers_name() -> None:
    described = (
        "Critics of the program, like two senators from the farm states who wrote"
        " to the agency last year"
    )
    (kept,) = mentions_only([_statement(described)])
    assert kept.speaker is None
    assert kept.speaker_mention == described


def test_a_mention_over_a_paragraph_break_is_cut_to_the_names_line() -> None:
    text = "7 p.m.\n\nDonald Trump says the debate was rigged."
    crossing = replace(
        _statement("Donald Trump"), speaker_mention=text[:20], speaker_span=(0, 20)
    )
    (kept,) = mentions_only([crossing])
    assert kept.speaker_mention == "Donald Trump"
    start, end = kept.speaker_span or (0, 0)
    assert text[start:end] == "Donald Trump"
    nameless = replace(crossing, speaker=None)
    assert mentions_only([nameless]) == []  # no name to find: no mention
