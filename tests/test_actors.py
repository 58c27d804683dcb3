"""The actor registry: every UN member state by name, demonym and capital;
parliaments and seats by their own names; ambiguous names; office-holders with
dated roles."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from spacy.language import Language
from statements_by_cue import the_one

from extract.nlp.actors import ActorRegistry, load_registry
from extract.nlp.pipeline import extract_statements


@cache
def _registry() -> ActorRegistry:
    return load_registry()


def _states(status: str) -> list[str]:
    return sorted(a.actor_id for a in _registry().actors.values() if a.status == status)


MEMBERS = _states("member")
OBSERVERS = _states("observer")


def _forms(actor_id: str) -> list[tuple[str, str]]:
    actor = _registry().actors[actor_id]
    return [
        ("name", actor.name),
        ("demonym", actor.demonyms[0]),
        ("capital", actor.capital or ""),
    ]


CASES = [
    (actor_id, form, surface)
    for actor_id in MEMBERS + OBSERVERS
    for form, surface in _forms(actor_id)
]


def _sentence(actor_id: str, form: str, surface: str) -> str:
    """A statement whose speaker names the state one way; an ambiguous surface
    ('Dominican', 'Victoria') gets a sentence naming the state first."""
    registry = _registry()
    context = ""
    if registry.lookup(surface) != actor_id:
        context = f"Officials arrived from {registry.actors[actor_id].name}. "
    speaker = f"The {surface} foreign minister" if form == "demonym" else surface
    return f"{context}{speaker} said on Monday that talks would resume."


@pytest.fixture(scope="module")
def speaker_actors(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Actors named in the speaker's sentence of every test text (the last one),
    from one batched run of the pipeline."""
    texts = sorted({_sentence(*case) for case in CASES})
    return {
        doc.text: [
            span.label_
            for span in doc.spans["actors"]
            if span.sent == list(doc.sents)[-1]
        ]
        for doc in nlp.pipe(texts, batch_size=256)
    }


def test_the_registry_has_193_un_members_and_2_observer_states() -> None:
    assert len(MEMBERS) == 193
    assert OBSERVERS == ["PSE", "VAT"]


@pytest.mark.parametrize(("actor_id", "form", "surface"), CASES)
def test_every_un_member_state_resolves_from_name_demonym_and_capital(
    speaker_actors: dict[str, list[str]], actor_id: str, form: str, surface: str
) -> None:
    assert surface, f"{actor_id} has no {form}"
    text = _sentence(actor_id, form, surface)
    assert speaker_actors[text][:1] == [actor_id], text


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Georgia's foreign minister said that talks would resume.", ["GEO"]),
        (
            "Georgia Governor Brian Kemp said that taxes in Atlanta would fall.",
            [],
        ),
        ("Tbilisi said that talks would resume.", ["GEO"]),
        ("Congo said that talks would resume.", []),
        ("Kinshasa hosted talks. Congo said that the talks would resume.", ["COD"]),
        (
            "Brazzaville hosted talks. The Congolese minister said that they would"
            " resume.",
            ["COG"],
        ),
        ("Washington said that talks would resume.", ["USA"]),
        ("Denzel Washington said that the film was a success.", []),
        ("The Washington Post said that talks would resume.", []),
        ("Chad Smith said that talks would resume.", []),
        ("Brussels said that the talks would resume.", ["EU"]),
        ("A Kremlin spokesman said that talks would resume.", ["RUS"]),
        ("China's envoy said that talks would resume.", ["CHN"]),
    ],
)
def test_ambiguous_names_resolve_only_with_evidence(  # type: ignore[no-untyped-def]
    nlp, text: str, actors: list[str]
) -> None:
    statements = next(extract_statements(nlp, [("doc", text)]))[1]
    said = [s for s in statements if s.cue == "said"]
    assert said, f"no statement in {text!r}"
    assert list(said[-1].actor_ids[:1]) == actors


def test_an_ambiguous_surface_is_never_guessed() -> None:
    registry = _registry()
    assert registry.lookup("Congo") is None
    assert registry.lookup("Korean") is None
    assert registry.lookup("Congo", frozenset({"COG"})) == "COG"
    assert registry.lookup("Dominican", frozenset({"DMA", "DOM"})) is None


def test_people_have_dated_roles_and_speak_for_their_latest_actor() -> None:
    registry = _registry()
    zhang = registry.person("Zhang Jun")
    assert zhang is not None
    assert zhang.actor_id == "CHN"
    assert zhang.roles[0].title == "Permanent Representative to the UN"
    assert (zhang.roles[0].start, zhang.roles[0].end) == (
        date(2019, 7, 29),
        date(2024, 6, 17),
    )
    rutte = registry.person("Rutte")
    assert rutte is not None
    assert rutte.role_on(date(2020, 1, 1)).actor_id == "NLD"
    assert rutte.actor_id == "NATO"
    lavrov = registry.person("Lavrov")
    assert lavrov is not None
    assert (
        lavrov.role_on(date(2000, 1, 1)).title == "Permanent Representative to the UN"
    )


@pytest.mark.parametrize(
    ("name", "actor"),
    [("Modi", "IND"), ("Narendra Modi", "IND"), ("Orban", "HUN"), ("Orbán", "HUN")],
)
def test_long_serving_heads_of_government_are_in_the_registry(
    name: str, actor: str
) -> None:
    person = _registry().person(name)
    assert person is not None
    assert person.actor_id == actor


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Verkhovna Rada said it would not ratify the agreement.", ("UKR",)),
        ("The Knesset said it would not ratify the agreement.", ("ISR",)),
        ("The Bundestag rejected the deal on Friday.", ("DEU",)),
        ("The State Duma said the sanctions were illegal.", ("RUS",)),
        ("The Sejm said it would not ratify the agreement.", ("POL",)),
        ("The Blue House said that talks would resume.", ("KOR",)),
        ("Foggy Bottom said that talks would resume.", ("USA",)),
        # a name several states give their parliament names none of them
        ("The National Assembly said it would not ratify the agreement.", ()),
    ],
)
def test_a_parliament_or_seat_by_its_own_name_speaks_for_its_state(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert the_one(nlp, text).actor_ids == actors
