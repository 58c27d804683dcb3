"""Names, offices and sayings as wire copy, readouts and news conferences write
them (issues 15 and 16). A later "Ms Wong", "Aboul Gheit" or "State Councilor
Wang" is the person named in full before (unless the shorter name came first);
"Zelenskiy" and "MBS" are whom the wire services mean; "State Councilor and
Foreign Minister Wang Yi" is one official; "the Crown Prince" of a Gulf
readout, "The Prime Minister" of a guest and "my colleague" at a two-sided news
conference are whom the document says; '"…," he said, according to IRNA' and
"was quoted as saying" are the speaker's; "It calls on" after a body that
condemned an event is the body, not after a text it issued; "We, the Leaders of
the G7, condemn" makes every later "we" the G7, "We, the undersigned" the
ministers the text closes with, and "They" after every signatory named is all
of them; "Council" bare after the AU's council is that council; "agreed on
Thursday to X", "concurred to X", "continue to believe that X", "would continue
to cooperate", "disagreed with X", "a position in support of X", governments
"concerned by X", a group's "they opposed X", hoping that talks will go on and
standing ready to provide help are found and named. Each runs the real
pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from statements_by_cue import by_cue, published_by, statements


def test_ms_and_a_surname_is_the_person_named_before(nlp: Language) -> None:
    said = by_cue(
        nlp,
        "Australian Foreign Minister Penny Wong will travel to Jakarta this week. Ms"
        " Wong said Australia and Indonesia share a deep commitment to the region.",
    )["said"]
    assert (said.speaker, said.actor_ids) == ("Penny Wong", ("AUS",))


def test_a_surname_of_two_words_is_the_person_named_before(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "The Secretary General of the League of Arab States, Ahmed Aboul Gheit,"
        " strongly condemned the raid. Aboul Gheit said in a statement that the"
        " occupation bears full responsibility for the escalation.",
    )
    said = found["said in a statement"]
    assert (said.speaker, said.actor_ids) == ("Ahmed Aboul Gheit", ("LAS",))


def test_a_name_used_alone_first_is_not_a_later_longer_ones(nlp: Language) -> None:
    found = statements(
        nlp,
        "Hillary Clinton spoke in Ohio. Trump tweeted that Crooked Hillary Clinton"
        " was unfit. Hillary Clinton said the attacks would not stop her.",
    )
    said = [s for s in found if s.cue == "said"]
    assert [s.speaker for s in said] == ["Hillary Clinton"]


READOUT = (
    "On March 10, {title} {name} held talks with Iranian Foreign Minister Hossein"
    " Amir-Abdollahian in the capital. {later} said that the two countries share"
    " common interests."
)


def test_two_offices_joined_before_a_name_are_one_persons(nlp: Language) -> None:
    for issuer, title, name in [
        ("PAK", "Deputy Prime Minister and Foreign Minister", "Ishaq Dar"),
        ("CHN", "State Councilor and Foreign Minister", "Wang Yi"),
    ]:
        text = READOUT.format(title=title, name=name, later=name)
        said = published_by(nlp, text, issuer=issuer, day=date(2023, 5, 1))["said"]
        assert (said.speaker, said.actor_ids) == (name, (issuer,)), title


def test_a_state_councilor_later_is_the_one_named_before(nlp: Language) -> None:
    text = READOUT.format(
        title="State Councilor and Foreign Minister",
        name="Wang Yi",
        later="State Councilor Wang",
    )
    said = published_by(nlp, text, issuer="CHN", day=date(2023, 5, 1))["said"]
    assert (said.speaker, said.actor_ids) == ("Wang Yi", ("CHN",))


RELAYED = (
    "Foreign Ministry spokesman Nasser Kanaani said the statement was based on"
    ' false claims. "The G7 should stop its hostile approach," he said,'
    " according to the IRNA news agency."
)


def test_a_saying_an_agency_relays_is_the_speakers(nlp: Language) -> None:
    found = statements(nlp, RELAYED)
    relayed = [s for s in found if s.speaker_mention == "he"]
    assert [(s.cue, s.speaker) for s in relayed] == [("said", "Nasser Kanaani")]
    assert "the IRNA news agency" in [s.speaker_mention for s in found]


def test_one_quoted_as_saying_is_the_source(nlp: Language) -> None:
    for text, content in [
        (
            '"The G7 should stop its hostile approach," Kanaani was quoted as'
            " saying by IRNA.",
            '"The G7 should stop its hostile approach,"',
        ),
        (
            "Kanaani was quoted as saying that the G7 should stop its hostile"
            " approach.",
            "that the G7 should stop its hostile approach",
        ),
    ]:
        found = [s for s in statements(nlp, text) if "quoted" in s.cue]
        assert [(s.speaker_mention, s.content) for s in found] == [
            ("Kanaani", content)
        ], text


def test_going_on_cooperating_is_intent_to_cooperate(nlp: Language) -> None:
    for text, cue in [
        (
            "The two leaders confirmed that they would continue to cooperate"
            " closely in the fields of economy and security.",
            "confirmed",
        ),
        (
            "Vice Minister Cho said the government will continue to work closely"
            " with the US on North Korea.",
            "said",
        ),
    ]:
        assert by_cue(nlp, text)[cue].act == "express_intent_to_negotiate", text


def test_going_on_working_on_something_is_no_cooperation(nlp: Language) -> None:
    said = by_cue(
        nlp, "The minister said the government will continue to work on the reforms."
    )["said"]
    assert said.act == "state"


def test_disagreeing_with_a_proposal_rejects_it(nlp: Language) -> None:
    found = by_cue(
        nlp, "President Thuong disagreed with the proposal to postpone the talks."
    )
    assert found["disagreed with"].act == "reject"


def test_sides_that_disagreed_on_an_issue_rejected_nothing(nlp: Language) -> None:
    found = statements(nlp, "The two sides disagreed on the timing of the talks.")
    assert all(s.act != "reject" for s in found), [(s.cue, s.act) for s in found]


def test_we_after_leaders_whose_verb_was_read_as_a_noun(nlp: Language) -> None:
    reaffirmed = by_cue(
        nlp,
        "We, the Leaders of the G7, condemn in the strongest terms Iran's direct"
        " military attack against Israel. We reaffirm our support for Israel.",
    )["reaffirm"]
    assert reaffirmed.actor_ids == ("G7",)


def test_the_day_something_was_agreed_on_is_not_what_was_agreed(nlp: Language) -> None:
    found = statements(
        nlp,
        "European Union leaders agreed on Thursday to a 50 billion euro aid package"
        " for Ukraine after Hungary dropped its objections.",
    )
    assert "Thursday" not in [s.content for s in found]
    assert "to a 50 billion euro aid package for Ukraine" in [s.content for s in found]


def test_a_view_held_on_is_the_speakers_statement(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "I continue to believe that a two-state solution is the only path to lasting"
        " peace.",
    )
    believed = found["continue to believe"]
    assert (believed.speaker_mention, believed.content) == (
        "I",
        "that a two-state solution is the only path to lasting peace",
    )


def test_a_view_held_on_under_a_condition_is_no_statement(nlp: Language) -> None:
    found = statements(
        nlp, "If Russia continues to believe that the West is weak, it will attack."
    )
    assert all("believe" not in s.cue for s in found), [s.cue for s in found]


CALL = (
    "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown"
    " Prince and Prime Minister, received a phone call today from President"
    " Emmanuel Macron of the French Republic. During the call, they discussed the"
    " developments in Gaza. {heir} stressed the Kingdom's rejection of the"
    " targeting of civilians."
)


def test_the_crown_prince_of_a_readout_is_its_states(nlp: Language) -> None:
    for heir in ["The Crown Prince", "His Royal Highness the Crown Prince"]:
        text = CALL.format(heir=heir)
        found = published_by(nlp, text, issuer="SAU", day=date(2024, 3, 1))
        assert found["stressed"].actor_ids == ("SAU",), heir


def test_a_crown_prince_no_one_named_speaks_for_no_one(nlp: Language) -> None:
    said = by_cue(nlp, "The Crown Prince said the talks were useful.")["said"]
    assert said.actor_ids == ()


def test_the_names_wire_services_use_for_leaders(nlp: Language) -> None:
    for text, name, actor in [
        (
            "Zelenskiy said in his nightly video address that Ukraine needed more"
            " air defence.",
            "Volodymyr Zelenskyy",
            "UKR",
        ),
        ("MBS said the kingdom wanted peace.", "Mohammed bin Salman", "SAU"),
    ]:
        found = published_by(nlp, text, day=date(2024, 11, 1))["said"]
        assert (found.speaker, found.actor_ids) == (name, (actor,)), text


def test_it_after_a_body_that_condemned_an_event_is_the_body(nlp: Language) -> None:
    for text, cue, body in [
        (
            "NATO condemned the attack on Monday. It called on Russia to stop its"
            " aggression.",
            "called on",
            "NATO",
        ),
        (
            "The European Union strongly condemns the attack. It calls on all"
            " parties to exercise restraint.",
            "calls on",
            "EU",
        ),
    ]:
        assert by_cue(nlp, text)[cue].actor_ids == (body,), text


def test_it_after_a_text_the_body_named_is_not_the_body(nlp: Language) -> None:
    for text in [
        "The ICC issued an arrest warrant for Putin. It accuses him of deporting"
        " children.",
        "The EU adopted a new sanctions package. It calls for an asset freeze.",
    ]:
        found = [s for s in statements(nlp, text) if s.speaker_mention == "It"]
        assert [s.actor_ids for s in found] == [()], text


PRESSER = (
    "Sergey Lavrov: Ladies and gentlemen, we held productive talks with my Egyptian"
    " colleague. {colleague} informed me about Egypt's efforts to achieve a"
    " ceasefire in Gaza. We support these efforts.\n\nBadr Abdelatty (retranslated"
    " from Arabic): Thank you, Mr Minister. We appreciate Russia's balanced"
    " position."
)
PRESSER_TITLE = (
    "Foreign Minister Sergey Lavrov's statement and answers to media questions at a"
    " joint news conference with Foreign Minister of Egypt Badr Abdelatty"
)


def test_my_colleague_at_a_two_sided_news_conference_is_the_other(
    nlp: Language,
) -> None:
    text = PRESSER.format(colleague="My colleague")
    found = published_by(
        nlp, text, issuer="RUS", day=date(2024, 12, 21), title=PRESSER_TITLE
    )
    assert found["informed"].actor_ids == ("EGY",)


def test_my_colleague_named_beside_it_is_not_the_other_side(nlp: Language) -> None:
    text = PRESSER.format(colleague="My colleague, the Minister of Defence,")
    found = published_by(
        nlp, text, issuer="RUS", day=date(2024, 12, 21), title=PRESSER_TITLE
    )
    assert "EGY" not in found["informed"].actor_ids


QATAR = (
    "The following is attributable to Spokesperson Matthew Miller:\n\nSecretary of"
    " State Antony J. Blinken met today with Qatari Prime Minister and Minister of"
    " Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani. The Secretary"
    " thanked the Prime Minister for Qatar's efforts to secure the release of"
    " hostages. The Secretary and the Prime Minister discussed the importance of a"
    " ceasefire. The Prime Minister reaffirmed Qatar's commitment to mediation."
)


def test_the_guests_title_in_a_readout_is_the_guests(nlp: Language) -> None:
    found = published_by(
        nlp,
        QATAR,
        issuer="USA",
        day=date(2024, 6, 10),
        title="Secretary Blinken's Meeting with Qatari Prime Minister",
    )
    assert found["reaffirmed"].actor_ids == ("QAT",)
    assert found["discussed"].actor_ids == ("USA", "QAT")


def test_a_groups_they_is_the_group(nlp: Language) -> None:
    for text, act in [
        ("The two leaders said they opposed any attempts to interfere.", "reject"),
        ("Putin said they opposed the plan.", "state"),  # others' stance, reported
    ]:
        assert by_cue(nlp, text)["said"].act == act, text


def test_an_honorific_before_a_spokespersons_name_is_no_part_of_it(
    nlp: Language,
) -> None:
    text = (
        "In response to media queries on the statement by Pakistan, the Official"
        ' Spokesperson, Shri Randhir Jaiswal, said:\n\n"We have seen the statement.'
        " It is an attempt to divert attention from Pakistan's support for"
        ' terrorism."'
    )
    found = published_by(nlp, text, issuer="IND", day=date(2024, 4, 6))["said:"]
    assert (found.speaker, found.actor_ids) == ("Randhir Jaiswal", ("IND",))


def test_who_after_a_name_the_parse_passed_over_is_the_name(nlp: Language) -> None:
    found = by_cue(
        nlp,
        "Ghani said he hoped the swap would pave the way for unofficial direct talks"
        " between his government and the Taliban, who have long refused to negotiate"
        " peace with Kabul.",
    )
    refused = found["have long refused"]
    assert (refused.speaker, refused.actor_ids) == ("the Taliban", ("TALIBAN",))


def test_what_the_sides_concurred_to_do_is_what_they_agreed(nlp: Language) -> None:
    for text, cue, content in [
        (
            "The two ministers concurred to continue close consultations.",
            "concurred",
            "to continue close consultations",
        ),
        (
            "The two leaders concurred on the importance of the rule of law.",
            "concurred on",
            "the importance of the rule of law",
        ),
    ]:
        found = by_cue(nlp, text)[cue]
        assert (found.content, found.act) == (content, "agree"), text


def test_they_after_the_signatories_named_in_full_are_they(nlp: Language) -> None:
    text = (
        "The Foreign Ministers of Canada, France, Germany, Italy, Japan, the United"
        " Kingdom and the United States, and the High Representative of the European"
        " Union condemn Russia's continued attacks on Ukraine's energy"
        " infrastructure. They call on Russia to immediately cease these attacks."
    )
    found = published_by(nlp, text, issuer="CAN", title="Joint Statement on Ukraine")
    assert found["call on"].actor_ids == (
        "CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA", "EU",
    )  # fmt: skip


def test_council_bare_after_the_council_named_is_that_council(nlp: Language) -> None:
    text = (
        "The Peace and Security Council of the African Union strongly condemns the"
        " coup in Gabon. Council decides to immediately suspend the participation of"
        " Gabon in all activities of the AU. Council requests the Chairperson of the"
        " Commission to engage with the authorities."
    )
    found = by_cue(nlp, text)
    assert [found[c].actor_ids for c in ("decides", "requests")] == [("AU",), ("AU",)]


def test_council_bare_with_no_body_named_before_is_no_one(nlp: Language) -> None:
    found = by_cue(
        nlp, "The mayor spoke to the city council. Council decided to raise taxes."
    )
    assert found["decided"].actor_ids == ()


RED_SEA = (
    "We, the undersigned Foreign Ministers, express our deep concern over the"
    " situation in the Red Sea. We condemn the Houthi attacks on commercial"
    " shipping.\n\nSigned by the Foreign Ministers of Australia, Bahrain, Canada,"
    " Japan, the United Kingdom and the United States."
)


def test_we_the_undersigned_are_the_ministers_the_text_closes_with(
    nlp: Language,
) -> None:
    found = published_by(nlp, RED_SEA, issuer="GBR", title="Joint Statement")
    signatories = ("AUS", "BHR", "CAN", "JPN", "GBR", "USA")
    assert found["condemn"].actor_ids == signatories
    assert found["express our deep concern over"].actor_ids == signatories


def test_governments_named_together_are_concerned_as_one(nlp: Language) -> None:
    text = (
        "The Governments of Norway, the United Kingdom and the United States are"
        " deeply concerned by the ongoing fighting in Sudan. We call on the parties"
        " to agree to a ceasefire."
    )
    found = published_by(
        nlp, text, issuer="GBR", title="Joint Statement on the Situation in Sudan"
    )
    concerned = found["are deeply concerned by"]
    assert (concerned.act, concerned.actor_ids) == (
        "express_concern",
        ("NOR", "GBR", "USA"),
    )


def test_a_position_in_support_of_something_supports_it(nlp: Language) -> None:
    for text, act in [
        (
            "Sergey Lavrov reaffirmed Russia's principled position in support of"
            " Syria's sovereignty and territorial integrity.",
            "support",
        ),
        ("The minister reaffirmed Turkey's position on the issue.", "state"),
    ]:
        assert by_cue(nlp, text)["reaffirmed"].act == act, text


def test_talks_going_on_and_help_offered_are_intent(nlp: Language) -> None:
    for text, cue in [
        (
            "I hope that meetings between Russia and Germany will continue with the"
            " involvement of other countries.",
            "hope",
        ),
        ("The President said that contacts at all levels will continue.", "said"),
        (
            "Mitsotakis underlined they keep channels to Turkey open for dialogue.",
            "underlined",
        ),
        (
            "Johnson said Britain stands ready to provide whatever help it can.",
            "said",
        ),
    ]:
        assert by_cue(nlp, text)[cue].act == "express_intent_to_negotiate", text


def test_talks_that_went_on_or_an_analysts_forecast_are_no_intent(
    nlp: Language,
) -> None:
    for text in [
        "The minister said the talks had continued for hours.",
        "The analyst said the talks would continue for weeks.",
    ]:
        assert by_cue(nlp, text)["said"].act == "state", text
