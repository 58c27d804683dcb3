"""Sources the attribution models left out, read from the grammar: the subject of
the cue verb, or of the verb it is joined to, when it is a voice the document
decides ("Together, we will work to ...", "The leaders reiterated their support
... and called for ..."); the source of the cue a participle cue hangs on ("X
said ..., adding ..."); the one quoted, not the medium that quotes ("X was quoted
by TASS as saying ...")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp.acts import cue_verb
from extract.nlp.attribution import Attribution
from extract.nlp.medium_sources import without_medium
from extract.nlp.memo import actor_tokens
from extract.nlp.participles import unsure_participle, without_unsure_subject
from extract.nlp.quotes import trim_end, trim_span
from extract.nlp.raised_subjects import without_raised_subject
from extract.nlp.source_edges import noun_agent
from extract.nlp.token_table import token_table

_QUOTING = frozenset({"quote", "cite"})  # verbs whose agent relays another's words


def with_subject_sources(
    doc: Doc, attributions: list[Attribution]
) -> list[Attribution]:
    """An attribution the models left without a source takes its cue verb's
    nominal subject when that subject is a speaker, not a dummy or the content
    ("Together, we will work to ...": "we"); a participle cue takes the source
    of the cue it hangs on, unless whose it is is unsure (`unsure_participle`)."""
    filled = []
    for attribution in attributions:
        verb = cue_verb(doc, attribution.cue)
        if verb is not None and unsure_participle(doc, verb.i):
            filled.append(without_unsure_subject(doc, attribution))
            continue
        lowered = without_raised_subject(verb, attribution)
        if lowered is not None:  # "X are believed to remain": nobody's belief named
            filled.append(lowered)
            continue
        attribution = _quoted(doc, attribution) or attribution
        attribution = _outside_content(doc, attribution) or attribution
        subject = _participle_source(doc, attribution, attributions)
        subject = subject or _head_subject(doc, attribution)
        if subject is None and attribution.source is None:
            subject = _subject(doc, attribution)
        if subject is not None:
            attribution = replace(attribution, source=subject)
        filled.append(_quoted_again(doc, attribution) or attribution)
    return filled


def content_apart(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each content kept apart from its source, once the
    sources are settled (see `_apart`)."""
    return [a for a in (_apart(doc, a) for a in attributions) if a is not None]


_WHEN = frozenset({"DATE", "TIME"})


def _apart(doc: Doc, found: Attribution) -> Attribution | None:
    """What was said is never who said it: a content that runs into its source
    at either end stops short of it ('According to | ISNA, | the prosecutor
    said …'); one inside its source is read again from the grammar (`_said_of`),
    or there is no statement. A source inside a content is a quotation's "X
    said"."""
    if found.source is None:
        return found
    (c_start, c_end), (s_start, s_end) = found.content, found.source
    if c_end <= s_start or s_end <= c_start or (c_start < s_start and s_end < c_end):
        return found
    if s_start <= c_start and c_end <= s_end:
        return _said_of(doc, found)
    if s_start <= c_start:  # the content starts in its source: after it
        c_start, c_end = trim_span(doc, s_end, c_end)
    else:  # the content ends in its source: before it
        c_end = trim_end(doc, c_start, s_start)
    rest = doc[c_start:c_end]
    if all(t.is_stop or t.is_punct or t.ent_type_ in _WHEN for t in rest):
        return None  # nothing left but function words or a time ('on May 3')
    return replace(found, content=(c_start, c_end))


def _said_of(doc: Doc, found: Attribution) -> Attribution | None:
    """A cue whose content was taken for its source, read again: after
    "according to X" what the phrase qualifies (the parse may make it X's
    apposition: 'according to Turkey, | supportive of the PKK'), or the subject
    of a passive cue ('Peru … was condemned in a statement by X': Peru)."""
    verb = cue_verb(doc, found.cue)
    if verb is None or found.source is None:
        return None
    s_start, s_end = found.source
    if verb.lower_ == "according":
        split = next(
            (t.i for t in doc[s_start:s_end] if t.dep_ == "appos" and t.pos_ == "ADJ"),
            None,
        )
        if split is None:
            return None
        source = (s_start, trim_end(doc, s_start, split))
        return replace(found, source=source, content=(split, s_end))
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    subject = subject or _governing_subject(verb)
    if subject is None:
        return None
    return replace(found, content=_noun_phrase(subject))


