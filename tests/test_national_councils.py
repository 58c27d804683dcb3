"""A state's own Security Council is not the UN's (issue 15): the UN council
has a President, not a Secretary or a Deputy Chairman, and a meeting with the
members of a council is no statement of the council. A wrong body is worse
than none. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

KREMLIN = """Meeting with permanent members of the Security Council

Vladimir Putin held an operational meeting with permanent members of the Security Council via videoconference.

Vladimir Putin: Good afternoon, colleagues.

Today we will discuss the situation around the Zaporozhye nuclear power plant.

Secretary of the Security Council Sergei Shoigu: Mr President,

According to our information, Kiev is preparing new provocations against the plant.
"""  # noqa: E501


def test_a_meeting_with_members_of_the_council_is_the_issuers_own(
    nlp: Language,
) -> None:
    discuss = published_by(nlp, KREMLIN, issuer="RUS")["will discuss"]
    assert discuss.actor_ids == ("RUS",)


def test_the_secretary_of_the_security_council_is_not_the_uns(
    nlp: Language,
) -> None:
    according = published_by(nlp, KREMLIN, issuer="RUS")["According to"]
    assert "UNSC" not in according.actor_ids


def test_a_deputy_chairman_of_the_security_council_is_his_states(
    nlp: Language,
) -> None:
    text = (
        "Deputy Chairman of the Security Council Dmitry Medvedev said the West "
        "would regret its decision.\n"
    )
    assert published_by(nlp, text)["said"].actor_ids == ("RUS",)


def test_the_president_of_the_security_council_is_the_uns(nlp: Language) -> None:
    text = "The President of the Security Council said the members were united.\n"
    assert published_by(nlp, text)["said"].actor_ids == ("UNSC",)
