"""The learned finder scores many candidates at a time: the same scores as one
feature and one vector at a time, in any process that loads the model."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np

from extract.nlp.attribution_model import DenseScores, load_model
from extract.nlp.cue_features import cue_vector
from extract.nlp.feature_weights import FeatureWeights
from extract.nlp.span_features import content_vector, source_vector

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = {"bias": -2.5, "l=say": 3.25, "p=VERB": 0.125, "w=said": 1e-4}
ROWS = [
    ["bias", "l=say", "p=VERB", "w=said"],
    ["bias", "l=tell", "p=NOUN"],  # features the model never saw weigh nothing
    [],
    ["p=VERB", "p=VERB", "bias"],  # a feature twice counts twice
]


def _one_at_a_time(rows: list[list[str]]) -> list[float]:
    return [float(sum(WEIGHTS.get(f, 0.0) for f in row)) for row in rows]


def test_batched_sums_equal_the_sums_of_one_row_at_a_time_bit_for_bit() -> None:
    assert FeatureWeights(WEIGHTS).sums(ROWS).tolist() == _one_at_a_time(ROWS)


def test_no_rows_sum_to_an_empty_float_array_that_takes_float_additions() -> None:
    sums = FeatureWeights(WEIGHTS).sums([])
    sums += np.zeros(0)
    assert sums.dtype == np.float64
    assert sums.size == 0


def test_the_real_model_sums_its_own_features_as_the_dict_does() -> None:
    weights = load_model().cue.weights
    rows = [[*list(weights)[k : k + 40], f"unseen={k}"] for k in range(0, 4000, 40)]
    expected = [float(sum(weights.get(f, 0.0) for f in row)) for row in rows]
    assert FeatureWeights(weights).sums(rows).tolist() == expected


def test_weights_pickled_to_a_process_with_another_hash_seed_sum_the_same(
    tmp_path: Path,
) -> None:
    pickled = tmp_path / "weights.pickle"
    pickled.write_bytes(pickle.dumps((FeatureWeights(WEIGHTS), ROWS)))
    child = (
        "import pickle, sys; weights, rows = pickle.load(open(sys.argv[1], 'rb')); "
        "print(weights.sums(rows).tolist())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", child, str(pickled)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == str(_one_at_a_time(ROWS))


def test_the_dense_part_of_each_score_is_the_weights_times_the_trained_vectors(
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    doc = nlp("The minister told reporters on Monday that talks would resume soon.")
    model = load_model()
    dense = DenseScores.of(doc, model)
    told, span = doc[2], (5, 12)
    assert model.cue.dense is not None
    assert model.content.dense is not None
    assert model.source.dense is not None
    vector = cue_vector(told)
    assert vector is not None
    assert np.isclose(dense.cues([told.i])[0], model.cue.dense @ vector, atol=1e-4)
    assert np.isclose(
        dense.contents([span])[0],
        model.content.dense @ content_vector(doc, span),
        atol=1e-4,
    )
    assert np.isclose(
        dense.sources([(0, 2)])[0],
        model.source.dense @ source_vector(doc, (0, 2)),
        atol=1e-4,
    )
