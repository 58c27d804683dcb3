"""Pleadings, leaders' messages and negotiations (issues 15 and 16): a case's
caption, a cable's sender, an envoy to a body, a bare title with an aside, a
letter's addressee, a participle on another's statement, a medium quoting an
official, an opening phrase that swallows the speaker, "failed to agree", a
verdict without a verb, and surname-only labels of a short transcript. Each
runs the real pipeline on documents of our own."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by

from extract.nlp.bare_titles import bare_title

DAY = date(2026, 11, 20)


def test_a_case_caption_names_no_person(nlp: Language) -> None:
    text = (
        "The case is Benin v. Togo.\n\n"
        "Togo claims that its officials administered the villages. Benin said"
        " the villages are Beninese."
    )
    found = by_cue(nlp, text)
    assert found["claims"].actor_ids == ("TGO",)
    assert found["said"].actor_ids == ("BEN",)


def test_a_cable_speaks_for_its_sender(nlp: Language) -> None:
    text = (
        "HH the Amir received a cable of thanks from HE President of the Republic"
        " of Kenya, in which he expressed his deep appreciation for Qatar's"
        " support."
    )
    found = published_by(nlp, text, issuer="QAT", day=DAY)
    assert found["expressed his deep appreciation for"].actor_ids == ("KEN",)


def test_a_cable_sent_names_no_sender_from_its_addressee(nlp: Language) -> None:
    text = (
        "HH the Amir sent a cable to the President of Kenya, in which he"
        " expressed his condolences over the floods."
    )
    found = published_by(nlp, text, issuer="QAT", day=DAY)
    assert all("KEN" not in s.actor_ids for s in found.values())


def test_a_states_envoy_to_a_body_speaks_for_the_state(nlp: Language) -> None:
    text = "Russia's U.N. Ambassador Vassily Nebenzia said the launch was predictable."
    assert by_cue(nlp, text)["said"].actor_ids == ("RUS",)
    found = by_cue(nlp, "UN envoy Staffan de Mistura said the talks were stalled.")
    assert found["said"].actor_ids == ("UN",)


def test_a_bare_title_with_an_aside_is_the_pages_own(nlp: Language) -> None:
    text = (
        "President Bola Tinubu met President John Mahama of Ghana in Abuja.\n\n"
        "The President, who is also Chairman of the ECOWAS Authority of Heads of"
        " State and Government, reaffirmed Nigeria's commitment to regional"
        " integration."
    )
    found = published_by(nlp, text, issuer="NGA", day=DAY)
    assert found["reaffirmed"].actor_ids == ("NGA",)


def test_only_an_aside_of_another_office_leaves_a_title_bare(nlp: Language) -> None:
    also = nlp("The President, who is also Chairman of the AU, said the talks failed.")
    assert bare_title(also[0:2]) == ("president",)
    visit = nlp("The President, who was on a state visit, said the talks failed.")
    assert bare_title(visit[0:2]) is None


def test_a_diplomat_is_not_the_pages_by_default(nlp: Language) -> None:
    text = "The diplomat said Phnom Penh had also welcomed the plan."
    found = published_by(nlp, text, issuer="VNM", day=DAY)
    assert found["said"].actor_ids == ()
    text = "The senior official said Japan would raise the matter at every level."
    found = published_by(nlp, text, issuer="JPN", day=DAY)
    assert found["said"].actor_ids == ("JPN",)


LETTER = (
    "PUTRAJAYA, 20 October 2024\n\n"
    "Your Excellency,\n\n"
    "On behalf of the Government and the people of Malaysia, I extend my warmest"
    " congratulations to Your Excellency on your inauguration.\n\n"
    "We strongly condemn the continued aggression in Gaza.\n\n"
    "Yours sincerely,\n\n"
    "DATO' SERI ANWAR IBRAHIM\nPrime Minister of Malaysia\n\n"
    "His Excellency Prabowo Subianto\nPresident of the Republic of Indonesia\n"
    "Jakarta"
)


def test_a_letters_addressee_signs_nothing(nlp: Language) -> None:
    found = published_by(nlp, LETTER, issuer="MYS", day=DAY)
    assert found["strongly condemn"].actor_ids == ("MYS",)


def test_a_participle_on_anothers_statement_is_not_the_subjects(
    nlp: Language,
) -> None:
    text = (
        "Egypt had noted with concern the statement of the RSF leadership"
        " claiming that the camps were military bases."
    )
    found = by_cue(nlp, text)
    assert "EGY" not in found["claiming"].actor_ids
    text = "The ministers discussed the situation, agreeing that a truce was needed."
    found = by_cue(nlp, text)
    assert found["agreeing"].speaker_mention == "The ministers"


def test_what_a_medium_quotes_an_official_as_adding_is_the_officials(
    nlp: Language,
) -> None:
    text = (
        "TASS quoted Lavrov as saying the talks were useful and adding that"
        " Moscow was ready for more."
    )
    found = by_cue(nlp, text)
    assert found["adding"].actor_ids == ("RUS",)
    assert found["adding"].speaker_mention == "Lavrov"
    text = (
        "Mao Ning quoted Blinken as saying the US did not seek confrontation,"
        " adding that Washington's actions showed otherwise."
    )
    assert by_cue(nlp, text)["adding"].actor_ids == ("CHN",)
    text = (
        "KCNA quoted a foreign ministry spokesperson as saying the launch was"
        " lawful and warning that Pyongyang would take countermeasures."
    )
    found = by_cue(nlp, text)
    assert found["warning"].speaker_mention == "a foreign ministry spokesperson"


def test_a_speaker_the_parse_hung_in_an_opening_phrase(nlp: Language) -> None:
    text = (
        "Speaking on behalf of Algeria and Somalia, the representative of Sierra"
        " Leone condemned attacks on camps."
    )
    found = by_cue(nlp, text)
    assert [s.actor_ids for s in found.values()] == [("SLE",)]
    text = (
        "Asked whether the United States would back a production cap, a member"
        " of the U.S. delegation said Washington was open to discussion."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("USA",)
    text = (
        "During Israel's submissions on Monday, counsel for Israel, Sir Geoffrey"
        " Lane KC, contended that the court lacked jurisdiction."
    )
    found = by_cue(nlp, text)
    assert found["contended"].speaker_mention.startswith("counsel for Israel")
    text = (
        "Asked about the remarks of the Hungarian Prime Minister, Viktor Orban,"
        " the minister, Radoslaw Sikorski, denounced them as shameful."
    )
    assert "HUN" not in by_cue(nlp, text)["denounced"].actor_ids


def test_a_place_before_and_i_is_no_speaker(nlp: Language) -> None:
    text = (
        "FOREIGN MINISTER SZALAI (Hungary): I have said it many times in Brussels"
        " and I say it here again: Europe's security needs Türkiye."
    )
    found = published_by(nlp, text, issuer="TUR", day=DAY)
    assert found["say"].speaker_mention == "I"
    assert found["say"].actor_ids == ("HUN",)


def test_failing_to_agree_is_no_agreement(nlp: Language) -> None:
    text = "Trade ministers failed on Saturday to agree on extending a moratorium."
    assert all(s.act != "agree" for s in by_cue(nlp, text).values())
    text = "China never fails to express its support for the UN."
    assert [s.act for s in by_cue(nlp, text).values()] == ["support"]


def test_a_verdict_in_a_clause_without_a_verb(nlp: Language) -> None:
    found = published_by(nlp, "We consider these measures illegal.", issuer="BRA")
    assert found["consider"].act == "criticise"
    text = "We find the remarks irresponsible."
    assert published_by(nlp, text, issuer="BRA")["find"].act == "criticise"
    text = "We did not find the report biased."
    assert published_by(nlp, text, issuer="BRA")["did not find"].act == "state"


def test_restating_is_a_cue(nlp: Language) -> None:
    text = "The minister restated that India would not accept any mediation."
    assert "mediation" in by_cue(nlp, text)["restated"].content


def test_a_lone_surname_label_of_a_name_given_before(nlp: Language) -> None:
    text = (
        "Fiji's Minister for Foreign Affairs Hon Ratu Sela Vunivalu visited"
        " Wellington.\n\n"
        "HOLLIS: Welcome.\n\n"
        "REPORTER: Is Fiji considering the offer?\n\n"
        "VUNIVALU: I can confirm that Fiji has no intention of signing any such"
        " agreement."
    )
    found = published_by(nlp, text, issuer="NZL", day=DAY)
    assert found["can confirm"].actor_ids != ("NZL",)
    assert ":" not in found


def test_a_chairs_label_is_no_leader_of_that_family_name(nlp: Language) -> None:
    text = (
        "The hearing examined the threat posed by Kim Jong Un's missiles.\n\n"
        "Chairwoman Kim: We will not accept a nuclear North Korea.\n\n"
        "Mr. Smith: I agree with the Chairwoman.\n\n"
        "Chairwoman Kim: Thank you."
    )
    found = published_by(nlp, text, issuer="USA", day=DAY)
    assert "PRK" not in found["will not accept"].actor_ids


def test_a_place_ending_a_name_is_no_label(nlp: Language) -> None:
    text = (
        "Leaders from Papua New Guinea and Fiji met in Suva.\n\n"
        "Guinea: An ECOWAS spokesman said: We will not accept further delays."
    )
    found = by_cue(nlp, text)
    assert all("GIN" not in s.actor_ids for s in found.values())


def test_an_aside_saying_which_holder_keeps_the_guest(nlp: Language) -> None:
    text = (
        "President Ruto received President Museveni of Uganda at State House.\n\n"
        "The President, who was on a two-day state visit, said Uganda would"
        " support the pipeline."
    )
    found = published_by(nlp, text, issuer="KEN", day=DAY)
    assert found["said"].actor_ids == ("UGA",)


def test_a_letter_from_a_place_has_no_sender(nlp: Language) -> None:
    text = (
        "Gershkovich's letter from Moscow, in which he said he was innocent, was"
        " published."
    )
    assert all(s.actor_ids == () for s in by_cue(nlp, text).values())


def test_a_joint_letters_closing_keeps_its_signatories(nlp: Language) -> None:
    text = (
        "We, the Foreign Ministers of Australia and New Zealand, write to express"
        " our concern.\n\n"
        "We call on all parties to return to talks.\n\n"
        "Yours sincerely,\n\n"
        "Penny Wong\nMinister for Foreign Affairs of Australia\n\n"
        "Winston Peters\nMinister of Foreign Affairs of New Zealand"
    )
    found = by_cue(nlp, text)
    assert found["call on"].actor_ids == ("AUS", "NZL")


def test_an_initial_is_no_case_caption(nlp: Language) -> None:
    text = (
        "U.S. Navy Secretary Richard V. Spencer visited Manila. Spencer said the"
        " alliance was strong."
    )
    found = by_cue(nlp, text)
    assert found["said"].actor_ids == ("USA",)


def test_refusing_to_say_declines_comment(nlp: Language) -> None:
    text = "The minister refused to say whether the talks would resume."
    assert by_cue(nlp, text)["refused to say"].act == "state"
    text = "The minister refused to accept the proposal."
    assert [s.act for s in by_cue(nlp, text).values()] == ["reject"]


def test_saying_one_looks_forward_to_working_with_another(nlp: Language) -> None:
    text = (
        "The President said he looks forward to working closely with Prime"
        " Minister Modi."
    )
    assert by_cue(nlp, text)["said"].act == "express_intent_to_negotiate"


def test_a_headlines_lone_name_is_no_label(nlp: Language) -> None:
    text = (
        "Mahmoud Ahmadinejad and Ali Khamenei spoke on Friday.\n\n"
        "Ahmadinejad: Those Who Insult the Companions Serve the Enemy\n\n"
        "Khamenei: Insulting the Symbols of Sunnis Is Forbidden"
    )
    found = by_cue(nlp, text)
    assert found[":"].actor_ids == ("IRN",)
