"""The register the learned finder reads a document in (issue 16): an
institution's own publication (a source with an issuer) is official, and the
finder's features carry a marked copy there, so the model can weigh official
texts' habits apart from news; the training marks the same documents."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.nlp.cue_features import cue_features
from extract.nlp.registers import OFFICIAL
from extract.nlp.span_features import content_candidates, content_features
from training.gold import official_documents

GOLD = Path(__file__).resolve().parents[1] / "gold" / "diplomatic"
TEXT = "We discussed the situation in Syria, the return of refugees and aid."


def test_features_of_an_official_document_carry_a_marked_copy_of_each(
    nlp: Language,
) -> None:
    doc = nlp(TEXT)
    news = cue_features(doc[1], frozenset())
    doc._.issuer = "RUS"
    official = cue_features(doc[1], frozenset())
    assert not any(f.startswith(OFFICIAL) for f in news)
    assert official == news + [OFFICIAL + f for f in news]


def test_content_candidates_are_scored_in_the_documents_register(
    nlp: Language,
) -> None:
    doc = nlp(TEXT)
    doc._.issuer = "RUS"
    name, span = content_candidates(doc[1], (1, 2), [])[0]
    features = content_features(doc[1], (1, 2), name, span, frozenset())
    assert OFFICIAL + "bias" in features


def test_training_reads_every_diplomatic_genre_but_news_as_official() -> None:
    official = official_documents(GOLD)
    assert {"dipl-017", "dipl-001", "dipl-003", "dipl-006"} <= official  # one a genre
    assert not official & {"dipl-039", "dipl-054"}  # news
