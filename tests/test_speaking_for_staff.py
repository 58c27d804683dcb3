"""Whom a body's staff speak for: "our colleagues at OCHA", "officials at the
WHO", "our colleagues on the ground (UNHCR)" are the body's; "our team on the
ground" and "our humanitarian colleagues" in a body's spokesperson's turn are
that body's own. A think tank, a
firm or a state named bare is no such body, and a diplomat's "our colleagues in
the Security Council" are others. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, published_by, statements

BRIEFING = """Noon briefing by the Spokesperson for the Secretary-General

Spokesperson: Good afternoon. Our colleagues at UNICEF tell us that schools in the north have closed. Our humanitarian colleagues at the World Food Programme warn that stocks will run out in May. Officials at the WHO said that cholera is spreading.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("cue", "actors"),
    [("tell", ("UNICEF",)), ("warn", ("WFP",)), ("said", ("WHO",))],
)
def test_staff_at_a_registered_body_speak_for_the_body(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, BRIEFING, cue).actor_ids == actors


GLOSSED = """Noon briefing by the Spokesperson for the Secretary-General

Spokesperson: Good afternoon. Our colleagues on the ground (UNHCR) warn that the border crossings are full.
"""  # noqa: E501


def test_staff_glossed_with_a_body_in_parentheses_speak_for_it(
    nlp: Language,
) -> None:
    assert one_by_cue(nlp, GLOSSED, "warn").actor_ids == ("UNHCR",)


NO_BODY = """Analysis

Officials at the Brookings Institution said that the ceasefire will not hold. Staff at Gazprom said that the pipeline is closed. Our colleagues at the Russian embassy told us that the note was delivered.
"""  # noqa: E501


@pytest.mark.parametrize(("cue", "actors"), [("said", ()), ("told", ("RUS",))])
def test_only_a_registered_body_or_a_states_institution_has_staff_that_speak_for_it(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    found = {
        s.speaker_mention: s.actor_ids for s in statements(nlp, NO_BODY) if s.cue == cue
    }
    assert found, [s.cue for s in statements(nlp, NO_BODY)]
    assert all(a == actors for a in found.values()), found


AGENCIES = """WHO and UNHCR media briefing, Geneva

Christian Lindmeier (WHO): Our colleagues in Darfur tell us that the hospitals are closing.

Question (AFP): Can you confirm that aid is getting through?

Olga Sarrado (UNHCR): Our team on the ground reports that the border is closed.
"""  # noqa: E501


@pytest.mark.parametrize(
    ("cue", "actors"), [("tell", ("WHO",)), ("reports", ("UNHCR",))]
)
def test_our_staff_in_the_field_in_a_bodys_turn_are_that_bodys(
    nlp: Language, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, AGENCIES, cue).actor_ids == actors


DEBATE = """Provisional record
Security Council meeting on the situation in Sudan

Mr. Nebenzia (Russian Federation): We have heard the briefing. Our colleagues in the Security Council said that the sanctions must stay.

Mrs. Thomas-Greenfield (United States of America): We believe that the sanctions must stay.
"""  # noqa: E501


def test_a_diplomats_colleagues_in_a_council_are_not_the_diplomats_state(
    nlp: Language,
) -> None:
    statement = one_by_cue(nlp, DEBATE, "said")
    assert "RUS" not in statement.actor_ids


NOON = """Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

Spokesman: Our humanitarian colleagues tell us that more than 200,000 people have been displaced.

Question: Stéphane, what about the regional initiatives?

Spokesman: We support all efforts by the African Union.
"""  # noqa: E501


def test_a_bodys_staff_named_by_their_field_of_work_are_that_bodys(
    nlp: Language,
) -> None:
    assert published_by(nlp, NOON, issuer="UN")["tell"].actor_ids == ("UN",)
