"""Readout, joint-statement and transcript constructions (issue 16): where a
content ends at a coordination, where a chained cue ends, and which colons are
turn labels rather than attributions. Sentences of our own, through the real
pipeline."""

from __future__ import annotations

import pytest
from statements_by_cue import by_cue, statements

from extract.nlp.pipeline import extract_statements
from kernel.records import Background, Statement


def _source(text: str, statement: Statement) -> str | None:
    span = statement.speaker_span
    return None if span is None else text[span[0] : span[1]]


def test_a_second_cue_of_the_same_subject_ends_the_first_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He reiterated that this competition should not veer into conflict and"
        " underscored that the two countries must manage the competition responsibly."
    )
    found = by_cue(nlp, text)
    assert found["reiterated"].content == (
        "that this competition should not veer into conflict"
    )
    assert _source(text, found["underscored"]) == "He"


def test_a_coordinated_cue_after_a_comma_keeps_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He also noted that the parliament did not ratify the agreement, and"
        " mentioned a possible arbitration at the International Court of Justice."
    )
    found = by_cue(nlp, text)
    assert (
        found["also noted"].content
        == "that the parliament did not ratify the agreement"
    )
    assert _source(text, found["mentioned"]) == "He"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "In the call, the two leaders discussed the existential nature of the"
            " climate crisis to the world and the important role that the United"
            " States and the PRC play.",
            "discussed",
            "the existential nature of the climate crisis to the world and the"
            " important role that the United States and the PRC play",
            id="two-objects",
        ),
        pytest.param(
            "We reiterate the absolute need for the civilian population to be"
            " protected and that there must be full, rapid, safe, and unhindered"
            " humanitarian access, as a matter of absolute priority.",
            "reiterate",
            "the absolute need for the civilian population to be protected and that"
            " there must be full, rapid, safe, and unhindered humanitarian access, as"
            " a matter of absolute priority",
            id="object-and-that-clause",
        ),
    ],
)
def test_content_takes_in_the_whole_coordination(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_transcript_turn_labels_are_no_attributions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin: We have had detailed talks on trade and energy.\n"
        "Angela Merkel: Thank you. We agree on many things.\n"
    )
    assert ":" not in {s.cue for s in statements(nlp, text)}


def test_a_label_with_a_note_is_a_turn_label_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin: We have had detailed talks on trade and energy.\n"
        "Question (retranslated): Thank you. Do you agree on many things?\n"
    )
    assert ":" not in {s.cue for s in statements(nlp, text)}


def test_a_sentence_ending_in_a_colon_is_no_turn_label(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sanders: Clinton needs to get away from all of this personality stuff.\n"
        "The senator added:\n"
        "The race is far from over.\n"
    )
    assert ":" in {s.cue for s in statements(nlp, text)}


def test_a_single_label_headline_stays_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sanders: Clinton needs to get away from all of this personality stuff.\n"
        "The senator spoke in Iowa on Monday.\n"
    )
    assert ":" in {s.cue for s in statements(nlp, text)}


def test_an_attitude_subject_with_a_stray_apposition_stays_before_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States remains committed to helping achieve the exchange of"
        " prisoners of war, the release of civilian detainees, and the return of"
        " children."
    )
    found = by_cue(nlp, text)["remains committed to"]
    assert _source(text, found) == "The United States"


def test_a_chained_cue_runs_on_to_its_reporting_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin: Madam Federal Chancellor, ladies and gentlemen. I would like"
        " to emphasise once again that despite all the political hurdles we believe"
        " that the sanctions are illegal.\nAngela Merkel: Thank you.\n"
    )
    found = by_cue(nlp, text)
    assert "would like to emphasise" in found
    assert _source(text, found["would like to emphasise"]) == "I"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "We continue to support Ukraine as strongly as possible.",
            "continue to support",
            "Ukraine as strongly as possible",
        ),
        (
            "I look forward to discussing Iran with the chancellor.",
            "look forward to discussing",
            "Iran with the chancellor",
        ),
        (
            "The leaders decided to support Ukraine with a loan package.",
            "decided",
            "to support Ukraine with a loan package",
        ),
    ],
)
def test_a_verb_of_aspect_chains_on_to_the_reporting_verb_it_governs(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "We condemn in the strongest terms the attack on the embassy.",
            "condemn in the strongest terms",
        ),
        (
            "We noted with satisfaction the significant successes in our joint fight"
            " against terrorism.",
            "noted with satisfaction",
        ),
    ],
)
def test_a_manner_phrase_between_cue_and_content_joins_the_cue(
    nlp, text: str, cue: str
) -> None:  # type: ignore[no-untyped-def]
    assert cue in by_cue(nlp, text)


