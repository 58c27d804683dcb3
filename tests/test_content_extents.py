"""How far a content runs in the official register: a reason worded `in the wake
of X` stays with its addressee, a quotation with no cue of its own continues the
statement before it (in the same paragraph, to its sentence's end; so does one
after a quotation its reporting clause follows, '"A," said X. "B."'), and a stance
held on (`will continue to support X`) is a statement, but not a firm's, a
forecast's or a condition's; whom one talked with and where, and another's words
in a `with` clause, are no part of a content, while a reason's `in …-ing`, a
discussion's `on Y` and a hyphenated word's end are. Each runs the real
pipeline."""

from __future__ import annotations

import pytest
from statements_by_cue import by_cue, published_by, statements, the_one


def test_a_reason_worded_in_the_wake_of_stays_with_its_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin offered his condolences to Angela Merkel in the wake of a"
        " shooting in the German town of Hanau."
    )
    found = by_cue(nlp, text)["offered his condolences to"]
    assert found.content == (
        "Angela Merkel in the wake of a shooting in the German town of Hanau"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            'Brett McGurk also criticized the decision via Twitter. "The statement'
            ' demonstrates a complete lack of understanding of the ground."',
            "also criticized",
            'the decision via Twitter. "The statement demonstrates a complete lack'
            ' of understanding of the ground."',
            id="no-cue-of-its-own",
        ),
        pytest.param(
            'The minister condemned the attack. "It was cowardly," he said.',
            "condemned",
            "the attack",
            id="its-own-cue",
        ),
        pytest.param(
            'The minister welcomed the agreement.\n"This is a historic day for our'
            ' region."',
            "welcomed",
            "the agreement",
            id="next-paragraph",
        ),
        pytest.param(
            'Lavrov criticized the decision in a statement. "Special military'
            ' operation" is the term Moscow uses.',
            "criticized",
            "the decision",
            id="a-quoted-phrase",
        ),
        pytest.param(
            '"That is our vulnerability," said Luis Rubio, who heads a research'
            ' centre in Mexico City. "There is nothing more important than Nafta."',
            "said",
            '"That is our vulnerability," said Luis Rubio, who heads a research'
            ' centre in Mexico City. "There is nothing more important than Nafta."',
            id="a-quotation-before-its-cue",
        ),
        pytest.param(
            "''This isn't tax reform,'' said Mr. Hodge, an economist at the"
            " foundation. ''It's anti-reform. She's layering on complexity.''",
            "said",
            "''This isn't tax reform,'' said Mr. Hodge, an economist at the"
            " foundation. ''It's anti-reform. She's layering on complexity.''",
            id="its-mark-left-on-the-sentence-before",
        ),
        pytest.param(
            '"We are ready," said Lavrov, who heads the Russian delegation. "We'
            ' are not," replied Blinken.',
            "said",
            '"We are ready,"',
            id="the-next-quotation-has-its-own-cue",
        ),
        pytest.param(
            '"The war must end," said Ms. Baerbock, who visited Kyiv on Tuesday.'
            ' "Russia must withdraw," she added.',
            "said",
            '"The war must end,"',
            id="the-next-quotation-is-added",
        ),
    ],
)
def test_a_quotation_without_a_cue_continues_the_statement_before_it(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    assert by_cue(nlp, text)[cue].content == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "Australia will continue to support ASEAN's efforts to find a peaceful"
            " resolution to the crisis.",
            "will continue to support",
            "ASEAN's efforts to find a peaceful resolution to the crisis",
            id="state",
        ),
        pytest.param(
            "For this reason, we will continue to support this project as we did in"
            " the past.",
            "will continue to support",
            "this project as we did in the past",
            id="we-with-manner",
        ),
    ],
)
def test_a_stance_held_on_is_a_statement(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    assert by_cue(nlp, text)[cue].content == content


@pytest.mark.parametrize(
    "text",
    [
        "Apple will continue to support older iPhones.",
        "Analysts expect that China will continue to support Russia in the war.",
        "If China continues to back Russia, the sanctions will follow.",
    ],
)
def test_a_firm_a_forecast_or_a_condition_holds_no_stance(  # type: ignore[no-untyped-def]
    nlp, text: str
) -> None:
    assert not [s for s in statements(nlp, text) if s.cue.startswith("continue")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # the parse read 'that' as a determiner and the clause as an object
            "The members of the Security Council reaffirmed that terrorism in all"
            " its forms constitutes one of the most serious threats to peace.",
            "reaffirmed",
            "that terrorism in all its forms constitutes one of the most serious"
            " threats to peace",
        ),
        (  # a determiner 'that' stays the object's
            "The minister reaffirmed that commitment, saying the talks would go on.",
            "reaffirmed",
            "that commitment",
        ),
        (  # the parse hung the clause on 'the start' as a relative clause
            "Blinken has said from the start that America was not involved.",
            "has said",
            "that America was not involved",
        ),
        (  # and on the noun of a setting after the one told
            "Kremlin spokesman Dmitry Peskov told reporters on a conference call"
            " that Moscow was open to talks.",
            "told",
            "that Moscow was open to talks",
        ),
        (  # a relative clause of the cue's topic stays the topic's
            "He argued for a settlement that would end the war.",
            "argued for",
            "a settlement that would end the war",
        ),
    ],
)
def test_a_that_clause_read_as_an_object_is_the_whole_clause(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: str
) -> None:
    assert by_cue(nlp, text)[cue].content == content


