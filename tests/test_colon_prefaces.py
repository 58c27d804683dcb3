"""A point a speaker prefaces with a colon (issues 15 and 16): 'Let me repeat:
X', 'I want to stress: X', 'I can tell you one thing: X' states X in the
speaker's own voice, so the turn's state speaks; the cue is the verb of
saying (not 'want' with the words before the colon as content). A third
person's preface, a question after the colon and a thank-you before one are
not such statements. Each runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

TRANSCRIPT = """Press statements following Russian-Kazakh talks.

President of Russia Vladimir Putin: Colleagues, I want to stress: this is an economic project. Let me repeat: we are open to dialogue with all our partners. I can tell you one thing: the pipeline will be built on time.

Question: What about the sanctions?

Vladimir Putin: I would like to emphasise one thing: Russia has never refused talks. The minister said it again: the deal was fair. I ask you: is this fair to our farmers? I would like to thank our hosts: the talks were excellent.

Question: And the Black Sea?

Vladimir Putin: We note with concern: NATO is building up its presence in the Black Sea. In Washington we were told: NATO will not expand one inch to the east. I would never say: Russia is isolated.
"""  # noqa: E501

NEWS = """Macron calls for ceasefire

PARIS - French President Emmanuel Macron said: "I want to say to President Putin: we need a ceasefire now." He spoke after talks in Paris.
"""  # noqa: E501


def test_a_first_person_preface_states_what_follows_the_colon(
    nlp: Language,
) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    assert said["want to stress"].content == "this is an economic project"
    assert said["repeat"].content == ("we are open to dialogue with all our partners")
    assert said["can tell"].content == "the pipeline will be built on time"
    assert said["would like to emphasise"].content == "Russia has never refused talks"
    assert all(
        said[cue].actor_ids == ("RUS",)
        for cue in ("want to stress", "repeat", "can tell")
    )
    assert "want" not in said


def test_thanks_before_a_colon_thank_for_no_clause(nlp: Language) -> None:
    said = published_by(nlp, TRANSCRIPT, issuer="RUS")
    assert ("would like to thank", "the talks were excellent") not in {
        (s.cue, s.content) for s in said.values()
    }


def test_the_attitude_a_point_is_prefaced_with_is_its_act(nlp: Language) -> None:
    noted = published_by(nlp, TRANSCRIPT, issuer="RUS")["note with concern"]
    assert noted.content == "NATO is building up its presence in the Black Sea"
    assert noted.act == "express_concern"


def test_no_point_of_a_passive_or_denied_preface(nlp: Language) -> None:
    found = {
        (s.cue, s.content) for s in published_by(nlp, TRANSCRIPT, issuer="RUS").values()
    }
    assert ("told", "NATO will not expand one inch to the east") not in found
    assert ("would never say", "Russia is isolated") not in found


def test_a_preface_inside_a_quotation_is_the_quotations(nlp: Language) -> None:
    said = published_by(nlp, NEWS)
    assert "want to say" not in said
