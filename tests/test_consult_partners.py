"""A consultation is both sides': whom talks were held with joins the speaker's
actors when that partner is a person or an official (a state named as the
subject of talks, an opposition leader or analysts add nobody); "we" after "I
met X" is the speaker and X, X named by title and name only as well. Each runs
the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        ("Indian Prime Minister Narendra Modi held talks with Brazilian President"
         " Luiz Inácio Lula da Silva in Brasília, discussing trade and climate"
         " finance.", "discussing", ("IND", "BRA")),
        ("Brazilian Foreign Minister Mauro Vieira discussed the situation in Gaza"
         " with his Egyptian counterpart during a phone call on Monday.",
         "discussed", ("BRA", "EGY")),
        ("British Foreign Secretary Yvette Cooper met with her Russian counterpart"
         " and discussed prisoner exchanges.", "discussed", ("GBR", "RUS")),
        # a state named as what was discussed is no partner
        ("French President Emmanuel Macron discussed relations with China during"
         " the visit.", "discussed", ("FRA",)),
        # nor are those who speak for no state
        ("US Secretary of State Marco Rubio discussed the election with Venezuelan"
         " opposition leader María Corina Machado.", "discussed", ("USA",)),
        ("German Foreign Minister Johann Wadephul discussed the crisis with"
         " analysts in Berlin.", "discussed", ("DEU",)),
        # nor a movement's leader, a commander, a cleric, someone's deputy or lawyer
        ("Turkish Foreign Minister Hakan Fidan met with Syrian Kurdish leader Mazloum"
         " Abdi and discussed the integration of the SDF.", "discussed", ("TUR",)),
        ("Italian Prime Minister Giorgia Meloni met with Libyan eastern commander"
         " Khalifa Haftar and discussed migration.", "discussed", ("ITA",)),
        ("French President Emmanuel Macron met with Iraqi Shiite cleric Moqtada"
         " al-Sadr and discussed the elections.", "discussed", ("FRA",)),
        ("Ukrainian President Volodymyr Zelensky met with former Georgian president"
         " Mikheil Saakashvili's lawyer and discussed his case.", "discussed",
         ("UKR",)),
        ("US Secretary of State Marco Rubio discussed Gaza with a Palestinian civil"
         " society delegation.", "discussed", ("USA",)),
        # nor the partner of a meeting that is the subject of the talks
        ("Ukrainian President Volodymyr Zelensky discussed the meeting with Putin"
         " in a call.", "discussed", ("UKR",)),
    ],
)  # fmt: skip
def test_the_partner_of_a_consultation_joins_the_speaker(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


def test_we_after_meeting_an_office_holder_named_by_title_is_both(
    nlp: Language,
) -> None:
    found = published_by(
        nlp,
        "Minister Anand: Good afternoon. I also met with Secretary Rubio, and we"
        " discussed the trade irritants between our two countries.\n\n"
        "Reporter: What about India?\n\n"
        "Minister Anand: Last week I met Foreign Minister Jaishankar in Delhi and we"
        " agreed to restart talks on a trade agreement.",
        issuer="CAN",
    )
    assert found["discussed"].actor_ids == ("CAN", "USA")
    assert found["agreed"].actor_ids == ("CAN", "IND")
