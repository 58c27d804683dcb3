"""A participle that describes its noun reports no one's saying (issues 15 and
16): in 'The ministers reviewed the measures announced on Friday', nobody is
named as announcing; 'announced' describes 'the measures', which the
ministers reviewed. Runs the real pipeline."""

from __future__ import annotations

from spacy.language import Language
from statements_by_cue import published_by

READOUT = """Readout of the Secretary's Call with Foreign Minister Wong

The ministers reviewed the measures announced on Friday and the roadmap presented in June.
"""  # noqa: E501


def test_an_agentless_participle_is_no_statement(nlp: Language) -> None:
    said = published_by(nlp, READOUT, issuer="USA")
    assert "announced" not in said
    assert said["reviewed"].content == (
        "the measures announced on Friday and the roadmap presented in June"
    )
