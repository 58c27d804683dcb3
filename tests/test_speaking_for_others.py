"""Speakers named beside a state they do not speak for: an opposition or exiled
source of a state is not its government; a state named in a relative clause
describing the speaker ("Germany, whose border runs through Austria") is not
theirs, unless its verb says whom they serve ("who heads the Russian
delegation"); a known person's surname after another given name ("Jill Biden",
"Ivanka Trump") or before a generational suffix ("Donald Trump Jr.") names
someone else, and where such a namesake is named the surname alone names no
official; "he" after a scholar the NER misread ("Eswar Prasad, a trade
professor") is the scholar, not an official named before. Each runs the real
pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import one_by_cue, statements


@pytest.mark.parametrize(
    "text",
    [
        '"The army will have to pull back," a senior Syrian opposition source said.',
        '"Elections must be free," an exiled Belarusian dissident said.',
    ],
)
def test_an_opposition_source_speaks_for_no_state(nlp: Language, text: str) -> None:
    assert one_by_cue(nlp, text, "said").actor_ids == ()


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "Germany -- whose border lies a short drive from Venice through "
            "Austria -- is telling citizens not to travel abroad until July.",
            "is telling",
            ("DEU",),
        ),
        (
            '"This is outrageous," said Rep. Tom Malinowski, D-N.J., a lawmaker who '
            "wrote a letter urging the Egyptian government to free the prisoners.",
            "said",
            (),
        ),
        (  # the parse hangs the appointee, and its clause, on "N.J."
            '"That would be outrageous," said Rep. Tom Malinowski, D-N.J., a former '
            "State Department appointee who spearheaded a letter from 11 House "
            "lawmakers urging the Egyptian government to release Soltan's relatives "
            "and affirming Soltan's right to sue under U.S. law.",
            "said",
            (),
        ),
    ],
)
def test_a_state_in_a_relative_clause_of_the_speaker_is_not_theirs(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert one_by_cue(nlp, text, cue).actor_ids == actors


def test_a_relative_clause_alone_still_names_the_actor(nlp: Language) -> None:
    text = "Ivan Petrov, who heads the Russian delegation, said the talks were useful."
    assert one_by_cue(nlp, text, "said").actor_ids == ("RUS",)


@pytest.mark.parametrize(
    ("text", "speaker", "actors"),
    [
        ("Jill Biden said the schools needed more teachers.", "Jill Biden", ()),
        ("Hunter Biden said he would testify.", "Hunter Biden", ()),
        (
            "Michelle Obama said the election mattered more than ever.",
            "Michelle Obama",
            (),
        ),
        ("Mr. Biden said the talks went well.", "Joseph R. Biden", ("USA",)),
        (  # the NER reads no name here; the parse compounds "Ivanka" onto it
            "WASHINGTON — Ivanka Trump said on Tuesday that the initiative would "
            "help women entrepreneurs in Africa.",
            "Ivanka Trump",
            (),
        ),
        (  # the NER reads "Trump" alone as the person
            "WASHINGTON (AP) — Ivanka Trump said on Tuesday that the initiative "
            "would help women.",
            "Ivanka Trump",
            (),
        ),
        ("Lara Trump said the campaign would win.", "Lara Trump", ()),
        (  # a title before the given name does not make her the President
            "WASHINGTON — First Lady Melania Trump said on Tuesday that the program "
            "would help children.",
            "Melania Trump",
            (),
        ),
        ("First Lady Trump said the program would help children.", "Lady Trump", ()),
        (
            "Secretary of State Hillary Clinton said the talks went well.",
            "Hillary Clinton",
            (),
        ),
        ("U.S. President Trump said the talks went well.", "Donald Trump", ("USA",)),
        ("Donald Trump Jr. said the company would not expand.", "Donald Trump Jr.", ()),
        ("WASHINGTON — Mr Trump said the talks went well.", "Donald Trump", ("USA",)),
        ("President Trump said the talks went well.", "Donald Trump", ("USA",)),
        # a president-elect holds no office yet: no state
        ("President-Elect Trump said the talks went well.", "Donald Trump", ()),
        ("Donald J. Trump said the talks went well.", "Donald Trump", ("USA",)),
        ("Trump said the talks went well.", "Donald Trump", ("USA",)),
        (
            "Before the Putin-Erdogan meeting, Erdogan said the talks went well.",
            "Recep Tayyip Erdogan",
            ("TUR",),
        ),
        (  # a headline's capitalised words are no given names
            "Putin Hails Trump Summit\n\nTrump said the talks went well.",
            "Donald Trump",
            ("USA",),
        ),
    ],
)
def test_a_surname_after_another_given_name_is_someone_else(
    nlp: Language, text: str, speaker: str, actors: tuple[str, ...]
) -> None:
    found = one_by_cue(nlp, text, "said")
    assert (found.speaker, found.actor_ids) == (speaker, actors)


@pytest.mark.parametrize(
    ("second", "speaker", "actors"),
    [
        ("Ms. Trump said the fund would raise $50 million.", "Ivanka Trump", ()),
        ("Trump said the fund would raise $50 million.", "Ivanka Trump", ()),
        ("President Trump said the fund would grow.", "Donald Trump", ("USA",)),
        (
            "The Trump administration said it would fund the program.",
            "Donald Trump",
            ("USA",),
        ),
    ],
)
def test_a_surname_a_namesake_shares_needs_a_title_to_name_the_official(
    nlp: Language, second: str, speaker: str, actors: tuple[str, ...]
) -> None:
    text = (
        "WASHINGTON — Ivanka Trump said on Tuesday that the initiative would help "
        "women entrepreneurs in Africa. " + second
    )
    later = statements(nlp, text)[-1]
    assert (later.speaker, later.actor_ids) == (speaker, actors)


def test_the_surname_alone_is_no_one_when_two_of_that_name_were_named(
    nlp: Language,
) -> None:
    text = (
        "WASHINGTON — Ivanka Trump joined President Trump at the summit. "
        "Ms. Trump said the fund would raise $50 million."
    )
    assert statements(nlp, text)[-1].actor_ids == ()


def test_he_after_a_named_scholar_is_the_scholar_not_an_earlier_official(
    nlp: Language,
) -> None:
    text = (
        "President Donald Trump said he liked the deal. Eswar Prasad, a trade "
        "professor at Cornell, said the president's style had complicated the "
        'task. "By raising expectations, the White House makes a deal less '
        'likely," he said.'
    )
    said = [s for s in statements(nlp, text) if s.speaker_mention == "he"]
    assert [(s.speaker, s.actor_ids) for s in said] == [("Eswar Prasad", ())]


@pytest.mark.parametrize(
    ("text", "speaker", "actors"),
    [
        (
            "Putin's spokesman, Dmitry Peskov, said the Kremlin had no comment.",
            "Dmitry Peskov",
            ("RUS",),
        ),
        (
            "Erdogan's adviser Ibrahim Kalin said Turkey would not back down.",
            "Ibrahim Kalin",
            ("TUR",),
        ),
        (
            "Putin's spokesman said the Kremlin had no comment.",
            "Putin's spokesman",
            ("RUS",),
        ),
        (
            "Merkel's government said Germany would help.",
            "Merkel's government",
            ("DEU",),
        ),
        (
            "Trump's lawyer Rudy Giuliani said the probe was a witch hunt.",
            "Rudy Giuliani",
            (),
        ),
    ],
)
def test_the_owner_of_a_source_is_not_its_speaker(
    nlp: Language, text: str, speaker: str, actors: tuple[str, ...]
) -> None:
    """ "Putin's spokesman" speaks, not Putin (both gave Vladimir Putin); he
    speaks for Putin's state, as one who serves him; a lawyer does not."""
    statement = one_by_cue(nlp, text, "said")

    assert (statement.speaker, statement.actor_ids) == (speaker, actors)
