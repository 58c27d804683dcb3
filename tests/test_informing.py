"""Informing someone of something (issue 16): "briefed X on Y", "updated X on Y",
"informed X about Y" have the content Y, as the gold draws "fully briefed X on
Y"; the one informed is the addressee, not the content. Updating a thing is no
statement. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by, statements

READOUT = """Readout of the Prime Minister's call with President Zelenskyy

The Prime Minister spoke to President Zelenskyy this afternoon. President \
Zelenskyy briefed the Prime Minister on the counter-offensive. President \
Zelenskyy also updated the Prime Minister on the grain corridor. The leaders \
agreed to speak again soon.
"""


def test_the_one_briefed_is_no_part_of_the_content(nlp: Language) -> None:
    briefed = published_by(nlp, READOUT, "GBR")["briefed"]
    assert briefed.content == "the counter-offensive"
    assert briefed.actor_ids == ("UKR",)


def test_updating_someone_on_something_is_a_statement_to_them(
    nlp: Language,
) -> None:
    updated = published_by(nlp, READOUT, "GBR")["also updated"]
    assert updated.content == "the grain corridor"
    assert updated.addressee == "the Prime Minister"


def test_updating_a_thing_is_no_statement(nlp: Language) -> None:
    text = "The ministry updated the travel advice on Monday."
    assert [s.cue for s in statements(nlp, text)] == []
    text = "The minister said the talks went well. The travel advice was updated."
    assert [s.cue for s in statements(nlp, text)] == ["said"]


def test_the_addressee_of_another_verb_keeps_its_of(nlp: Language) -> None:
    text = "The senator told Bill O'Reilly of Fox News that he would run."
    told = next(s for s in statements(nlp, text) if s.cue == "told")
    assert told.addressee == "Bill O'Reilly of Fox News"
