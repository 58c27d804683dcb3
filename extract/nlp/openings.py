"""The participants or signatories a document opens with: the people and states
its first sentences' subject names ("President Biden and President Xi", "We,
the leaders of France, Germany and Italy", "representatives of the United
States and Ukraine"), with the other side of a call or visit ("spoke with
President Putin of Russia", "received the Prime Minister of Poland") and the
role "we" speak in ("As the leaders of the United States, Egypt and Qatar,
we …"). Pure functions over a Doc."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.datelines import dateline_dash
from extract.nlp.governing import ENVOYS
from extract.nlp.groups import named_we, plural, plural_group
from extract.nlp.header import first_paragraph
from extract.nlp.members import members_of, office_holder, with_preps
from extract.nlp.officials import TITLES, a_person
from extract.nlp.stance_complements import STANCE_NOUNS
from extract.nlp.voices import DocumentVoices

# Opening verbs of a call or meeting: their participants are "they".
_MEETING_VERBS = frozenset(
    {"speak", "talk", "meet", "hold", "have", "confer", "call", "convene", "host",
     "receive"}
)  # fmt: skip
# Verbs whose object is the other side of the meeting: "X received Y", "X met Y".
_RECEIVING = frozenset({"receive", "host", "meet", "welcome"})
_HOSTING = frozenset({"receive", "host", "welcome"})
# Of these, the verbs that also take a thing: "welcomed the decision", "received
# with concern the news of X": only a person received is a guest.
_NEWS_TAKEN = frozenset({"welcome", "receive"})
# Meetings an opening's group may be the participants of.
_OCCASIONS = frozenset({"meeting", "summit", "talks", "conference", "consultation"})
_PLACE_PREPS = frozenset({"in", "at"})
_WHEN = frozenset({"ahead", "before", "after", "prior"})  # "X ahead of the summit"

# Whom "my" or "our" makes others, not the speaker: "my colleagues", "our partners".
OTHERS = frozenset(
    {"partner", "colleague", "friend", "counterpart", "ally", "neighbour",
     "neighbor", "opponent", "adversary", "guest", "interlocutor", "rival",
     "brother", "sister"}  # "my brother President Tokayev", "our Egyptian brothers"
)  # fmt: skip


def opening_group(
    doc: Doc, registry: ActorRegistry, issuer: tuple[str, ...] = ()
) -> DocumentVoices | None:
    """The participants or signatories a document opens with: (group, meeting,
    joint). Read from the first sentences of the first paragraph. A call or
    meeting makes "they" the group, and its first office-holder the lead ("he"
    before anyone else is named); a subject that is "we" or speaks of "our"
    makes "we" the group, and so does a subject naming the issuer among others
    that does something other than meet ("The Presidents of A and B adopted
    the following joint statement"): the text is theirs."""
    start, end = first_paragraph(doc)
    body = (s for s in doc.sents if s.end_char > start)
    for sentence in islice(body, 3):
        if 0 < end < sentence.start_char:
            break
        found = _group_of(sentence, registry, issuer)
        if found is None and _we_named(sentence):  # a parse with no verb for "we"
            found = DocumentVoices(joint=True)  # signatories not read: no one
        if found is not None:
            return found
    return None


def _our_own(word: Token) -> bool:
    """An "our" of the speakers' own ("our shared commitment"), not one that
    names others ("our ally, the Philippines")."""
    return (
        word.lower_ == "our"
        and word.dep_ == "poss"
        and word.head.lemma_.lower() not in OTHERS
    )


def _we_named(sentence: Span) -> bool:
    """A sentence opening "We, …," ("We, President X and Prime Minister Y, …"):
    the text speaks for those it names."""
    return len(sentence) > 2 and sentence[0].lower_ == "we" and sentence[1].text == ","


def _group_of(
    sentence: Span, registry: ActorRegistry, issuer: tuple[str, ...]
) -> DocumentVoices | None:
    """The group of one opening sentence: its main verb's, or that of the clause
    it introduces ("That is why today, A, B and C announce our intent"), unless
    "we" or "I" say that clause."""
    root = sentence.root
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "advcl")]
    if any(_speaking_pronoun(c) for c in root.children):
        clauses = []  # "We recall that A and B initialled …": what we say
    if any(_speaking_person(c) for c in root.children):  # what one person says,
        clauses = [c for c in clauses if _joins_sides(c)]  # unless it names sides
    for verb in (root, *clauses):
        found = _group_of_verb(verb, registry, issuer)
        if found is not None:
            return found
    return None


def _speaking_pronoun(word: Token) -> bool:
    """A first-person subject of the opening's main verb, whose clause is what
    they say ("We believe that China and Russia share …")."""
    return word.dep_ == "nsubj" and word.lower_ in ("we", "i")


