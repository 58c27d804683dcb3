"""The register a document is written in, as the learned finder sees it.

An institution's own publication (a source that declares its issuer: a
ministry's readouts, a leader's press conferences, joint statements) speaks
the register of official diplomacy; anything else is read as news. The finder's
features carry a second copy, marked with the register, in official documents:
fitted on PolNeAR and the diplomatic gold together, the shared copy learns what
holds in both and the marked copy what official texts do differently (their
first person, their readout cues, contents that run over a whole list). This is
feature augmentation for domain adaptation (Daumé III, 2007).
"""

from __future__ import annotations

from spacy.tokens import Doc

if not Doc.has_extension("issuer"):  # the actor whose document it is, if known
    Doc.set_extension("issuer", default=None)

OFFICIAL = "official|"


def is_official(doc: Doc) -> bool:
    """Whether the document is an institution's own publication (it has an issuer)."""
    return doc._.issuer is not None


def in_register(doc: Doc, features: list[str]) -> list[str]:
    """The features, and in an official document their marked copies too."""
    if not is_official(doc):
        return features
    return features + [OFFICIAL + feature for feature in features]
