"""The actor registry: states (ISO 3166-1 alpha-3), bodies and office-holders.

pycountry gives every ISO 3166-1 code and name; `data/states.csv` adds what it
lacks (UN status, common and short names, demonyms, capitals and seats used as
metonyms); `data/actors.toml` adds bodies, ambiguous names and office-holders.
"""

from __future__ import annotations

import csv
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pycountry

from kernel.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_REGISTRY = DATA_DIR / "actors.toml"
DEFAULT_STATES = DATA_DIR / "states.csv"


@dataclass(frozen=True, slots=True)
class Actor:
    """A state or body that a speaker can speak for."""

    actor_id: str
    name: str
    kind: str  # state | body | territory
    status: str = ""  # member | observer | other (UN status of a state)
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    """An office held for an actor, from `start` to `end` (open when None)."""

    actor_id: str
    title: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        """Whether the role was held on that day."""
        return (self.start is None or self.start <= day) and (
            self.end is None or day <= self.end
        )


@dataclass(frozen=True, slots=True)
class Person:
    """An office-holder and the roles they held, oldest first."""

    name: str
    roles: tuple[Role, ...]

    def role_on(self, day: date | None = None) -> Role:
        """The role held on `day`; without a day (or none held then), the latest."""
        if day is not None:
            for role in reversed(self.roles):
                if role.holds_on(day):
                    return role
        return self.roles[-1]

    @property
    def actor_id(self) -> str:
        """The actor of the latest role."""
        return self.role_on().actor_id

    def actors_on(self, day: date | None) -> tuple[str, ...]:
        """The actor of the role held on a day (an article's date): none on a
        day outside every role (before office or after it: a former official
        speaks for no one); without a day, the latest role's."""
        if day is not None and not any(role.holds_on(day) for role in self.roles):
            return ()
        return (self.role_on(day).actor_id,)


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A surface that names several actors, or an actor and something else.

    It resolves to the one candidate the document names unambiguously elsewhere,
    else to `default`, else to nothing; `unless` words in its sentence rule it out.
    """

    candidates: tuple[str, ...]
    default: str | None = None
    unless: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ActorRegistry:
    """Lookups from surface forms to actors and from names to office-holders."""

    actors: Mapping[str, Actor]
    surfaces: Mapping[str, str]  # "Moscow", "Russian", "the Kremlin" -> "RUS"
    ambiguous: Mapping[str, Ambiguity]  # "Congo" -> COD or COG
    person_names: frozenset[str]  # surfaces that are also people's names
    people: Mapping[str, Person]  # any spelling of a name -> Person
    # Subdivisions (ISO 3166-2) -> their country: "Texas" -> "USA". Never an
    # actor by itself; only an official of the place speaks for the country.
    places: Mapping[str, str] = field(default_factory=dict)

    def person(self, name: str) -> Person | None:
        """The office-holder with this name or alias, if known."""
        return self.people.get(name)

    def without_people(self, names: frozenset[str]) -> ActorRegistry:
        """The registry with these spellings naming no office-holder ("Trump" in
        a document that names Ivanka Trump too)."""
        if not names:
            return self
        people = {n: p for n, p in self.people.items() if n not in names}
        return replace(self, people=people)

    def lookup(self, surface: str, context: frozenset[str] = frozenset()) -> str | None:
        """The actor a surface names, given the actors named elsewhere (`context`).

        None when the surface is unknown or stays ambiguous: never a guess.
        """
        if surface in self.surfaces:
            return self.surfaces[surface]
        ambiguity = self.ambiguous.get(surface)
        if ambiguity is None:
            return None
        named = [c for c in ambiguity.candidates if c in context]
        if len(named) == 1:
            return named[0]
        if ambiguity.default and (not named or ambiguity.default in named):
            return ambiguity.default
        return None


def spellings(surface: str) -> set[str]:
    """The ways a text may write a registry surface: "The" opening a sentence, an
    en dash or a typographic apostrophe for the ASCII one ("African Export–Import
    Bank", "Côte d’Ivoire")."""
    forms = {surface}
    if surface.startswith("the "):
        forms.add("The " + surface[len("the ") :])
    forms |= {f.replace("-", "–") for f in forms}
    return forms | {f.replace("'", "’") for f in forms}


def load_registry(
    path: Path | None = None, states_path: Path | None = None
) -> ActorRegistry:
    """Build the registry from pycountry plus the shipped additions."""
    path = path or DEFAULT_REGISTRY
    data = _read_toml(path)
    ambiguous = {
        surface: Ambiguity(
            candidates=tuple(entry["candidates"]),
            default=entry.get("default"),
            unless=frozenset(entry.get("unless", ())),
        )
        for surface, entry in data.get("ambiguous", {}).items()
    }
    actors: dict[str, Actor] = {}
    surfaces: dict[str, str] = {}
    shipped: dict[str, str] = {}  # surfaces from our own data, to catch clashes
    for country in pycountry.countries:
        code = country.alpha_3
        name = getattr(country, "common_name", None) or country.name
        actors[code] = Actor(code, name, "territory")
        official = getattr(country, "official_name", None)
        # An official name takes the article in prose: "the Hellenic Republic".
        for form in (country.name, name, official, official and "the " + official):
            if form and "," not in form and form not in ambiguous:
                surfaces.setdefault(form, code)
    for state in _read_states(states_path or DEFAULT_STATES):
        if state.actor_id not in actors:
            raise ConfigError(
                f"{states_path or DEFAULT_STATES}: {state.actor_id} is not an "
                "ISO 3166-1 alpha-3 code"
            )
        actors[state.actor_id] = state
        formal = tuple("the " + n for n in state.names if " of " in n)
        forms = (state.name, *state.names, *formal, *state.demonyms, *state.places)
        for form in (*forms, state.capital):
            if form and form not in ambiguous:
                _claim(shipped, form, state.actor_id, path)
    for code, body in data.get("bodies", {}).items():
        if pycountry.countries.get(alpha_3=code) is not None:
            raise ConfigError(f"{path}: body code {code} is an ISO 3166-1 code")
        aliases = tuple(body.get("aliases", ()))
        actors[code] = Actor(code, body["name"], "body", names=aliases)
        for form in (body["name"], *aliases):
            _claim(shipped, form, code, path)
    surfaces.update(shipped)
    for surface, ambiguity in ambiguous.items():
        unknown = [c for c in ambiguity.candidates if c not in actors]
        if unknown:
            raise ConfigError(f"{path}: {surface} names unknown {', '.join(unknown)}")
    return ActorRegistry(
        actors=actors,
        surfaces=surfaces,
        ambiguous=ambiguous,
        person_names=frozenset(data.get("person_names", {}).get("surfaces", ())),
        people=_people(data.get("people", ()), actors, path),
        places=_places(set(surfaces) | set(ambiguous)),
    )


def _places(taken: set[str]) -> dict[str, str]:
    """ISO 3166-2 subdivision names (and their forms without diacritics) -> the
    alpha-3 code of their country; a name two countries share, or one that
    already names an actor, is left out."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None:
            continue
        name = subdivision.name.split(" (")[0]
        for form in {name, _ascii(name)}:
            if len(form) > 3 and form not in taken:
                found.setdefault(form, set()).add(country.alpha_3)
    return {form: codes.pop() for form, codes in found.items() if len(codes) == 1}


def _ascii(name: str) -> str:
    """ "Mahārāshtra" -> "Maharashtra"."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _claim(shipped: dict[str, str], form: str, actor_id: str, path: Path) -> None:
    """Map a surface to an actor, refusing a second actor unless listed ambiguous."""
    if shipped.get(form, actor_id) != actor_id:
        raise ConfigError(
            f"{path}: {form!r} names both {shipped[form]} and {actor_id}: "
            "list it under [ambiguous]"
        )
    shipped[form] = actor_id


def _people(
    entries: list[dict], actors: Mapping[str, Actor], path: Path
) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for entry in entries:
        roles = tuple(
            Role(
                actor_id=role["actor"],
                title=role.get("role", ""),
                start=_date(role.get("from")),
                end=_date(role.get("to")),
            )
            for role in entry.get("roles", ())
        )
        if not roles:
            raise ConfigError(f"{path}: {entry['name']} has no roles")
        for role in roles:
            if role.actor_id not in actors:
                raise ConfigError(
                    f"{path}: {entry['name']} speaks for unknown {role.actor_id}"
                )
        person = Person(entry["name"], roles)
        for form in (entry["name"], *entry.get("aliases", ())):
            people[form] = person
    return people


def _read_states(path: Path) -> list[Actor]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as err:
        raise ConfigError(f"cannot read the state table {path}: {err}") from err
    return [
        Actor(
            actor_id=row["id"],
            name=row["name"],
            kind="state",
            status=row["status"],
            names=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=row["capital"] or None,
            places=_split(row["places"]),
        )
        for row in rows
    ]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read the actor registry {path}: {err}") from err


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