def _joins_sides(clause: Token) -> bool:
    """A clause whose subject joins two or more ("said that Japan and China had
    agreed to hold a summit", "the leaders of Pakistan and Saudi Arabia had
    signed"): the sides it names are the document's."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.subtree)
        for c in clause.children
    )


def _speaking_person(word: Token) -> bool:
    """One person or office-holder as the opening's subject ("In his speech,
    the Minister stressed that Russia's war against Ukraine …"): the clause is
    what they say, and the states in it are not the document's sides."""
    return (
        word.dep_ == "nsubj"
        and (word.lemma_.lower() in TITLES or word.ent_type_ == "PERSON")
        and word.tag_ in ("NN", "NNP")
        and not any(c.dep_ == "conj" for c in word.children)
    )


def _group_of_verb(
    verb: Token, registry: ActorRegistry, issuer: tuple[str, ...]
) -> DocumentVoices | None:
    subject = _subject(verb)
    if subject is None or (_observing(verb) and not _names(subject, issuer)):
        return None  # "Jordan and Iraq took part as observers": not the sides
    # a personal pronoun's head is a verb, whatever the tagger read ("We, the
    # Leaders of the G7, condemn", its verb tagged a noun after the apposition)
    if verb.pos_ not in ("VERB", "AUX") and subject.tag_ != "PRP":
        return None
    if (
        subject.dep_ == "nsubjpass"
        and verb.lemma_ not in _MEETING_VERBS
        and subject.lower_ != "we"  # "We, the Ministers of A and B, are appalled"
    ):
        return None  # "Two hostages, an American and an Australian, were freed"
    joint = subject.lower_ == "we" or (
        subject.lower_ != "i"  # "I met X for our annual meeting": the issuer's
        and any(_our_own(t) for t in verb.subtree)
    )
    own, partners = _regions(verb, subject, we=subject.lower_ == "we")
    named: list[str] = []
    for region in own:
        named.extend(a for a in members_of(region, registry) if a not in named)
    for region in _occasion(verb, subject) if not named else ():
        named.extend(members_of(region, registry, places=False))
    own_title = not named and bool(issuer) and _own_title(subject)
    if own_title:  # "The Prime Minister spoke to …" in No 10's readout
        named.append(issuer[0])
    found = list(dict.fromkeys(named))
    for region in partners:
        found.extend(a for a in members_of(region, registry) if a not in found)
    if joint and found and not named:  # "We met the PM of Japan", "Our envoy met"
        # the issuer's account of a meeting, not a joint text: "we" is the
        # issuer, never the others alone ("they" may be anyone named since)
        return DocumentVoices(group=tuple(found), met_by_issuer=True)
    if subject.lower_ == "we":  # "We, the G7 Foreign Ministers of A, B, …": the G7
        titled = named_we(verb.doc[subject.i : subject.right_edge.i + 1])
        found = list(titled) if len(titled) == 1 and titled[0] in found else found
    members = _members_of_body(subject, found, registry)
    if members and subject.lemma_.lower() in _OCCASIONS:  # "The ASEAN Summit was
        return DocumentVoices(group=tuple(found), joint=True)  # held": its "we"
    guest = verb.lemma_ in _RECEIVING and len(found) > len(named)  # "welcomed X"
    meeting = (verb.lemma_ in _MEETING_VERBS or guest) and not joint
    if joint and subject.lower_ != "we" and len(found) == 1 and found[0] not in issuer:
        return None  # "Russia has brought the war to our land": not Russia's "we"
    if len(found) < 2 and not (joint and found) and not members:
        if own_title and meeting:  # met someone of no known state: the lead only
            return DocumentVoices(lead=(_holder_name(subject), issuer[0]))
        return None
    lead = office_holder(own[0], registry) if meeting and own else None
    if meeting and own_title and lead is None:
        lead = (_holder_name(subject), issuer[0])
    together = not meeting and len(named) > 1 and bool(issuer) and issuer[0] in named
    return DocumentVoices(
        group=tuple(found),
        meeting=meeting,
        joint=joint or together,
        lead=lead,
        host=named[0] if meeting and named and _hosts(verb) else None,
    )


def _hosts(verb: Token) -> bool:
    """A verb of receiving an office-holder at home ("received the Prime
    Minister of Poland", "hosted", "welcomed"), not a call or a letter
    received, nor a businessman."""
    return verb.lemma_ in _HOSTING and any(
        c.dep_ == "dobj" and _titled(c) for c in verb.children
    )


def _titled(guest: Token) -> bool:
    """A guest named with an office ("the Prime Minister of Greece", "Prime
    Minister Kyriakos Mitsotakis"), not a businessman or a party leader."""
    words = [guest, *(t for t in guest.subtree if t.i < guest.i)]
    return any(t.lemma_.lower() in TITLES for t in words)


