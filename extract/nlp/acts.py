"""What a statement does: its act, its topics, its addressee and its venue.

Pure functions over a Doc and the attributions found in it; `components.py`
writes the result on the Doc as plain dicts with character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import SpanRange
from extract.nlp.taxonomy import Act, PositionWords, Topic

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})


def classify_act(
    cue: Token, cue_lemma: str, content: Span, acts: tuple[Act, ...]
) -> Act:
    """The first act rule that matches the cue, its negation and the content.

    A negated cue never triggers its rules ('did not reject' is no rejection);
    a negated phrase only triggers rules that ask for it ('did not rule out
    talks' expresses intent to negotiate).
    """
    negated_cue = _is_negated(cue)
    lemmas = [t.lemma_.lower() for t in content]
    words = [t.lower_ for t in content]
    for act in acts[:-1]:
        if cue_lemma in act.not_cues:
            continue
        if act.content:
            if act.cues and (cue_lemma not in act.cues or negated_cue):
                continue
            if any(
                negated == act.negated
                for phrase in act.content
                for negated in _phrase_hits(phrase.split(), lemmas, words)
            ):
                return act
        elif cue_lemma in act.cues and negated_cue == act.negated:
            return act
    return acts[-1]


def classify_topics(
    content: Span, matches: Iterable[tuple[str, int, int]], topics: tuple[Topic, ...]
) -> list[str]:
    """Topic ids of the content, most central first; empty when none matches.

    `matches` are (topic id, start, end) token ranges in the Doc. The topic named
    in the content's subject comes first, then the one with the most matched words.
    """
    inside = [
        (t, s, e) for t, s, e in matches if s >= content.start and e <= content.end
    ]
    if not inside:
        return []
    longest = _longest(inside)
    subject = _subject_range(content)
    rank = {topic.id: i for i, topic in enumerate(topics)}
    score: dict[str, int] = {}
    in_subject: set[str] = set()
    for topic_id, start, end in longest:
        score[topic_id] = score.get(topic_id, 0) + (end - start)
        if subject and start >= subject[0] and end <= subject[1]:
            in_subject.add(topic_id)
    return sorted(
        score, key=lambda t: (t not in in_subject, -score[t], rank.get(t, len(rank)))
    )


def find_addressee(
    doc: Doc, attribution: Attribution, words: PositionWords
) -> SpanRange | None:
    """Whom the statement is addressed to: 'urged [the UN Security Council] to',
    'called on [Kyiv] to'. The audience ('told reporters') is no addressee."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None:
        return None
    candidates: list[Token] = []
    if verb.lemma_.lower() in words.addressee_verbs:
        candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        # 'pressed all sides to adhere': the parser may make them the subject
        # of the clause the verb governs
        for clause in verb.children:
            infinitive = any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            )
            if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and infinitive:
                candidates += [c for c in clause.children if c.dep_ == "nsubj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _ADDRESSEE_PREPS:
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for head in sorted(candidates, key=lambda t: t.i):
        if head.pos_ == "PRON" or head.ent_type_ in ("DATE", "TIME"):
            continue
        if {head.lemma_.lower(), head.text} & words.not_addressees or _is_media(
            head, words
        ):
            continue
        start, end = head.left_edge.i, head.right_edge.i + 1
        for clause in head.children:  # 'the Council [to restart talks]'
            if clause.dep_ in ("xcomp", "acl", "relcl", "ccomp") and clause.i > head.i:
                end = min(end, clause.left_edge.i)
        return _trim(doc, (start, end))
    return None


def find_venue(
    doc: Doc, attribution: Attribution, words: PositionWords
) -> SpanRange | None:
    """Where or on what occasion it was said, without the preposition:
    'at [the United Nations]', 'in [an interview broadcast by a regional channel]'."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None:
        return None
    content = range(*attribution.content)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.venue_preps:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i in content or pobj.ent_type_ in ("DATE", "TIME"):
            continue
        lemma = pobj.lemma_.lower()
        if lemma in words.not_venues:
            continue
        if lemma in words.venue_nouns or (prep.lower_ == "at" and pobj.pos_ == "PROPN"):
            return _trim(doc, (pobj.left_edge.i, pobj.right_edge.i + 1))
    return None


def cue_verb(doc: Doc, cue: SpanRange) -> Token | None:
    """The verb of a cue ('urged', 'as stated by' -> 'stated', 'has repeatedly
    said' -> 'said'), if it has one: the cue's syntactic root when it is a verb,
    else its first main verb, else its first auxiliary."""
    tokens = doc[cue[0] : cue[1]]
    if tokens.root.pos_ in ("VERB", "AUX"):
        return tokens.root
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    verbs = verbs or [t for t in tokens if t.pos_ == "AUX"]
    return verbs[0] if verbs else None


def _is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in token.children)


def _phrase_hits(phrase: list[str], lemmas: list[str], words: list[str]) -> list[bool]:
    """For each place the phrase occurs (as lemmas or as words), whether a
    negation stands in the three tokens before it."""
    hits, size = [], len(phrase)
    for i in range(len(lemmas) - size + 1):
        if lemmas[i : i + size] == phrase or words[i : i + size] == phrase:
            before = set(lemmas[max(0, i - 3) : i]) | set(words[max(0, i - 3) : i])
            hits.append(bool(before & _NEGATIONS))
    return hits


def _longest(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop matches inside a longer one ('guarantee' inside 'security guarantee')."""
    kept: list[tuple[str, int, int]] = []
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(s <= match[1] and match[2] <= e for _, s, e in kept):
            kept.append(match)
    return kept


def _subject_range(content: Span) -> SpanRange | None:
    """Tokens of the subject of the content's main clause, if it has one."""
    inside = range(content.start, content.end)
    for head in (t for t in content if t.head.i not in inside or t.head == t):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in inside:
                return (child.left_edge.i, child.right_edge.i + 1)
    return None


def _is_media(head: Token, words: PositionWords) -> bool:
    """A news outlet named as what was told: 'told Al Jazeera'."""
    if head.ent_type_ not in ("ORG", "PERSON", "NORP", "GPE", ""):
        return False
    name = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    return name.removeprefix("the ") in words.not_addressees


def _trim(doc: Doc, span: SpanRange) -> SpanRange:
    """Without punctuation at either end."""
    start, end = span
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end)
