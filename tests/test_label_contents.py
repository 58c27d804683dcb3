"""A turn's label says who speaks, never what is said (issues 15 and 16): the
learned finder may rank the words before a cue as its content, and at the
start of a turn those are the label ('Federal Chancellor of Germany Angela
Merkel (retranslated): We condemn in | X'). Runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

TRANSCRIPT = """Press statements following Russian-German talks

President of Russia Vladimir Putin: Thank you.

Federal Chancellor of Germany Angela Merkel (retranslated): We condemn in the strongest terms the shelling of civilians.
"""  # noqa: E501


def test_no_content_is_a_turn_label(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS", day=date(2019, 12, 10))
    assert all("Merkel" not in s.content for s in said.values())
    assert said["condemn in the strongest terms"].content == "the shelling of civilians"
    assert said["condemn in the strongest terms"].actor_ids == ("DEU",)
