"""Act rules read from grammar: threats worded as what someone will do, claims
called groundless, a cue that rules something out, the object and preposition
between a light verb and its content, and the lexicon classes of the taxonomy."""

from __future__ import annotations

import pytest

from tests.statements_by_cue import by_cue, rule_act, statements


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a harm done if a condition holds, to the passive's subject, or by
        # the speaker itself ('it', 'we') is a threat ...
        ("The minister said that if the drills go ahead, Pyongyang would retaliate.",
         "threaten"),
        ("Ankara said it would impose sanctions on the three firms.", "threaten"),
        ("The ministry said the organisers of the attack would be punished.",
         "threaten"),
        ("The EU said it is ready to impose additional sanctions on the regime.",
         "threaten"),
        ("The Kremlin warned that any incursion would meet a firm response.",
         "threaten"),
        ("The ministry issued a threat to cut gas supplies to the region.",
         "threaten"),
        ("The German foreign minister warned that Germany would reimpose"
         " sanctions if Iran fails to comply.", "threaten"),
        ("The ministry said Moscow would reciprocate if the embassy was closed.",
         "threaten"),
        ("The ministry said it will take resolute measures to defend its"
         " sovereignty.", "threaten"),
        ("The minister warned that those responsible would pay dearly.",
         "threaten"),
        ("The EU stands ready to impose sanctions on those responsible.",
         "threaten"),
        # a protest's noun decides over the agreement it protests
        ("China lodged a strong protest against the decision.", "criticise"),
        # readiness to help or assist is intent to cooperate (CAMEO 030)
        ("Macron said that France stands ready to help Brazil fight the fires.",
         "express_intent_to_negotiate"),
        ("The EU said it was ready to provide assistance to the victims.",
         "express_intent_to_negotiate"),
        # regretting a mistake or a loss of life criticises no one
        ("Rouhani tweeted that Iran deeply regrets this disastrous mistake.",
         "state"),
        ("We regret the decision of the European Union to extend the sanctions.",
         "criticise"),
        # ... not when denied, nor a third party's forecast without a condition
        ("The spokesman said that China will not retaliate.", "state"),
        # refusing to give something up rejects
        ("Kyiv said that Ukraine will never cede territory.", "reject"),
        ("China said it will never give up its efforts to promote peace talks.",
         "express_intent_to_negotiate"),
        ("Analysts said that Russia would retaliate.", "state"),
        # a claim called groundless is denied; a groundless claim named is not
        ("The embassy said the reports were baseless.", "deny"),
        ("The embassy said that baseless reports were circulating.", "state"),
        ("The minister said the reports were alarming.", "state"),
        # a cue that rules something out rejects it
        ("The Kremlin ruled out a prisoner swap before the summit.", "reject"),
        # readiness to negotiate, affirmed or denied
        ("Manila said it was prepared to negotiate with Beijing.",
         "express_intent_to_negotiate"),
        ("Manila said it was not prepared to negotiate with Beijing.", "reject"),
        # lexicon classes: regret and displeasure criticise, a proposed
        # arrangement or idea proposes, pointing the finger accuses
        ("Oslo regrets the closure of the crossing.", "criticise"),
        # a verb of criticism in the present is a cue of its own
        ("Canberra deplores the sentencing of the activists.", "criticise"),
        # undertaking to do something commits to it
        ("Both governments undertook to reopen the consulates.", "agree"),
        ("The ministry expressed displeasure with the remarks of the ambassador.",
         "criticise"),
        # bewilderment at a decision criticises it, never agrees to it
        ("The minister expressed his bewilderment at the decision to close the"
         " consulate.", "criticise"),
        ("Seoul said it was frustrated by the delays.", "criticise"),
        # a view not shared is rejected; a view shared is not
        ("We do not share the assessment of the inspectors.", "reject"),
        ("We share the assessment of the inspectors.", "state"),
        # conclusions not shared with reporters are withheld, not rejected
        ("The ministry did not share its conclusions with reporters.", "state"),
        ("Jakarta suggested a regional format for the talks.", "propose"),
        ("Analysts suggested a link between the two attacks.", "state"),
        ("The minister floated the idea of a joint patrol.", "propose"),
        ("The minister pointed the finger at Minsk for the migrant crisis.",
         "accuse"),
        # naming an object is no appeal; an assessment of others' refusal
        # rejects nothing
        ("The minister called the summit a turning point for the region.",
         "state"),
        # naming a deed a crime accuses whoever did it; vowing to avenge threatens
        ("The president called the attack a war crime.", "accuse"),
        ("The minister described the strike as an act of terrorism.", "accuse"),
        ("Iran vowed to avenge the killing of its commander.", "threaten"),
        ("The envoy suggested the villagers were refusing to leave their homes.",
         "state"),
        # the Kremlin's readout idioms: touched upon, noted with satisfaction,
        # the need for X stressed
        ("The two presidents touched upon the key issues of bilateral relations.",
         "consult"),
        ("The leaders noted with satisfaction the successes in the fight against"
         " terrorism.", "praise"),
        ("President Putin stressed the need for complete fulfilment of the Minsk"
         " Agreements.", "demand"),
        ("The ministers stressed that the talks took place in Geneva.", "state"),
        ("The Chancellor shares the concern that the troops might leave.",
         "express_concern"),
        # the measures a state will take if a line is crossed threaten; taking
        # them to protect one's own does not
        ("The Chinese embassy warned that it would take all necessary measures if"
         " the intrusions continued.", "threaten"),
        ("The Russian foreign ministry said Russia would respond harshly if the"
         " missiles were delivered.", "threaten"),
        ("The minister said the government would take all necessary measures to"
         " protect its citizens abroad.", "state"),
        # being encouraged welcomes; encouraging others appeals
        ("We are encouraged that members were willing to find common ground.",
         "support"),
        ("The minister encouraged both sides to return to the table.", "appeal"),
        # endeavouring or striving to act, from now on, commits; a past course
        # reports
        ("We will endeavor to take action that will deny Russia Most-Favoured-"
         "Nation status.", "agree"),
        ("Russia has always strived to build a fair world order, Lavrov said.",
         "state"),
        # noting a deed or an effort as good praises it; a trend, or a deed
        # not judged, is stated
        ("Let me note the successful construction of the first unit of the"
         " Tianwan Nuclear Power Plant.", "praise"),
        ("The Presidents noted the positive work of their advisors.", "praise"),
        ("We also noted a positive dynamic in the tourism industry.", "state"),
        ("The minister noted the construction of the plant.", "state"),
        # one state or body deciding for itself agrees with no one; the sides
        # deciding together commit
        ("The government decided to extend the measures.", "state"),
        ("We decided to support Ukraine with a loan package.", "agree"),
        ("The leaders decided to establish a working group.", "agree"),
        ("Putin and Erdogan decided to create a joint centre.", "agree"),
        # a quotation asking its hearers to act with the speaker appeals; a
        # hope, a word of one's own or a denial does not
        ('"Let us also make this moment an opportunity to seek a path to'
         ' peace," the President said.', "appeal"),
        ('Macron told the summit: "Our house is burning. Members of the G7,'
         ' let\'s discuss this emergency first."', "appeal"),
        ('"Let us hope that the efforts of the mediators will succeed," the'
         ' minister said.', "state"),
        ('"Let me say that we are grateful," the minister said.', "state"),
        ('The minister said: "Let\'s not forget who started this war."', "state"),
        # resolve to make another pay threatens; resolve to cooperate does not
        ("We are resolved to continue imposing costs on Russia that will further"
         " isolate Russia.", "threaten"),
        ("We are united in our determination to hold President Putin and his"
         " regime accountable for this war.", "threaten"),
        ("We are determined to deepen our cooperation.",
         "express_intent_to_negotiate"),
        ("We resolve to strengthen our partnership.", "agree"),
        # accepting responsibility for a deed admits it; accepting a proposal
        # agrees
        ("Crown Prince Mohammad bin Salman accepted responsibility for the murder"
         " of journalist Jamal Khashoggi.", "state"),
        ("The government accepted the proposal of the mediators.", "agree"),
        # the narrowings a helper's review led to
        ('"Let\'s go to the next question," the spokesman said.', "state"),
        ('"Let\'s wait and see what the Americans propose," Peskov said.', "state"),
        ("He suggested that Kyiv should have thought about that before shelling"
         " Donetsk.", "state"),
        ("The athletes will strive to win gold in Paris.", "state"),
        ("We will strive to strengthen the strategic partnership with China.",
         "express_intent_to_negotiate"),
        ("The report noted the successful completion of the first phase of"
         " construction.", "state"),
        ("The officer was seconded to NATO headquarters for two years.", "state"),
        ("Ukraine decided to accept the proposal for a ceasefire.", "agree"),
        ("Washington decided, together with Seoul, to suspend the joint"
         " exercises.", "agree"),
        ("Health officials said they were determined to isolate the virus.",
         "state"),
        ("France said it was determined to avoid new sanctions that would hurt"
         " farmers.", "state"),
        ("The government is determined to make the police accountable to the"
         " public.", "state"),
        ("We are determined to hold Russia accountable for its crimes.",
         "threaten"),
        # suggesting what should be done proposes it; data suggest nothing
        ("Mr Poroshenko suggested there should be a UN presence on these"
         " territories.", "propose"),
        ("The data suggest the economy should slow down.", "state"),
        ("Audi is suggesting that the new model should be able to charge in an"
         " hour.", "state"),
        # seconding a proposal backs it; a second attack is no cue
        ("Merkel seconded Macron's recommendation that the fires be added to the"
         " agenda.", "support"),
        ("The call was quickly seconded by the German chancellor.", "support"),
        ("Israel was urged to reopen the crossings immediately.", "appeal"),
        # the speaker's own attitude under 'said', also as 'he'
        ("The president said he was grateful for the support of the European"
         " Union.", "praise"),
        ("The ministry said it was closely monitoring the situation.", "state"),
        # disapproval named in the content's predicate criticises
        ("The embassy said the report was biased and politically motivated.",
         "criticise"),
        ("The minister said the decision was a grave mistake.", "criticise"),
        # offering to host or mediate proposes; returning to the table is intent
        ("The Qatari foreign ministry said Doha was ready to host a new round of"
         " talks between Washington and Tehran.", "propose"),
        ("Iran's foreign ministry spokesman said Tehran was prepared to return to"
         " the negotiating table if sanctions relief was guaranteed.",
         "express_intent_to_negotiate"),
        # a conditional retaliatory duty threatens; being disturbed concerns
        ("The Indian commerce ministry said it would impose retaliatory duties on"
         " U.S. goods if Washington went ahead with the tariffs.", "threaten"),
        ("The UN human rights office said it was deeply disturbed by reports of"
         " summary executions.", "express_concern"),
        # wanting to hold talks is intent to negotiate; crediting someone praises
        ("Berlin would like to hold additional consultations with Moscow.",
         "express_intent_to_negotiate"),
        ("The minister credited the mediators with saving the truce.", "praise"),
        # a course with no alternative is backed; a last resort is not
        ("Moscow reiterated that there can be no alternatives to the Minsk"
         " agreements.", "support"),
        ("The minister said there was no alternative but to fight on.", "state"),
        # designating a group terrorist accuses it; naming a terrorist attack
        # in a description does not
        ("Washington designated the militia as a terrorist organization.",
         "accuse"),
        ("The ministry designated the site of the terrorist attack a memorial.",
         "state"),
        # a wire's verbs of criticism, horror as concern, an objection conveyed
        ("Pakistan on Tuesday lambasted India for suspending the treaty.",
         "criticise"),
        ("The Secretary-General is appalled by the attack on the convoy.",
         "express_concern"),
        ("Ankara has repeatedly conveyed its objection to the exercises.",
         "criticise"),
        # an intention denied rejects; one held is intent
        ("We have no intention of withdrawing our forces from the border.",
         "reject"),
        # blame laid with an adverb the parse hung the object on; a door to
        # talks left open
        ("Pakistan holds India fully responsible for the attack.", "accuse"),
        ("Minister Fidan left the door open to talks with Athens.",
         "express_intent_to_negotiate"),
        # a response in kind vowed and measures one stands ready to take threaten
        ("France vowed to respond in kind.", "threaten"),
        ("Turkey pledged to return the gesture in kind.", "agree"),
        ("The EU stands ready to consider further restrictive measures against"
         " those responsible.", "threaten"),
        ("The European Union stands ready to take further measures to support"
         " Ukraine's reconstruction.", "express_intent_to_negotiate"),
        # a 'no' on the object negates only 'have'
        ("Japan urged no further escalation in the Taiwan Strait.", "appeal"),
    ],
)  # fmt: skip
def test_act_follows_the_grammar_of_the_content(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    found = statements(nlp, text)
    assert found, f"no statement in {text!r}"
    assert found[0].act == act


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a negated cue that rules out talks expresses intent to negotiate
        ("The envoy did not rule out talks with Riyadh.", "did not rule out",
         "talks with Riyadh", "express_intent_to_negotiate"),
        ("The envoy did not rule out a strike on the port.", "did not rule out",
         "a strike on the port", "state"),
        # the preposition that takes the content names the act
        ("Rutte spoke with Prime Minister Tusk about the air defence of Poland.",
         "spoke with", "the air defence of Poland", "consult"),
        # light-verb idioms of praise and proposal
        ("Hanoi spoke highly of the achievements of the partnership.",
         "spoke highly of", "the achievements of the partnership", "praise"),
        ("The leaders paid tribute to the victims of the flood.", "paid tribute to",
         "the victims of the flood", "praise"),
        ("Brazil put forward a six-point plan for the region.", "put forward",
         "a six-point plan for the region", "propose"),
        ("Malta tabled a draft resolution on the protection of children.",
         "tabled", "a draft resolution on the protection of children", "propose"),
        # advising someone to act urges it; advising that something is so informs
        ("The embassy advised U.S. citizens to leave the country immediately.",
         "advised", "U.S. citizens to leave the country immediately", "appeal"),
        ("The airline advised that all flights were cancelled.", "advised",
         "that all flights were cancelled", "state"),
        # what a meeting covered consults; what a thing covers does not
        ("The talks covered energy and trade.", "covered", "energy and trade",
         "consult"),
        ("The tariffs covered steel and aluminium.", "covered",
         "steel and aluminium", "state"),
        ("The automaker focused on electric cars.", "focused on", "electric cars",
         "state"),
        ("The automaker, which has focused on electric cars, unveiled a wagon.",
         "focused on", "electric cars", "state"),
    ],
)  # fmt: skip
def test_rules_read_the_light_verb_and_its_preposition(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str, act: str
) -> None:
    assert rule_act(nlp, text, cue, content) == act


