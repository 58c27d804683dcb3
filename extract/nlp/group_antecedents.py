"""Who "they" and a group noun ("the foreign ministers", "the two leaders") refer
back to: the people or states coordinated earlier in the sentence, the participants
of a meeting a recent sentence reports ("Egyptian foreign minister Sameh Shoukry and
his Greek, Cypriot and French counterparts gathered in Cairo ... They concluded
..."), or the plural subject just before "they". Pure functions over a Doc."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.groups import count_disagrees, plural_group
from extract.nlp.members import members_of, with_preps
from extract.nlp.officials import TITLES
from extract.nlp.token_table import sentence_bounds, subtree, token_table

# Verbs that report a meeting of those their subject names.
_MEETING = frozenset(
    {"gather", "meet", "convene", "confer", "hold", "assemble", "speak", "talk"}
)
# A pair's meeting may also be a discussion ("X discussed Y with Z").
_PAIRED = _MEETING | {"discuss"}
# Subjects that are not what "they" means, or are "they" again.
_SPEAKERS = frozenset({"they", "i", "we", "you", "me", "us"})
# Singular nouns of a group that a later "they" means ("the Iranian side").
_SIDES = frozenset({"side", "leadership", "government", "authorities"})
_REACH = 3  # a third sentence not about the group ends the search
# Counts that stand for a group of participants on their own ("The two discussed").
_COUNTS = frozenset({"two", "three", "four", "both"})


def names_a_group(source: Span) -> bool:
    """ "The foreign ministers", "the two leaders", "both sides", "the two",
    "both", "The Secretary and the Ministers": a definite plural of participants
    that names no one in it."""
    head = source.root
    counted = head.lower_ in _COUNTS and head.i == source.end - 1  # "The two"
    joined = [c for c in head.children if c.dep_ == "conj" and c.i < source.end]
    return source[0].lower_ in ("the", "both") and (
        counted or any(plural_group(t) for t in (head, *joined))
    )  # "The Secretary and the Ministers": all of them


def antecedent_group(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The actors "they" or a group noun refers to: a coordination earlier in
    its sentence, else a meeting reported shortly before, else for "they" the
    subject before it; none when unsure."""
    coordinated = _coordinated(source, registry) if len(source) == 1 else ()
    found = coordinated or _meeting(source, registry)
    if found and not coordinated and count_disagrees(source.doc, found, registry):
        return ()  # "the three leaders" of a meeting read as two: some of them
    if not found and len(source) == 1 and source.root.lower_ in ("they", "them"):
        found = _subject_before(source, registry)
    return found


def met_pair(
    source: Span, resolve: Callable[[Span], tuple[str, ...]]
) -> tuple[str, ...]:
    """ "The two ministers" after "the Foreign Minister met her Ukrainian
    counterpart Dmytro Kuleba" (or after it in its sentence: ", where the two
    discussed"): the two people the nearest sentence with a meeting verb names
    (its subject, and whom it met or spoke with), each as `resolve` reads it on
    its own; none unless each is one actor of its own."""
    if not any(t.lower_ in ("two", "both") for t in source if t.i <= source.root.i):
        return ()
    sentences = [s for s in source.doc.sents if s.start < source.sent.start]
    own = [source.sent] if source.sent.root.i < source.start else []
    for sentence in [*own, *sentences[-(_REACH - 1) :][::-1]]:  # ", where the two"
        verb = sentence.root
        if verb.lemma_.lower() not in _PAIRED:
            continue
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        met = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ == "meet"]
        met += [c for p in with_preps(verb) for c in p.children if c.dep_ == "pobj"]
        met += _with_by_phone(verb)
        pair = [*subject[:1], *met]
        if len(pair) != 2 or not all(_one_of_a_pair(t) for t in pair):
            return ()
        if not all(_official(_named(t)) for t in pair):
            return ()  # "discussed the war with the author of a book on Russia"
        found = [resolve(_named(t)) for t in pair]
        if any(len(f) != 1 for f in found) or found[0] == found[1]:
            return ()
        return (*found[0], *found[1])
    return ()


