"""A verdict the speaker passes criticises (or, refusing, rejects; in favour,
praises or supports), whatever verb reports it: the judging word is the
predicate of the content's own clause. A judging word in a subject, in a clause
that describes, under another's thinking, denied, admitted or forecast passes
no verdict."""

from __future__ import annotations

import pytest

from tests.statements_by_cue import statements


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the judging word is the content's predicate: a verdict, even when a
        # verb of thinking or noting reports it
        ('"We believe that the sanctions are the wrong path," Mr Lavrov said.',
         "criticise"),
        ("The ambassador noted that the militia has long been an impediment to"
         " peace.", "criticise"),
        ("The minister pointed out that the new law contradicts the agreements"
         " signed in Minsk.", "criticise"),
        ("Foreign Minister Wang Yi said the US moves run counter to the"
         " consensus reached by the two presidents.", "criticise"),
        ("The ministry said the report was wrong and misleading.", "criticise"),
        ('"It is a propaganda stunt," the spokesman added.', "criticise"),
        ("The minister described the summit as a failure.", "criticise"),
        ("Officials said the mistake had been corrected.", "state"),
        # calling a deed a crime accuses, whatever verb says what it is
        ("The representative of France said that the strikes on energy"
         " infrastructure constitute war crimes.", "accuse"),
        ("The minister said the shelling amounts to a crime against humanity.",
         "accuse"),
        ("The rapporteur said the killings amounted to extrajudicial executions.",
         "accuse"),
        # breaking a rule accuses; a refusal passed as a verdict rejects
        ("The minister pointed out that the agreement infringes upon the"
         " sovereign rights of Greece.", "accuse"),
        ("Mr Lavrov noted that the new conditions were unacceptable.", "reject"),
        ('"We believe the deal is unacceptable," the minister said.', "reject"),
        # a verdict in favour: a meeting called worthwhile is praised, a step
        # called right is supported; what will be is a forecast, no verdict
        ('"We believe that this meeting was useful," the minister said.', "praise"),
        ("The foreign minister said the decision to reopen the border was the"
         " right step.", "support"),
        ("The spokesman said the strike was fully justified.", "support"),
        ("Mr Lavrov said the Turkish decision was a positive step.", "support"),
        # a word in favour aimed elsewhere turns round
        ("The spokesman said the talks were useful for Washington's propaganda.",
         "state"),
        ("The spokesman said it was the right decision for NATO, which wants"
         " escalation.", "state"),
        ("The minister said the meeting was constructive in tone but produced no"
         " results.", "state"),
        ("Lavrov said that the talks were anything but productive.", "state"),
        ("Lavrov said the talks were constructive, although difficult.", "state"),
        ("Lavrov said that the NATO expansion was a wise step, if you want war.",
         "state"),
        ('Lavrov said the talks were "useful".', "state"),
        ("Lavrov said that the Western media called the talks constructive.",
         "state"),
        # criticism stands whatever follows it
        ("Lavrov said the shelling is a violation of international law, not an act"
         " of self-defence.", "criticise"),
        ("Lavrov said he could not but conclude that the strikes were a violation"
         " of international law.", "criticise"),
        ("The minister said the talks will be useful.", "state"),
        # denied, or advice on what to do
        ('"We do not believe that this meeting was useful," Lavrov said.', "state"),
        ("The minister said the decision was neither wise nor justified.", "state"),
        ("The minister said it is useful to recall that the treaty lapsed.",
         "state"),
        ("The minister said it would be wise for Kyiv to accept the terms.",
         "state"),
        # but calling a deed wrong criticises it, however it is worded
        ("I believe that it is incorrect to expel diplomats on the basis of"
         " conjectures.", "criticise"),
        ("The minister said the sanctions were not the right decision.", "state"),
        ("The President said Israel has the right to defend itself.", "state"),
        # a word in the subject, in a describing clause or a place judges nothing
        ("Officials said the failure of the talks had been expected.", "state"),
        ("The spokesman said the ceasefire violation occurred at dawn.", "state"),
        ("She said the talks, which were a failure, ended on Tuesday.", "state"),
        ("He said the meeting took place in a hostile environment.", "state"),
        # denied, admitted, forecast, or a claim called wrong
        ("The minister said the sanctions are not a failure.", "state"),
        ("The minister admitted it was a mistake to send the letter.", "state"),
        ("Analysts expect the move to be counterproductive.", "state"),
        # a word that judges nothing of anyone's deed
        ("Wang Yi said the solution lies in dialogue and consultation.", "state"),
        ("The Prime Minister said the earthquake was a disaster for the region.",
         "state"),
        # a verb of thinking passes a verdict in the first person only
        ("The analyst believes the drills were provocative.", "state"),
        ("We believe the drills were provocative.", "criticise"),
        ('"It is wrong to say that Russia is isolated," Mr Putin said.', "state"),
    ],
)  # fmt: skip
def test_the_predicate_of_the_content_names_the_act(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    found = statements(nlp, text)
    assert found, f"no statement in {text!r}"
    assert found[0].act == act
