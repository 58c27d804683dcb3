"""A briefing by several of the issuer's own staff (issue 15): every speaker
the header names speaks with the issuer's voice when it names no one else's
state and no guest; a joint appearance with a guest gives the guest nothing of
the host's. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

BRIEFING = """Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby

MS. JEAN-PIERRE: Good afternoon, everybody. I'll turn it over to my colleague, John Kirby.

MR. KIRBY: Thanks, Karine. We're deeply concerned by the reports of troops moving to the border.

Q    John, will the President call Moscow?

MR. KIRBY: I'd just say that the Kremlin has denied a lot of things that turned out to be true.
"""  # noqa: E501


def test_each_staff_member_the_header_names_speaks_for_the_issuer(
    nlp: Language,
) -> None:
    found = published_by(nlp, BRIEFING, issuer="USA")
    assert found["'re deeply concerned by"].actor_ids == ("USA",)
    assert found["'d just say"].actor_ids == ("USA",)  # as 'would like to say


JOINT = """Remarks by President Biden and Chancellor Scholz of the Federal Republic of Germany in Joint Press Conference

PRESIDENT BIDEN: Good afternoon. I welcome the Chancellor to the White House.

CHANCELLOR SCHOLZ: Thank you, Joe. We believe that Europe must do more for its own security.
"""  # noqa: E501


def test_a_guest_at_a_joint_appearance_keeps_his_own_state(nlp: Language) -> None:
    found = published_by(nlp, JOINT, issuer="USA")
    assert "USA" not in found["believe"].actor_ids


def test_a_guest_minister_named_in_the_header_is_not_the_issuers(
    nlp: Language,
) -> None:
    text = """Press Conference by Secretary Antony Blinken and Foreign Minister Ahmed Attaf

SECRETARY BLINKEN: Good afternoon. It is good to be here with my colleague.

FOREIGN MINISTER ATTAF: Thank you. We condemn the occupation and we demand an immediate ceasefire.
"""  # noqa: E501
    found = published_by(nlp, text, issuer="USA")
    assert "USA" not in found["condemn"].actor_ids


def test_a_call_by_telephone_makes_the_two_presidents_both(nlp: Language) -> None:
    text = """Telephone call with President Zelensky

The President of the Republic spoke this evening by telephone with President Volodymyr Zelensky of Ukraine.

The two Presidents discussed the work of the coalition.
"""  # noqa: E501
    found = published_by(nlp, text, issuer="FRA")
    assert found["discussed"].actor_ids == ("FRA", "UKR")
