"""Contents in official documents run to the end of their list (issue 16):
readouts and joint statements state a position whole ('discussed X,
improving Y and ensuring Z'), where the news the ranker learned from stops at
the first comma. A run-on takes in no clause of its own ('X, and we reject
Y') and no phrase of when or with whom the cue's verb happened ('discuss this
with other partners', 'according to an official'), nor another side's
statement ('X, while the minister stressed Y'), an occasion set off by a comma
(', for the second time in a week'), another deed (', leaving for Port
Sudan') or an apposition. Each runs the real pipeline
on a document of a site that declares its issuer."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

READOUT = """Readout of President Biden's Call with President Macron of France

President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France. The two leaders discussed the reconstruction of Ukraine's energy grid, improving the humanitarian situation and ensuring the safe return of refugees. The leaders will also discuss this with other partners at the summit. President Biden said that the sanctions were working, and we reject any attempt to weaken them.
"""  # noqa: E501

VISIT = """Secretary Blinken's Visit to Brunei

Secretary of State Antony J. Blinken met Sultan Hassanal Bolkiah in Bandar Seri Begawan. The Secretary reiterated U.S. support for Brunei's sovereignty, for the second time in a week. The Secretary called for a ceasefire in Sudan, leaving for Port Sudan after a meeting with African Union officials. The Secretary underlined the need for all partners to invest at least 2% of GDP in defence, a commitment Brunei already meets.
"""  # noqa: E501

MEETING = """Secretary Blinken's Meeting with Egyptian Foreign Minister Shoukry

Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Washington. The Secretary reiterated U.S. opposition to the forced displacement of Palestinians from Gaza, while Foreign Minister Shoukry stressed Egypt's rejection of any military operation in Rafah. The Secretary also discussed the hostage negotiations, according to a senior State Department official.
"""  # noqa: E501


def test_an_official_list_of_topics_is_one_content(nlp: Language) -> None:
    discussed = published_by(nlp, READOUT, issuer="USA")["discussed"]
    assert discussed.content == (
        "the reconstruction of Ukraine's energy grid, improving the humanitarian"
        " situation and ensuring the safe return of refugees"
    )
    assert discussed.actor_ids == ("USA", "FRA")


def test_a_run_on_takes_no_clause_or_circumstance(nlp: Language) -> None:
    said = published_by(nlp, READOUT, issuer="USA")
    assert said["will also discuss"].content == "this"
    assert said["said"].content == "that the sanctions were working"
    assert said["reject"].content == "any attempt to weaken them"


def test_a_run_on_takes_no_other_sides_clause_or_its_reporter(nlp: Language) -> None:
    said = published_by(nlp, MEETING, issuer="USA")
    assert said["reiterated"].content == (
        "U.S. opposition to the forced displacement of Palestinians from Gaza"
    )
    assert said["also discussed"].content == "the hostage negotiations"


def test_a_run_on_takes_no_occasion_or_apposition(nlp: Language) -> None:
    said = published_by(nlp, VISIT, issuer="USA")
    assert said["called for"].content == "a ceasefire in Sudan"
    assert said["reiterated"].content == "U.S. support for Brunei's sovereignty"
    assert said["underlined"].content == (
        "the need for all partners to invest at least 2% of GDP in defence"
    )
