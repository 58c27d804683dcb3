"""A title and a surname that alone names no one ("Supreme Leader Khamenei",
"Chairman Kim", "Premier Li") name the registry person of that surname whose
role the title is, on the article's date (without a date, in their latest
role); not when the title is another office or someone else's, when the name
goes on, or when two people's matching roles overlap. Each runs the real
pipeline; the overlap runs the actor matcher over a registry of its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from statements_by_cue import the_one

from extract.nlp.actors import DEFAULT_REGISTRY
from extract.nlp.pipeline import DEFAULT_MODEL, extract_statements
from kernel.records import Background


def speaking(nlp: Language, text: str, day: date | None = None) -> tuple:
    """(speaker, actors) of the one statement of `text`, published on `day`."""
    if day is None:
        found = the_one(nlp, text)
    else:
        known = Background(published={"doc": day})
        (found,) = next(extract_statements(nlp, [("doc", text)], background=known))[1]
    return found.speaker, found.actor_ids


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (
            "Supreme Leader Khamenei said on Tuesday that Iran would never "
            "negotiate under pressure.",
            "Ali Khamenei",
            "IRN",
        ),
        (
            "Chairman Kim said the country would strengthen its nuclear deterrent.",
            "Kim Jong Un",
            "PRK",
        ),
        ("Premier Li said China would open its markets further.", "Li Qiang", "CHN"),
        (
            "Iran's Supreme Leader Khamenei said the talks were over.",
            "Ali Khamenei",
            "IRN",
        ),
        (
            "North Korean Chairman Kim said the talks were over.",
            "Kim Jong Un",
            "PRK",
        ),
        ('"We will open further," Premier Li said.', "Li Qiang", "CHN"),
    ],
)
def test_a_title_and_surname_name_the_person_whose_role_it_is(
    nlp: Language, text: str, speaker: str, actor: str
) -> None:
    assert speaking(nlp, text) == (speaker, (actor,))


@pytest.mark.parametrize(
    ("text", "day", "speaker", "actors"),
    [
        ("Premier Li said", date(2019, 5, 1), "Li Keqiang", ("CHN",)),
        ("Premier Li said", date(2024, 5, 1), "Li Qiang", ("CHN",)),
        ("Premier Li said", date(2023, 3, 11), "Li", ()),  # both premiers that day
        ("Prime Minister Johnson said", date(2020, 5, 1), "Boris Johnson", ("GBR",)),
        ("Prime Minister Johnson said", date(2024, 5, 1), "Johnson", ()),  # former
        (
            "Prime Minister Rasmussen said",
            date(2005, 1, 1),
            "Anders Fogh Rasmussen",
            ("DNK",),
        ),
        (
            "Prime Minister Rasmussen said",
            date(2016, 1, 1),
            "Lars Løkke Rasmussen",
            ("DNK",),
        ),
    ],
)
def test_the_title_is_matched_to_the_role_held_on_the_articles_date(
    nlp: Language, text: str, day: date, speaker: str, actors: tuple[str, ...]
) -> None:
    said = f"{text} the markets would open further."
    assert speaking(nlp, said, day) == (speaker, actors)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # not the person's role
        ("Premier Khamenei said the talks were over.", "Khamenei"),
        ("President Kim said the talks were over.", "Kim"),
        # another office, or a former one
        ("Vice Premier Li said the markets would open further.", "Li"),
        ("Former Premier Li said the markets would open further.", "Li"),
        ("Ex-Premier Li said the markets would open further.", "Li"),
        # someone else's chairman, or a chairman no registry person of the name is
        ("Samsung Chairman Kim said the company would invest more.", "Kim"),
        ("The company's chairman Kim said it would invest more.", "Kim"),
        ("Chairman Lee said the company would invest more.", "Lee"),
        # the name goes on: another person
        ("Premier Li Peng said the markets would open further.", "Li Peng"),
        # a surname alone, as before
        ("Kim said the country would strengthen its nuclear deterrent.", "Kim"),
    ],
)
def test_a_title_that_is_not_the_surnames_holders_names_no_one(
    nlp: Language, text: str, speaker: str
) -> None:
    assert speaking(nlp, text) == (speaker, ())


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (
            "Supreme Leader Ali Khamenei said the talks were over.",
            "Ali Khamenei",
            "IRN",
        ),
        ("Chairman Kim Jong Un said the talks were over.", "Kim Jong Un", "PRK"),
        ("Chancellor Scholz said Germany would help.", "Olaf Scholz", "DEU"),
    ],
)
def test_a_full_name_or_a_known_surname_with_a_title_resolves_as_before(
    nlp: Language, text: str, speaker: str, actor: str
) -> None:
    assert speaking(nlp, text) == (speaker, (actor,))


OVERLAPPING = """
[[people]]
name = "Maria Lindqvist"
roles = [{ actor = "SWE", role = "Foreign Minister", from = 2020-01-01 }]

[[people]]
name = "Erik Lindqvist"
roles = [{ actor = "NOR", role = "Foreign Minister", from = 2021-01-01 }]
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The base model with the actor matcher over the shipped registry and two
    Foreign Ministers Lindqvist, in office together from 2021."""
    path: Path = tmp_path_factory.mktemp("registry") / "actors.toml"
    shipped = DEFAULT_REGISTRY.read_text(encoding="utf-8")
    path.write_text(shipped + OVERLAPPING, encoding="utf-8")
    nlp = spacy.load(DEFAULT_MODEL)
    actors = nlp.add_pipe("communique_actors", config={"registry_path": str(path)})
    actors.initialize(lambda: [], nlp=nlp)  # type: ignore[attr-defined]
    return nlp


@pytest.mark.parametrize(
    ("day", "people"),
    [
        (date(2020, 6, 1), ["Maria Lindqvist"]),  # she alone was in office
        (date(2022, 6, 1), []),
        (None, []),  # both in their latest role
    ],
)
def test_two_people_of_a_surname_holding_the_title_together_name_no_one(
    matcher: Language, day: date | None, people: list[str]
) -> None:
    doc = matcher.make_doc("Foreign Minister Lindqvist said the talks would resume.")
    doc._.published = day
    (doc,) = matcher.pipe([doc])
    assert [s.label_ for s in doc.spans["people"]] == people
