"""Offices in a UN readout and deeds named crimes (issues 15 and 16). "The
Minister" after "The Secretary-General thanked the Minister" is the minister the
readout named, never the Secretary-General; naming a deed an aggression, an
annexation or terrorists accuses, calling for an end to it appeals; agreeing to
accelerate negotiations is intent to negotiate. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import by_cue, rule_act

UN_READOUT = (
    "The Secretary-General met today with H.E. Mr. Hakan Fidan, Minister for"
    " Foreign Affairs of Türkiye. {middle} The Minister briefed the"
    " Secretary-General on Türkiye's efforts to deliver aid."
)


def test_the_minister_thanked_is_not_the_secretary_general(nlp: Language) -> None:
    text = UN_READOUT.format(
        middle="The Secretary-General thanked the Minister for Türkiye's support"
        " for the Black Sea Initiative."
    )
    briefed = by_cue(nlp, text)["briefed"]
    assert (briefed.speaker, briefed.actor_ids) == ("Hakan Fidan", ("TUR",))


def test_the_minister_after_the_secretary_general_spoke(nlp: Language) -> None:
    text = UN_READOUT.format(
        middle="The Secretary-General reiterated his call for a ceasefire."
    )
    briefed = by_cue(nlp, text)["briefed"]
    assert (briefed.speaker, briefed.actor_ids) == ("Hakan Fidan", ("TUR",))


def test_a_deed_named_a_crime_is_an_accusation(nlp: Language) -> None:
    for text, cue, content in [
        ("He called it an aggression on Iraq.", "called", "it an aggression on Iraq"),
        (
            "The president qualified it as an attempt at annexation.",
            "qualified",
            "it as an attempt at annexation",
        ),
        (
            "He named the PKK and the YPG as terrorists.",
            "named",
            "the PKK and the YPG as terrorists",
        ),
        ("Kyiv called the strike a war crime.", "called", "the strike a war crime"),
        (
            "Officials described the attack as a terrorist act.",
            "described",
            "the attack as a terrorist act",
        ),
    ]:
        assert rule_act(nlp, text, cue, content) == "accuse", text


def test_calling_for_an_end_to_a_crime_appeals(nlp: Language) -> None:
    text = "The minister called for an end to the act of aggression against Gaza."
    act = rule_act(nlp, text, "called for", "an end to the act of aggression")
    assert act == "appeal"


def test_naming_an_envoy_accuses_no_one(nlp: Language) -> None:
    text = "He named Mr Smith as the new envoy on terrorism."
    assert rule_act(nlp, text, "named", "Mr Smith as the new envoy") == "state"


def test_agreeing_to_accelerate_negotiations_is_intent(nlp: Language) -> None:
    text = (
        "The two leaders confirmed that they will accelerate negotiations on the"
        " Reciprocal Access Agreement."
    )
    act = rule_act(
        nlp, text, "confirmed", "that they will accelerate negotiations on the"
    )
    assert act == "express_intent_to_negotiate"


def test_a_minister_is_never_the_secretary_general_who_spoke(nlp: Language) -> None:
    said = by_cue(
        nlp,
        "The Secretary-General said the ceasefire must hold. The Minister said aid"
        " would reach the north within days.",
    )
    assert said["said"].actor_ids == ()