def test_the_attitude_of_the_speakers_own_side_named_is_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Turkish President Recep Tayyip Erdogan stated that Turkiye is deeply"
        " concerned about the escalation in Syria."
    )
    stated = by_cue(nlp, text)["stated"]
    assert (stated.actor_ids, stated.act) == (("TUR",), "express_concern")


def test_a_policy_the_speakers_own_side_is_said_to_hold_is_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Biden underscored that the United States remains committed to"
        " the one China policy."
    )
    assert by_cue(nlp, text)["underscored"].act == "state"


def test_an_answer_word_negates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = """Remarks at the joint press conference

Question (News24): Chancellor, does Germany share those concerns?

Chancellor Merz: No. Germany supports South Africa's work in the G20.
"""
    assert by_cue(nlp, text)["supports"].act == "support"


def test_naming_a_deed_a_fault_criticises_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(
        nlp,
        "North Korea threatened retaliation, calling the drills a grave provocation.",
    )
    assert found["calling"].act == "criticise"
    assert (
        by_cue(nlp, "The minister called the summit a turning point.")["called"].act
        == "state"
    )
    assert (
        by_cue(
            nlp, "Tokyo called on Pyongyang to refrain from any further provocation."
        )["called"].act
        == "appeal"
    )


def test_a_door_left_open_to_anything_but_talks_is_no_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(
        nlp, "President Trump left the door open to military action against Venezuela."
    )
    assert not any("door" in cue for cue in found)


def test_a_participles_deed_is_its_sentences_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(
        nlp,
        "The Kremlin dismissed the claims, leaving the door open to more talks"
        " with Washington.",
    )
    left = found["leaving the door open to"]
    assert (left.speaker, left.act) == ("The Kremlin", "express_intent_to_negotiate")
