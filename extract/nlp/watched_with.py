"""A matter watched or news received with a feeling: "The Chairperson is
following with deep concern the escalation of fighting", "Japan is watching with
alarm X", "The Ministry has read with deep disappointment the statement", "learned
with deep sorrow of the passing of X". The verb and its manner phrase are the cue
(the feeling names the act), what is watched or received is the content. Pure
functions over a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.attribution import Attribution, child_of, source_range, subtree_of
from extract.nlp.lexicon import Lexicon

WATCHING = frozenset(
    {"follow", "watch", "observe", "monitor", "view", "read", "learn", "hear"}
)  # fmt: skip
FEELINGS = frozenset(
    {"concern", "alarm", "anxiety", "dismay", "satisfaction", "regret", "horror",
     "apprehension", "worry", "disappointment", "sorrow", "sadness", "shock",
     "grief", "indignation"}
)  # fmt: skip
# News one learns or hears "of": "learned with deep sorrow | of the passing of X";
# not with regret, which condolences say ("learned with regret of the death").
_NEWS_OF = frozenset({"learn", "hear"})


def watched_with(token: Token, lexicon: Lexicon) -> Attribution | None:
    """The attribution of a verb of watching with a feeling and an object."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in WATCHING:
        return None
    feeling = next(
        (
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in FEELINGS
        ),
        None,
    )
    if feeling is not None and token.lemma_.lower() in _NEWS_OF:
        feeling = None if feeling.lemma_.lower() == "regret" else feeling
    watched = child_of(token, "dobj") or _news_of(token, feeling)
    subject = child_of(token, "nsubj")
    if feeling is None or watched is None or subject is None:
        return None
    if feeling.i > watched.left_edge.i:  # "views these moves with alarm": the
        return None  # object inside the cue, left to the other finders
    source = source_range(subject, lexicon)
    if source is None or source[1] > token.i:
        return None
    helpers = [
        c.i for c in token.children if c.dep_ in ("aux", "neg") and c.i >= source[1]
    ]
    return Attribution(
        cue=(min([token.i, *helpers]), feeling.i + 1),
        content=(watched.left_edge.i, subtree_of(watched)[1]),
        source=source,
        cue_lemma=token.lemma_.lower(),
        form="light",
    )


def _news_of(token: Token, feeling: Token | None) -> Token | None:
    """What one learned or heard "of" ("learned with sorrow | of the passing"),
    the "of" hung on the verb or on the feeling."""
    if feeling is None or token.lemma_.lower() not in _NEWS_OF:
        return None
    of = next(
        (
            p
            for p in (*token.children, *feeling.children)
            if p.dep_ == "prep" and p.lower_ == "of"
        ),
        None,
    )
    return child_of(of, "pobj") if of is not None else None