def test_an_addressee_between_cue_and_content_stays_out_of_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "We have agreed with Mr Xi Jinping to boost cooperation at the UN."
    assert not any("Xi" in cue for cue in by_cue(nlp, text))


def test_a_coordinated_reporting_verb_no_finder_took_gets_its_own_attribution(
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He reiterated that this competition should not veer into conflict and"
        " specified that the two sides must keep open lines of communication."
    )
    found = by_cue(nlp, text)
    assert found["specified"].content == (
        "that the two sides must keep open lines of communication"
    )
    assert _source(text, found["specified"]) == "He"
    assert "specified" not in found["reiterated"].content


def test_a_reporting_verb_coordinated_inside_a_past_clause_is_left_nested(nlp) -> None:  # type: ignore[no-untyped-def]
    # 'failed … and refuted': same form, so the parse cannot tell whose verb it is
    text = (
        "The minister said that the talks had failed and refuted that Moscow had"
        " broken the agreement."
    )
    found = by_cue(nlp, text)
    assert "refuted" not in found
    assert found["said"].content.endswith("broken the agreement")


def test_a_pronoun_source_keeps_its_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We, the Leaders of the G7, express deep concern over the deteriorating"
        " situation in the Middle East."
    )
    found = by_cue(nlp, text)["express deep concern over"]
    assert _source(text, found) == "We, the Leaders of the G7"


def test_a_participle_cue_after_a_quotation_ends_the_first_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bank president Okey Oramah said the use of third-party currencies"
        ' "costs Africa between $5 and $7 billion," further saying, "Beyond that,'
        ' it also reduces trade because Africa has a scarcity of foreign exchange."'
    )
    found = by_cue(nlp, text)
    assert found["said"].content.endswith('$7 billion,"')
    assert _source(text, found["further saying"]) == "Bank president Okey Oramah"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The two ministers reached an agreement on a new corridor for aid convoys.",
            "reached an agreement on",
            "a new corridor for aid convoys",
        ),
        (
            "We proceed from the premise that the borders of the region must be"
            " respected.",
            "proceed from the premise",
            "that the borders of the region must be respected",
        ),
        (
            "We expressed our bewilderment at the stance of several of our partners.",
            "expressed our bewilderment at",
            "the stance of several of our partners",
        ),
        (
            "We conducted an in-depth discussion of energy security.",
            "conducted an in-depth discussion of",
            "energy security",
        ),
        (
            "We note with satisfaction that the two presidents backed the plan.",
            "note with satisfaction",
            "that the two presidents backed the plan",
        ),
        (
            "We see significant opportunities in agricultural cooperation.",
            "see significant opportunities in",
            "agricultural cooperation",
        ),
        (
            "We see big potential in the joint use of the Northern Sea Route.",
            "see big potential in",
            "the joint use of the Northern Sea Route",
        ),
    ],
)
def test_a_stance_noun_the_verb_carries_joins_the_cue(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_after_reaffirm_the_stance_noun_stays_in_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(nlp, "The minister reaffirmed his support for the new mission.")
    assert found["reaffirmed"].content == "his support for the new mission"


def test_a_time_after_a_light_verb_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(nlp, "The leaders held talks in Geneva on Tuesday.")
    assert all(s.content != "Tuesday" for s in found.values())


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "I am deeply convinced that the guarantees will have to come from outside.",
            "am deeply convinced",
            "that the guarantees will have to come from outside",
        ),
        ("We are well aware of these risks.", "are well aware of", "these risks"),
    ],
)
def test_an_attitude_adjective_after_the_copula_joins_the_cue(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_the_reason_for_gratitude_stays_with_its_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Republic expresses gratitude to the Emir for his hospitality."
    found = by_cue(nlp, text)
    assert found["expresses gratitude to"].content == "the Emir for his hospitality"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "We intend to support their efforts in the region.",
            "intend to support",
            "their efforts in the region",
        ),
        (
            "We managed to substantively and constructively discuss many issues.",
            "managed to substantively and constructively discuss",
            "many issues",
        ),
    ],
)
def test_a_verb_of_wanting_or_aspect_chains_over_adverbs_to_its_verb(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_as_you_know_is_an_aside_not_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    found = by_cue(nlp, "As you know, the summit will be held in Xiamen in September.")
    assert not any("know" in cue for cue in found)


def test_a_content_takes_in_the_rest_of_its_broken_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Union remains committed to helping secure the release of journalists,"
        " the return of displaced families, and the reopening of schools."
    )
    assert by_cue(nlp, text)["remains committed to"].content == (
        "helping secure the release of journalists, the return of displaced"
        " families, and the reopening of schools"
    )


