"""Who speaks for whom on documents of sources outside our corpus (issue 15):
a UN Security Council record, State Department, Chinese MFA, Japanese MOFA,
NATO and UN noon briefings, a UK call readout, an EU declaration, ASEAN and
India-Egypt joint statements, a German Foreign Office release, a Reuters
report, and four of our own in formats not covered before (a Kazakh MFA
briefing with one-off questioner labels, a joint press conference of two
leaders, a NATO press release, a WHO statement), and eight joint texts (a Quad
ministers' statement titled with its signatories, a declaration of heads of
state or government, a state visit "at the invitation of", a partnership
"between" two states, a joint press statement after a visit received, a NATO
summit declaration with "Allies", an ASEAN-EU ministerial's "The Ministers"
and "The Meeting", a joint letter signed at its end)
(`tests/data/other_sources/`, each sidecar written before the extractor ran on
its text).
Each expected statement is found with the actors its sidecar names; those the
sidecar marks `known_failure` are expected to fail, for the reason it gives."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from spacy.language import Language

from bench.other_sources import (
    FOLDER,
    Expected,
    act_outcome,
    expectations,
    matching,
    texts,
)
from extract.nlp.pipeline import extract_statements
from kernel.records import Statement


def _cases() -> list[object]:
    cases = []
    for path in sorted(FOLDER.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["statements"]:
            expected = Expected(
                path.stem,
                item["cue"],
                item["content"],
                item["speaker"],
                tuple(item["actors"] or ()),
            )
            reason = item.get("known_failure")
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            name = f"{path.stem}:{item['cue']}:{item['content'][:24]}"
            cases.append(pytest.param(expected, marks=marks, id=name))
    return cases


@pytest.fixture(scope="module")
def found(nlp: Language) -> dict[str, list[Statement]]:
    """The statements of every document, extracted once."""
    return dict(extract_statements(nlp, list(texts().items())))


@pytest.mark.parametrize("expected", _cases())
def test_each_statement_speaks_for_the_actors_its_document_gives(
    found: dict[str, list[Statement]], expected: Expected
) -> None:
    statement = matching(expected, found[expected.doc])
    assert statement is not None, [(s.cue, s.content[:40]) for s in found[expected.doc]]
    assert set(statement.actor_ids) == set(expected.actors), statement.speaker_mention


HELD_OUT = FOLDER.parent / "held_out_sources"
ACTS = {
    "state", "agree", "propose", "consult", "intend_to_cooperate", "appeal", "demand",
    "support", "praise", "express_concern", "criticise", "accuse", "deny", "reject",
    "warn", "threaten",
}  # fmt: skip


def _found(act: str) -> Statement:
    return Statement(
        "doc", 0, "said", (0, 4), "x", (5, 6), "indirect", "said x", (0, 6), act, "v"
    )


def test_a_found_act_is_judged_against_the_sidecar_act_in_gold_ids() -> None:
    expected = Expected("doc", "said", "x", "We", ("FRA",), "intend_to_cooperate")
    assert act_outcome(expected, _found("express_intent_to_negotiate")) == "act right"
    assert act_outcome(expected, _found("state")) == "act wrong"
    assert act_outcome(expected, None) is None
    assert act_outcome(replace(expected, act=None), _found("state")) is None


def test_held_out_sidecars_give_an_act_and_a_content_of_their_text() -> None:
    items = expectations(HELD_OUT)
    text = {name: body.lower() for name, body in texts(HELD_OUT).items()}
    assert len(items) >= 140
    assert {item.act for item in items} <= ACTS
    assert all(item.content.lower() in text[item.doc] for item in items)