def _participle_source(
    doc: Doc, attribution: Attribution, attributions: list[Attribution]
) -> tuple[int, int] | None:
    """A participle cue without a subject of its own on another attribution's
    cue verb, or on a verb of its content where the parse hangs it ("X said
    ..., adding ..."), speaks with that attribution's source when the models
    gave it none or one inside that attribution's content ("X said the suspects
    must face charges, adding ...": not "the suspects")."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if noun_agent(verb) is not None:  # "reports by X alleging": the reports'
        return None
    own = attribution.source
    for other in attributions:
        head = cue_verb(doc, other.cue) if other is not attribution else None
        if head is None or other.source is None:
            continue
        start, end = other.content
        on_content = start <= verb.head.i < end and head in verb.ancestors
        if (head.i == verb.head.i or on_content) and (
            own is None or (start <= own[0] and own[1] <= end)
        ):
            return other.source
    return None


def _quoted(doc: Doc, attribution: Attribution) -> Attribution | None:
    """ "X was quoted (cited) by TASS as saying Y", "TASS quoted X as saying Y":
    X speaks and Y is what they said; the medium that quotes them does not."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None or verb.lemma_.lower() not in _QUOTING:
        return None
    said = _as_saying(verb)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    active = next((c for c in verb.children if c.dep_ == "dobj"), None)
    quoted = passive or (active if said is not None else None)
    own = attribution.source
    if quoted is None or (own is not None and not _quoting(doc[own[0] : own[1]])):
        return None
    end = quoted.right_edge.i + 1
    while end > quoted.i + 1 and doc[end - 1].is_punct:
        end -= 1  # "The minister, Pham Binh Minh," without the last comma
    start = quoted.left_edge.i
    content = said or attribution.content
    if start < content[1] and content[0] < end:
        return None
    return replace(attribution, source=(start, end), content=content)


