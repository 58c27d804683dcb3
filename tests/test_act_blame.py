"""Blame laid in the content accuses, whatever verb reports it: the content's
own clause says that someone did a harmful deed ('was behind the attack',
'ordered the killing', 'carried out the strike'). A deed denied, hedged,
claimed or admitted (a pronoun, one's own, a person whose side is not read
here), or that harms no one accuses no one (found by a helper's review)."""

from __future__ import annotations

import pytest

from tests.statements_by_cue import statements


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # someone did a harmful deed: an accusation
        ("The ministry said the United States was behind the attack on the"
         " embassy.", "accuse"),
        ("The spokesman said Iran was responsible for the attack on the tanker.",
         "accuse"),
        ("The prosecutor said the 36 people were involved in the assassination of"
         " the general.", "accuse"),
        ("The CIA reportedly believe the crown prince ordered Khashoggi's killing.",
         "accuse"),
        ("The minister said the bombing was orchestrated by Moscow.", "accuse"),
        ("Officials said the militia carried out the rocket attack on the base.",
         "accuse"),
        ("The State Department said the militia took part in attacks on US"
         " citizens.", "accuse"),
        # denied, hedged, the speaker's own deed, or no harm done
        ("Iran's foreign ministry said Iran was not behind the attack.", "state"),
        ("The ministry said the group may have been behind the bombing.", "state"),
        ("Tehran said it was responsible for the strike.", "state"),
        ('"We carried out the strike," the general said.', "state"),
        ("The spokesman said Turkey is responsible for the security of the camp.",
         "state"),
        ("The minister said the police carried out the inspection.", "state"),
        # a deed claimed or admitted: a pronoun, one's own, a person whose side
        # this cannot tell
        ("The Houthis said they carried out the attack on the tanker.", "state"),
        ("Israel said its jets carried out strikes on Hezbollah targets.", "state"),
        ("The ministry said the attack was carried out by our forces.", "state"),
        ("The Kremlin spokesman said President Putin ordered the strike on energy"
         " infrastructure.", "state"),
        ("Officials said nobody was responsible for the explosion.", "state"),
        # an attack or a strike that is no act of war
        ("The coach said Liverpool carried out the attack perfectly.", "state"),
        ("The union leader said workers carried out the strike to demand higher"
         " wages.", "state"),
    ],
)  # fmt: skip
def test_a_harmful_deed_laid_at_someones_door_accuses(  # type: ignore[no-untyped-def]
    nlp, text: str, act: str
) -> None:
    found = statements(nlp, text)
    assert found, f"no statement in {text!r}"
    assert found[0].act == act