def test_a_cue_and_its_content_never_share_a_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin: We discussed energy. Our Japanese partners expressed "
        "interest in the Arctic LNG 2 project.\n\nShinzo Abe: Thank you."
    )
    found = by_cue(nlp, text)["expressed interest in"]
    assert found.content == "the Arctic LNG 2 project"


COLON_PARAGRAPH = """The UK has today sanctioned 20 vessels of Russia's shadow fleet.

Foreign Secretary David Lammy said:

Putin's war machine is funded by oil revenues. We will keep up the pressure. \
The Foreign Secretary added that more sanctions would follow.

The minister stressed: the talks went well.
"""


def test_words_a_colon_opens_on_their_own_paragraph_are_the_paragraph(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    found = by_cue(nlp, COLON_PARAGRAPH)
    assert found["said:"].content == (
        "Putin's war machine is funded by oil revenues. We will keep up the pressure"
    )  # up to another statement's sentence
    assert found["stressed:"].content == "the talks went well"


NEIGHBOURS = (
    '"We will not accept this," the minister said. The minister said: "We will'
    ' respond." "A deal is close," said Lavrov. "The rest is detail."'
)


def test_a_content_runs_over_no_other_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(s.cue, s.content) for s in statements(nlp, NEIGHBOURS)]
    assert found[1:] == [
        ("said", '"We will not accept this,"'),
        ("said:", '"We will respond."'),
        ("said", '"A deal is close," said Lavrov. "The rest is detail."'),
    ]


def test_a_content_keeps_both_marks_of_a_quotation_or_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The UN chief said 'the world cannot afford another war'."
    assert by_cue(nlp, text)["said"].content == "'the world cannot afford another war'"


def test_a_statement_about_another_statements_object_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Defense justified the strike, which was approved by"
        ' President Donald Trump, as "defensive" in nature.'
    )
    assert by_cue(nlp, text)["was approved by"].content == "the strike"


def test_a_content_never_starts_before_the_words_the_finder_chose(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'For the nascent game streaming industry, "2020 will be about getting these'
        ' services in good working order," Ward says. "I think 2021 will see more."'
    )
    assert by_cue(nlp, text)["says"].content.startswith('"2020 will be about')


def test_a_cue_ends_before_a_preposition_whose_object_it_leaves_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Telegram that"
        " the West was prolonging the war."
    )
    found = statements(nlp, text)
    assert [(s.cue, s.content) for s in found] == [
        ("said", "that the West was prolonging the war")
    ]


