"""The held-out act challenge set (`tests/data/act_challenge.tsv`): sentences in
the register of the UN, foreign ministries, the EU, NATO, ASEAN and the African
Union, none from our corpus, each with the act docs/taxonomy.md gives it (`none`:
no statement, as for a firm or a thing as the subject of a diplomatic verb
phrase). Each sentence runs through the pipeline; its act is that of the
statement with the longest content. Those still wrong are expected failures,
with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.challenge_sets import NO_STATEMENT, challenge_rows, sentence_acts

CHALLENGE = Path(__file__).parent / "data" / "act_challenge.tsv"
# sentence -> why its act is still wrong
KNOWN_WRONG = {
    "Customers spoke highly of the new model.": (
        "the learned finder takes any subject of 'spoke highly of'"
    ),
    "The Foreign Ministry said China will take all necessary measures to"
    " safeguard its sovereignty.": (
        "'necessary measures' of a named state, unconditional, are left to `state`"
    ),
    "Moscow required the Western embassies to reduce their staff within a month.": (
        "learned-7 passes 'required' over here (learned-5 found it; the act rules"
        " give it demand)"
    ),
}


ROWS = challenge_rows(CHALLENGE)


@pytest.fixture(scope="module")
def challenge_acts(nlp) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each sentence's act (None when no statement is found), in one batch."""
    return sentence_acts(nlp, ROWS)


def test_every_known_wrong_sentence_is_in_the_challenge_set() -> None:
    assert set(KNOWN_WRONG) <= {s for s, _ in ROWS}


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        pytest.param(s, a, marks=pytest.mark.xfail(reason=KNOWN_WRONG[s]))
        if s in KNOWN_WRONG
        else (s, a)
        for s, a in ROWS
    ],
)
def test_challenge_sentence_gets_its_act(
    challenge_acts: dict[str, str | None], sentence: str, act: str
) -> None:
    assert challenge_acts[sentence] == (None if act == NO_STATEMENT else act)
