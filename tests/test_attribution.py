"""Who said what, construction by construction: small sentences of our own, with
the source, cue and content spans the extractor must find."""

from __future__ import annotations

import pytest
from statements_by_cue import statements as _statements

from kernel.records import Statement


def _one(nlp, text: str, cue: str) -> Statement:  # type: ignore[no-untyped-def]
    found = [s for s in _statements(nlp, text) if cue in (s.cue, s.cue.rstrip(":"))]
    assert found, f"no statement with cue {cue!r} in {text!r}"
    return found[0]


def _source(text: str, statement: Statement) -> str | None:
    if statement.speaker_span is None:
        return None
    return text[statement.speaker_span[0] : statement.speaker_span[1]]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "kind"),
    [
        pytest.param(
            '"We are ready to talk," the minister said.',
            "the minister",
            "said",
            "We are ready to talk",
            "direct",
            id="direct-speaker-after",
        ),
        pytest.param(
            'The minister said: "We are ready to talk."',
            "The minister",
            "said",
            "We are ready to talk",
            "direct",
            id="direct-speaker-before",
        ),
        pytest.param(
            "Maria Lopez said that Moscow was open to talks.",
            "Maria Lopez",
            "said",
            "Moscow was open to talks",
            "indirect",
            id="said-that",
        ),
        pytest.param(
            "Zhang Jun pressed all sides to respect humanitarian law.",
            "Zhang Jun",
            "pressed",
            "to respect humanitarian law",
            "indirect",
            id="pressed-all-sides-to",
        ),
        pytest.param(
            'Lopez said the ceasefire was "a first step" toward peace.',
            "Lopez",
            "said",
            'the ceasefire was "a first step" toward peace',
            "mixed",
            id="mixed-quote",
        ),
        pytest.param(
            "According to the foreign ministry, the talks will resume next week.",
            "the foreign ministry",
            "According to",
            "the talks will resume next week",
            "indirect",
            id="according-to",
        ),
        pytest.param(
            "The talks will resume next week, as stated by the foreign ministry.",
            "the foreign ministry",
            "as stated by",
            "The talks will resume next week",
            "indirect",
            id="as-stated-by",
        ),
        pytest.param(
            'Lopez: "We will not give up."',
            "Lopez",
            ":",
            "We will not give up",
            "direct",
            id="colon-quote",
        ),
        pytest.param(
            "Lopez believes that sanctions will not work.",
            "Lopez",
            "believes",
            "sanctions will not work",
            "indirect",
            id="belief",
        ),
        pytest.param(
            "The government plans to expand the pipeline.",
            "The government",
            "plans",
            "to expand the pipeline",
            "indirect",
            id="intent",
        ),
    ],
)
def test_construction(  # type: ignore[no-untyped-def]
    nlp, text: str, source: str, cue: str, content: str, kind: str
) -> None:
    statement = _one(nlp, text, cue)
    assert _source(text, statement) == source
    assert content in statement.content
    assert len(statement.content) <= len(content) + 12  # nothing much beyond it
    assert statement.kind == kind


def test_cue_span_keeps_auxiliaries_negation_and_adverbs_not_times(nlp) -> None:  # type: ignore[no-untyped-def]
    # PolNeAR's cue spans take in 'has', 'not' and 'repeatedly'; a time stays out
    text = "The minister has repeatedly said on Monday that talks would resume."
    statement = _one(nlp, text, "has repeatedly said")
    assert _source(text, statement) == "The minister"
    text = "The ministry did not confirm that the envoy had left."
    assert "the envoy had left" in _one(nlp, text, "did not confirm").content