def test_a_call_on_someone_keeps_its_preposition_in_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    found = the_one(nlp, "Scholz called on Russia to return to talks.")
    assert (found.cue, found.content) == ("called on", "Russia to return to talks")


def test_a_content_starts_with_the_whole_hyphenated_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Iran and Saudi Arabia agreed on Friday to re-establish relations after"
        " years of hostility."
    )
    assert by_cue(nlp, text)["agreed"].content == (
        "to re-establish relations after years of hostility"
    )


def test_a_content_ends_before_a_command_to_the_listener(nlp) -> None:  # type: ignore[no-untyped-def]
    text = """Remarks by President Biden and Chancellor Scholz

CHANCELLOR SCHOLZ: Thank you, Joe.

PRESIDENT BIDEN: I know the cost is heavy, but make no mistake: we will prevail.
"""
    found = published_by(nlp, text, "USA", title="Remarks by President Biden")
    assert found["know"].content == "the cost is heavy"


def test_a_content_keeps_a_predicate_of_its_own_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said Russia would respond, but gave no details."
    assert by_cue(nlp, text)["said"].content == "Russia would respond"


def test_a_quotation_keeps_the_commands_it_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    quoted = (
        "\"I think women face the risk of not being seen, and so that's why I always"
        " tell young women, make yourself seen, and make yourself heard - this is"
        ' your idea. Own it, express it," '
    )
    assert by_cue(nlp, quoted + "Lynch said.")["said"].content == quoted.strip()


def test_a_content_ends_before_where_the_words_were_spoken(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian Foreign Minister Sergei Lavrov said on Saturday that the West"
        " wanted to inflict a strategic defeat on Russia, in remarks to a foreign"
        " policy forum in Moscow."
    )
    assert by_cue(nlp, text)["said"].content == (
        "that the West wanted to inflict a strategic defeat on Russia"
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "We will also discuss this with the Americans and our Chinese friends.",
            "will also discuss",
            "this",
            id="with-whom",
        ),
        pytest.param(
            "The ministers discussed various issues at the meeting.",
            "discussed",
            "various issues",
            id="at-the-meeting",
        ),
        pytest.param(
            "The leaders discussed the situation in Gaza with their counterparts.",
            "discussed",
            "the situation in Gaza",
            id="with-their-counterparts",
        ),
        pytest.param(
            "The leaders discussed cooperation with China.",
            "discussed",
            "cooperation with China",
            id="the-noun-s-own-with",
        ),
    ],
)
def test_whom_and_where_one_talked_is_no_part_of_what(
    nlp, text: str, cue: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_cue(nlp, text)[cue].content == content


def test_a_content_ends_with_the_whole_hyphenated_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The opposition supported the government's call for de-escalation,"
        " officials said."
    )
    assert by_cue(nlp, text)["call"].content == "de-escalation"


def test_a_reason_goes_on_over_the_gerund_the_parse_left_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States expresses gratitude to Crown Prince Mohammed bin Salman"
        " for his leadership and hospitality in once again facilitating these"
        " important discussions in the Kingdom of Saudi Arabia."
    )
    found = by_cue(nlp, text)["expresses gratitude to"]
    assert found.content.endswith(
        "facilitating these important discussions in the Kingdom of Saudi Arabia"
    )


def test_a_discussion_of_x_takes_what_it_was_on_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "They continued their discussion of topical issues on the international agenda."
    )
    found = by_cue(nlp, text)["continued their discussion of"]
    assert found.content == "topical issues on the international agenda"


def test_a_discussion_of_x_on_a_day_stops_before_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "They continued their discussion of the crisis on Tuesday."
    found = by_cue(nlp, text)["continued their discussion of"]
    assert found.content == "the crisis"


def test_what_another_said_in_a_with_clause_is_their_own_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "European leaders welcomed the development, with French President Emmanuel"
        " Macron calling it a step forward."
    )
    found = by_cue(nlp, text)
    assert found["welcomed"].content == "the development"
    assert found["calling"].speaker == "Emmanuel Macron"
