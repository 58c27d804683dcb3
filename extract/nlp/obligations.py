"""Stances urged on others: 'Iran must be clear that …', 'Moscow should
understand that …', 'The two sides should adhere to mutual respect'. A third
party told what it must grasp, grant or hold is the writer's demand, not that
party's speech or stance."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import TokenTable

_OBLIGING = frozenset({"must", "should", "ought"})
# what one may be told to say, and says ("The Ministry must point out that" is
# the ministry speaking); any other stance is urged on them ("Moscow should
# understand that", "The two sides should adhere to mutual respect")
_SAYING = frozenset(
    {"say", "tell", "state", "point", "note", "stress", "emphasize", "emphasise",
     "underline", "underscore", "add", "mention", "declare", "reiterate", "repeat",
     "recall", "explain", "confess", "warn", "ask", "urge", "call", "answer", "reply"}
)  # fmt: skip
_OWN = frozenset({"i", "we", "me", "us"})


def urged_on_others(doc: Doc, table: TokenTable, found: Attribution) -> bool:
    """True when the cue is no saying ('be clear', 'understand', 'adhere to'),
    its verb is obliged ('must', 'should', 'ought to') and its subject is not
    the speaker ('I must say that', 'we must accept' stay statements)."""
    if found.source is None or found.kind == "direct":
        return False
    if any(table.lower[i] in _OWN for i in range(*found.source)):
        return False
    issuer = doc._.issuer if Doc.has_extension("issuer") else None
    if issuer and any(  # "The United States must be clear that" from Washington
        s.label_ == issuer and found.source[0] <= s.start < found.source[1]
        for s in doc.spans.get("actors", [])
    ):
        return False
    cue = range(*found.cue)
    if any(table.lemma[i] in _SAYING for i in cue):
        return False  # "The Ministry must point out that": the ministry speaks
    roots = [i for i in cue if table.head[i] == i or table.head[i] not in cue]
    helpers = [c for r in roots for c in table.children[r] if table.dep[c] == "aux"]
    return any(table.lower[c] in _OBLIGING for c in helpers)
