"""Whom a news source's post makes them speak for, where a wrong state is easy:
a surname that is also a place names no place; an agency's post "for" a
country covers it without serving it; diplomats accredited to a body speak for
unnamed member states; a dateline filed from two capitals gives no home; and
"National" in an organ's name is no citizen. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import the_one


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a surname that is also a region (Hidalgo, Mexico) names no place
        ("Paris Mayor Anne Hidalgo said the city would help.", ()),
        # the country an agency's post covers is not whom it serves
        ("Marta Okello, WFP country director for Sudan, said aid was running out.",
         ()),
        # diplomats at a body speak for the states that sent them, unnamed here
        ("Two EU diplomats said France pushed for new sanctions.", ()),
        ("An EU official said the package was ready.", ("EU",)),
        ("Russian diplomats said the talks had stalled.", ("RUS",)),
        # a dateline of two capitals names no one home
        ("NEW DELHI/ISLAMABAD, Dec 1 (Reuters) - The foreign ministry said the"
         " talks would resume.", ()),
        ("ISLAMABAD, Dec 1 (Reuters) - The foreign ministry said the talks would"
         " resume.", ("PAK",)),
        # "National" in an organ's name, not "a British national"
        ("China's National Health Commission said the outbreak was under control.",
         ("CHN",)),
        ("A British national said the embassy had not helped him.", ()),
        ("Italy's national hotel federation said the sector had shed jobs.", ()),
        ("Brazil's National Institute for Space Research said deforestation had"
         " risen.", ()),
        # a body after "for" is whom the post serves
        ("Agnes Callamard, a UN rapporteur for the Office of the UN High"
         " Commissioner for Human Rights, said the killing was premeditated.",
         ("OHCHR",)),
    ],
)  # fmt: skip
def test_a_post_gives_the_actor_it_serves(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert the_one(nlp, text).actor_ids == actors
