"""Talks reported in other words (issues 15 and 16): a topic whose neglect is
denied was discussed ('we did not neglect the situation in Syria'), a view the
sides reached in common is an agreement ('We came to the same conclusion that
X', 'It is our common opinion that X', 'A consensus has been reached on X'),
hoping another's effort succeeds supports it, and noting a thing as a success
praises it. What is resolved for later ('will not ignore'), a stance ('cannot
ignore'), a view held 'in' a frame, one's own success hoped for and a success
merely reported stay what they were. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

TRANSCRIPT = """Press statements following Russian-Turkish talks.

President of Russia Vladimir Putin: Mr President, colleagues, we touched upon the key issues of our relations. Naturally, we did not neglect the situation in the Syrian Arab Republic. We certainly could not ignore another issue which is vitally important for the whole region, the nuclear deal. We did not bypass matters of Syria's recovery either.

It is our common opinion that only the Syrians themselves should determine the future of their country. We came to the same conclusion that we must continue to develop our relations in all areas. A consensus has been reached with regard to fighting terrorism.

We hope that the efforts that are being taken by the United Nations will be successful. I trust that our talks next month will be successful. We noted the successful implementation of the exchange years. He mentioned that they had just had a successful exchange.

We will not ignore any violation of the ceasefire. We cannot ignore the threat of terrorism. In our common opinion, the situation on the ground is improving.
"""  # noqa: E501


def test_a_topic_not_neglected_was_discussed(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    neglect = said["did not neglect"]
    assert neglect.content == "the situation in the Syrian Arab Republic"
    assert said["did not bypass"].content == "matters of Syria's recovery"
    assert said["certainly could not ignore"].content.startswith("another issue")
    assert {
        said[cue].act
        for cue in ("did not neglect", "did not bypass", "certainly could not ignore")
    } == {"consult"}
    assert said["did not neglect"].speaker == "we"


def test_ignoring_resolved_against_or_refused_is_no_consultation(
    nlp: Language,
) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    for cue in ("will not ignore", "cannot ignore"):
        assert cue not in said or said[cue].act != "consult"


def test_a_view_reached_in_common_is_an_agreement(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    common = said["It is our common opinion"]
    assert common.content.startswith("that only the Syrians themselves")
    same = said["came to the same conclusion"]
    assert same.content == "that we must continue to develop our relations in all areas"
    assert same.speaker == "We"
    consensus = said["A consensus has been reached"]
    assert consensus.content == "with regard to fighting terrorism"
    assert {common.act, same.act, consensus.act} == {"agree"}


def test_a_view_held_in_a_frame_is_no_cue(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    framed = [c for c in said if "common opinion" in c]
    assert framed == ["It is our common opinion"]


def test_hoping_anothers_effort_succeeds_supports_it(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    assert said["hope"].content.startswith("that the efforts that are being taken")
    assert said["hope"].act == "support"
    assert said["trust"].content.startswith("that our talks next month")
    assert said["trust"].act == "state"


def test_noting_a_thing_as_a_success_praises_it(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    assert said["noted"].content.startswith("the successful implementation")
    assert said["noted"].act == "praise"
    assert said["mentioned"].content.startswith("that they had just had")
    assert said["mentioned"].act == "state"
