"""Envoys received, messages read out, and a forum's officers (issues 15 and
16): a guest ambassador's post and name learned where the host receives them,
a Korean family name used alone ("Mr Park"), first person inside a quoted
envoy's words, a forum's Secretary General on a wire report, the Sovereign
Order of Malta, a body one attends as a member of, news read or learned with a
feeling, a bare Secretary-General in another body's document. Each runs the
real pipeline on documents of our own."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import by_cue, published_by

RECEIVED = (
    "Nairobi, 9 May - The Cabinet Secretary, Musalia Mudavadi, received the "
    "Ambassador of the Republic of Korea to Kenya, Park Sung-ho.\n\n"
)


def test_an_envoy_received_by_the_host_speaks_later_for_the_state_that_sent_him(
    nlp: Language,
) -> None:
    for later in ("Park Sung-ho said", "Mr Park said", "Ambassador Park said"):
        text = RECEIVED + later + " Seoul would send aid to the flooded counties."
        found = published_by(nlp, text, "KEN")["said"]
        assert found.actor_ids == ("KOR",), later


def test_first_person_in_a_quoted_envoys_words_is_the_envoys_not_the_hosts(
    nlp: Language,
) -> None:
    text = RECEIVED + (
        'Ambassador Park said: "On behalf of the people of the Republic of Korea, '
        'I convey my deepest condolences to the people of Kenya."'
    )
    found = published_by(nlp, text, "KEN")
    assert found["convey my deepest condolences to"].actor_ids == ("KOR",)
    assert found["said:"].actor_ids == ("KOR",)


def test_the_issuers_own_first_person_in_its_own_quote_stays_the_issuers(
    nlp: Language,
) -> None:
    text = (
        "Nairobi, 9 May - The Ministry of Foreign Affairs of Kenya issued a "
        "statement on the floods.\n\n"
        '"We strongly condemn the attack on the convoy," the Cabinet Secretary '
        "said."
    )
    assert published_by(nlp, text, "KEN")["said"].actor_ids == ("KEN",)


def test_a_forums_secretary_general_on_a_wire_report_is_not_the_home_states(
    nlp: Language,
) -> None:
    text = (
        "HONIARA, Sept 11 (Pacific Wire) - Pacific leaders ended their summit.\n\n"
        "The Forum's Secretary General told a closing news conference that the "
        "policing initiative would be financed mainly by Australia.\n\n"
        "The Foreign Minister said the summit had been a success."
    )
    found = published_by(nlp, text)
    assert found["told"].actor_ids == ()
    assert found["said"].actor_ids == ("SLB",)  # a national title stays the home's


def test_the_sovereign_order_of_malta_is_not_malta(nlp: Language) -> None:
    text = (
        "Grand Chancellor of the Sovereign Order of Malta Riccardo Paterno said "
        "the Order would keep its hospitals in Lebanon open."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("SMOM",)


def test_a_body_one_attends_as_a_member_of_is_not_whom_one_speaks_for(
    nlp: Language,
) -> None:
    text = (
        "The Minister of Foreign Affairs of Malaysia, attending as a BRICS partner "
        "country, said Malaysia wanted to join the New Development Bank."
    )
    assert by_cue(nlp, text)["said"].actor_ids == ("MYS",)


def test_another_ministry_that_spoke_keeps_its_bare_ministry(nlp: Language) -> None:
    text = (
        "Ankara, 4 June. The Russian Foreign Ministry said the strikes were "
        "justified.\n\nThe Ministry also claimed that the convoy carried weapons."
    )
    assert published_by(nlp, text, "TUR")["also claimed"].actor_ids == ("RUS",)


def test_anothers_embassy_named_bare_stays_its_own(nlp: Language) -> None:
    text = (
        "Vilnius, 18 November. The Ministry summoned the Charge d'Affaires over a "
        "post on the account of the Belarusian Embassy in Vilnius.\n\n"
        "In a later post, the Embassy wrote that the text had been published by "
        "mistake."
    )
    assert published_by(nlp, text, "LTU")["wrote"].actor_ids == ("BLR",)


def test_news_read_or_learned_with_a_feeling_is_a_stance_on_it(
    nlp: Language,
) -> None:
    text = (
        "New Delhi, 4 June. The Ministry of External Affairs has read with deep "
        "disappointment the statement issued by Pakistan. India has learned with "
        "deep sorrow of the passing of the former President."
    )
    found = published_by(nlp, text, "IND")
    assert found["has read with deep disappointment"].content == (
        "the statement issued by Pakistan"
    )
    assert found["has learned with deep sorrow"].content == (
        "the passing of the former President"
    )


def test_something_received_or_a_death_learned_of_with_regret_is_no_stance(
    nlp: Language,
) -> None:
    text = (
        "Rabat, 4 June. King Mohammed VI received with satisfaction the credentials "
        "of the new Ambassador. Viet Nam learned with regret of the death of the "
        "former Prime Minister."
    )
    assert published_by(nlp, text, "MAR") == {}


def test_a_ministrys_secretary_general_on_a_wire_report_is_the_home_states(
    nlp: Language,
) -> None:
    for text in (
        "RABAT, May 3 (Reuters) - The Secretary General of the Ministry of Foreign "
        "Affairs said the talks would resume.",
        "RABAT, May 3 (Reuters) - The ministry's secretary general said the talks "
        "would resume.",
    ):
        assert published_by(nlp, text)["said"].actor_ids == ("MAR",), text


def test_a_ministry_referred_to_again_and_again_stays_the_one_named(
    nlp: Language,
) -> None:
    text = (
        "The Russian Foreign Ministry said the strikes were justified. The ministry "
        "added that the convoy carried weapons. The ministry also warned that it "
        "would respond."
    )
    found = published_by(nlp, text)
    assert found["added"].actor_ids == ("RUS",)
    assert found["also warned"].actor_ids == ("RUS",)


def test_a_bare_secretary_general_is_not_the_uns_in_another_bodys_document(
    nlp: Language,
) -> None:
    commonwealth = (
        "St John's, 28 October. Heads requested the Secretary-General to undertake "
        "an assessment.\n\n"
        "6. The Secretary-General urged member countries to clear their arrears."
    )
    assert published_by(nlp, commonwealth, "CWTH")["urged"].actor_ids == ()
    news = (
        "NEW YORK, May 3 - The United Nations appealed for aid to Sudan.\n\n"
        "The Secretary-General urged donors to give more."
    )
    assert published_by(nlp, news)["urged"].actor_ids == ("UNSG",)
    own = "New York, 3 May. The Secretary-General urged donors to give more."
    assert published_by(nlp, own, "UN")["urged"].actor_ids == ("UNSG",)
    assert published_by(nlp, own, "OIC")["urged"].actor_ids == ("OIC",)


def test_a_state_bodys_secretary_general_is_still_the_home_states(
    nlp: Language,
) -> None:
    text = (
        "BEIJING, May 3 (Reuters) - The State Council's Secretary General said the "
        "talks would resume."
    )
    assert published_by(nlp, text)["said"].actor_ids == ("CHN",)
