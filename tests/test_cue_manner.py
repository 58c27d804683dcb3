"""How a cue is drawn around a phrase of manner and a 'Let me' (issues 15 and
16): 'condemn | in the strongest terms | X', 'spoke | in detail about | X' and
'noted | with concern | X' take the phrase into the cue, whichever finder
found the verb; an occasion, a medium or an addressee after the verb ('said in
my opening remarks', 'stand with the families') is no manner. 'Let me stress
again that X' has the cue 'stress again': the cue holds no part of its source
'me'. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import published_by

DAY = date(2019, 12, 10)  # Angela Merkel is Chancellor

TALKS = """Press statements following Russian-German talks

President of Russia Vladimir Putin: We stand with the families of the victims. I said in my opening remarks that the talks were useful. We discussed in depth the situation on the Korean Peninsula. We spoke in detail about energy cooperation.

Federal Chancellor of Germany Angela Merkel (retranslated): We condemn in the strongest terms the shelling of civilians. We noted with satisfaction the exchange of prisoners. We agreed in principle to extend the ceasefire.
"""  # noqa: E501

TURNS = """Press statements following Russian-German talks

President of Russia Vladimir Putin: Thank you.

Angela Merkel: Let me stress again that the pipeline is an economic project. Let me underscore that Germany is building up its cooperation with Russia.
"""  # noqa: E501


def test_a_phrase_of_manner_after_the_verb_joins_the_cue(nlp: Language) -> None:
    said = published_by(nlp, TALKS, issuer="RUS", day=DAY)
    assert said["discussed in depth"].content == (
        "the situation on the Korean Peninsula"
    )
    assert said["condemn in the strongest terms"].content == "the shelling of civilians"
    assert said["noted with satisfaction"].content == "the exchange of prisoners"
    assert said["agreed in principle"].content == "to extend the ceasefire"


def test_a_phrase_of_manner_takes_the_preposition_the_content_hangs_on(
    nlp: Language,
) -> None:
    spoke = published_by(nlp, TALKS, issuer="RUS", day=DAY)["spoke in detail about"]
    assert spoke.content == "energy cooperation"
    assert spoke.act == "consult"


def test_an_occasion_or_a_companion_is_no_manner(nlp: Language) -> None:
    said = published_by(nlp, TALKS, issuer="RUS", day=DAY)
    assert said["said"].content == "that the talks were useful"
    assert said["stand with"].content == "the families of the victims"


def test_let_me_is_no_part_of_the_cue(nlp: Language) -> None:
    said = published_by(nlp, TURNS, issuer="RUS", day=DAY)
    assert said["stress again"].content == "that the pipeline is an economic project"
    assert said["stress again"].speaker_mention == "me"
    assert said["underscore"].actor_ids == ("DEU",)
    assert not any(cue.startswith("Let") for cue in said)


CALL = """Telephone conversation with President of Turkey Recep Tayyip Erdogan

Vladimir Putin drew the attention of Recep Tayyip Erdogan to the public outcry in Russia over the decision to change the status of Hagia Sophia.
"""  # noqa: E501


def test_whose_attention_is_drawn_is_no_content(nlp: Language) -> None:
    said = published_by(nlp, CALL, issuer="RUS", day=DAY)
    drew = said["drew the attention"]
    assert drew.content.startswith("the public outcry in Russia")


MINISTERS = """Joint Statement of the Foreign Ministers

The Ministers agreed with the proposal by Russia to hold talks in Istanbul.
"""


def test_agreeing_with_a_proposal_is_no_manner(nlp: Language) -> None:
    agreed = published_by(nlp, MINISTERS, issuer="RUS", day=DAY)["agreed with"]
    assert agreed.content == "the proposal by Russia to hold talks in Istanbul"


def test_a_feeling_with_an_adjective_is_manner_too(nlp: Language) -> None:
    text = "Readout of the Ministers' Meeting\n\nThe ministers noted with serious concern the situation in Gaza.\n"  # noqa: E501
    noted = published_by(nlp, text, issuer="USA", day=DAY)["noted with serious concern"]
    assert noted.content == "the situation in Gaza"
    assert noted.act == "express_concern"


INDIA = """Joint news conference with Prime Minister of India Narendra Modi

President of Russia Vladimir Putin: Prime Minister, friends, let me stress once again that India is our privileged strategic partner.

Prime Minister of India Narendra Modi (retranslated): Thank you.
"""  # noqa: E501


def test_a_that_clause_the_parse_hung_as_an_adverbial_is_the_content(
    nlp: Language,
) -> None:
    said = published_by(nlp, INDIA, issuer="RUS", day=DAY)["stress once again"]
    assert said.content == "that India is our privileged strategic partner"
    assert said.actor_ids == ("RUS",)
