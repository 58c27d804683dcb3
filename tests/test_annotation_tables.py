"""The memo tables give every token the annotations spaCy's own attribute
ruler and lemmatizer give it, and step aside for a model they cannot read."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from extract.nlp.annotation_tables import swap_in
from extract.nlp.pipeline import DEFAULT_MODEL

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "data"
COLUMNS = [POS, MORPH, LEMMA, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
ODD = [  # the model's multi-token and dependency-tested patterns, and spaces
    "Y'all ain't gon na believe it: let's go, c'm on, I gotta say it. Are y all?",
    "There is a plan and there were talks; you said it to me, I told you.",
    "He gets it.  She got it.\n\n\tBut what did they do? Did it help?",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def models() -> tuple[spacy.language.Language, spacy.language.Language]:
    spacys, ours = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    assert swap_in(ours) == ["attribute_ruler", "lemmatizer"]
    return spacys, ours


def _texts() -> list[str]:
    records = (CORPUS / "diplomatic.jsonl").read_text(encoding="utf-8").splitlines()
    bundled = [json.loads(line)["text"] for line in records[:12]]
    return [*bundled, (CORPUS / "seed-article.txt").read_text(), *ODD]


def test_every_token_gets_the_annotations_spacys_components_give_it(models) -> None:
    spacys, ours = models
    texts = _texts()
    for expected, got in zip(spacys.pipe(texts), ours.pipe(texts), strict=True):
        assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist()
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_the_multi_token_patterns_set_the_token_they_name(models) -> None:
    _, ours = models
    doc = ours("Let's go. Are y all here? They ain't gon na stop.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["'s"], lemmas["y"], lemmas["ai"]) == ("us", "you", "be")
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")


def test_the_swapped_pipeline_keeps_the_names_and_order_of_spacys() -> None:
    spacys, ours = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    swap_in(ours)
    assert ours.pipe_names == spacys.pipe_names
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "AttributeTable"


def test_a_ruler_pattern_the_table_cannot_read_keeps_spacys_ruler() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"POS": "NOUN", "OP": "+"}]], {"LEMMA": "x"})
    assert swap_in(nlp) == ["lemmatizer"]
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert nlp("Talks resumed.")[0].lemma_ == "talk"


def test_a_lookup_lemmatizer_is_left_as_it_is() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert swap_in(nlp) == []


def test_a_table_pickles_and_annotates_alike_in_its_copy(models) -> None:
    spacys, ours = models
    text = "Y'all ain't gon na believe what the minister said."
    copy = pickle.loads(pickle.dumps(ours.get_pipe("attribute_ruler")))
    doc = ours.make_doc(text)
    for name, component in ours.pipeline:
        doc = copy(doc) if name == "attribute_ruler" else component(doc)
    assert doc.to_array(COLUMNS).tolist() == spacys(text).to_array(COLUMNS).tolist()
