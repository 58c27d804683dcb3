"""The diplomatic register (issue 16): light-verb and noun cues, attitude
predicates and passives that name no one, each found by the real pipeline with
its cue, content, source and act; a passive's source is the meeting."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import published_by, statements

from kernel.records import Statement


def parts(text: str, s: Statement) -> tuple[str, str, str | None, str]:
    def cut(span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]] if span else None

    return (cut(s.cue_span) or "", cut(s.content_span) or "", s.speaker_mention, s.act)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # light verb + eventive noun + preposition
            "The two leaders held an exchange of views on the situation in Syria.",
            ("held an exchange of views on", "the situation in Syria", "consult"),
        ),
        (  # noun cue with a clause: hoping talks go on is intent to negotiate,
            # as the gold reads "I hope that meetings … will continue" (hoping
            # another's effort succeeds supports it: test_talks_reported_in_other_words)
            "President Biden expressed the hope that the talks would resume soon.",
            (
                "expressed the hope",
                "that the talks would resume soon",
                "express_intent_to_negotiate",
            ),
        ),
        (
            "The ministers expressed concern about the fighting in Sudan.",
            ("expressed concern about", "the fighting in Sudan", "express_concern"),
        ),
        (
            "The leaders expressed their support for the ceasefire in Gaza.",
            ("expressed their support for", "the ceasefire in Gaza", "support"),
        ),
        (
            "Vladimir Putin drew attention to the humanitarian situation in Gaza.",
            ("drew attention to", "the humanitarian situation in Gaza", "consult"),
        ),
        (  # verbs of stance with their preposition
            "First, we commit to ensuring that the banks are removed from SWIFT.",
            ("commit to", "ensuring that the banks are removed from SWIFT", "agree"),
        ),
        (
            "We stand with the Ukrainian government and the Ukrainian people.",
            (
                "stand with",
                "the Ukrainian government and the Ukrainian people",
                "support",
            ),
        ),
        (  # attitude predicates
            "We are committed to the peace process in the Middle East.",
            ("are committed to", "the peace process in the Middle East", "agree"),
        ),
        (  # a subject the parse hung on the auxiliary
            "The three countries are committed to the ceasefire.",
            ("are committed to", "the ceasefire", "agree"),
        ),
        (
            "Russia is open to dialogue with the United States.",
            (
                "is open to",
                "dialogue with the United States",
                "express_intent_to_negotiate",
            ),
        ),
        (
            "We are deeply concerned about the situation in Lebanon.",
            (
                "are deeply concerned about",
                "the situation in Lebanon",
                "express_concern",
            ),
        ),
        (  # an attitude framing a verb of saying: the noting is the cue's
            "The leaders were pleased to note that the de-escalation zones had"
            " reduced tensions.",
            (
                "were pleased to note",
                "that the de-escalation zones had reduced tensions",
                "praise",
            ),
        ),
        (  # a verb of telling: its clause is what it says, not whom it tells
            "Kazakhstan is pleased to inform you that it will host the summit.",
            (
                "is pleased to inform",
                "that it will host the summit",
                "support",
            ),
        ),
        (  # any other verb is the content's
            "Russia is ready to resume talks with Ukraine.",
            (
                "is ready",
                "to resume talks with Ukraine",
                "express_intent_to_negotiate",
            ),
        ),
    ],
)
def test_register_cue_is_found_with_its_content_and_act(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = [parts(text, s) for s in statements(nlp, text)]
    assert [(cue, content, act) for cue, content, _, act in found] == [expected]


def test_agentless_passive_speaks_for_the_participants(nlp: Language) -> None:
    text = (
        "President Biden spoke with President Xi Jinping of China on Tuesday."
        " The crisis in Ukraine was discussed."
        " It was agreed that the teams would meet again."
    )

    found = [(parts(text, s), s.actor_ids) for s in statements(nlp, text)]

    assert found == [
        (("was discussed", "The crisis in Ukraine", None, "consult"), ("USA", "CHN")),
        (
            ("was agreed", "that the teams would meet again", None, "agree"),
            ("USA", "CHN"),
        ),
    ]


def test_a_passive_keeps_the_preposition_it_left_behind(nlp: Language) -> None:
    text = (
        "Readout of the call\n\nPresident Putin had a telephone conversation with"
        " President Trump. The situation with the Iranian nuclear programme was"
        " touched on."
    )
    found = [parts(text, s) for s in statements(nlp, text)]
    assert (
        "was touched on",
        "The situation with the Iranian nuclear programme",
        "consult",
    ) in [(cue, content, act) for cue, content, _, act in found]


def test_talks_there_were_speak_for_the_participants(nlp: Language) -> None:
    text = (
        "Telephone conversation with Federal Chancellor Olaf Scholz\n\n"
        "Vladimir Putin had a telephone conversation with Federal Chancellor of"
        " Germany Olaf Scholz. There was a thorough discussion of the crisis and"
        " the need for boosting the talks. There was unanimity regarding the need"
        " to continue the talks. There was no agreement on the gas transit. There"
        " has been an exchange of detained persons. Was there any discussion of"
        " the sanctions? There had been an agreement between Israel and Hamas on a"
        " ceasefire. Yesterday, there was a discussion of this topic at the"
        " ministerial level. There was a thorough discussion of the migration"
        " crisis at the EU summit."
    )
    found = [
        (parts(text, s), s.actor_ids)
        for s in published_by(nlp, text, issuer="RUS").values()
    ]
    assert sorted(found) == [
        (
            (
                "There was a thorough discussion of",
                "the crisis and the need for boosting the talks",
                None,
                "consult",
            ),
            ("RUS", "DEU"),
        ),
        (
            (
                "There was unanimity regarding",
                "the need to continue the talks",
                None,
                "agree",
            ),
            ("RUS", "DEU"),
        ),
    ]


def test_agentless_passive_without_a_meeting_speaks_for_no_one(
    nlp: Language,
) -> None:
    text = "The crisis in Ukraine was discussed at length."

    assert [s.actor_ids for s in statements(nlp, text)] == [()]


def test_light_verb_without_a_complement_is_no_cue(nlp: Language) -> None:
    assert statements(nlp, "The two leaders held talks in Geneva.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The Secretary-General has been very clear that the protection of"
            " civilians is a universal obligation.",
            "has been very clear",
            "that the protection of civilians is a universal obligation",
        ),
        (
            "We have been very clear that we oppose the expansion of settlements.",
            "have been very clear",
            "that we oppose the expansion of settlements",
        ),
    ],
)
def test_an_attitude_whose_clause_hangs_on_be_is_a_cue(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    found = [parts(text, s)[:2] for s in statements(nlp, text)]
    assert found == [(cue, content)]


@pytest.mark.parametrize("word", ["appalled", "shocked"])
def test_an_attitude_of_dismay_is_a_cue(nlp: Language, word: str) -> None:
    text = (
        f"The World Health Organization is {word} by the destruction of the hospital."
    )
    found = [parts(text, s)[:3] for s in statements(nlp, text)]
    assert found == [
        (
            f"is {word} by",
            "the destruction of the hospital",
            "The World Health Organization",
        )
    ]


def test_an_agreement_reached_speaks_for_the_participants(nlp: Language) -> None:
    text = (
        "Readout of the call\n\nPresident Macron spoke with Prime Minister Modi of"
        " India. An agreement was reached on the need to resume the dialogue."
        " Agreement was reached on Kashmir."
        " Proposals were put forward to hold a meeting of trade ministers."
        " A decision was taken to set up a joint working group."
        " No agreement was reached on tariffs."
    )
    found = [
        (parts(text, s), s.actor_ids)
        for s in published_by(nlp, text, issuer="FRA").values()
    ]
    # whose proposal or decision it was, the passive does not say
    assert sorted(found) == [
        (
            ("A decision was taken", "to set up a joint working group", None, "agree"),
            (),
        ),
        (("Agreement was reached on", "Kashmir", None, "agree"), ("FRA", "IND")),
        (
            (
                "An agreement was reached on",
                "the need to resume the dialogue",
                None,
                "agree",
            ),
            ("FRA", "IND"),
        ),
        (
            (
                "Proposals were put forward",
                "to hold a meeting of trade ministers",
                None,
                "propose",
            ),
            (),
        ),
    ]


def test_an_agreement_between_others_is_not_the_meetings(nlp: Language) -> None:
    text = (
        "Readout of the call\n\nPresident Macron spoke with Prime Minister Modi of"
        " India. An agreement was reached between Armenia and Azerbaijan on the"
        " border. The decision to close the border was taken by the interior ministry."
        " Following talks in Doha, an agreement was reached to free the hostages."
        " An agreement was reached to open the crossing, according to the UN."
    )
    found = published_by(nlp, text, issuer="FRA").values()
    assert all(s.actor_ids != ("FRA", "IND") for s in found)


def test_a_passive_in_a_joint_press_appearance_speaks_for_those_who_spoke(
    nlp: Language,
) -> None:
    text = (
        "Press statements\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev: Dear friends, our talks"
        " were constructive. Special attention was given to transport corridors.\n\n"
        "President of Uzbekistan Shavkat Mirziyoyev: Thank you. I fully agree."
        " Particular attention was paid to water management in the region."
        " The dam project was debated at the last session of our parliament."
        " The border question was discussed in Moscow in 2019."
        " Water quotas were considered at the summit of the Shanghai Cooperation"
        " Organisation."
    )
    found = {
        s.cue: s.actor_ids
        for s in published_by(nlp, text).values()
        if not s.speaker_mention
    }
    assert found == {  # not what was done at another time or place
        "Special attention was given to": ("KAZ", "UZB"),
        "Particular attention was paid to": ("UZB", "KAZ"),
        "was debated at": (),
        "was discussed": (),
        "were considered": (),
    }


@pytest.mark.parametrize(
    "text", ["We are here for talks.", "This is for you.", "The summit is for leaders."]
)
def test_be_for_a_purpose_or_a_place_is_no_stance(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a side taken: 'we are for X', 'Russia is firmly against X'
        ("We are for carrying on the process launched by the UN envoy.", "are for",
         "carrying on the process launched by the UN envoy", "support"),
        ("Russia is firmly against any unilateral sanctions.", "is firmly against",
         "any unilateral sanctions", "reject"),
        # 'cannot but' affirms
        ("We cannot but express concern over the militarisation of the region.",
         "express concern over", "the militarisation of the region",
         "express_concern"),
        ("The ministers took note of the report of the working group.",
         "took note of", "the report of the working group", "state"),
        ("Moscow proceeds from the fact that any settlement must take into account"
         " the new realities.", "proceeds from the fact",
         "that any settlement must take into account the new realities", "state"),
    ],
)  # fmt: skip
def test_the_registers_set_phrases_are_cues(
    nlp: Language, text: str, cue: str, content: str, act: str
) -> None:
    found = {s.cue: s for s in statements(nlp, text)}
    assert (found[cue].content, found[cue].act) == (content, act)
