"""Word lists and taxonomies shipped with Communiqué, read from extract/nlp/data/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from kernel.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class ActPhrases:
    """Diplomatic acts worded without a verb of saying (`act_phrases.py`)."""

    officials: frozenset[str]  # heads of a subject that speaks for a body
    light_verbs: frozenset[str]  # 'lodged', 'levelled', 'paid'
    act_nouns: frozenset[str]  # 'representations', 'accusations', 'tribute'
    refusals: frozenset[str]  # 'will not accept', 'does not recognise'
    blame_verbs: frozenset[str]  # 'held X responsible'
    blame_predicates: frozenset[str]
    praise_verbs: frozenset[str]  # 'spoke highly of'
    praise_adverbs: frozenset[str]
    passive_acts: frozenset[str]  # 'was welcomed by'
    appeals: frozenset[str]  # 'invited X to'
    proposals: frozenset[str]  # 'put forward X', 'tabled X'
    pledges: frozenset[str]  # 'committed themselves to X'
    consultations: frozenset[str]  # 'conferred on X'
    prepositional: frozenset[str]  # 'objected to X', 'consented to X'
    meeting_work: frozenset[str]  # 'took stock of X', 'held (a round of) dialogue'
    partitives: frozenset[str]  # 'a round of', 'a session of'
    meeting_verbs: frozenset[str]  # 'met with X | to discuss Y'
    talk_verbs: frozenset[str]
    signing: frozenset[str]  # 'initialled the text of the agreement'
    agreement_texts: frozenset[str]
    presenting: frozenset[str]  # 'presented a peace plan'
    plans: frozenset[str]
    turning_down: frozenset[str]  # 'turned down the offer'
    responses: frozenset[str]  # 'will respond with X if Y'
    measure_verbs: frozenset[str]  # 'will take all necessary steps if Y'
    measures: frozenset[str]
    looking_forward: frozenset[str]  # 'looked forward to X'
    deeds: frozenset[str]  # 'refused', 'covered': deeds of no thing (thing_sources)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The cue, speaker and venue words the attribution rules use."""

    cue_verbs: frozenset[str]
    object_content: frozenset[str]
    object_addressee: frozenset[str]
    no_object: frozenset[str]
    cue_nouns: frozenset[str]
    speaker_nouns: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_group: frozenset[str]
    act_phrases: ActPhrases


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the cue and speaker word lists."""
    data = read_toml(path or DATA_DIR / "lexicon.toml")
    verbs, words = data["cue_verbs"], data["words"]
    return Lexicon(
        cue_verbs=frozenset(verbs["say"]),
        object_content=frozenset(verbs["object_content"]),
        object_addressee=frozenset(verbs["object_addressee"]),
        no_object=frozenset(verbs["no_object"]),
        cue_nouns=frozenset(words["cue_nouns"]),
        speaker_nouns=frozenset(words["speaker_nouns"]),
        pronouns_person=frozenset(words["pronouns_person"]),
        pronouns_group=frozenset(words["pronouns_group"]),
        act_phrases=ActPhrases(
            **{
                field.name: frozenset(data["act_phrases"][field.name])
                for field in fields(ActPhrases)
            }
        ),
    )


def read_toml(path: Path) -> dict:
    """A shipped or configured TOML data file, or a ConfigError naming it."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read {path}: {err}") from err