def test_a_participle_clause_after_the_content_is_no_list_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The court ruled against the new voting law, dealing a blow to the governor"
        " and handing a victory to the unions."
    )
    assert all("dealing" not in s.content for s in by_cue(nlp, text).values())


def test_a_turn_speakers_own_attitude_is_a_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Recep Tayyip Erdogan: Good afternoon. The talks went well.\n"
        "Hassan Rouhani: I'm grateful for Turkey's help with the grain corridor.\n"
    )
    found = by_cue(nlp, text)
    assert found["'m grateful for"].content == "Turkey's help with the grain corridor"


def test_a_greeting_is_no_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Emmanuel Macron: We are pleased to welcome the Prime Minister to Paris.\n"
        "Olaf Scholz: Thank you. We discussed the budget.\n"
    )
    assert all("welcome" not in s.content for s in statements(nlp, text))


def test_a_guest_welcomed_to_a_place_is_no_stance_but_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Chancellor welcomed President Boric of Chile to the Chancellery on"
        " Monday. The leaders agreed to expand trade in lithium. The Chancellor"
        " welcomed the reforms of Chile's pension system."
    )
    background = Background(issuers={"doc": "DEU"})
    found = next(extract_statements(nlp, [("doc", text)], background=background))[1]
    assert sorted((s.cue, s.content, s.actor_ids) for s in found) == [
        ("agreed", "to expand trade in lithium", ("DEU", "CHL")),
        ("welcomed", "the reforms of Chile's pension system", ("DEU",)),
    ]


def test_a_preposition_between_cue_and_content_joins_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The leaders spoke regarding the ongoing conflict in the Sahel."
    assert by_cue(nlp, text)["spoke regarding"].content == (
        "the ongoing conflict in the Sahel"
    )


def test_what_the_source_also_did_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury labeled the general as a terrorist and levied sanctions"
        " against him."
    )
    assert by_cue(nlp, text)["labeled"].content == "the general as a terrorist"


def test_the_adverbs_right_before_a_cue_join_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The presidents particularly focused on resolving the crisis in Idlib."
    assert by_cue(nlp, text)["particularly focused on"].content == (
        "resolving the crisis in Idlib"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "The two presidents also discussed developments in the Balkans, in"
            " particular the consequences of the arrest of the mayor, who leads the"
            " opposition.",
            "also discussed",
            "developments in the Balkans, in particular the consequences of the"
            " arrest of the mayor, who leads the opposition",
            id="in-particular",
        ),
        pytest.param(
            "We particularly focused on energy projects – primarily, a new gas"
            " pipeline.",
            "particularly focused on",
            "energy projects – primarily, a new gas pipeline",
            id="dash-primarily",
        ),
        pytest.param(
            "The leaders also discussed events in the Middle East, in particular"
            " the implications of the death of the commander, who bears"
            " responsibility for the bloodshed of the October attack, the immediate"
            " necessity to bring the hostages home to their families, ending the"
            " war in Gaza, and ensuring humanitarian aid reaches civilians.",
            "also discussed",
            "events in the Middle East, in particular the implications of the death"
            " of the commander, who bears responsibility for the bloodshed of the"
            " October attack, the immediate necessity to bring the hostages home to"
            " their families, ending the war in Gaza, and ensuring humanitarian aid"
            " reaches civilians",
            id="clause-of-a-gerund",
        ),
    ],
)
def test_a_content_takes_in_the_elaboration_of_its_words(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    assert by_cue(nlp, text)[cue].content == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "We affirm and support the right of the people to free information.",
            "affirm and support",
            "the right of the people to free information",
            id="first-verb-cue",
        ),
        pytest.param(
            "The President welcomed and supported the proposal to hold a summit.",
            "welcomed and supported",
            "the proposal to hold a summit",
            id="second-verb-cue",
        ),
    ],
)
def test_two_verbs_sharing_one_object_are_one_cue(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    found = statements(nlp, text)
    assert [(s.cue, s.content) for s in found] == [(cue, content)]


def test_a_what_clause_cut_before_its_verb_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A settlement can only be reached through negotiations, which is what we"
        " are hoping for."
    )
    assert [s.content for s in statements(nlp, text)] == []


