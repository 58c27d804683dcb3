"""Stance words and what they take: the nouns a light verb makes into a cue
('expressed [concern]') and the content a stance word governs, its
prepositional object ('concern [about X]') or its clause ('the hope [that
X]')."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.attribution import child_of, subtree_of
from extract.nlp.prep_phrases import is_setting, with_reason
from extract.nlp.quotes import SpanRange, trim_end
from extract.nlp.token_table import token_table

# Stance and event nouns a light verb makes into a cue.
STANCE_NOUNS = frozenset(
    {"concern", "support", "hope", "view", "opinion", "appreciation", "gratitude",
     "condolence", "readiness", "willingness", "commitment", "attention",
     "assessment", "condemnation", "resolve", "interest", "intention",
     "determination", "position", "confidence", "conviction", "regret",
     "satisfaction", "solidarity", "warning", "protest", "proposal", "wish",
     "desire", "talk", "discussion", "conversation", "exchange", "consultation",
     "emphasis", "objection", "opposition", "disappointment", "sympathy",
     "thanks", "congratulation", "alarm", "dismay", "recognition", "preference",
     "assurance", "pledge", "promise", "demand", "call", "appeal", "request",
     "idea", "stance", "belief", "approval", "backing", "endorsement"}
)  # fmt: skip
NOUN_PREPS = frozenset(
    {"on", "about", "over", "regarding", "concerning", "for", "to", "of",
     "against", "upon", "toward", "towards"}
)  # fmt: skip
ATTITUDE_PREPS = NOUN_PREPS | {"with", "by", "at", "in"}
# Stance nouns whose 'of' names the one who holds them, not what they are
# about: 'drew the attention of the minister to X'.
WHOSE_NOUNS = frozenset({"attention"})


def noun_complement(
    word: Token, after: int = -1, preps: frozenset[str] = NOUN_PREPS
) -> tuple[int, SpanRange] | None:
    """Where the cue ends and the content span of a stance word: its prepositional
    object ('concern [about X]', 'an exchange of views [on X]') or its clause
    ('the hope [that X]', 'readiness [to X]'); only children after `after`."""
    for child in (c for c in word.rights if c.i > after):
        if child.dep_ in ("acl", "ccomp", "xcomp", "relcl") and child.dep_ != "relcl":
            marks = [g for g in child.children if g.dep_ in ("mark", "aux")]
            if not marks and child.dep_ != "ccomp":
                continue
            start, end = subtree_of(child)
            return start, (start, trim_end(word.doc, start, end))
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            pobj = child_of(child, "pobj") or child_of(child, "pcomp")
            if pobj is None or is_setting(child.lower_, pobj.ent_type_):
                continue
            if child.lower_ == "of" and pobj.lemma_.lower() in STANCE_NOUNS:
                inner = noun_complement(pobj)  # 'an exchange of views on X'
                if inner is not None:
                    return inner
                continue
            if child.lower_ == "of" and pobj.pos_ == "NOUN" and word.pos_ != "NOUN":
                continue
            if child.lower_ == "of" and word.lemma_.lower() in WHOSE_NOUNS:
                continue  # 'drew the attention of X | to Y': whose attention
            start, end = subtree_of(pobj)
            if child.lower_ == "to":  # 'gratitude to X | for Y'
                heads = (word.i, child.head.i)
                _, end = with_reason(
                    word.doc, token_table(word.doc), heads, (start, end)
                )
            return child.i + 1, (start, trim_end(word.doc, start, end))
    return None