def _named(person: Token) -> Span:
    """The phrase that names one of a pair: the noun with the state it is of
    and its name ("the Foreign Minister of Egypt, Badr Abdelatty"), no clause
    and nothing further ("the author of a book on Russia" is no one's)."""
    doc = person.doc
    end = person.i + 1
    for c in person.children:
        if c.i > person.i and c.dep_ == "appos":
            end = max(end, c.right_edge.i + 1)
        if c.i > person.i and c.dep_ == "prep" and c.lower_ == "of":
            state = [p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"]
            end = max([end, *(p.i + 1 for p in state)])
    return doc[person.left_edge.i : end]


def _official(phrase: Span) -> bool:
    """A phrase naming a person by name or by office ("his Ukrainian
    counterpart"), not "the author"."""
    return any(
        t.ent_type_ == "PERSON" or t.lemma_.lower() in TITLES or t.lemma_ in _PEERS
        for t in phrase
    )


_PEERS = frozenset({"counterpart", "colleague"})


def _with_by_phone(verb: Token) -> list[Token]:
    """Whom the verb's means reached ("spoke by telephone [with] X", "talked on
    the phone [with] X"): the object of a "with" the parse hung on the means."""
    return [
        w
        for p in verb.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "on", "over")
        for means in p.children
        if means.dep_ == "pobj" and means.lemma_.lower() in _PHONES
        for q in means.children
        if q.dep_ == "prep" and q.lower_ == "with"
        for w in q.children
        if w.dep_ == "pobj"
    ]


_PHONES = frozenset({"telephone", "phone", "videoconference", "video", "call", "link"})


def _one_of_a_pair(token: Token) -> bool:
    """A singular noun naming one person ("the Foreign Minister", "her Ukrainian
    counterpart Dmytro Kuleba"), joined to no other."""
    return token.tag_ in ("NN", "NNP") and not any(
        c.dep_ in ("conj", "cc") for c in token.children
    )


def _subject_before(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "Our Ukrainian partners rejected the idea. They demanded ...", "the
    Iranian side declared that they suspended ...": the nearest subject before
    "they", in its sentence or the one before, when it is a plural (or a side)
    that names one actor and no person. An earlier "they" passes the search on,
    first and second person are no antecedent; any other subject ends it."""
    doc = source.doc
    table = token_table(doc)
    starts, _ = sentence_bounds(doc)
    start = starts[source.start]
    start = starts[start - 1] if start > 0 else start
    for i in range(source.start - 1, start - 1, -1):
        if table.dep[i] not in ("nsubj", "nsubjpass") or table.lower[i] in _SPEAKERS:
            continue
        plural = table.tag[i] in ("NNS", "NNPS") or table.lemma[i] in _SIDES
        if not plural or table.pos[i] == "PRON":
            return ()
        first, end = subtree(doc, i)
        if "PERSON" in table.ent[first:end]:
            return ()
        actors = actors_in(doc[first:end], registry)
        return actors if len(actors) == 1 else ()
    return ()


def _meeting(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The participants of the nearest earlier sentence that reports a meeting
    ("A and his B, C and D counterparts gathered in Cairo"), when the sentences
    between speak of that group ("They", "The foreign ministers"), or at most
    two of one person: another group, a state or an organisation in between
    could be "they"."""
    sentences = [s for s in source.doc.sents if s.start < source.sent.start]
    between = 0  # sentences that do not speak of the group
    for sentence in reversed(sentences):
        subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            region = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
            group = members_of(region, registry) or _issuers_own(region, registry)
            if sentence.root.lemma_.lower() in _MEETING or _called_on(sentence.root):
                group += _partners(sentence.root, group, registry)
                if len(group) > 1:
                    return tuple(group)
            if _same_group(subject, region):
                continue
            if not _one_person(subject):
                return ()
        between += 1
        if between >= _REACH:
            return ()
    return ()


def _issuers_own(region: Span, registry: ActorRegistry) -> list[str]:
    """A bare title without article as a meeting's subject on a state's own
    page ("Prime Minister held a telephone conversation with President of
    Maldives", as India's briefings write their own): the issuer's
    office-holder ("the Prime Minister" may be a visiting guest's)."""
    issuer = region.doc._.issuer
    if not issuer or issuer not in registry.actors:
        return []
    if registry.actors[issuer].kind != "state":
        return []
    words = list(region)  # no article: "the Prime Minister" may be a guest's
    titled = bool(words) and all(
        t.lemma_.lower() in TITLES or t.lower_ in _OFFICE_PARTS for t in words
    )
    return [issuer] if titled else []


# Words of a bare title besides the titles themselves ("Prime Minister").
_OFFICE_PARTS = frozenset({"prime", "vice", "deputy", "foreign", "external", "affairs"})
# Meeting verbs whose object is the other side ("X met the ministers of A and B"),
# when it is one of these officials (not "journalists from France", "the heads
# of Russia's oil companies", "the families of hostages").
_MET = frozenset({"meet", "receive", "host"})
_OFFICIALS = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "envoy",
     "ambassador", "counterpart", "king", "emir", "sultan", "prince"}
)  # fmt: skip


