"""A relative pronoun as the source (issues 15 and 16): in an official
document, 'European nations, which promised X' is said by the nations, as the
diplomatic gold draws it; news keeps PolNeAR's way, the pronoun itself, whose
speaker is still resolved to the noun. A verb of the speaker's the parse joined
to a relative clause ("those who lost their lives and convey our condolences")
is the main clause's, when its tense cannot be the clause's. Runs the real
pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

TEXT = """Press statements following Russian-Iranian talks

Iran has long relied on European nations, which promised to set up a special financial vehicle separate from the US dollar. The plan was welcomed by the Amalthea Initiative, which outlines a mechanism for shipping aid.
"""  # noqa: E501


def test_an_official_documents_relative_pronoun_source_is_its_noun(
    nlp: Language,
) -> None:
    said = published_by(nlp, TEXT, issuer="RUS")
    assert said["promised"].speaker_mention == "European nations"
    assert said["outlines"].speaker_mention == "the Amalthea Initiative"


def test_news_keeps_the_pronoun_as_the_source(nlp: Language) -> None:
    said = published_by(nlp, TEXT)
    assert said["promised"].speaker_mention == "which"


TITLED = """Statement by the Ministry of Foreign Affairs

The talks were attended by the Minister of Foreign Affairs of Armenia Ararat Mirzoyan, who said that peace was within reach.
"""  # noqa: E501


def test_a_relative_pronoun_stands_for_the_whole_title(nlp: Language) -> None:
    said = published_by(nlp, TITLED, issuer="RUS")["said"]
    assert said.speaker_mention == (
        "the Minister of Foreign Affairs of Armenia Ararat Mirzoyan"
    )
    assert said.actor_ids == ("ARM",)


CONDOLENCES = """Press Release Regarding the Terrorist Attack

We strongly condemn the attack carried out today against a military base. We wish God's mercy upon those who lost their lives and convey our condolences to the brotherly people of Somalia. We extend our heartfelt condolences to the families of those who lost their lives and pray for the speedy recovery of the injured.
"""  # noqa: E501


def test_a_verb_of_ours_the_parse_joined_to_a_relative_clause_is_ours(
    nlp: Language,
) -> None:
    said = published_by(nlp, CONDOLENCES, issuer="TUR")
    conveyed = said["convey our condolences to"]
    assert (conveyed.speaker_mention, conveyed.actor_ids) == ("We", ("TUR",))
    assert said["wish"].content == "God's mercy upon those who lost their lives"
    assert said["extend our heartfelt condolences to"].content == (
        "the families of those who lost their lives"
    )


def test_a_relative_clause_with_two_verbs_of_its_own_stays_whole(
    nlp: Language,
) -> None:
    text = (
        "We honour those who defended the city and saved thousands of lives."
        " The minister thanked the volunteers who arrived early and stayed late."
    )
    said = published_by(nlp, text, issuer="TUR")
    assert said["thanked"].content == "the volunteers who arrived early and stayed late"


def test_a_relative_clause_of_ours_with_two_verbs_stays_whole(nlp: Language) -> None:
    text = (
        'He said: "We need a leader that sees goodness in all Americans that can'
        ' bring us together and lead us forward."'
    )
    said = published_by(nlp, text)["said:"]
    assert said.content.endswith('and lead us forward."')
