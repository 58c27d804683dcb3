"""A view held in common is every speaker's (issues 15 and 16;
docs/annotation.md, "Whose we"): at a joint news conference, "It is our
common opinion that X" speaks for all the participants, the speaker's state
first. Runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

CONFERENCE = """Joint news conference following the trilateral meeting

Following the trilateral meeting of the heads of states, Vladimir Putin, Hassan Rouhani and Recep Tayyip Erdogan gave a joint news conference.

President of Russia Vladimir Putin: Colleagues, friends, Mr Rouhani, Mr Erdogan,

It is our common opinion that these steps will play a positive role. We believe that the sanctions are the wrong path.

President of Iran Hassan Rouhani (retranslated): Thank you.
"""  # noqa: E501


def test_our_common_opinion_is_every_participants(nlp: Language) -> None:
    said = published_by(nlp, CONFERENCE, issuer="RUS", day=date(2019, 9, 16))
    assert said["It is our common opinion"].actor_ids == ("RUS", "IRN", "TUR")
    assert said["believe"].actor_ids == ("RUS",)  # a stance of the speaker's own
