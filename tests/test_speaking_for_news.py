"""For whom a speaker of a news report speaks when the text says it only once or
elsewhere (issue 15): a later surname or pronoun keeps the office an earlier
full mention's title gave ("Japanese Foreign Minister Kenji Morita arrived ...
Morita said"); a name set beside a title is a person whom "he" can mean; a participle
cue speaks with the cue it hangs on ("said ..., adding"); "it" and "the
country's" mean the actor named before; a title of an unnamed office ("Government
spokesman", "His spokesman") speaks for the office or person named before; names
written with an en dash or a curly apostrophe match; a name the parse hung on a
participle opener ("Speaking at …, Sheikh X said") is the source; the place an
office deals with ("China's Taiwan Affairs Office") is not whose office it is;
a source the parse hung on the dateline is the one after it; "the kingdom" is
the state named before; "its ministry" after the clause it reports is that
clause's subject's. Each runs the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from statements_by_cue import by_cue, one_by_cue, statements


def actors_of(nlp: Language, text: str, cue: str) -> tuple[str, ...]:
    return one_by_cue(nlp, text, cue).actor_ids


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Japanese Foreign Minister Kenji Morita arrived in Seoul on Monday. The "
            "visit was brief. Morita added that the two countries must cooperate.",
            ("JPN",),
        ),
        (
            "Pierre Moreau, the French defence minister, toured the base on Friday. "
            "The soldiers cheered. Moreau added that more troops would come.",
            ("FRA",),
        ),
        (  # a former office is no office now
            "Former Japanese Foreign Minister Kenji Morita arrived in Seoul on "
            "Monday. The visit was brief. Morita added that the two countries must "
            "cooperate.",
            (),
        ),
        (  # the earlier mention holds another person's title too
            "Kenji Morita met Chinese Foreign Minister Wang Yi in Seoul on Monday. The "
            "visit was brief. Morita added that the two countries must cooperate.",
            (),
        ),
    ],
)
def test_a_surname_keeps_the_office_of_an_earlier_full_mention(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, "added") == actors


def test_he_after_a_spokesperson_named_in_apposition_speaks_for_that_state(
    nlp: Language,
) -> None:
    text = (
        "Iraqi leaders met on Sunday. Following the vote, a State Department "
        "spokesperson, Morgan Ortagus, indicated the United States was disappointed:"
        ' "We await clarification," he said.'
    )
    said = [s for s in statements(nlp, text) if s.cue == "said"]
    assert [(s.speaker, s.actor_ids) for s in said] == [("Morgan Ortagus", ("USA",))]


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor general of Tehran, Ali Alghasi Mehr, said the suspects must "
        "face charges, adding Iran will pursue the case.",
        "Iranian Foreign Minister Javad Zarif said the talks had failed, adding "
        "that Tehran would not return to them.",
    ],
)
def test_a_participle_cue_speaks_with_the_source_of_the_cue_it_hangs_on(
    nlp: Language, text: str
) -> None:
    found = by_cue(nlp, text)
    said, adding = found["said"], found["adding"]
    assert (adding.speaker, adding.actor_ids) == (said.speaker, ("IRN",))


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        (
            "The EU partially funded the studies, as it considers the pipeline to "
            "be a project of common interest.",
            "considers",
            ("EU",),
        ),
        (
            "The Russian foreign ministry summoned the ambassador and it said the "
            "move was hostile.",
            "said",
            ("RUS",),
        ),
        (  # the subject it means speaks for no state
            "The Iranian company delayed the studies, as it considers the pipeline "
            "to be too costly.",
            "considers",
            (),
        ),
    ],
)
def test_it_speaks_for_the_actor_subject_of_the_clause_it_depends_on(
    nlp: Language, text: str, cue: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, cue) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "African Export–Import Bank president Okey Oramah said the fees cost "
            "Africa billions.",
            ("AFREXIMBANK",),
        ),
        ("The Côte d’Ivoire government said the vote would go ahead.", ("CIV",)),
    ],
)
def test_a_name_written_with_an_en_dash_or_curly_apostrophe_names_its_actor(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, "said") == actors


def test_a_named_subject_the_models_left_out_is_the_source(nlp: Language) -> None:
    text = (
        "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the "
        'Atlantic Council think tank called the border agreement "null and void".'
    )
    (called,) = statements(nlp, text)
    assert (called.speaker, called.actor_ids) == ("Kyriakos Mitsotakis", ("GRC",))


def test_officials_of_a_with_clause_do_not_speak_for_the_main_subject(
    nlp: Language,
) -> None:
    text = (
        "Germany on Monday banned the airline from flying in the country, with "
        "officials saying this is for security reasons."
    )
    assert actors_of(nlp, text, "saying") == ()


@pytest.mark.parametrize(  # people outside the registry
    ("text", "speaker"),
    [
        (  # the NER reads the later surname as an organisation
            "Turkish Foreign Minister Numan Kurtulmus met his Russian counterpart "
            "Sergey Lavrov on Monday. Kurtulmus said the talks went well.",
            ("Numan Kurtulmus", "TUR"),
        ),
        (  # the person who opens the document, named before anyone spoke
            "Feridun Sinirlioglu, Turkey's foreign minister, spoke to reporters on "
            "Monday. He said the operation would continue.",
            ("Feridun Sinirlioglu", "TUR"),
        ),
    ],
)
def test_a_later_mention_finds_the_person_named_in_full_before(
    nlp: Language, text: str, speaker: tuple[str, str]
) -> None:
    (said,) = statements(nlp, text)
    assert (said.speaker, said.actor_ids) == (speaker[0], (speaker[1],))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Iran's government rejected the claims. Government spokesman Ali Rabiei "
            "said the sanctions were illegal.",
            ("IRN",),
        ),
        (
            "Iran's foreign ministry summoned the envoy. A Foreign Ministry "
            "spokesman said the move was hostile.",
            ("IRN",),
        ),
        (
            "The US Treasury Department announced new sanctions. Treasury "
            "Secretary Steven Mnuchin said the measures targeted the central bank.",
            ("USA",),
        ),
        (  # two governments named before: either could be meant
            "The US government and Iran's government traded barbs. Government "
            "spokesman Ali Rabiei said the sanctions were illegal.",
            (),
        ),
    ],
)
def test_a_title_of_an_unnamed_office_speaks_for_the_office_named_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, "said") == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Iran fired missiles at two bases. The country's foreign minister said "
            "the strikes were proportionate.",
            ("IRN",),
        ),
        (
            "Turkey launched the operation on Wednesday. The country's foreign "
            "minister, Mevlut Cavusoglu, said the offensive would continue.",
            ("TUR",),
        ),
        (  # two states named before: either could be meant
            "Iran fired missiles at US bases in Iraq. The country's foreign minister "
            "said the strikes were proportionate.",
            (),
        ),
    ],
)
def test_the_countrys_minister_speaks_for_the_one_state_named_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, "said") == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Turkish President Recep Tayyip Erdogan spoke on Monday. His spokesman, "
            "Ibrahim Kalin, said the operation would continue.",
            ("TUR",),
        ),
        (  # two people named before: "his" could mean either
            "Turkish President Recep Tayyip Erdogan met Iranian President Hassan "
            "Rouhani on Monday. His spokesman, Ibrahim Kalin, said the talks went "
            "well.",
            (),
        ),
    ],
)
def test_his_spokesman_speaks_for_the_one_person_named_before(
    nlp: Language, text: str, actors: tuple[str, ...]
) -> None:
    assert actors_of(nlp, text, "said") == actors


def test_an_office_beside_a_title_is_not_a_person_he_can_mean(nlp: Language) -> None:
    text = "A spokesperson, Press Office, said the talks were over. He said more."
    (_, he) = statements(nlp, text)
    assert (he.speaker, he.actor_ids) == (None, ())


UNSURE_PARTICIPLE = """Washington and the Taliban had been holding direct talks \
pursuing an agreement for US troops to begin leaving Afghanistan. They were on the \
verge of a deal when President Trump scuttled the talks in September, citing Taliban \
violence."""


def test_a_participle_after_a_clause_of_another_subject_speaks_for_no_one(
    nlp: Language,
) -> None:
    citing = one_by_cue(nlp, UNSURE_PARTICIPLE, "citing")  # Trump's, or "They"?
    assert (citing.speaker_mention, citing.actor_ids) == (None, ())


def test_a_participle_after_the_cues_own_clause_keeps_its_subject(
    nlp: Language,
) -> None:
    text = "The minister criticized the plan on Tuesday, saying it would fail."
    assert one_by_cue(nlp, text, "saying").speaker_mention == "The minister"


def test_a_name_the_parse_hung_on_a_participle_opener_is_the_source(
    nlp: Language,
) -> None:
    text = (
        "Speaking at a news conference in Doha, Sheikh Mohammed bin Abdulrahman Al"
        ' Thani said mediators were working "around the clock" to close the gaps.'
        " He urged Israel to allow the entry of food."
    )
    found = by_cue(nlp, text)
    assert found["said"].speaker == "Mohammed bin Abdulrahman Al Thani"
    assert found["urged"].actor_ids == ("QAT",)


def test_a_place_an_office_deals_with_is_not_whose_office_it_is(
    nlp: Language,
) -> None:
    text = (
        "Zhu Fenglian, a spokeswoman for China's Taiwan Affairs Office, said the"
        " election would not change the fact."
    )
    assert actors_of(nlp, text, "said") == ("CHN",)


GULF = (
    "RIYADH, April 14 (Reuters) - Saudi Arabia's foreign ministry expressed deep"
    " concern over the military escalation in the region, in a statement carried"
    " by state news agency SPA. The kingdom called on all parties to exercise the"
    " utmost restraint. Qatar's foreign ministry said in a statement it was"
    " following developments with great concern. Egypt warned of the dangers of"
    " the expansion of the conflict, a statement from its foreign ministry said."
)


def test_a_source_the_parse_hung_on_the_dateline_is_the_one_after_it(
    nlp: Language,
) -> None:
    assert actors_of(nlp, GULF, "expressed deep concern over") == ("SAU",)


def test_the_kingdom_alone_is_the_state_named_before(nlp: Language) -> None:
    assert actors_of(nlp, GULF, "called on") == ("SAU",)


def test_its_ministry_after_the_clause_it_reports_is_that_clauses_subjects(
    nlp: Language,
) -> None:
    said = [s for s in statements(nlp, GULF) if s.speaker_mention.endswith("ministry")]
    assert said[-1].actor_ids == ("EGY",)  # never Qatar's, named the sentence before


def test_a_clause_without_that_after_the_venue_is_the_content(nlp: Language) -> None:
    found = one_by_cue(nlp, GULF, "said in a statement")
    assert found.content == "it was following developments with great concern"


def test_the_nation_alone_is_no_state_named_before(nlp: Language) -> None:
    text = (
        "Ukraine's president spoke with Mr. Trump in July. Last week the nation"
        " learned that the whistleblower had no first-hand knowledge."
    )
    learned = [s for s in statements(nlp, text) if s.speaker_mention == "the nation"]
    assert all(s.actor_ids == () for s in learned)  # a people, not Ukraine
