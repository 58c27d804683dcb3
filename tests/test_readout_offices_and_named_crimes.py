"""Offices in a UN readout and deeds named crimes (issues 15 and 16). "The
Minister" after "The Secretary-General thanked the Minister" is the minister the
readout named, never the Secretary-General; naming a deed an aggression, an
annexation or terrorists accuses, calling for an end to it appeals; agreeing to
accelerate negotiations is intent to negotiate. Each runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by, rule_act, statements

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


PRESS_CONFERENCE = (
    "PRESIDENT BIDEN: Good afternoon.\n\n{line} Today, we're upgrading our defense"
    " cooperation.\n\nPRIME MINISTER KISHIDA: Thank you, Joe."
)


def test_the_one_welcomed_says_nothing(nlp: Language) -> None:
    for line in [
        "Mr. Prime Minister, welcome back to the White House.",
        "Mr. Prime Minister, thank you for your leadership.",
    ]:
        text = PRESS_CONFERENCE.format(line=line)
        found = published_by(nlp, text, issuer="USA")
        assert all(s.actor_ids != ("JPN",) for s in found.values()), line
        assert "welcome" not in found, line
        assert "thank" not in found, line


def test_a_minister_who_welcomes_still_speaks(nlp: Language) -> None:
    said = by_cue(
        nlp, "The Prime Minister, in turn, welcomed the agreement on grain exports."
    )
    assert said["welcomed"].speaker_mention == "The Prime Minister"


def test_not_agreeing_with_a_course_rejects_it(nlp: Language) -> None:
    text = "I don't agree with his approach."
    assert rule_act(nlp, text, "don't agree with", "his approach") == "reject"
    text = "We agree with Mr Putin that more is needed."
    assert rule_act(nlp, text, "agree with", "Mr Putin that more is needed") != "reject"


def test_what_a_speaker_asks_for_is_their_saying(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "What I want to stress is that the talks must continue. What we are"
        " proposing is a ceasefire.",
    )
    stress = found["want to stress"]
    assert (stress.speaker_mention, stress.content) == (
        "I",
        "that the talks must continue",
    )
    propose = found["are proposing"]
    assert (propose.content, propose.act) == ("a ceasefire", "propose")


def test_what_happened_is_no_saying(nlp: Language) -> None:
    assert by_cue(nlp, "What happened is a tragedy. What he said is true.") == {}


def test_a_list_before_a_comma_and_its_verb_still_speaks(nlp: Language) -> None:
    said = by_cue(
        nlp,
        "China and Russia, as two of the world's leading economies, favour a more"
        " open global economy.",
    )
    assert said["favour"].content == "a more open global economy"


def test_what_a_country_needs_is_no_saying(nlp: Language) -> None:
    assert by_cue(nlp, "What the country needs is a dose of law and order.") == {}


def test_having_no_part_in_a_deed_denies_it(nlp: Language) -> None:
    for text, content in [
        (
            "A White House spokesperson said Washington had no involvement in the"
            " strike.",
            "Washington had no involvement in the strike",
        ),
        (
            "Iran said it had nothing to do with the attack.",
            "it had nothing to do with the attack",
        ),
    ]:
        assert rule_act(nlp, text, "said", content) == "deny", text


def test_anothers_part_or_a_deed_judged_is_no_denial(nlp: Language) -> None:
    for text, content in [
        ("Moscow said Kyiv had no role in the talks.", "Kyiv had no role in the talks"),
        (
            "Hook said this has nothing to do with national security.",
            "this has nothing to do with national security",
        ),
    ]:
        assert rule_act(nlp, text, "said", content) != "deny", text


def test_a_step_towards_peace_called_so_is_supported(nlp: Language) -> None:
    for text, cue, content in [
        (
            "As we see it, this is indeed a major step towards a continued"
            " de-escalation.",
            "see it",
            "this is indeed a major step towards a continued de-escalation",
        ),
        (
            "We believe that this is the right project.",
            "believe",
            "that this is the right project",
        ),
        (
            "He said the agreement was a milestone.",
            "said",
            "the agreement was a milestone",
        ),
    ]:
        assert rule_act(nlp, text, cue, content) == "support", text


def test_a_step_back_or_towards_war_is_not_supported(nlp: Language) -> None:
    for text, content in [
        (
            "The minister said the decision was a major step backward.",
            "the decision was a major step backward",
        ),
        (
            "The minister said the move was a dangerous step towards war.",
            "the move was a dangerous step towards war",
        ),
    ]:
        assert rule_act(nlp, text, "said", content) == "state", text


def test_delighted_that_others_agreed_welcomes_it(nlp: Language) -> None:
    text = "I am delighted that last night they reached an agreement on corridors."
    content = "that last night they reached an agreement on corridors"
    act = rule_act(nlp, text, "am delighted", content)
    assert act == "support"


JOINT_AVAILABILITY = (
    "SECRETARY BLINKEN: Good afternoon, everyone. We discussed the situation in"
    " the Middle East.\n\nEXTERNAL AFFAIRS MINISTER JAISHANKAR: Thank you, Tony."
    " India has consistently condemned terrorism. We have called for the"
    " observance of international humanitarian law. We also welcomed the"
    " humanitarian pauses.\n\nSECRETARY BLINKEN: We have been clear that we want"
    " India to cooperate with the Canadian investigation."
)


def test_we_after_the_speakers_own_state_is_that_state(nlp: Language) -> None:
    found = published_by(
        nlp,
        JOINT_AVAILABILITY,
        issuer="USA",
        day=date(2023, 11, 10),
        title="Secretary Antony J. Blinken and Indian External Affairs Minister Dr."
        " S. Jaishankar at a Joint Press Availability",
    )
    assert found["discussed"].actor_ids == ("USA", "IND")
    assert found["have called for"].actor_ids == ("IND",)
    assert found["also welcomed"].actor_ids == ("IND",)
    assert found["have been clear"].actor_ids == ("USA",)


def test_a_harm_caused_by_another_accuses_them(nlp: Language) -> None:
    for text, cue, content in [
        (
            "Vladimir Putin noted that the escalation was caused by provocations"
            " by the Ukrainian security forces.",
            "noted",
            "that the escalation was caused by provocations by the Ukrainian"
            " security forces",
        ),
        (
            "The minister said the crisis was provoked by Washington.",
            "said",
            "the crisis was provoked by Washington",
        ),
    ]:
        assert rule_act(nlp, text, cue, content) == "accuse", text


def test_a_harm_caused_by_weather_or_ones_own_accuses_no_one(nlp: Language) -> None:
    for text, content in [
        ("He said the deaths were caused by heavy rain.", "the deaths were caused"),
        ("He said the war was caused by our failure.", "the war was caused by our"),
    ]:
        full = text[text.index(content) : -1]
        assert rule_act(nlp, text, "said", full) == "state", text


def test_measures_the_speakers_own_state_will_take_threaten(nlp: Language) -> None:
    said = by_cue(
        nlp,
        "Chinese Foreign Ministry spokesperson Lin Jian said China will take"
        " resolute and forceful measures to safeguard its sovereignty.",
    )["said"]
    assert said.act == "threaten"


def test_anothers_measures_reported_threaten_no_one(nlp: Language) -> None:
    said = by_cue(
        nlp, "The analyst said China will take resolute and forceful measures."
    )["said"]
    assert said.act == "state"


def test_a_courtesy_call_is_no_appeal(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "EAM called on Prime Minister Lee Hsien Loong. The foreign minister called"
        " on his counterpart in Riyadh.",
    )
    assert "called on" not in found


def test_calling_on_someone_to_act_appeals(nlp: Language) -> None:
    found = by_cue(nlp, "Biden called on President Xi to use his influence.")
    assert found["called on"].act == "appeal"


def test_a_minister_and_a_named_counterpart_are_two(nlp: Language) -> None:
    text = (
        "External Affairs Minister Dr. S. Jaishankar visited Singapore. EAM and"
        " Foreign Minister Vivian Balakrishnan reviewed the bilateral partnership."
    )
    reviewed = published_by(nlp, text, issuer="IND", day=date(2024, 3, 25))["reviewed"]
    assert reviewed.speaker != "Vivian Balakrishnan"


def test_a_deed_called_illegal_is_criticised(nlp: Language) -> None:
    text = "He said the sanctions were illegal."
    assert rule_act(nlp, text, "said", "the sanctions were illegal") == "criticise"


def test_what_the_two_sides_should_do_is_no_stance_of_theirs(nlp: Language) -> None:
    text = (
        "Wang Yi said that China and Australia are both important countries. The"
        " two sides should adhere to mutual respect."
    )
    found = published_by(nlp, text, issuer="CHN", day=date(2024, 3, 20))
    assert "should adhere to" not in found
    assert found["said"].speaker == "Wang Yi"


def test_what_one_must_say_is_said(nlp: Language) -> None:
    assert "must say" in by_cue(nlp, "I must say that the Koreans work well for us.")


def test_committed_to_a_cause_supports_it(nlp: Language) -> None:
    for text, cue, content in [
        (
            "Together, we commit to Ukraine's sovereignty and integrity.",
            "commit to",
            "Ukraine's sovereignty and integrity",
        ),
        (
            "The United States remains committed to the one China policy.",
            "remains committed to",
            "the one China policy",
        ),
    ]:
        assert rule_act(nlp, text, cue, content) == "support", text


def test_committed_to_a_deed_commits(nlp: Language) -> None:
    for text, cue, content in [
        (
            "We commit to imposing restrictive measures.",
            "commit to",
            "imposing restrictive measures",
        ),
        ("We are committed to further measures.", "are committed to", "further"),
        (
            "We are committed to the reconstruction of Gaza.",
            "are committed to",
            "the reconstruction",
        ),
        (
            "The United States remains committed to helping achieve the exchange.",
            "remains committed to",
            "helping achieve",
        ),
    ]:
        full = text[text.index(content) : -1]
        assert rule_act(nlp, text, cue, full) == "agree", text


def test_no_10s_pm_label_speaks_for_the_uk(nlp: Language) -> None:
    text = (
        "PM: Thank you, Volodymyr. Today I can announce that the UK will provide"
        " military aid.\n\nPresident Zelenskyy: Thank you, Rishi. I am grateful to"
        " the British people for their support."
    )
    found = published_by(
        nlp,
        text,
        issuer="GBR",
        day=date(2024, 1, 12),
        title="PM remarks at press conference with President Zelenskyy",
    )
    assert found["can announce"].actor_ids == ("GBR",)
    assert all(
        s.actor_ids != ("GBR",) for s in found.values() if s.cue != "can announce"
    )


def test_saying_ones_own_side_will_cooperate_is_intent(nlp: Language) -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul held a meeting with Minister for"
        " Foreign Affairs of Japan Kamikawa Yoko. Minister Kamikawa replied that"
        " Japan would closely cooperate with the ROK."
    )
    replied = published_by(nlp, text, issuer="KOR", day=date(2024, 2, 22))["replied"]
    assert replied.act == "express_intent_to_negotiate"


def test_anothers_cooperation_forecast_is_no_intent(nlp: Language) -> None:
    said = by_cue(nlp, "The analyst said the two countries would cooperate.")["said"]
    assert said.act == "state"


def test_a_quotation_before_a_post_on_telegram_is_its_content(nlp: Language) -> None:
    found = statements(nlp, '"Russian terrorists," he wrote on Telegram.')
    assert [(s.cue, s.content) for s in found] == [("wrote", '"Russian terrorists,"')]


def test_an_interrupted_quotation_keeps_its_second_part(nlp: Language) -> None:
    said = by_cue(
        nlp,
        '"What is so sad for me", Cengiz said, "is not seeing the punishment of the'
        ' perpetrators. Imagine that the entire world remains silent."',
    )["said"]
    assert said.content.endswith('remains silent."')
