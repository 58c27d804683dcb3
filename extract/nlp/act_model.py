"""The learned act classifier: a multinomial logistic regression over the
features of `act_features`, the rules' act among them.

Trained by `training/train_acts.py` on the diplomatic gold's train split; the
weights ship as gzipped JSON in `extract/nlp/data/` only while the trainer finds
that the model beats the rules on held-out folds (none ships now: the rules
decide, `shipped_act_model` is None). Where the rules found no
act, the model's act stands when its probability reaches the trained threshold,
else the act is the fallback, `state`: the digest shows no doubtful act as a
change of position. Where the rules found one, the model replaces it only with
an act it is surer of than the trained `override` (never, at 1.0, as shipped).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from extract.nlp.act_features import act_features
from extract.nlp.acts import PhraseIndex, classify_act, is_negated
from extract.nlp.taxonomy import Act
from kernel.errors import ModelError

DEFAULT_ACT_MODEL_PATH = Path(__file__).parent / "data" / "act-model.json.gz"


@dataclass(frozen=True, slots=True)
class ActModel:
    """Per feature, its weight for each class; the classes are act ids."""

    classes: tuple[str, ...]
    weights: Mapping[str, np.ndarray]
    threshold: float  # below this probability the act is the fallback
    version: str
    override: float = 1.0  # the probability that replaces the rules' act

    def predict(self, features: list[str]) -> tuple[str, float]:
        """The most probable act id and its probability."""
        total = np.zeros(len(self.classes), dtype=np.float64)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                total += row
        total = np.exp(total - total.max())
        best = int(total.argmax())
        return self.classes[best], float(total[best] / total.sum())


def classify_statement(
    cue_span: Span,
    cue_lemma: str,
    content: Span,
    acts: tuple[Act, ...],
    phrases: PhraseIndex | None,
    model: ActModel | None,
    own: frozenset[int] = frozenset(),
) -> Act:
    """The act of a statement: the rules' act, then the model's (when there is
    one) over the rules' act and the grammar of cue and content. Pass the Doc's
    `phrases` when classifying many statements of one Doc, and as `own` the
    tokens that name the speaker's actors (see `classify_act`)."""
    phrases = phrases or PhraseIndex(content.doc)
    rule = classify_act(cue_span.root, cue_lemma, content, acts, phrases, cue_span, own)
    if model is None or (rule.id == acts[-1].id and rule is not acts[-1]):
        return rule  # a rule that names `state` (a courtesy, a question) decides
    features = act_features(cue_span, cue_lemma, content, rule.id, acts, phrases)
    chosen = choose_act(model, features, rule, acts)
    # as in the rules, a negated cue never names its own act: 'did not reject'
    if chosen.id in negated_acts(cue_span, cue_lemma, acts):
        return rule
    return chosen


def negated_acts(cue_span: Span, cue_lemma: str, acts: tuple[Act, ...]) -> set[str]:
    """The acts a negated cue names ('did not [reject]'): the model may not give
    them; empty when the cue is not negated."""
    if not is_negated(cue_span.root):
        return set()
    return {a.id for a in acts if cue_lemma in a.cues}


def choose_act(
    model: ActModel, features: list[str], rule: Act, acts: tuple[Act, ...]
) -> Act:
    """The act for these features given the rules' act: see the module's
    docstring. The rule's own Act when the ids agree (it names the CAMEO code of
    its wording), else the first with the model's id."""
    act_id, probability = model.predict(features)
    fallback = acts[-1]
    if act_id == rule.id:
        return rule
    if rule.id != fallback.id and (
        model.override >= 1.0 or probability < model.override
    ):
        return rule  # an override of 1.0 never replaces the rules' act
    if probability < model.threshold:
        return fallback
    return next((a for a in acts if a.id == act_id), fallback)


def shipped_act_model(path: Path | None = None) -> ActModel | None:
    """The act model that ships, or None when none does (the trainer writes one
    only while it beats the rules held out): the rules then decide alone."""
    path = path or DEFAULT_ACT_MODEL_PATH
    return load_act_model(path) if path.exists() else None


def load_act_model(path: Path | None = None) -> ActModel:
    """Read a model written by `save_act_model`."""
    path = path or DEFAULT_ACT_MODEL_PATH
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        classes = tuple(data["classes"])
        weights = {
            f: np.asarray(row, dtype=np.float64) for f, row in data["weights"].items()
        }
        if any(row.shape != (len(classes),) for row in weights.values()):
            raise ValueError("a weight row does not have one weight per class")
        return ActModel(
            classes,
            weights,
            float(data["threshold"]),
            str(data["version"]),
            float(data["override"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(f"cannot read the act model {path}: {err}") from err


def save_act_model(model: ActModel, path: Path) -> None:
    """Write the model as gzipped JSON, byte-identical for identical weights."""
    data = {
        "version": model.version,
        "threshold": model.threshold,
        "override": model.override,
        "classes": list(model.classes),
        "weights": {
            f: [round(float(w), 4) for w in row]
            for f, row in sorted(model.weights.items())
        },
    }
    raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(raw, mtime=0))
