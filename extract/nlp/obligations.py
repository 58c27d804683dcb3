"""Stances urged on others: 'Iran must be clear that …', 'Moscow should
understand that …'. A third party told what it must grasp or grant is the
writer's demand, not that party's speech or stance."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.token_table import TokenTable

_OBLIGING = frozenset({"must", "should", "ought"})
# what one is told to grasp or grant, not to say ("The Ministry must point out
# that" is the ministry speaking)
_GRASPING = frozenset(
    {"understand", "know", "realize", "realise", "recognize", "recognise", "accept",
     "acknowledge", "admit", "remember", "learn", "clear", "aware", "agree"}
)  # fmt: skip
_OWN = frozenset({"i", "we", "me", "us"})


def urged_on_others(doc: Doc, table: TokenTable, found: Attribution) -> bool:
    """True when the cue grasps or grants ('be clear', 'understand', 'accept'),
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
    if not any(table.lemma[i] in _GRASPING for i in cue):
        return False
    roots = [i for i in cue if table.head[i] == i or table.head[i] not in cue]
    helpers = [c for r in roots for c in table.children[r] if table.dep[c] == "aux"]
    return any(table.lower[c] in _OBLIGING for c in helpers)
