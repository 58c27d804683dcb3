"""Talks reported in other words (issues 15 and 16), in a document of a site
that declares its issuer: a topic whose neglect the sides deny was discussed
('we did not neglect the situation in Syria'), a view the sides reached in
common is an agreement ('We came to the same conclusion that X', 'It is our
common opinion that X', 'A consensus has been reached on X'), and hoping
another's effort succeeds supports it. A reproach, a reaction, a warning or
an accusation ('should not have ignored', 'could not ignore such
provocations', 'did not ignore the threats and took measures', 'Kyiv did not
ignore the orders'), a view denied, wished for, asked about or held by others,
one's own success hoped for (the government's own efforts in its own statement),
a hope given up and a gibe stay what they were.
Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

TALKS = """Press statements following Russian-Turkish talks.

President of Russia Vladimir Putin: Mr President, colleagues, we touched upon the key issues of our relations. Naturally, we did not neglect the situation in the Syrian Arab Republic. The Parties did not bypass matters of Syria's recovery either.

It is our common opinion that only the Syrians themselves should determine the future of their country. We came to the same conclusion that we must continue to develop our relations in all areas. A consensus has been reached with regard to fighting terrorism.

We hope that the efforts that are being taken by the United Nations will be successful. I trust that our talks next month will be successful. We also expressed hope that the efforts of the African Union will be successful. We expressed hope that the talks would resume soon.
"""  # noqa: E501

NOT_SO = """Press statements following Russian-Turkish talks.

President of Russia Vladimir Putin: The West should not have ignored our warnings. We could not ignore such provocations. We will not ignore any violation of the ceasefire. Kyiv did not ignore the orders of its curators. We did not neglect to mention the humanitarian situation. We did not ignore the threats to our security and took the necessary measures.

No consensus has been reached on the final declaration. We must reach a consensus on the grain deal. The European Union has a common position on sanctions only because Washington dictates it. It is a common view in the West that sanctions will break our economy. It is their common opinion that Russia is to blame for everything. A broad consensus has been reached in Western capitals on the need to seize our assets.

I wish that the new measures will be successful. We no longer hope that the efforts of the Western mediators will be successful. Let us hope that the efforts of the Western troika to isolate Russia will be as successful as their counteroffensive.
"""  # noqa: E501

QUESTION = """Press conference following Russian-Turkish talks.

Question: Has a consensus been reached on the Gaza resolution?
"""


def test_a_topic_the_sides_did_not_neglect_was_discussed(nlp: Language) -> None:
    said = published_by(nlp, TALKS, issuer="RUS")
    neglect = said["did not neglect"]
    assert neglect.content == "the situation in the Syrian Arab Republic"
    assert neglect.speaker == "we"
    assert said["did not bypass"].content == "matters of Syria's recovery"
    assert {said[cue].act for cue in ("did not neglect", "did not bypass")} == {
        "consult"
    }


def test_a_reproach_a_reaction_or_an_accusation_is_no_consultation(
    nlp: Language,
) -> None:
    said = published_by(nlp, NOT_SO, issuer="RUS")
    assert not [s for s in said.values() if s.act == "consult"]


def test_a_view_reached_in_common_is_an_agreement(nlp: Language) -> None:
    said = published_by(nlp, TALKS, issuer="RUS")
    common = said["It is our common opinion"]
    assert common.content.startswith("that only the Syrians themselves")
    same = said["came to the same conclusion"]
    assert same.content == "that we must continue to develop our relations in all areas"
    assert same.speaker == "We"
    consensus = said["A consensus has been reached"]
    assert consensus.content == "with regard to fighting terrorism"
    assert {common.act, same.act, consensus.act} == {"agree"}


def test_a_view_denied_wished_for_asked_about_or_of_others_agrees_nothing(
    nlp: Language,
) -> None:
    for text in (NOT_SO, QUESTION):
        said = published_by(nlp, text, issuer="RUS")
        assert not [s for s in said.values() if s.act == "agree"]


def test_news_describes_positions_it_does_not_report_agreement(
    nlp: Language,
) -> None:
    news = (
        "Obama and McCain\n\n"
        "Both men had essentially the same position on global warming."
    )
    assert not published_by(nlp, news)


def test_hoping_anothers_effort_succeeds_supports_it(nlp: Language) -> None:
    said = published_by(nlp, TALKS, issuer="RUS")
    assert said["hope"].content.startswith("that the efforts that are being taken")
    assert said["hope"].act == "support"
    assert said["trust"].content.startswith("that our talks next month")
    assert said["trust"].act == "state"
    expressed = [s for s in said.values() if s.cue.endswith("expressed hope")]
    assert [(s.content, s.act) for s in expressed] == [
        ("that the efforts of the African Union will be successful", "support"),
        ("that the talks would resume soon", "express_intent_to_negotiate"),
    ]


def test_hoping_the_issuers_own_government_succeeds_supports_no_one(
    nlp: Language,
) -> None:
    said = published_by(
        nlp,
        "Press statements following Russian-Turkish talks.\n\n"
        "President of Russia Vladimir Putin: We hope that the efforts of the"
        " Government will be successful.\n\n"
        "President of Turkey Recep Tayyip Erdogan: Thank you.",
        issuer="RUS",
    )
    assert said["hope"].act == "state"


def test_own_success_a_hope_given_up_and_a_gibe_support_nothing(
    nlp: Language,
) -> None:
    said = published_by(nlp, NOT_SO, issuer="RUS")
    assert not [s for s in said.values() if s.act == "support"]
