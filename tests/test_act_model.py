"""The learned act classifier: shipped, used by the pipeline, and unsure acts
fall back to `state`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extract.nlp.act_model import (
    DEFAULT_ACT_MODEL_PATH,
    ActModel,
    choose_act,
    load_act_model,
    save_act_model,
)
from extract.nlp.pipeline import extract_statements, extractor_version
from extract.nlp.taxonomy import load_acts
from kernel.errors import ModelError


def _model(threshold: float) -> ActModel:
    """Two features: 'sure' makes `reject` near certain, 'unsure' makes it 55 %."""
    weights = {
        "sure": np.array([5.0, 0.0]),
        "unsure": np.array([np.log(0.55 / 0.45), 0.0]),
    }
    return ActModel(("reject", "state"), weights, threshold, "acts-test")


def _rule(act_id: str, cameo: str | None = None):  # type: ignore[no-untyped-def]
    acts = load_acts()
    return next(a for a in acts if a.id == act_id and cameo in (None, a.cameo))


@pytest.mark.parametrize(
    ("threshold", "feature", "act"),
    [
        (0.6, "unsure", "state"),
        (0.5, "unsure", "reject"),
        (0.6, "sure", "reject"),
    ],
)
def test_an_act_under_the_threshold_is_state(
    threshold: float, feature: str, act: str
) -> None:
    acts = load_acts()
    chosen = choose_act(_model(threshold), [feature], acts[-1], acts)
    assert chosen.id == act
    assert chosen.cameo == next(a for a in acts if a.id == act).cameo


def test_the_rules_act_keeps_its_cameo_when_the_model_agrees() -> None:
    acts = load_acts()
    cooperate = _rule("express_intent_to_negotiate", "030")
    model = ActModel(
        ("express_intent_to_negotiate", "state"),
        {"bias": np.array([3.0, 0.0])},
        0.5,
        "acts-test",
    )
    assert choose_act(model, ["bias"], cooperate, acts) is cooperate


def test_a_saved_model_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "acts.json.gz"
    save_act_model(_model(0.6), path)
    model = load_act_model(path)
    assert model.classes == ("reject", "state")
    assert model.predict(["unsure"]) == pytest.approx(("reject", 0.55))


def test_a_broken_model_file_is_a_model_error(tmp_path: Path) -> None:
    path = tmp_path / "acts.json.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match=r"^cannot read the act model .*acts\.json"):
        load_act_model(path)


def test_the_pipeline_uses_the_shipped_act_model(nlp) -> None:  # type: ignore[no-untyped-def]
    shipped = load_act_model(DEFAULT_ACT_MODEL_PATH)
    tagger = nlp.get_pipe("communique_positions")
    assert tagger.act_model.version == shipped.version
    assert f"+{shipped.version}+" in extractor_version(nlp)