def _regions(verb: Token, subject: Token, *, we: bool) -> tuple[list[Span], list[Span]]:
    """Where an opening names its group: the subject, less the role its
    members act in ("A and B, as co-chairs of the X Group, announce"), and for
    "we" that role ("As the leaders of A, B and C, we"); then the "with" or
    "to" partners, and the one received."""
    doc = verb.doc
    roles = [c for c in (*subject.children, *verb.children) if _role(c)]
    start = _after_dateline(subject)
    venues = [t for t in doc[start : verb.i] if _venue(t) or _posting(t)]
    cut = {
        i for r in [*roles, *venues] for i in range(r.left_edge.i, r.right_edge.i + 1)
    }
    own = _without(doc[start : verb.i], cut)
    if we:
        own += [doc[r.left_edge.i : r.right_edge.i + 1] for r in roles]
    partners = [  # not 'agreed with the call of X': whose call is no partner
        _partner(c)
        for prep in with_preps(verb)
        for c in prep.children
        if c.dep_ == "pobj" and c.lemma_.lower() not in STANCE_NOUNS
    ]
    if verb.lemma_ in _RECEIVING:  # "X received the Prime Minister of Poland"
        partners += [
            _received(c)
            for c in verb.children
            if (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.ent_type_ == "PERSON"))
            and (verb.lemma_ not in _NEWS_TAKEN or a_person(c))  # not "the news"
        ]  # a guest the parse took for an adverb ("received today Sheikh X")
    partners += _honoured(verb)
    return own, partners


# What a host gives in honour of a guest: "hosted a state banquet for X", "held
# an official welcome ceremony for X", "gave a dinner in honour of X".
_FETES = frozenset(
    {"banquet", "dinner", "luncheon", "lunch", "reception", "ceremony", "breakfast"}
)
_GIVING = frozenset({"host", "hold", "give", "offer", "organise", "organize"})


