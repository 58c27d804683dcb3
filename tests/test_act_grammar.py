"""Acts read from the grammar of cue and content beyond their wording: the
complement of a commitment; a refusal, blame, support, concern or disapproval
laid in the content; the subjunctive of a suggestion, furthering cooperation,
an unhesitating resolve, a claim described as false, the stance a cue's 'with'
names, the speaker's own attitude under 'said' (a body's stance backshifted
too: 'said it welcomed'), and formal acts worded as
deeds ('made a proposal', 'objected to'), a telephone call that is no appeal."""

from __future__ import annotations

import pytest

from tests.statements_by_cue import rule_act, statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # concurring that something be done agrees to it, whatever its modal
        ("The ministers concurred that the working group should meet monthly.",
         "concurred", "that the working group should meet monthly", "agree"),
        # vowing harm threatens; vowing to do good commits
        ("Pyongyang vowed merciless retaliation against the drills.", "vowed",
         "merciless retaliation against the drills", "threaten"),
        ("The donors vowed to rebuild the schools.", "vowed",
         "to rebuild the schools", "agree"),
        # a refusal or an invalidity in the content rejects, not an assessment
        ("The spokesman said Tokyo would never recognise the annexation.", "said",
         "Tokyo would never recognise the annexation", "reject"),
        ("The spokesman said Tokyo would recognise the new government.", "said",
         "Tokyo would recognise the new government", "state"),
        ("The minister believes Moscow will not accept the plan.", "believes",
         "Moscow will not accept the plan", "state"),
        ("The ministry said the referendum was null and void.", "said",
         "the referendum was null and void", "reject"),
        # laying a harmful event at someone's door accuses; a success does not
        ("Warsaw linked the sabotage of the railway to Moscow.", "linked",
         "the sabotage of the railway to Moscow", "accuse"),
        ("The minister attributed the growth to exports.", "attributed",
         "the growth to exports", "state"),
        # being in favour, worded in the content, supports
        ("The envoy said Brazil is in favour of a ceasefire.", "said",
         "Brazil is in favour of a ceasefire", "support"),
        # concern or disapproval as the content's predicate, not an assessment
        ("The ministry said the situation remains a matter of grave concern.",
         "said", "the situation remains a matter of grave concern",
         "express_concern"),
        ("The spokesperson said the drills were provocative and irresponsible.",
         "said", "the drills were provocative and irresponsible", "criticise"),
        ("The analyst believes the drills were provocative.", "believes",
         "the drills were provocative", "state"),
        # blame laid in the content accuses; a duty borne does not
        ("The ministry said Kyiv bears full responsibility for the escalation.",
         "said", "Kyiv bears full responsibility for the escalation", "accuse"),
        ("The ministry said the council bears primary responsibility for peace.",
         "said", "the council bears primary responsibility for peace", "state"),
        # a suggestion in the subjunctive proposes; in the indicative it assesses
        ("The envoy suggested that the parties hold a second round in Doha.",
         "suggested", "that the parties hold a second round in Doha", "propose"),
        ("The envoy suggested that the parties were tired of the war.",
         "suggested", "that the parties were tired of the war", "state"),
        # furthering cooperation is intent to cooperate; its past is a fact
        ("The minister said Seoul will expand cooperation with Hanoi.", "said",
         "Seoul will expand cooperation with Hanoi", "express_intent_to_negotiate"),
        ("The leaders underlined the importance of deepening ties.", "underlined",
         "the importance of deepening ties", "express_intent_to_negotiate"),
        ("We would like to restore our relations with Tbilisi.", "would like",
         "to restore our relations with Tbilisi", "express_intent_to_negotiate"),
        ("We would like to restore the old bridge.", "would like",
         "to restore the old bridge", "state"),
        ("India says it wants to restart trade talks with the EU.", "says",
         "it wants to restart trade talks with the EU",
         "express_intent_to_negotiate"),
        ("The minister said talks had been maintained for years.", "said",
         "talks had been maintained for years", "state"),
        ("The minister said cooperation with Hanoi had expanded rapidly.", "said",
         "cooperation with Hanoi had expanded rapidly", "state"),
        ("The minister said the sanctions would deepen the crisis.", "said",
         "the sanctions would deepen the crisis", "state"),
        ("Steps were identified to step up dialogue.", "were identified",
         "to step up dialogue", "state"),
        # not hesitating to retaliate is a resolve; not retaliating is none
        ("The ministry said Tehran would not hesitate to retaliate.", "said",
         "Tehran would not hesitate to retaliate", "threaten"),
        ("The ministry said Tehran would not retaliate.", "said",
         "Tehran would not retaliate", "state"),
        # a claim described as false is denied; a visit described as a success not
        ("The embassy described the report as a fabrication.", "described",
         "the report as a fabrication", "deny"),
        ("The embassy described the visit as a success.", "described",
         "the visit as a success", "state"),
        # the stance noun a passive makes the subject of its light verb
        ("Concerns were expressed by some Ministers on the land reclamations.",
         "were expressed", "the land reclamations", "express_concern"),
        ("Support was reaffirmed for the two-state solution.", "was reaffirmed",
         "the two-state solution", "support"),
        ("The report was reaffirmed by the ministers.", "was reaffirmed",
         "The report", "state"),
        # the stance a cue's 'with' names, not mere attention
        ("The Council noted with regret the closure of the border.", "noted with",
         "regret the closure of the border", "criticise"),
        ("The Council noted with interest the report of the panel.", "noted with",
         "interest the report of the panel", "state"),
        # the speaker's own attitude under 'said'; not another's, nor denied
        ("The ministry said it was alarmed by the shelling.", "said",
         "it was alarmed by the shelling", "express_concern"),
        ("The ministry said the villagers were alarmed by the shelling.", "said",
         "the villagers were alarmed by the shelling", "state"),
        ("The ministry said it was not worried by the drills.", "said",
         "it was not worried by the drills", "state"),
        # a body's own stance in the present tense; not its past act, not others'
        ("The ministry said it regrets any decision to build settlements.", "said",
         "it regrets any decision to build settlements", "criticise"),
        ("The ministry said it welcomes the agreement.", "said",
         "it welcomes the agreement", "support"),
        # a stance (not a deed) in the past tense under a past 'said' is the
        # speaker's present stance; not when dated, denied or said in the present
        ("The ministry said it welcomed the agreement.", "said",
         "it welcomed the agreement", "support"),
        ("The ministry said it regretted the decision to expel the diplomats.",
         "said", "it regretted the decision to expel the diplomats", "criticise"),
        # not a person's ('she' may be anyone named), a deed done to some, a
        # particle verb
        ("Asked about Meloni, Trump said she backed the plan.", "said",
         "she backed the plan", "state"),
        ("The ministry said it welcomed 3,000 evacuees from Lebanon.", "said",
         "it welcomed 3,000 evacuees from Lebanon", "state"),
        ("The government said it backed out of the deal.", "said",
         "it backed out of the deal", "state"),
        ("The ministry said it welcomed the agreement when it was signed in 2015.",
         "said", "it welcomed the agreement when it was signed in 2015", "state"),
        ("Lavrov said he supported the plan at the time.", "said",
         "he supported the plan at the time", "state"),
        ("The party said it supported Israel when it was first in office.", "said",
         "it supported Israel when it was first in office", "state"),
        ("The party said it backed the candidate in the last election.", "said",
         "it backed the candidate in the last election", "state"),
        ("The ministry said it regretted not having acted sooner.", "said",
         "it regretted not having acted sooner", "state"),
        ("The ministry says it welcomed the agreement.", "says",
         "it welcomed the agreement", "state"),
        ("The ministry said it did not support the plan.", "said",
         "it did not support the plan", "state"),
        ("The ministry said it signed the accord.", "said",
         "it signed the accord", "state"),
        ("The ministry noted that it signed the accord in 2019.", "noted",
         "that it signed the accord in 2019", "state"),
        ("The ministry said they support the plan.", "said",
         "they support the plan", "state"),
        # naming a deed with a word of blame criticises it
        ('Prime Minister Kobakhidze called the decision "blackmail".', "called",
         'the decision "blackmail"', "criticise"),
        ("The ministry described the sanctions as illegal.", "described",
         "the sanctions as illegal", "criticise"),
        # standing ready with sanctions threatens; standing ready to talk does not
        ("We stand ready to consider further targeted measures against them.",
         "stand ready", "to consider further targeted measures against them",
         "threaten"),
        ("The EU stands ready to lift restrictive measures if Minsk frees them.",
         "stands ready", "to lift restrictive measures if Minsk frees them",
         "express_intent_to_negotiate"),
        ("The EU stands ready to support the talks.", "stands ready",
         "to support the talks", "express_intent_to_negotiate"),
        # calling someone on the telephone appeals to nobody; calling on them does
        ("The President called him on Monday.", "called", "him", "state"),
        ("The President called on him to withdraw.", "called on",
         "him to withdraw", "appeal"),
        ("The President called the parties to exercise restraint.", "called",
         "the parties to exercise restraint", "appeal"),
    ],
)  # fmt: skip
def test_rules_read_the_grammar_of_cue_and_content(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str, act: str
) -> None:
    assert rule_act(nlp, text, cue, content) == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Indonesia made a proposal for a regional disaster fund.", "propose"),
        ("The envoy gave a warning that the truce was fragile.", "warn"),
        ("The ministry made an urgent appeal for blood donations.", "appeal"),
        # a formal act with the preposition that takes its object
        ("The embassy objected to the detention of its consul.", "criticise"),
        ("The parties consented to an exchange of prisoners.", "agree"),
    ],
)
def test_a_formal_act_worded_as_a_deed_is_a_statement(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    assert [s.act for s in statements(nlp, text)] == [act]


@pytest.mark.parametrize(
    "text",
    [
        "The company made a proposal to its creditors.",
        "The tenants objected to the rent increase.",
    ],
)
def test_a_formal_act_of_a_firm_or_people_is_no_statement(  # type: ignore[no-untyped-def]
    nlp, text: str
) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the speaker's own side's stance in the present tense, named
        ("Chinese Foreign Ministry spokesperson Mao Ning said China firmly opposes "
         "the arms sale.", "reject"),
        ("The Kremlin said Russia welcomes the proposal.", "support"),
        # another side's stance, or one no one speaks for: a report of it
        ("The Kremlin said Ukraine rejects the proposal.", "state"),
        ("Analysts said China opposes the plan.", "state"),
    ],
)  # fmt: skip
def test_a_stance_of_the_speakers_own_side_named_in_the_content_is_its_act(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    assert [s.act for s in statements(nlp, text)] == [act]


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a stance noun its owner's name opens is the cue's act, however the
        # parse hangs it ("the Kingdom of | Saudi Arabia's condemnation")
        ("The Ministry expresses the Kingdom of Saudi Arabia's condemnation of"
         " the attack.", "expresses",
         "the Kingdom of Saudi Arabia's condemnation of the attack", "criticise"),
        ("The Ministry reiterates the Kingdom's call on the international"
         " community to act.", "reiterates",
         "the Kingdom's call on the international community to act", "appeal"),
        # another noun or a clause first: the owned noun is no stance of theirs
        ("The minister noted the great importance of Russia's initiative.",
         "noted", "the great importance of Russia's initiative", "state"),
        ("The President told them that Trump's request was inappropriate.",
         "told", "that Trump's request was inappropriate", "state"),
    ],
)  # fmt: skip
def test_an_owned_stance_noun_opening_the_content_is_the_act(
    nlp, text: str, cue: str, content: str, act: str
) -> None:  # type: ignore[no-untyped-def]
    assert rule_act(nlp, text, cue, content) == act


def test_a_stance_noun_heads_its_phrase_whatever_the_parse_made_of_the_words_before(
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Union strongly condemns the death sentence. The EU reiterates"
        " its firm and unequivocal opposition to capital punishment in all"
        " circumstances."
    )
    found = {s.cue: s for s in statements(nlp, text)}
    assert found["reiterates"].act == "reject"
