"""The actor registry: states (ISO 3166-1 alpha-3), bodies and office-holders."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry

from extract.errors import ConfigError

DEFAULT_REGISTRY = Path(__file__).parent / "data" / "actors.toml"


@dataclass(frozen=True, slots=True)
class Actor:
    """A state or body that a speaker can speak for."""

    actor_id: str
    name: str
    kind: str  # state | body


@dataclass(frozen=True, slots=True)
class Person:
    """An office-holder: for which actor they speak, in which role, and when."""

    name: str
    actor_id: str
    role: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class ActorRegistry:
    """Lookups from surface forms to actors and from names to office-holders."""

    actors: Mapping[str, Actor]
    surfaces: Mapping[str, str]  # "Moscow", "Russian", "the Kremlin" -> "RUS"
    people: Mapping[str, Person]  # any spelling of a name -> Person

    def person(self, name: str) -> Person | None:
        """The office-holder with this name or alias, if known."""
        return self.people.get(name)


def load_registry(path: Path | None = None) -> ActorRegistry:
    """Build the registry from pycountry plus the shipped additions."""
    path = path or DEFAULT_REGISTRY
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read the actor registry {path}: {err}") from err
    actors: dict[str, Actor] = {}
    surfaces: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        name = getattr(country, "common_name", None) or country.name
        actors[code] = Actor(code, name, "state")
        for form in (country.name, name, getattr(country, "official_name", None)):
            if form and "," not in form:
                surfaces.setdefault(form, code)
    for code, extra in data.get("states", {}).items():
        if code not in actors:
            raise ConfigError(f"{path}: {code} is not an ISO 3166-1 alpha-3 code")
        for form in (*extra.get("names", ()), *extra.get("demonyms", ())):
            surfaces[form] = code
        for form in extra.get("places", ()):
            surfaces[form] = code
    for code, body in data.get("bodies", {}).items():
        actors[code] = Actor(code, body["name"], "body")
        surfaces[body["name"]] = code
        for form in body.get("aliases", ()):
            surfaces[form] = code
    people: dict[str, Person] = {}
    for entry in data.get("people", ()):
        if entry["actor"] not in actors:
            raise ConfigError(
                f"{path}: {entry['name']} speaks for unknown {entry['actor']}"
            )
        person = Person(
            name=entry["name"],
            actor_id=entry["actor"],
            role=entry.get("role", ""),
            start=_date(entry.get("from")),
            end=_date(entry.get("to")),
        )
        for form in (entry["name"], *entry.get("aliases", ())):
            people[form] = person
    return ActorRegistry(actors=actors, surfaces=surfaces, people=people)


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