def _quoted_again(doc: Doc, attribution: Attribution) -> Attribution | None:
    """ "TASS quoted Lavrov as saying X and adding Y", "KCNA quoted a
    spokesperson as saying X and warning Y": a participle joined to the quoting
    verb or to its "saying" is the quoted one's too, when a news medium quotes
    (an official quoting another adds their own: "Mao Ning quoted Blinken as
    saying X, adding Y")."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return None
    head = verb.head
    if head.dep_ == "ccomp" and head.head.dep_ in ("pcomp", "pobj"):
        head = head.head  # "saying X was Y and warning Z": on the clause said
    if head.dep_ in ("pcomp", "pobj") and head.head.lower_ == "as":
        head = head.head.head  # "as saying X and warning Y": the quoting verb
    if head.lemma_.lower() not in _QUOTING or _as_saying(head) is None:
        return None
    quoter = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if quoter is None or not _a_medium(doc, quoter):
        return None  # "Mao Ning quoted Blinken as saying X, adding": her own
    quoted = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if quoted is None:
        return None
    end = quoted.right_edge.i + 1
    while end > quoted.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return replace(attribution, source=(quoted.left_edge.i, end))


# Words of a news medium ("North Korea's state news agency KCNA", "the daily").
_MEDIA = frozenset(
    {"agency", "news", "media", "outlet", "newspaper", "paper", "daily",
     "broadcaster", "television", "tv", "radio", "channel", "wire", "website"}
)  # fmt: skip


def _a_medium(doc: Doc, head: Token) -> bool:
    """A quoter that is a news medium ("TASS", "KCNA", "the state news
    agency"), not a person, a pronoun or a state or body that speaks itself."""
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON" or actor_tokens(doc)[head.i]:
        return False
    words = {t.lemma_.lower() for t in head.subtree if t.i <= head.i}
    return head.ent_type_ == "ORG" or bool(words & _MEDIA)


def _quoting(source: Span) -> bool:
    """The source is who quotes: the agent of the passive ("by TASS") or the
    subject of the active verb ("TASS quoted")."""
    root = source.root
    return root.dep_ == "nsubj" or root.head.dep_ == "agent"


def _outside_content(doc: Doc, attribution: Attribution) -> Attribution | None:
    """A source inside its own content is a word of what was said ("stand by |
    our Ukrainian friends' side", "has been encouraging | allies such as Germany
    to ..."): the cue verb's subject speaks, the cue starting after it, or no
    one. Not for a passive verb, whose subject is no speaker."""
    own = attribution.source
    start, end = attribution.content
    verb = cue_verb(doc, attribution.cue)
    if own is None or verb is None or not (start <= own[0] and own[1] <= end):
        return None
    if verb.lower_ == "according" or not _object_of(doc[own[0] : own[1]].root, verb):
        return None  # "'X,' she said, 'Y'": a quotation runs round its source
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "was condemned in a statement by X": X may speak
    subject = _governing_subject(verb) or next(  # a subject hung on an auxiliary
        (s for a in verb.children if a.dep_ == "aux" for s in a.children
         if s.dep_ == "nsubj"),
        None,
    )  # fmt: skip
    if subject is None:
        return replace(attribution, source=None)
    source = _noun_phrase(subject)
    cue = attribution.cue
    if cue[0] <= source[0] < cue[1]:  # "The US has been encouraging"
        cue = (source[1], cue[1])
    if (source[0] < end and start < source[1]) or cue[0] >= cue[1]:
        return replace(attribution, source=None)
    return replace(attribution, source=source, cue=cue)


def _object_of(token: Token, verb: Token) -> bool:
    """The token is the verb's object, or the object of its preposition ("by"
    too when the verb is no passive: "stand by our friends' side")."""
    if token.dep_ in ("dobj", "dative"):
        return token.head.i == verb.i
    prep = token.head
    passive = verb.tag_ == "VBN"
    return (
        token.dep_ == "pobj"
        and (prep.dep_ == "prep" or (prep.dep_ == "agent" and not passive))
        and prep.head.i == verb.i
    )


def _noun_phrase(head: Token) -> tuple[int, int]:
    """The noun phrase a head opens, not an aside after a comma."""
    doc = head.doc
    end = next(
        (t.i for t in doc[head.i : head.right_edge.i + 1] if t.is_punct),
        head.right_edge.i + 1,
    )
    return (head.left_edge.i, end)


def _as_saying(verb: Token) -> tuple[int, int] | None:
    """What "as saying" reports: the clause "saying" takes."""
    for prep in (c for c in verb.children if c.lower_ == "as"):
        for saying in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
            said = next((c for c in saying.children if c.dep_ == "ccomp"), None)
            if said is not None:
                return (said.left_edge.i, said.right_edge.i + 1)
    return None


def _head_subject(doc: Doc, attribution: Attribution) -> tuple[int, int] | None:
    """A participle cue on a verb no attribution has ("X said ... , adding Y"
    where "said" was left out), or on a verb of its complement, speaks with that
    verb's subject when it names a person or an actor, over a source the models
    found inside that verb's complement or none."""
    verb = cue_verb(doc, attribution.cue)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if noun_agent(verb) is not None:  # "reports by X alleging": the reports'
        return None
    head = verb.head
    while head.dep_ == "ccomp" and head.head is not head:
        head = head.head  # "X said the 12 must face charges, adding": "said"
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    own = attribution.source
    if subject is None or head.pos_ != "VERB" or subject.i > head.i:
        return None
    if own is not None and not (head.i < own[0] and own[1] <= verb.i):
        return None
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    start = max([t.i + 1 for t in doc[start : subject.i] if t.is_punct] or [start])
    while end > subject.i + 1 and doc[end - 1].is_punct:
        end -= 1  # "the prosecutor general of Tehran, X", not a phrase before
    named = actor_tokens(doc)
    if not any(named[start:end]) and "PERSON" not in token_table(doc).ent[start:end]:
        return None
    return without_medium(doc, (start, end))


def _subject(doc: Doc, attribution: Attribution) -> tuple[int, int] | None:
    verb = cue_verb(doc, attribution.cue)
    if verb is None:  # a noun cue a verb takes: "reiterated their support"
        noun = doc[attribution.cue[0] : attribution.cue[1]].root
        verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or _asked_of_the_subject(verb):
        return None
    subject = _governing_subject(verb) or _after_opener(verb)
    if subject is None or not _voice_subject(subject):
        return None
    start, end = _noun_phrase(subject)
    content_start, content_end = attribution.content
    if start < content_end and content_start < end:
        return None
    return (start, end)


def _asked_of_the_subject(verb: Token) -> bool:
    """A past participle opening the clause ("Asked whether X, Lin said …",
    "Pressed on the sanctions, he declined …"): the subject is the one asked,
    not the asker, who goes unnamed (PolNeAR marks no source)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
        )
    )


def _after_opener(verb: Token) -> Token | None:
    """The name the parse hung on a participle opener as its subject ("Speaking
    at a news conference in Doha, Sheikh X said"): the name right before the
    verb, in apposition inside the opener."""
    opener = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if opener is None or opener.tag_ != "VBG" or opener.right_edge.i != verb.i - 1:
        return None
    name = next(
        (t for t in opener.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"),
        None,
    )
    return name if name is not None and name.right_edge.i == verb.i - 1 else None


def _governing_subject(verb: Token) -> Token | None:
    """The verb's own subject, or for a finite verb or participle without one,
    the nearest subject up its heads: the parse often hangs a joined predicate
    on a word of the first one's object ("The leaders reiterated their support
    for Israel and its right to defend itself and called for ...", "They
    discussed X, agreeing to ..."), or the subject hung on its auxiliary. Never
    for an infinitive or a participle on a noun, whose subject is someone else."""
    token = verb
    for _ in range(8):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        subject = subject or _on_auxiliary(token)
        if subject is not None:
            return subject if token.pos_ in ("VERB", "AUX") else None
        if token.i == verb.i and _other_subject(verb):
            return None
        if token.head.i == token.i or token.dep_ in ("relcl", "ccomp", "parataxis"):
            return None
        token = token.head
    return None


def _on_auxiliary(verb: Token) -> Token | None:
    """A subject the parse hung on the verb's auxiliary when an aside parts them
    ("The United States had not, as of yesterday, announced ...")."""
    return next(
        (s for a in verb.children if a.dep_ == "aux" and a.i < verb.i
         for s in a.children if s.dep_ == "nsubj"),
        None,
    )  # fmt: skip


def _other_subject(verb: Token) -> bool:
    """An infinitive ("asked him to call for"), a past participle on a noun
    ("the task force announced on February 26") or a participle on the noun of
    "with" ("..., with officials saying ..."): its subject is not the governing
    verb's."""
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return True
    noun = verb.head
    if verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return True
    if verb.dep_ not in ("acl", "amod"):
        return False
    if verb.tag_ == "VBG" and _owned_by_another(noun):
        return True  # "noted the statement of the RSF leadership claiming that"
    # a past participle on a noun, also when tagged as a past tense ('the
    # package announced last week'), unless it takes an object: then it is a
    # finite verb the parse hung on a noun ('X speaking to the think tank
    # called the agreement void')
    objects = any(c.dep_ in ("dobj", "oprd") for c in verb.children)
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not objects)


def _owned_by_another(noun: Token) -> bool:
    """A noun its own phrase gives an owner ("the statement of the RSF", "by
    the RSF", "the RSF's statement"), not a pronoun's ("issued its statement
    saying"): what a participle on it says is that owner's."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (
            c.dep_ == "prep"
            and c.lower_ in ("of", "by")
            and any(
                o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") for o in c.children
            )
        )
        for c in noun.children
    )


def _voice_subject(subject: Token) -> bool:
    """A subject whose voice the document decides (first person, "they", a
    group of participants: "the leaders", "both sides"), or that names a person
    or an actor ("The United States had not announced any plans")."""
    if subject.lower_ in ("we", "i", "they"):
        return True
    if subject.ent_type_ == "PERSON" or any(
        s.start <= subject.i < s.end for s in subject.doc.spans.get("actors", [])
    ):
        return True
    first = subject.doc[subject.left_edge.i].lower_
    return subject.tag_ == "NNS" and first in ("the", "both", "all")
