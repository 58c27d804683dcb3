"""How institutions word their statements (issues 15 and 16): in the present
tense after a title the small parse misreads ("The Secretary-General notes with
concern", "The Council underlines that"), or with stance verbs news rarely
uses ("deplores", "regrets"); "we, the G7 Foreign Ministers of A, B, …" speaks
as the G7; the North Atlantic Council is NATO's; a president-elect holds no
office yet; a response one "will be met with" threatens; a pair the parse left
without a verb ("Putin and Trump thoroughly discussed") is the source. Each
runs the real pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by


def test_a_pair_the_parse_left_without_a_verb_is_the_source(nlp: Language) -> None:
    found = published_by(
        nlp,
        "Vladimir Putin had a telephone conversation with President of the United"
        " States of America Donald Trump.\n\nVladimir Putin and Donald Trump"
        " thoroughly discussed issues of strategic stability and arms control.",
        "RUS",
        day=date(2020, 7, 23),
    )
    discussed = found["thoroughly discussed"]
    assert discussed.speaker_mention == "Vladimir Putin and Donald Trump"
    assert discussed.actor_ids == ("RUS", "USA")


def test_notes_with_concern_after_a_title_is_a_statement(nlp: Language) -> None:
    text = (
        "The Secretary-General notes with concern the continuing violence in Gaza "
        "and reiterates his call for an immediate ceasefire.\n"
    )
    found = by_cue(nlp, text)
    assert found["notes with concern"].act == "express_concern"
    assert found["notes with concern"].actor_ids == ("UNSG",)
    assert found["reiterates"].actor_ids == ("UNSG",)


def test_underlines_that_after_a_body_is_a_statement(nlp: Language) -> None:
    found = by_cue(nlp, "The Council underlines that civilians must be protected.\n")
    assert found["underlines"].content == "that civilians must be protected"


def test_deplores_in_the_present_tense_is_a_statement(nlp: Language) -> None:
    found = by_cue(nlp, "The Secretary-General deplores the attack on the convoy.\n")
    assert found["deplores"].act == "criticise"


def test_we_the_g7_ministers_of_its_members_speak_as_the_g7(nlp: Language) -> None:
    text = """G7 Foreign Ministers' Statement on North Korea

We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America, strongly condemn the launch of an intercontinental ballistic missile.

We demand that the DPRK abandon all its nuclear weapons.
"""  # noqa: E501
    found = by_cue(nlp, text)
    assert found["strongly condemn"].actor_ids == ("G7",)
    assert found["demand"].actor_ids == ("G7",)


def test_the_north_atlantic_councils_statement_is_natos(nlp: Language) -> None:
    text = """Statement by the North Atlantic Council on hybrid activities

NATO Allies express deep concern over Russia's hybrid campaigns against Allies.

We strongly condemn the damage to critical undersea infrastructure.
"""
    found = by_cue(nlp, text)
    assert found["strongly condemn"].actor_ids == ("NATO",)


def test_a_president_elect_holds_no_office_yet(nlp: Language) -> None:
    text = (
        "ABUJA (Reuters) - President-elect Bola Tinubu said on Wednesday "
        "he would unite the country.\n"
    )
    said = published_by(nlp, text)["said"]
    assert said.actor_ids == ()


def test_a_response_sanctions_will_be_met_with_threatens(nlp: Language) -> None:
    text = (
        "The foreign ministry said any further sanctions would be met with a "
        "firm response.\n"
    )
    assert by_cue(nlp, text)["said"].act == "threaten"


def test_warning_of_a_befitting_response_threatens(nlp: Language) -> None:
    text = "Pakistan warned of a befitting response to any aggression.\n"
    assert by_cue(nlp, text)["warned of"].act == "threaten"


def test_a_headline_of_capitalised_words_is_no_statement(nlp: Language) -> None:
    text = "Biden Administration Reports to Congress on Human Rights in China\n"
    assert by_cue(nlp, text) == {}


def test_hails_from_is_no_praise(nlp: Language) -> None:
    text = "The new ambassador hails from Ohio.\n"
    assert by_cue(nlp, text) == {}


def test_an_elected_president_keeps_the_office(nlp: Language) -> None:
    text = (
        "The newly elected President of Iran, Masoud Pezeshkian, said Tehran "
        "would seek dialogue.\n"
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("IRN",)


def test_we_a_minister_and_the_ministers_of_others_are_all_of_them(
    nlp: Language,
) -> None:
    text = (
        "We, the French Foreign Minister and the Foreign Ministers of Germany "
        "and Poland, condemn the attack.\n"
    )
    assert by_cue(nlp, text)["condemn"].actor_ids == ("FRA", "DEU", "POL")


def test_a_delegation_aligning_itself_with_a_statement_supports_it(
    nlp: Language,
) -> None:
    text = (
        "Mr. President, I thank you for convening this debate. My delegation aligns"
        " itself with the statement delivered on behalf of the African Group."
    )
    said = published_by(nlp, text, issuer="KEN")["aligns itself with"]
    assert (said.content, said.actor_ids, said.act) == (
        "the statement delivered on behalf of the African Group",
        ("KEN",),
        "support",
    )