def test_a_list_of_infinitives_stays_in_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministers agreed to expand trade, reduce tariffs, and strengthen"
        " cooperation in energy."
    )
    assert by_cue(nlp, text)["agreed"].content == (
        "to expand trade, reduce tariffs, and strengthen cooperation in energy"
    )


def test_a_report_closing_its_sentence_reports_the_whole_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In March, a Greek official said that the new pipeline, which is already"
        " operating, makes the project unnecessary, the Athens News reported."
    )
    found = by_cue(nlp, text)
    assert found["reported"].content == (
        "In March, a Greek official said that the new pipeline, which is already"
        " operating, makes the project unnecessary"
    )
    assert found["said"].content == (
        "that the new pipeline, which is already operating, makes the project"
        " unnecessary"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Question: I would like to ask Mr Macron the same question.",
        "Question: I would like to say a few words about the crisis in Sudan.",
    ],
)
def test_a_speaker_announcing_their_next_words_is_no_attribution(  # type: ignore[no-untyped-def]
    nlp, text: str
) -> None:
    assert statements(nlp, text) == []


def test_a_speaker_saying_that_x_is_still_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin: I would like to say that the talks were useful and"
        " constructive.\nEmmanuel Macron: I would like to ask all parties to respect"
        " the ceasefire in Libya.\n"
    )
    assert by_cue(nlp, text)["would like to say"].content == (
        "that the talks were useful and constructive"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The President: I call on the representative of the Russian Federation.\n"
        "Mr. Nebenzia (Russian Federation): Thank you, Madam President.\n",
        "The President: I now call upon Ms. Smith.\nMs. Smith: Thank you.\n",
    ],
)
def test_a_chair_giving_the_floor_is_no_attribution(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statements(nlp, text) == []


def test_a_call_on_someone_to_act_is_an_appeal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President: I call on all parties to exercise restraint.\n"
        "Mr. Zhang Jun (China): I call on the Council to act without delay.\n"
    )
    assert [s.content for s in statements(nlp, text)] == [
        "all parties to exercise restraint",
        "the Council to act without delay",
    ]


def test_a_verb_closing_another_content_does_not_join_the_next_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The two ministers reiterated their view that a trade war should never be"
        " started and can never be won and underscored their opposition to new"
        " tariffs on steel."
    )
    assert "underscored" in by_cue(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Iran rejected the offer on Monday, 5 March.", "rejected", "the offer"),
        (
            "We discussed further plans in detail during the meeting.",
            "discussed",
            "further plans",
        ),
        (
            "The ministers discussed the crisis in a constructive manner.",
            "discussed",
            "the crisis",
        ),
        (
            "He underlined the call for cooperation by saying that they are ready.",
            "underlined",
            "the call for cooperation",
        ),
        (
            "African leaders have negotiated the deal over the last four years.",
            "have negotiated",
            "the deal",
        ),
    ],
)
def test_the_time_or_manner_the_cue_verb_takes_after_the_content_is_left_out(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_a_content_opening_with_a_conjunction_is_the_next_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "We agreed, but our Ukrainian partners instantly rejected the idea."
    found = by_cue(nlp, text)
    assert "agreed" not in found
    assert found["instantly rejected"].content == "the idea"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'Speaking to PBS, he said, "It happened under my watch. I get all the'
            ' responsibility, because it happened under my watch." The position'
            " remained unchanged.",
            '"It happened under my watch. I get all the responsibility, because it'
            ' happened under my watch."',
            id="two-sentences",
        ),
        pytest.param(
            'Erdogan said, "They need to stand by us", while addressing the press'
            " yesterday.",
            '"They need to stand by us"',
            id="stops-at-the-mark",
        ),
    ],
)
def test_a_content_opening_a_quotation_ends_where_the_quotation_ends(
    nlp, text: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)["said"].content == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "The charity admitted “one or two instances” where the donations"
            " may have slipped through the cracks.",
            "admitted",
            "“one or two instances” where the donations may have slipped"
            " through the cracks",
            id="relative-clause-on-a-quoted-noun",
        ),
        pytest.param(
            'The envoy cited "political tensions" that are generating broader'
            " uncertainty.",
            "cited",
            '"political tensions" that are generating broader uncertainty',
            id="marks-kept",
        ),
        pytest.param(
            'Erdogan said, "They need to stand by us", while addressing the press'
            " yesterday.",
            "said",
            '"They need to stand by us"',
            id="the-cue-verbs-circumstance-stays-out",
        ),
    ],
)
def test_a_quotation_the_sentence_goes_on_from_stays_in_the_content(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content