def _honoured(verb: Token) -> list[Span]:
    """The guest a fete is given for ("hosted a banquet for President X", "in
    honour of X"): the other side of the meeting."""
    if verb.lemma_ not in _GIVING:
        return []
    fetes = [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _FETES
    ]
    found = []
    for prep in (p for f in (verb, *fetes) for p in f.children if p.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "in" and objects and objects[0].lower_ in ("honour", "honor"):
            objects = [  # "in honour | of X"
                g for p in objects[0].children if p.lower_ == "of" for g in p.children
            ]
        elif prep.lower_ != "for":
            continue
        found += [_partner(o) for o in objects if fetes and a_person(o)]
    return found


def _partner(partner: Token) -> Span:
    """A partner with its own words, not when or where they met ("The Jakarta
    Post [ahead of the ASEAN foreign ministers' retreat]")."""
    doc = partner.doc
    end = partner.right_edge.i + 1
    for child in partner.children:
        if child.i > partner.i and child.dep_ == "advmod" and child.lower_ in _WHEN:
            end = min(end, child.left_edge.i)
    return doc[partner.left_edge.i : end]


def _received(guest: Token) -> Span:
    """The one received, with the "of" that names whose they are ("the Prime
    Minister of Poland"), not where or why ("… in Berlin for talks on Ukraine")."""
    doc = guest.doc
    end = guest.right_edge.i + 1
    for child in guest.children:
        if child.i > guest.i and child.dep_ == "prep" and child.lower_ != "of":
            end = min(end, child.left_edge.i)
    return doc[guest.left_edge.i : end]


def _subject(verb: Token) -> Token | None:
    """The verb's subject before it; one after a dateline the parse made a
    subject too ("Abuja, 12 May 2025: The President of …") when there is one."""
    subjects = [  # "We, the Foreign Ministers of A, B and C, are appalled by"
        t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i
    ]
    if not subjects:
        return None
    closing = _closings(verb.doc[subjects[0].i : verb.i])
    later = [t for t in subjects if closing and t.i > closing[-1]]
    return later[0] if later else subjects[0]


def _after_dateline(subject: Token) -> int:
    """Where a subject starts when the parse ran it back over the place and date
    the text was issued ("Abuja, 12 May 2025: The President of …"): after the
    colon or spaced dash that closes them. Those name no participant."""
    closing = _closings(subject.doc[subject.left_edge.i : subject.i])
    start = closing[-1] + 1 if closing else subject.left_edge.i
    dash = dateline_dash(subject.doc)  # "PORT SUDAN, Sudan (AFP) - The UN's chief"
    return dash + 1 if dash is not None and start <= dash < subject.head.i else start


def _closings(region: Span) -> list[int]:
    """The colons and spaced dashes of a region: where a dateline may end."""
    return [
        t.i
        for t in region
        if t.text == ":" or (t.text in ("—", "–", "-") and t.whitespace_)
    ]


def _own_title(subject: Token) -> bool:
    """A title that names no state, bare ("The Prime Minister", "The President
    of the Republic") or with a name ("Federal Foreign Minister Johann
    Wadephul"): in an issuer's readout, the issuer's own office-holder."""
    phrase = _phrase(subject)
    titled = any(t.lemma_.lower() in TITLES for t in phrase)
    bare = phrase[0].lower_ == "the" and not any(
        t.ent_type_ == "PERSON" for t in phrase
    )
    named = subject.ent_type_ == "PERSON" or _titled_name(subject) is not None
    return titled and (bare or named)


def _titled_name(subject: Token) -> Token | None:
    """The name the parse joined to a subject that is a title, as a conjunct or
    an apposition: "Deputy Prime Minister and Foreign Minister Ishaq Dar", one
    person with two offices."""
    if subject.lemma_.lower() not in TITLES or subject.ent_type_ == "PERSON":
        return None
    names = [
        c
        for c in subject.children
        if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"
    ]
    return names[0] if len(names) == 1 else None


def _holder_name(subject: Token) -> str:
    """The name of an opening's office-holder, or their title when bare."""
    phrase = _phrase(subject)
    people = [
        t for t in phrase if t.ent_type_ == "PERSON" and t.lemma_.lower() not in TITLES
    ]
    return phrase.doc[people[0].i : people[-1].i + 1].text if people else phrase.text


def _phrase(token: Token) -> Span:
    """A token's subtree as a span."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _occasion(verb: Token, subject: Token) -> list[Span]:
    """The meeting a group subject naming no one is the participants of
    ("Following the meeting of the Foreign Ministers of A, B and C in Riyadh,
    the Ministers affirmed")."""
    if not plural(subject):
        return []
    doc = verb.doc
    return [
        doc[c.left_edge.i : c.right_edge.i + 1]
        for prep in verb.children
        if prep.dep_ == "prep"
        for c in prep.children
        if c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS
    ]


def _members_of_body(subject: Token, found: list[str], registry: ActorRegistry) -> bool:
    """The heads or ministers of one body's members ("The Heads of State of the
    member states of the SCO met") or its meeting ("The 44th ASEAN Summit was
    held"): the body is the group."""
    occasion = subject.lemma_.lower() in _OCCASIONS and not plural(subject)
    heads = [subject] + [c for c in subject.children if c.dep_ == "nmod"]
    members = any(plural_group(h) for h in heads)
    if len(found) != 1 or not (members or occasion):
        return False  # "the Syrian Democratic Forces" are the body, not its members
    actor = registry.actors.get(found[0])
    return actor is not None and actor.kind == "body"


def _role(token: Token) -> bool:
    """An "as" phrase: the role in which the subject acts (the parse may read
    its "as" as a clause's marker, with the role as its object)."""
    return (
        token.lower_ == "as"
        and token.dep_ in ("prep", "mark")
        and any(c.dep_ == "pobj" for c in token.children)
    )


def _names(subject: Token, issuer: tuple[str, ...]) -> bool:
    """Whether the subject's phrase names the issuer ("Canada and Norway took
    part as observers" in Canada's own statement: its "we")."""
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    return any(
        start <= s.start < end and s.label_ in issuer
        for s in subject.doc.spans.get("actors", [])
    )


def _observing(verb: Token) -> bool:
    """A verb whose subject attends in a role that takes no side ("took part as
    observers"); a chief guest is a side ("paid a State Visit as the Chief
    Guest")."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _OBSERVERS
        for c in verb.children
        if _role(c)
        for o in c.children
    )


_OBSERVERS = frozenset({"observer"})


def _posting(token: Token) -> bool:
    """Where an envoy is sent ("Chinese Ambassador [to the UK] Zheng
    Zeguang"): a state that names no participant."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "to"
        and token.head.lemma_.lower() in ENVOYS
    )


def _venue(token: Token) -> bool:
    """Where the subject meets or is ("…, meeting in Helsinki,", "the delegations
    in Geneva"): a place there names no participant."""
    return token.dep_ == "prep" and token.lower_ in _PLACE_PREPS


def _without(region: Span, cut: set[int]) -> list[Span]:
    """The stretches of a region outside the cut tokens."""
    doc = region.doc
    stretches: list[Span] = []
    start = region.start
    for i in range(region.start, region.end + 1):
        if i == region.end or i in cut:
            if start < i:
                stretches.append(doc[start:i])
            start = i + 1
    return stretches
