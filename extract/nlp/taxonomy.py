"""The act and topic taxonomies and the addressee and venue word lists,
read from extract/nlp/data/ (acts.toml, topics.toml, positions.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract.nlp.act_senses import SENSES
from extract.nlp.lexicon import read_toml
from kernel.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Act:
    """One rule of the act taxonomy; several rules may share an act id."""

    id: str
    label: str
    cameo: str
    plover: str  # "" where PLOVER has no type
    cues: frozenset[str] = frozenset()
    not_cues: frozenset[str] = frozenset()
    content: tuple[str, ...] = ()  # lemma phrases, lower case
    negated: bool = False  # the rule wants its cue or phrase negated
    # lemmas of the cue span or the content's head noun ('expressed [concern]',
    # 'held an [exchange] of [views]', 'reaffirmed their [support]')
    words: frozenset[str] = frozenset()
    # its content phrases count only in the content's main clause, and not when
    # that clause's subject is the speaker ('we must', 'I have to')
    main_clause: bool = False
    # the rule does not hold for a passive cue ('as is stipulated in the law':
    # what a text provides, no one's demand)
    not_passive: bool = False
    # its content phrases count only as what someone will do, as a threat is
    # worded: 'if ..., we will retaliate', 'would be held accountable'
    future: bool = False
    # its content phrases count only when their clause's subject is one of these
    # lemmas ('the accusations were [groundless]')
    subjects: frozenset[str] = frozenset()
    # the rule does not hold for a cue that names its object ('called the
    # vehicle a concept': an object predicate, no appeal)
    not_naming: bool = False
    # the rule holds only when the cue's subject is a pronoun, a name or one of
    # these lemmas ('the leaders covered X'; 'the tariffs covered X' consult no one)
    speakers: frozenset[str] = frozenset()
    # its content phrases count only as a verb not in the past whose object, or
    # the noun it qualifies, is one of these lemmas ('to deepen [cooperation]',
    # 'continuing [cooperation]'; not 'cooperation had grown')
    objects: frozenset[str] = frozenset()
    # the rule holds only when the content is a mandative subjunctive ('that the
    # two countries establish a task force'; not 'that they are refusing')
    subjunctive: bool = False
    # the rule holds only when the cue is used in this sense (`act_senses.SENSES`:
    # 'question', 'without_object', 'judges', 'reference', 'by_a_state'), or,
    # with 'leads', when a content phrase opens the content ('declined [to
    # comment]'), with 'verdict', when it is the content's predicate
    # (`verdicts.py`: 'that the sanctions are the [wrong] path'), with 'blame',
    # when the content lays a harmful deed on another (`deeds_judged.py`)
    sense: str = ""


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic: its id, label and phrases (base forms, lower case)."""

    id: str
    label: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PositionWords:
    """Which cue verbs take an addressee, what is never one, and what is a venue."""

    addressee_verbs: frozenset[str]
    not_addressees: frozenset[str]
    venue_preps: frozenset[str]
    venue_nouns: frozenset[str]
    not_venues: frozenset[str]


def load_acts(path: Path | None = None) -> tuple[Act, ...]:
    """Read the act rules, in the order they are tried; the last is the fallback."""
    path = path or DATA_DIR / "acts.toml"
    data = read_toml(path)
    rules = data.get("act", [])
    named = {  # what "@speaking", "@assessing", "@forecasting" stand for
        f"@{key}": tuple(data.get(key, ()))
        for key in ("speaking", "assessing", "forecasting")
    }

    def expanded(listed: list[str]) -> frozenset[str]:
        return frozenset(w for x in listed for w in named.get(x, [x]))

    try:
        acts = tuple(
            Act(
                id=a["id"],
                label=a["label"],
                cameo=a["cameo"],
                plover=a["plover"],
                cues=frozenset(a.get("cues", ())),
                not_cues=expanded(a.get("not_cues", [])),
                content=tuple(p.lower() for p in a.get("content", ())),
                negated=bool(a.get("negated", False)),
                words=frozenset(a.get("words", ())),
                main_clause=bool(a.get("main_clause", False)),
                not_passive=bool(a.get("not_passive", False)),
                future=bool(a.get("future", False)),
                subjects=frozenset(a.get("subjects", ())),
                not_naming=bool(a.get("not_naming", False)),
                speakers=expanded(a.get("speakers", [])),
                objects=frozenset(a.get("objects", ())),
                subjunctive=bool(a.get("subjunctive", False)),
                sense=str(a.get("sense", "")),
            )
            for a in rules
        )
    except KeyError as err:
        raise ConfigError(f"{path}: an [[act]] has no {err.args[0]}") from err
    unknown = {a.sense for a in acts} - {"", "leads", "verdict", "blame", *SENSES}
    if unknown:
        raise ConfigError(f"{path}: no such sense of a cue: {sorted(unknown)[0]}")
    if not acts or acts[-1].cues or acts[-1].content or acts[-1].words:
        raise ConfigError(f"{path}: the last [[act]] must be a fallback without rules")
    return acts


def load_topics(path: Path | None = None) -> tuple[Topic, ...]:
    """Read the topic taxonomy."""
    path = path or DATA_DIR / "topics.toml"
    try:
        return tuple(
            Topic(id=t["id"], label=t["label"], phrases=tuple(t["phrases"]))
            for t in read_toml(path).get("topic", [])
        )
    except KeyError as err:
        raise ConfigError(f"{path}: a [[topic]] has no {err.args[0]}") from err


def load_position_words(path: Path | None = None) -> PositionWords:
    """Read the addressee and venue word lists."""
    path = path or DATA_DIR / "positions.toml"
    data = read_toml(path)
    try:
        addressee, venue = data["addressee"], data["venue"]
        return PositionWords(
            addressee_verbs=frozenset(addressee["verbs"]),
            not_addressees=frozenset(addressee["never"]),
            venue_preps=frozenset(venue["prepositions"]),
            venue_nouns=frozenset(venue["nouns"]),
            not_venues=frozenset(venue["never"]),
        )
    except KeyError as err:
        raise ConfigError(f"{path}: missing {err.args[0]}") from err
