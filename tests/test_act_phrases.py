"""Diplomatic acts worded without a verb of saying (`extract/nlp/act_phrases.py`):
with a state, body or official as the subject (or the passive's agent), each is a
statement with its cue, content, source and act; with a firm, a thing or an
event, none."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import statements, the_one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara lodged a protest with Athens over the airspace violations.",
         ("lodged a protest with Athens over", "the airspace violations", "Ankara",
          "criticise")),
        ("The ministry lodged solemn representations with the embassy.",
         ("lodged solemn representations", "the embassy", "The ministry",
          "criticise")),
        ("Minsk levelled accusations of espionage against Vilnius.",
         ("levelled accusations of", "espionage against Vilnius", "Minsk", "accuse")),
        ("Seoul held Pyongyang responsible for the shelling of the island.",
         ("held", "Pyongyang responsible for the shelling of the island", "Seoul",
          "accuse")),
        ("Canberra will not accept any change to the status quo by force.",
         ("will not accept", "any change to the status quo by force", "Canberra",
          "reject")),
        ("Belgrade does not recognise the declaration of independence.",
         ("does not recognise", "the declaration of independence", "Belgrade",
          "reject")),
        ("Hanoi spoke highly of the results of the visit.",
         ("spoke highly of", "the results of the visit", "Hanoi", "praise")),
        ("The truce was welcomed by the Arab League.",
         ("was welcomed", "The truce", "the Arab League", "support")),
        ("The ministry invited the two sides to reopen the border crossing.",
         ("invited", "the two sides to reopen the border crossing", "The ministry",
          "appeal")),
        ("The Houthi envoy did not rule out talks with Riyadh.",
         ("did not rule out", "talks with Riyadh", "The Houthi envoy",
          "express_intent_to_negotiate")),
        ("Mexico put forward a plan for the reconstruction of the port.",
         ("put forward", "a plan for the reconstruction of the port", "Mexico",
          "propose")),
        ("Ghana tabled a draft resolution on maritime piracy.",
         ("tabled", "a draft resolution on maritime piracy", "Ghana", "propose")),
        ("Both governments committed themselves to a prisoner exchange.",
         ("committed themselves to", "a prisoner exchange", "Both governments",
          "agree")),
        ("The envoys conferred on the release of the hostages.",
         ("conferred on", "the release of the hostages", "The envoys", "consult")),
    ],
)  # fmt: skip
def test_a_diplomatic_act_of_a_state_is_a_statement(
    nlp: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    s = the_one(nlp, text)
    assert (s.cue, s.content, s.speaker_mention, s.act) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The supplier lodged a complaint with the court over the contract.",
        "The landlord held the tenant responsible for the repairs.",
        "The reviewers levelled accusations of plagiarism against the author.",
        "The scanner does not accept damaged cards.",
        "The old software will not recognise the new format.",
        "The passengers were welcomed by a choir.",
        "The President was welcomed by the Foreign Minister at the airport.",
        "The gallery invited children to draw their own maps.",
        "The builder tabled an offer for the land.",
        "The volunteers committed themselves to a week of cleaning.",
        "The judges deliberated on the appeal for a week.",
    ],
)
def test_the_same_words_of_a_firm_a_thing_or_a_visitor_are_no_statement(
    nlp: Language, text: str
) -> None:
    assert [(s.cue, s.content) for s in statements(nlp, text)] == []
