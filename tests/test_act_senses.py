"""A cue in a sense that performs no act states, through the whole pipeline:
a question asked is no appeal, a comment declined no rejection, an inference
concluded or a hearing ended no agreement, a judgment decided no commitment,
talk of what one means no consultation, a plan of one's own no intent to
cooperate, an allegation answered no accusation, a forecast no demand, a third
party's refusal described in a relative clause no rejection, a fact insisted
on no demand. Each was seen on real news pages or official ones; beside it,
the sense that does perform the act. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statements_by_cue import one_by_cue, rule_act


@pytest.mark.parametrize(
    ("text", "cue", "act"),
    [
        # a question asked; a request made
        ('"So you have not fixed the problem?" the senator asked.', "asked", "state"),
        ("The senator asked them about the cost of the launches.", "asked", "state"),
        ("Someone asked why the agency was not doing more.", "asked", "state"),
        ("The minister was asked why the agency was not doing more.", "was asked",
         "state"),
        ("Witnesses are being asked to contact the police.", "are being asked",
         "appeal"),
        ("People were talking about the new slogan for days.", "were talking about",
         "state"),
        ("The minister asked the court to release the detainees.", "asked", "appeal"),
        ("Kyiv asked for more air defence systems.", "asked for", "appeal"),
        # a comment declined; an invitation declined
        ("A spokesperson for the ministry declined to comment.", "declined", "state"),
        ("Hanoi declined the invitation to join the coalition.", "declined",
         "reject"),
        # a plea in court
        ("The envoy pleaded not guilty to the charges.", "pleaded", "deny"),
        # concluding that something is so; concluding talks or a treaty
        ("The study concluded that the tariff falls on consumers.", "concluded",
         "state"),
        ("The two presidents concluded an agreement on the border.",
         "concluded an agreement on", "agree"),
        # concluding hearings ends them; deciding that judges, deciding to commits
        ("The committee concluded its third public hearing on the matter.",
         "concluded", "state"),
        ("Our partners suddenly decided that the provisions were not exhaustive.",
         "suddenly decided", "state"),
        ("The ministers decided to coordinate their efforts on the border.",
         "decided", "agree"),
        # talking about what one means, or how something is; talks held
        ('"We are talking about the need for political means," Lavrov said.',
         "said", "state"),
        ("In the first article, I talked about how online businesses are built.",
         "talked about", "state"),
        ("The two leaders talked about the crisis in Syria.", "talked about",
         "consult"),
        # a plan of one's own; intent to cooperate
        ("The publisher is planning to end its Saturday edition.", "is planning",
         "state"),
        ("The senator has been eager to withdraw the troops.", "has been eager",
         "state"),
        ("Russia intends to strengthen cooperation with China.", "intends",
         "express_intent_to_negotiate"),
        ("Russia planned to build a gas pipeline to Seoul.", "planned",
         "express_intent_to_negotiate"),
        ("The Lakers plan to re-evaluate him within a day.", "plan", "state"),
        # another's act named by the noun a verb answers or defends
        ("The magazine defended its decision.", "defended", "state"),
        # a refusal in a clause that describes a third party; the speaker's own
        ("He said he hoped for talks with the Taliban, who have long refused to"
         " negotiate.", "said", "state"),
        ("The ministry said Beijing would refuse to negotiate.", "said", "reject"),
        # a forecast or a rule for anyone; a demand of another
        ("He said Washington would likely have to lift all of the tariffs.", "said",
         "state"),
        ("The minister said everyone has to decide for themselves.", "said", "state"),
        ("The minister said Israel must withdraw from the territories.", "said",
         "demand"),
        # what the speaker's own side must do, with another, binds itself
        ("The US President underscored that the United States and China must"
         " manage the competition responsibly.", "underscored", "state"),
        ("The US President underscored that China must stop its pressure on"
         " Taiwan.", "underscored", "demand"),
        # an object named as something agrees to nothing
        ("We regard this decision as an illegitimate step.", "regard", "state"),
        # the nouns of intent
        ("Qatar affirmed its keenness to continue mediation efforts.", "affirmed",
         "express_intent_to_negotiate"),
        # a fact insisted on; a part in a deed denied; a demand insisted on
        ("The prime minister insisted his country had met its obligations.",
         "insisted", "state"),
        ("Moscow insists that it is not involved in the attack.", "insists",
         "deny"),
        ("Kyiv insisted that Russia must withdraw its troops.", "insisted",
         "demand"),
        ("Beijing insisted that Washington abide by the principle.", "insisted",
         "demand"),
    ],
)  # fmt: skip
def test_a_cue_in_a_sense_that_performs_no_act_states(
    nlp: Language, text: str, cue: str, act: str
) -> None:
    assert one_by_cue(nlp, text, cue).act == act


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        ("The company declined to say when the probe would land.", "declined",
         "to say when the probe would land", "state"),
        ("The envoy pleaded guilty to fraud.", "pleaded", "guilty to fraud", "state"),
        ("The actress responded to the allegations in a post.", "responded to",
         "the allegations in a post", "state"),
        # only one who can speak supports
        ("The data supported the theory of an early spread.", "supported",
         "the theory of an early spread", "state"),
        ("The new software supports voice control.", "supports", "voice control",
         "state"),
        ("The ministry supports the ceasefire.", "supports", "the ceasefire",
         "support"),
        ("The agency said WikiLeaks welcomed the move.", "welcomed", "the move",
         "support"),
    ],
)  # fmt: skip
def test_the_rules_read_the_sense_of_a_cue_the_finder_may_pass_over(
    nlp: Language, text: str, cue: str, content: str, act: str
) -> None:
    assert rule_act(nlp, text, cue, content) == act
