"""Positions: act (with negation), addressee, venue and topics of a statement."""

from __future__ import annotations

import pytest

from extract.nlp.pipeline import extract_statements
from kernel.records import Statement
from tests.statements_by_cue import rule_act


def _said(nlp, text: str) -> Statement:  # type: ignore[no-untyped-def]
    statements = next(extract_statements(nlp, [("doc", text)]))[1]
    assert statements, f"no statement in {text!r}"
    return statements[0]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Lavrov said that Moscow did not rule out talks with Kyiv.",
            "express_intent_to_negotiate",
        ),
        ("Lavrov said that Moscow ruled out talks with Kyiv.", "reject"),
        ("Lavrov said that Moscow was not ready to negotiate.", "reject"),
        ("Lavrov rejected the proposal of a ceasefire.", "reject"),
        ("Lavrov did not reject the proposal of a ceasefire.", "state"),
        ("Zakharova denied that Russian troops had crossed the border.", "deny"),
        ("Blinken condemned the strikes on civilian infrastructure.", "criticise"),
        ("Macron warned that sanctions would follow.", "warn"),
        ("Guterres welcomed the agreement on grain exports.", "support"),
        ("Scholz proposed a summit on energy security.", "propose"),
        ("Lavrov said that Kyiv must withdraw its troops.", "demand"),
        ("Analysts suggest that Kyiv must withdraw its troops.", "state"),
        # the modal of a clause below the content's own, or the speaker's own
        # obligation, demands nothing of anyone
        ("Lavrov said that this is a principle that must be respected.", "state"),
        ("Lavrov said that we must continue our work with Kyiv.", "state"),
        ("Lavrov repeated the demand that Kyiv must withdraw its troops.", "demand"),
        ("Zhang Jun urged all parties to show restraint.", "appeal"),
        # talks called useful are praised (the diplomatic gold's reading)
        ("Peskov said that the talks were useful.", "praise"),
        ("Peskov said that the talks took place in Geneva.", "state"),
        ("The two leaders agreed to extend the treaty for five years.", "agree"),
        ("Iran pledged to allow the inspectors back.", "agree"),
        ("He agreed with the minister's assessment of the talks.", "support"),
        ("Lavrov threatened to expel the diplomats.", "threaten"),
        ("Biden warned of severe consequences if Russia invaded.", "threaten"),
        ("China protested the sale of weapons to Taiwan.", "criticise"),
        ("The ministry accused Kyiv of shelling the plant.", "accuse"),
        ("The presidents discussed the situation in the Middle East.", "consult"),
        ("The minister thanked Qatar for its mediation.", "praise"),
        (
            "The ministers expressed concern about the fighting in Sudan.",
            "express_concern",
        ),
        (
            "President Biden reaffirmed the United States' firm support for"
            " Ukraine's sovereignty.",
            "support",
        ),
        ("Peskov dismissed the claim as groundless.", "deny"),
        ("Ankara does not support the new border deal.", "reject"),
        ("The senator spoke out against the arms sale to Riyadh.", "criticise"),
        ("The minister raised objections to the new tariffs.", "criticise"),
        ("Kyiv advocates a return to the borders of 1991.", "support"),
        # a noun cue names its act: the proposal, not a statement
        (
            "The minister's proposal that the talks resume in Geneva was rejected.",
            "propose",
        ),
        # a government instructs or orders its own: no demand on another party
        ("Putin instructed the foreign ministry to prepare the talks.", "state"),
        ("The President ordered three days of national mourning.", "state"),
        # a passive cue reports what a text provides
        (
            "As is stipulated in the Minsk agreements, the special status must be"
            " extended.",
            "state",
        ),
        # 'the need to' names no one, 'had to' is past, a conviction is a belief
        ("The minister underscored the need to speed up the reforms.", "state"),
        ("Lavrov said that Kyiv had to withdraw its troops last year.", "state"),
        ("We are convinced that Kyiv must withdraw its troops.", "state"),
        # condolences and good wishes are courtesies, not proposals or talks
        (
            "The minister offered his condolences to the families of the victims.",
            "state",
        ),
        ("The two leaders exchanged best wishes on the national holiday.", "state"),
        # a view held is no consultation
        (
            "Moscow shares the view that the conflict can only be resolved by"
            " political means.",
            "state",
        ),
    ],
)
def test_act_follows_cue_complement_and_negation(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    assert _said(nlp, text).act == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ('The minister said: "We call on all parties to return to talks."', "appeal"),
        ('The minister said: "We strongly urge Kyiv to reconsider."', "appeal"),
        ('The minister added, "We do not support the new border deal."', "reject"),
        # reported, not performed: another party's act, or one's own in the past
        ('The minister said: "Russia supports the plan of the League."', "state"),
        ('The minister said: "We agreed to extend the treaty."', "state"),
        ("The minister noted that we call on all parties to return to talks.", "state"),
    ],
)  # fmt: skip
def test_a_quoted_first_person_performative_carries_its_act(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    assert _said(nlp, text).act == act


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a copular cue is named by its adjective, as the attitude cues are
        ("We are committed to the reconstruction of Gaza.", "are committed to",
         "the reconstruction of Gaza", "agree"),
        ("The ministers were deeply concerned about the fighting.",
         "were deeply concerned about", "the fighting", "express_concern"),
        # the parser may split the content's phrase: each head counts
        ("Biden reaffirmed the United States\u2019 firm support for Ukraine\u2019s"
         " sovereignty.", "reaffirmed",
         "the United States\u2019 firm support for Ukraine\u2019s sovereignty",
         "support"),
        # a chained cue does what its reporting verb does
        ("Tomorrow we are going to discuss the energy crisis.", "are going to discuss",
         "the energy crisis", "consult"),
        ("I look forward to discussing trade with the premier.",
         "look forward to discussing", "trade with the premier", "consult"),
        ("We continue to stand with the people of Moldova.", "continue to stand with",
         "the people of Moldova", "support"),
    ],
)  # fmt: skip
def test_rules_read_the_act_of_a_cue_and_content_as_annotated(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str, act: str
) -> None:
    assert rule_act(nlp, text, cue, content) == act


