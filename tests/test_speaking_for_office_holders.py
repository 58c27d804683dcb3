"""For whom an office-holder of the registry speaks when the text gives no title:
a bare surname that only one well-known office-holder bears names their state or
body; on an article's date, the office they held then, and none out of office; a
surname many people share is in no entry, so its speaker stays without an actor.
Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, the_one

from extract.nlp.pipeline import extract_statements
from kernel.records import Background


def actors_on(nlp: Language, text: str, day: date) -> tuple[str, ...]:
    """The actors of the one statement of `text`, published on `day`."""
    background = Background(published={"doc": day})
    (found,) = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    return found.actor_ids


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Fidan said the talks would continue next week.", ("TUR",)),
        ("Albares said Spain would recognise the agreement.", ("ESP",)),
        ("Araghchi said the talks would continue next week.", ("IRN",)),
        ("Ramaphosa said the summit had been a success.", ("ZAF",)),
        ("Grossi said the inspectors would return to the plant.", ("IAEA",)),
        (
            "Sheikh Mohammed bin Abdulrahman Al Thani said the talks would resume.",
            ("QAT",),
        ),
    ],
)
def test_a_bare_surname_of_an_office_holder_names_their_actor(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert the_one(nlp, text).actor_ids == actors


@pytest.mark.parametrize(
    ("name", "day", "actor"),
    [
        ("Tusk", date(2016, 3, 1), "EU"),  # President of the European Council then
        ("Tusk", date(2024, 3, 1), "POL"),
        ("Mark Carney", date(2016, 3, 1), "GBR"),  # Governor of the Bank of England
        ("Mark Carney", date(2025, 6, 1), "CAN"),
        ("Séjourné", date(2024, 3, 1), "FRA"),  # Foreign Minister then
        ("Séjourné", date(2025, 3, 1), "EU"),
    ],
)
def test_an_office_holder_speaks_for_the_office_held_on_the_articles_date(
    nlp: Language, name: str, day: date, actor: str
) -> None:
    text = f"{name} said the budget would be balanced."
    assert actors_on(nlp, text, day) == (actor,)


@pytest.mark.parametrize(
    "text",
    [  # Anthony Albanese is in the registry, but not his surname alone
        "Albanese said the budget would be balanced.",
        "Sánchez said the budget would be balanced.",
    ],
)
def test_a_surname_many_people_share_names_no_actor(nlp: Language, text: str) -> None:
    assert the_one(nlp, text).actor_ids == ()


@pytest.mark.parametrize(
    ("day", "actors"),
    [
        (date(2020, 5, 1), ("GBR",)),  # in office
        (date(2024, 5, 1), ()),  # a former prime minister speaks for no one
        (date(2015, 5, 1), ()),  # before any office
    ],
)
def test_an_office_holder_out_of_office_on_the_articles_date_speaks_for_no_one(
    nlp: Language, day: date, actors: tuple[str, ...]
) -> None:
    text = "Boris Johnson said the sanctions would stay."
    assert actors_on(nlp, text, day) == actors


def test_a_name_ending_in_a_suffix_is_the_whole_name_not_the_suffix(
    nlp: Language,
) -> None:
    found = the_one(nlp, "President Joseph R. Biden, Jr. said the alliance was strong.")
    assert (found.speaker_mention, found.actor_ids) == (
        "President Joseph R. Biden, Jr.",
        ("USA",),
    )


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Petro Poroshenko said Ukraine would never accept the annexation.", ("UKR",)),
        (
            "Adil Abdul-Mahdi, the caretaker Prime Minister, said the troops must"
            " leave Iraq.",
            ("IRQ",),
        ),
        ("Assad said the war would end soon.", ("SYR",)),
        # his brother shares the surname that alone names the president
        ("Maher al-Assad said the war would end soon.", ()),
        # a cleric whose given names are the prime minister's surname
        ("Sheikh Abdul-Mahdi al-Karbalai said the protesters must stay calm.", ()),
    ],
)
def test_heads_of_state_and_government_since_2014_name_their_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == actors


@pytest.mark.parametrize(
    ("day", "actors"),
    [
        (date(2016, 3, 1), ("UKR",)),  # president then
        (date(2022, 3, 1), ()),  # a former president speaks for no one
    ],
)
def test_poroshenko_speaks_for_ukraine_only_while_president(
    nlp: Language, day: date, actors: tuple[str, ...]
) -> None:
    text = "Poroshenko said the sanctions would stay."
    assert actors_on(nlp, text, day) == actors


def test_an_undated_article_keeps_the_office_it_named_for_later_mentions(
    nlp: Language,
) -> None:
    # the registry's latest office is Norway's; the article names NATO's
    found = one_by_cue(
        nlp,
        "NATO's Stoltenberg said on Wednesday that the alliance was ready to defend"
        " its members. Stoltenberg added that talks remained possible.",
        "added",
    )
    assert found.actor_ids == ("NATO",)


def test_an_undated_article_that_says_more_of_the_person_names_no_earlier_office(
    nlp: Language,
) -> None:
    found = one_by_cue(
        nlp,
        "NATO's Stoltenberg said that the alliance was ready. Stoltenberg, who"
        " returned to Norwegian politics this year, added that taxes would fall.",
        "added",
    )
    assert found.actor_ids != ("NATO",)


@pytest.mark.parametrize(
    "earlier",
    ["Kremlin critic Boris Johnson", "Former NATO Secretary General Jens Stoltenberg"],
)
def test_an_undated_article_takes_no_office_from_a_critic_or_a_former_title(
    nlp: Language, earlier: str
) -> None:
    name = earlier.split()[-1]
    found = one_by_cue(
        nlp, f"{earlier} spoke in London. {name} added that taxes would fall.", "added"
    )
    assert found.actor_ids not in (("RUS",), ("NATO",))


@pytest.mark.parametrize(
    ("name", "day"),
    [("Joe Biden", date(2014, 5, 1)), ("Mike Pence", date(2019, 5, 1))],
)
def test_a_vice_president_in_office_speaks_for_the_united_states(
    nlp: Language, name: str, day: date
) -> None:
    text = f"Vice President {name} said the sanctions would stay."
    assert actors_on(nlp, text, day) == ("USA",)