def _called_on(verb: Token) -> bool:
    """A courtesy call paid ("X called on the State Minister"), asking nothing
    ("called on X to …" and "called on X for …" are appeals)."""
    return (
        verb.lemma_.lower() == "call"
        and any(c.lower_ == "on" for c in verb.children)
        and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.subtree)
        and not any(t.lower_ == "for" and t.dep_ == "prep" for t in verb.subtree)
    )  # "called on Israel and Hamas for full commitment": an appeal


def _partners(verb: Token, group: list[str], registry: ActorRegistry) -> list[str]:
    """The actors of those a meeting's verb was "with" ("spoke by phone with
    President Erdogan of Türkiye"), or met or called on when they are officials
    ("met the foreign ministers of Armenia and Moldova"), that its subject does
    not name."""
    doc = verb.doc
    calling = _called_on(verb)
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (verb.lemma_ in _MET or calling)
    ]
    objects += [  # "called on the State Minister of Ethiopia"
        o
        for on in verb.children
        if on.lower_ == "on" and calling
        for o in on.children
        if o.dep_ == "pobj"
    ]
    found: list[str] = []
    for prep in with_preps(verb):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            region = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
            found += [a for a in members_of(region, registry) if a not in group]
    for partner in (o for o in objects if o.lemma_.lower() in _OFFICIALS):
        found += [a for a in members_of(_office(partner), registry) if a not in group]
    return list(dict.fromkeys(found))


def _office(partner: Token) -> Span:
    """An official met, without what a clause or apposition adds ("the
    Foreign Minister of Egypt, who had just returned from Israel")."""
    cut = [c for c in partner.children if c.dep_ in ("relcl", "appos", "acl")]
    end = min([c.left_edge.i for c in cut], default=partner.right_edge.i + 1)
    return partner.doc[partner.left_edge.i : end]


def _one_person(subject: Token) -> bool:
    """ "The Italian foreign minister, Luigi Di Maio", "he": one person cannot be
    "they"."""
    if subject.lower_ in ("he", "she"):
        return True
    return subject.tag_ in ("NN", "NNP") and (
        subject.ent_type_ == "PERSON" or subject.lemma_.lower() in TITLES
    )


def _same_group(subject: Token, region: Span) -> bool:
    return subject.lower_ == "they" or names_a_group(region)


def _coordinated(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "they" after a coordination of people or states earlier in its sentence
    ("the meeting between President Erdogan and President Putin, they have
    reached"): their actors; none when two groups could be meant."""
    sentence = source.sent
    groups = [
        t
        for t in sentence
        if t.i < source.start
        and t.pos_ in ("PROPN", "NOUN")
        and t.dep_ != "conj"  # "Germany and Britain" inside "France, Germany and …"
        and any(c.dep_ == "conj" for c in t.children)
    ]
    named = [
        (members_of(sentence.doc[t.left_edge.i : t.right_edge.i + 1], registry), t)
        for t in groups
    ]
    found = [  # each one named: not "Europe, Japan, Canada and Mexico"
        g for g, t in named if len(g) > 1 and len(g) >= _conjuncts(t)
    ]
    return tuple(found[0]) if len(found) == 1 else ()


def _conjuncts(head: Token) -> int:
    """How many the coordination a word heads joins ("France, Germany and
    Britain": three)."""
    count, todo = 1, [head]
    while todo:
        word = todo.pop()
        conj = [c for c in word.children if c.dep_ == "conj"]
        count += len(conj)
        todo.extend(conj)
    return count