@pytest.mark.parametrize(
    ("text", "cameo", "plover"),
    [
        ("The two leaders agreed to extend the treaty.", "057", "AGREE"),
        ("The presidents discussed the situation in Gaza.", "040", "CONSULT"),
        ("Lavrov threatened to expel the diplomats.", "130", "THREATEN"),
        ("Peskov said that the talks took place in Geneva.", "010", None),
    ],
)
def test_act_carries_cameo_and_plover(  # type: ignore[no-untyped-def]
    nlp, text: str, cameo: str, plover: str | None
) -> None:
    found = _said(nlp, text)
    assert (found.cameo, found.plover) == (cameo, plover)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Zhang Jun urged the UN Security Council to restart negotiations.",
            "the UN Security Council",
        ),
        ("He pressed all sides to adhere to international law.", "all sides"),
        ("Guterres called on Moscow to return to the grain deal.", "Moscow"),
        ("Lavrov told reporters that the talks had stalled.", None),
        ("Peskov told the BBC that the talks had stalled.", None),
        ("Lavrov said that the talks had stalled.", None),
    ],
)
def test_addressee_is_whom_the_statement_asks_not_the_audience(  # type: ignore[no-untyped-def]
    nlp, text: str, addressee: str | None
) -> None:
    assert _said(nlp, text).addressee == addressee


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Lavrov reiterated at the United Nations that the door to talks"
            " remains open.",
            "the United Nations",
        ),
        (
            "Lavrov has repeatedly said at the United Nations that the door to"
            " talks remains open.",
            "the United Nations",
        ),
        (
            "In an interview broadcast by a regional channel, he said that talks"
            " must resume.",
            "an interview broadcast by a regional channel",
        ),
        (
            "At a press conference, Macron said that sanctions would follow.",
            "a press conference",
        ),
        ("Lavrov said on Monday that the talks had stalled.", None),
        ("At the same time, Lavrov said that the talks had stalled.", None),
    ],
)
def test_venue_is_where_or_on_what_occasion_it_was_said(  # type: ignore[no-untyped-def]
    nlp, text: str, venue: str | None
) -> None:
    assert _said(nlp, text).venue == venue


def test_topics_are_multi_label_with_the_subject_topic_first(nlp) -> None:  # type: ignore[no-untyped-def]
    statement = _said(
        nlp,
        "Analysts suggest that any future guarantees will need to align with"
        " international law and protect civilians.",
    )
    assert statement.topic == "security_guarantees"
    assert statement.topics == ("security_guarantees", "humanitarian_law")


def test_topics_match_inflections_through_lemmas(nlp) -> None:  # type: ignore[no-untyped-def]
    statement = _said(nlp, "Kallas said that the sanctions were working.")
    assert statement.topics == ("sanctions",)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that there should be no nuclear weapons in Iran.",
        "The minister said that Iran must never acquire nuclear arms.",
    ],
)
def test_nuclear_weapons_are_arms_control_not_military_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _said(nlp, text).topics == ("nuclear",)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("The minister said that the banks were cut off from SWIFT.", ("sanctions",)),
        ("The minister said that the response would be swift.", ()),
    ],
)
def test_swift_is_the_payment_network_not_the_adjective(  # type: ignore[no-untyped-def]
    nlp, text: str, topics: tuple[str, ...]
) -> None:
    assert _said(nlp, text).topics == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("The minister said that Germany would send tanks to Ukraine.",
         ("military_aid",)),
        ("The minister said that a think tank had published a report.", ()),
    ],
)  # fmt: skip
def test_tanks_are_of_war_not_of_thought(  # type: ignore[no-untyped-def]
    nlp, text: str, topics: tuple[str, ...]
) -> None:
    assert _said(nlp, text).topics == topics


def test_unknown_topic_stays_empty_never_a_default(nlp) -> None:  # type: ignore[no-untyped-def]
    statement = _said(nlp, "Peskov said that the weather in Sochi was pleasant.")
    assert statement.topic is None
    assert statement.topics == ()


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Beijing said that the talks should resume.", ("CHN",)),
        (
            "From Moscow's side, the minister said that the talks should resume.",
            ("RUS",),
        ),
        (
            "Russian Foreign Minister Sergey Lavrov said that talks should resume.",
            ("RUS",),
        ),
        ("Russian analysts said that the talks should resume.", ()),  # no office
        ("Analysts said that the talks should resume.", ()),
        ("A senior official said that the talks should resume.", ()),
        ("John Smith said that the talks should resume.", ()),
    ],
)
def test_speaker_actor_comes_from_registry_titles_and_metonyms_never_a_guess(  # type: ignore[no-untyped-def]
    nlp, text: str, actors: tuple[str, ...]
) -> None:
    assert _said(nlp, text).actor_ids == actors


def test_coreference_keeps_the_actor_of_the_earlier_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chinese envoy Li Wei said that the talks should resume. "
        "The envoy added that a ceasefire was needed."
    )
    statements = next(extract_statements(nlp, [("doc", text)]))[1]
    assert [(s.speaker, s.actor_ids) for s in statements] == [
        ("Li Wei", ("CHN",)),
        ("Li Wei", ("CHN",)),
    ]
