"""What changed since the previous digest: each publication date against the one before.

A digest is dated by the newest publication date in the database; the previous digest
is the same site as it stood on the previous publication date (the positions built
from the statements published up to then). Replaying the dated statements day by day
gives every edition's changes: an actor's first statement, an actor's first position
on a topic, and a position whose act changed: from the last act the rules were sure
of to another (`state`, the act they are unsure of, is never a change). Undated
statements cannot be placed in time and take no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import groupby
from typing import Protocol

FIRST_STATEMENT = "first_statement"
NEW_ON_TOPIC = "new_on_topic"
CHANGED_ACT = "changed_act"
KINDS = (FIRST_STATEMENT, NEW_ON_TOPIC, CHANGED_ACT)
# The act of a statement the rules could not place: never a change of position.
UNSURE = "state"


class Said(Protocol):
    """What the replay reads of a statement (`store.reads.StatementRow` has it all)."""

    @property
    def statement_id(self) -> str: ...
    @property
    def article_id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def published(self) -> date | None: ...
    @property
    def act(self) -> str: ...
    @property
    def actors(self) -> tuple[str, ...]: ...
    @property
    def topics(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Change:
    """One change of an actor's positions, with the statement it rests on."""

    kind: str  # first_statement | new_on_topic | changed_act
    actor_id: str
    statement: Said
    topic: str | None = None  # None for a first statement (its topics are shown)
    previous: Said | None = None  # the position before, for changed_act


@dataclass(frozen=True, slots=True)
class Edition:
    """A publication date's changes against the previous publication date."""

    day: date
    previous_day: date | None
    changes: tuple[Change, ...]


def digest_editions(
    statements: Iterable[Said],
    names: Mapping[str, str] | None = None,
    *,
    ordered: bool = False,
) -> list[Edition]:
    """Every publication date's changes, newest first; changes sorted by kind, actor.

    An actor's position on a topic at the end of a day is its latest statement on the
    topic (the order of `latest_positions`: date, then article id, then seq).
    `ordered`: the statements come in that order already (a stream is not held).
    """
    names = names or {}
    dated = _dated(statements, ordered)
    positions: dict[tuple[str, str], Said] = {}
    sure: dict[tuple[str, str], Said] = {}  # the last act that is not UNSURE
    seen: set[str] = set()
    editions: list[Edition] = []
    previous_day: date | None = None
    for day, group in groupby(dated, key=lambda s: s.published):
        assert day is not None  # undated statements were left out above
        today = list(group)
        firsts: dict[str, Said] = {}
        latest: dict[tuple[str, str], Said] = {}
        latest_sure: dict[tuple[str, str], Said] = {}
        for s in today:
            for actor_id in s.actors:
                if actor_id not in seen:
                    firsts.setdefault(actor_id, s)
                for topic in s.topics:
                    latest[actor_id, topic] = s
                    if s.act != UNSURE:
                        latest_sure[actor_id, topic] = s
        changes = [Change(FIRST_STATEMENT, a, s) for a, s in firsts.items()]
        for (actor_id, topic), s in latest.items():
            if actor_id in firsts:
                continue  # shown as a first statement, with its topics
            if (actor_id, topic) not in positions:
                changes.append(Change(NEW_ON_TOPIC, actor_id, s, topic))
                continue
            now, before = (
                latest_sure.get((actor_id, topic)),
                sure.get((actor_id, topic)),
            )
            if now is not None and before is not None and before.act != now.act:
                changes.append(Change(CHANGED_ACT, actor_id, now, topic, before))
        changes.sort(key=partial(_change_order, names))
        editions.append(Edition(day, previous_day, tuple(changes)))
        positions.update(latest)
        sure.update(latest_sure)
        seen.update(firsts)
        previous_day = day
    return editions[::-1]


def _change_order(names: Mapping[str, str], c: Change) -> tuple[int, str, str, str]:
    """Changes by kind, then actor name and id, then topic."""
    return (
        KINDS.index(c.kind),
        names.get(c.actor_id, c.actor_id),
        c.actor_id,
        c.topic or "",
    )


def _dated(statements: Iterable[Said], ordered: bool) -> Iterable[Said]:
    """The dated statements with an actor, by date, article id and seq."""
    kept = (s for s in statements if s.published is not None and s.actors)
    return (
        kept
        if ordered
        else sorted(kept, key=lambda s: (s.published, s.article_id, s.seq))
    )
