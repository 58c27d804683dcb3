"""Whose voice first person and group mentions carry in one document."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.turns import Turn


@dataclass(frozen=True, slots=True)
class DocumentVoices:
    """Whose voice first person and group mentions carry in one document."""

    turns: tuple[Turn, ...] = ()  # in text order
    group: tuple[str, ...] = ()  # participants or signatories, in text order
    meeting: bool = False  # the opening is a call or meeting: "they" is the group
    joint: bool = False  # the opening speaks as "we": "we" is the group
    # the opening is the issuer's own meeting with the group ("We met X"): the
    # issuer took part, though the group names only those it met
    met_by_issuer: bool = False
    issuer: tuple[str, ...] = ()
    lead: tuple[str, str] | None = None  # who opens a call or meeting: name, actor
    # the side that received the other at home ("X received Y", "hosted",
    # "welcomed"): whose guest "the guest" is
    host: str | None = None
    bodies: tuple[str, ...] = ()  # the bodies (not states) among the voices above
    # the office-holders the registry knows that the document names, with the
    # actors they hold on its date: ("Marco Rubio", ("USA",))
    officials: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the one person the statement's own title names as its author ("Statement
    # by Prime Minister Rishi Sunak on Iran"): the issuer's "I"
    author: str | None = None

    def turn_at(self, token: int) -> Turn | None:
        """The turn a token falls in, if any."""
        return next((t for t in self.turns if t.start <= token < t.end), None)

    def labelled(self, source: Span) -> Turn | None:
        """The turn a source is the label of, if any."""
        text = source.text.strip()
        return next(
            (
                t
                for t in self.turns
                if t.label == text and not t.continued and 0 <= t.start - source.end < 5
            ),
            None,
        )

    def meeting_sides(self) -> tuple[str, ...]:
        """Every side of the meeting the opening reports: the group, with the
        issuer first when it met them ("We met X"); none when that issuer is
        not known."""
        if not self.met_by_issuer:
            return self.group
        if not self.issuer:
            return ()
        return tuple(dict.fromkeys([self.issuer[0], *self.group]))

    def actors_of(self, name: str) -> tuple[str, ...]:
        """The actors a named office-holder holds on the document's date."""
        return next((a for n, a in self.officials if n == name), ())

    def participants(self) -> tuple[str, ...]:
        """The actors of everyone who speaks in a turn, in order of first turn,
        then those the title names."""
        speaking = (a for t in self.turns for a in t.actors)
        return tuple(dict.fromkeys([*speaking, *self.group]))

    def addressee_of(self, turn: Turn) -> Turn | None:
        """Whom "you" in a turn means: in a question from the floor, the one who
        answers (the next turn's speaker); in an answer, the one who asked (the
        previous turn's)."""
        i = self.turns.index(turn)
        step = 1 if turn.floor else -1
        j = i + step
        while 0 <= j < len(self.turns):
            other = self.turns[j]
            if other.label != turn.label:
                return other
            j += step
        return None


def officials_named(
    doc: Doc, registry: ActorRegistry
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each office-holder the document names, with the actors held on its date."""
    names = dict.fromkeys(s.label_ for s in doc.spans.get("people", []))
    return tuple(
        (name, person.actors_on(doc._.published))
        for name in names
        if (person := registry.person(name)) is not None
    )