def test_a_cue_never_takes_the_subject_a_parse_hangs_on_its_auxiliary(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "I do hope that this work will be completed before the end of the year."
    statement = _one(nlp, text, "do hope")
    assert _source(text, statement) == "I"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that the talks would resume.",
        "The minister reiterated in Geneva that the talks would resume.",
        "The minister spoke at the Munich Security Conference about talks with Iran.",
    ],
)
def test_a_preposition_of_time_or_place_never_joins_the_cue(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    cues = [s.cue for s in _statements(nlp, text)]
    assert cues, f"no statement in {text!r}"
    assert not any(cue.endswith((" on", " in", " at")) for cue in cues), cues


def test_appeal_content_follows_polnear_and_the_addressee_is_kept_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy urged the Security Council to restart negotiations."
    statement = _one(nlp, text, "urged")
    assert _source(text, statement) == "The envoy"
    # PolNeAR's content of 'urged X to Y' is 'X to Y'; the addressee is its own field
    assert statement.content in (
        "the Security Council to restart negotiations",
        "to restart negotiations",
    )
    assert statement.addressee == "the Security Council"


def test_quote_split_by_its_speaker_is_one_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We are ready," Lopez said, "but the other side must stop shooting first."'
    statement = _one(nlp, text, "said")
    assert _source(text, statement) == "Lopez"
    assert "We are ready" in statement.content
    assert "must stop shooting first" in statement.content


def test_quote_continued_in_the_next_sentence_is_one_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We are ready," said Maria Lopez. "But the other side must stop first."'
    statement = _one(nlp, text, "said")
    assert _source(text, statement) == "Maria Lopez"
    assert "We are ready" in statement.content
    assert "must stop first" in statement.content


def test_noun_cue_with_a_possessive_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lopez's call for a ceasefire was welcomed in the capital."
    statement = _one(nlp, text, "call")
    assert _source(text, statement) in ("Lopez", "Lopez's")
    assert statement.content == "a ceasefire"


def test_in_a_statement_the_body_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a statement, the ministry condemned the strike on the port."
    statement = _one(nlp, text, "condemned")
    assert _source(text, statement) == "the ministry"
    assert statement.content == "the strike on the port"


def test_passive_cue_without_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "It was announced that the embassy would close on Friday."
    statement = next(s for s in _statements(nlp, text) if "announced" in s.cue)
    assert statement.speaker_span is None
    assert "the embassy would close on Friday" in statement.content


def test_pronoun_keeps_its_mention_and_resolves_to_the_named_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sergey Lavrov warned that Russia would respond. "
        "He added that talks were possible."
    )
    added = _one(nlp, text, "added")
    assert added.speaker_mention == "He"
    assert added.speaker == "Sergey Lavrov"
    assert added.actor_ids == ("RUS",)


def test_role_description_resolves_to_the_last_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sergey Lavrov said that Moscow was ready. "
        "The minister added that talks were possible."
    )
    added = _one(nlp, text, "added")
    assert added.speaker_mention == "The minister"
    assert added.speaker == "Sergey Lavrov"


def test_the_russian_side_speaks_for_russia(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Russian side said it was ready to resume dialogue."
    said = _one(nlp, text, "said")
    assert said.speaker_mention == "The Russian side"
    assert said.actor_ids == ("RUS",)


def test_a_dateline_before_a_colon_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Washington, DC, United States: Getting to the Moon, while not easy, has"
        " been done many times before."
    )
    assert [s.cue for s in _statements(nlp, text) if s.cue == ":"] == []


def test_a_content_that_runs_into_its_source_stops_short_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to semi-official news agency ISNA, the prosecutor general of"
        ' Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism'
        ' charges".'
    )
    said = _one(nlp, text, "According to")
    assert _source(text, said) == "semi-official news agency ISNA"
    assert said.content.startswith("the prosecutor general of Tehran")


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The YPG is, according to Turkey, supportive of the PKK.",
            "according",
            "Turkey",
            "supportive of the PKK",
        ),
        (
            "Because of its exploration work there, the company is already under"
            " sanctions, and was condemned in a joint statement by Chile, Peru and"
            " Bolivia on May 3.",
            "was condemned in",
            "a joint statement by Chile, Peru and Bolivia",
            "the company",
        ),
    ],
)
def test_a_content_taken_for_its_source_is_read_again_from_the_grammar(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, source: str, content: str
) -> None:
    said = _one(nlp, text, cue)
    assert (_source(text, said), said.content) == (source, content)
