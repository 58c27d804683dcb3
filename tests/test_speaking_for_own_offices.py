"""A state's own offices named without a name (issue 15): "The President of
the Republic" in the Élysée's release is France's president, and never the
president of another state named before it; an office-holder the registry has
not yet seated on the day, or who met someone of no known state, is the
issuer's when the issuer's readout opens with them. Each runs the real
pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

ELYSEE = """Telephone call with the President of Ukraine

The President of the Republic spoke this afternoon with President Zelensky.
He reaffirmed France's unwavering support for Ukraine.
The President of the Republic stressed that peace cannot be achieved without Ukraine.
"""


def test_the_president_of_the_republic_in_a_states_release_is_its_own(
    nlp: Language,
) -> None:
    stressed = published_by(nlp, ELYSEE, issuer="FRA")["stressed"]
    assert stressed.actor_ids == ("FRA",)


def test_the_president_of_the_republic_is_not_the_president_named_before(
    nlp: Language,
) -> None:
    stressed = published_by(nlp, ELYSEE)["stressed"]
    assert "UKR" not in stressed.actor_ids


def test_the_president_of_the_republic_named_once_is_that_one(
    nlp: Language,
) -> None:
    text = """Paris, 3 March

President Zelensky met the President of the Republic, Emmanuel Macron, in Paris.
The President of the Republic said that Europe must rearm.
"""
    said = published_by(nlp, text)["said"]
    assert said.actor_ids == ("FRA",)


SEOUL = """President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru
Ishiba on Saturday.

President Lee said the two countries must cooperate closely on North Korea.
"""


def test_the_issuers_lead_not_yet_in_the_registrys_office_is_the_issuers(
    nlp: Language,
) -> None:
    # the registry seats him on 4 June 2025; the readout is dated 1 June
    said = published_by(nlp, SEOUL, issuer="KOR")["said"]
    assert said.actor_ids == ("KOR",)


def test_an_office_holder_not_yet_seated_gets_no_state_in_the_news(
    nlp: Language,
) -> None:
    said = published_by(nlp, SEOUL)["said"]
    assert said.actor_ids == ()


def test_the_issuers_lead_who_met_someone_of_no_known_state_is_the_issuers(
    nlp: Language,
) -> None:
    text = """President Lee Jae-myung met Prime Minister Ishiba Shigeru in Tokyo.

He said the two countries must cooperate closely on North Korea.
"""
    said = published_by(nlp, text, issuer="KOR")["said"]
    assert said.actor_ids == ("KOR",)
