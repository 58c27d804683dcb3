"""Findings that report no one's speech or stance: a question asked ('Did
Macron say that …?', "Can we say that …?" from the floor), an aside to the
listener ('As you know, X'), a courtesy ('We are pleased to welcome X'), a
guest received ('welcomed President X to Downing Street') and a courtesy call
paid ('EAM called on Prime Minister Lee Hsien Loong'). Pure functions over a
Doc's token table."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.officials import a_person
from extract.nlp.paragraphs import BULLETS
from extract.nlp.token_table import TokenTable
from extract.nlp.turn_labels import from_the_floor
from extract.nlp.watched_with import FEELINGS


def asked_by_the_floor(doc: Doc, found: Attribution) -> bool:
    """ "Can we say that ...?" from the floor: a question in the first person
    reports no one's speech or stance."""
    if found.source is None or found.source[1] - found.source[0] != 1:
        return False
    if doc[found.source[0]].lower_ not in ("i", "we"):
        return False
    sentence = doc[found.cue[0]].sent
    asks = sentence[-1].text == "?" or (len(sentence) > 1 and sentence[-2].text == "?")
    return asks and from_the_floor(doc, doc[found.cue[0]].idx)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def asks(doc: Doc, table: TokenTable, found: Attribution) -> bool:
    """'Did Macron say that …?', 'Are you saying that …?', 'Has the topic been
    raised?', 'Are you satisfied with …?': a question whose main verb is the
    cue, its auxiliary (or copula) before its subject, asks whether someone
    spoke or holds a stance; it reports no one's speech or stance."""
    verbs = [i for i in range(*found.cue) if _main(doc[i])]
    verbs = verbs or [  # 'Is China concerned about …?': the copula left out of the cue
        doc[i].head.i
        for i in range(*found.cue)
        if table.dep[i] == "acomp" and _main(doc[i].head)
    ]
    if not verbs or [t for t in doc[verbs[0]].sent if not t.is_space][-1].text != "?":
        return False
    children = table.children[verbs[0]]
    subjects = [c for c in children if table.dep[c] in _SUBJECTS]
    helpers = [c for c in children if table.dep[c] in ("aux", "auxpass")]
    if table.pos[verbs[0]] == "AUX":  # the copula: 'Are you satisfied with'
        helpers.append(verbs[0])
    return any(h < s for h in helpers for s in subjects)


def _main(verb: Token) -> bool:
    """The sentence's main verb, or one coordinated with it ("did you discuss X,
    and is Canada worried that …?")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def aside(table: TokenTable, found: Attribution) -> bool:
    """'As you know, X': the speaker reminds the listener of what they know;
    it reports no one's speech or stance."""
    verbs = [i for i in range(*found.cue) if table.pos[i] == "VERB"]
    return any(
        {table.lower[c] for c in table.children[v] if table.dep[c] in _ASIDE}
        == {"as", "you"}
        for v in verbs
    )


_ASIDE = frozenset({"mark", "nsubj"})
_GREETINGS = frozenset({"welcome", "see", "meet", "greet", "host", "receive"})
_TAKING = frozenset({"take", "answer"})  # "happy to take your questions"
_READY = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})


def courtesy(table: TokenTable, found: Attribution) -> bool:
    """'We are pleased | to welcome X', 'glad | to see you', 'happy | to take
    your questions': a greeting, not a stance (the gold leaves courtesies out);
    'agreed to meet' is one."""
    first = found.content[0]
    verb = first + 1 if table.lower[first] == "to" else first
    if verb >= found.content[1]:
        return False
    greets = table.lemma[verb] in _GREETINGS or (
        table.lemma[verb] in _TAKING
        and any(
            table.dep[c] == "dobj" and table.lemma[c] == "question"
            for c in table.children[verb]
        )
    )
    return (
        greets
        and table.dep[verb] == "xcomp"
        and found.cue[0] <= table.head[verb] < found.cue[1]
        and table.pos[table.head[verb]] == "ADJ"  # not 'agreed to meet'
        and table.lemma[table.head[verb]] not in _READY  # 'stand ready to meet'
    )


_TOASTING = frozenset({"propose", "raise", "drink", "join", "offer", "make"})


def toast(table: TokenTable, found: Attribution) -> bool:
    """'I invite you all to raise your glasses', 'join me in a toast to X': a
    content that is only a banquet's toast, not a stance ('the deal was toast'
    is one)."""
    inside = range(*found.content)
    nouns = [
        i
        for i in inside
        if table.lemma[i] in ("toast", "glass") and table.pos[i] == "NOUN"
    ]
    if not nouns:
        return False
    heads = {i for i in inside if table.head[i] not in inside or table.head[i] == i}
    clauses = {h for h in heads if table.pos[h] in ("VERB", "AUX")}
    for i in nouns:
        verb = table.head[i]
        if table.dep[verb] == "prep":  # "join me in | a toast"
            verb = table.head[verb]
        if table.lemma[verb] not in _TOASTING:
            continue
        if table.lemma[i] == "glass" and table.lemma[verb] != "raise":
            continue
        joined = any(  # "I propose a toast to X and call on all to Y"
            table.dep[c] == "conj" and table.pos[c] == "VERB"
            for c in table.children[verb]
        )
        if not joined and clauses <= {verb, table.head[verb]}:  # the content's only
            return True  # clause ("we condemn X. I propose a toast" is a stance)
    return False


# Conjunctions of a clause that says when something else happens.
_WHEN_MARKS = frozenset(
    {"after", "before", "until", "till", "once", "when", "whenever"}
)


def in_a_time_clause(doc: Doc, found: Attribution) -> bool:
    """'We will draw our conclusions after the final results are announced': a
    cue whose clause says when, with a subject of its own that is not the
    source, reports no one's speech."""
    verb = doc[slice(*found.cue)].root
    if verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "after the agreement was announced by Qatar": Qatar's
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = range(*found.source) if found.source else range(0)
    return bool(subjects) and not any(s.i in inside for s in subjects)


_HOSTING = frozenset({"welcome", "receive", "host"})
_PLACES = frozenset({"GPE", "FAC", "LOC", "ORG"})


def hosts(doc: Doc, found: Attribution) -> bool:
    """'The Prime Minister welcomed President Ruto of Kenya to Downing Street',
    'received the minister in the Kremlin': a guest received at a place, a
    deed and no stance ('welcomed the decision' is one)."""
    verb = doc[found.cue[0]]
    if verb.lemma_.lower() not in _HOSTING or found.cue[1] - found.cue[0] != 1:
        return False
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    places = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "in", "at")
        for o in p.children
        if o.dep_ == "pobj" and (o.ent_type_ in _PLACES or o.pos_ == "PROPN")
    ]
    return bool(places) and any(map(a_person, guests))


def describes_its_content(table: TokenTable, found: Attribution) -> bool:
    """'the U.S. contribution [announced] last month', 'the sanctions
    [imposed] in 2014': a participle that describes the noun it hangs on, with
    no one named as its agent, is no report of anyone's saying; that noun is
    what the content would be; so is one with its preposition ('The three
    European powers, [known as] the E3')."""
    start, end = found.cue
    if found.source is not None:
        return False
    verb = start
    if any(table.head[i] != verb for i in range(start + 1, end)):
        return False
    head = table.head[verb]
    return (
        table.dep[verb] == "acl"
        and table.tag[verb] in ("VBN", "VBD")  # a participle the tagger may miss
        and found.content[0] <= head < found.content[1]
        and found.content[1] <= verb
        and not any(table.dep[c] == "agent" for c in table.children[verb])
    )


# A courtesy call is a visit, no appeal: "called on" a person with nothing asked
# of them (no "to do X", no "for X"); "called on all parties to exercise
# restraint" appeals.
_ON = frozenset({"on", "upon"})
_PEERS = frozenset({"counterpart", "host", "leader", "leadership"})


def paid_a_call(doc: Doc, found: Attribution) -> bool:
    """Whether the finding is a visit: "called on" a person, asking nothing."""
    cue = doc[slice(*found.cue)]
    if cue.root.lemma_.lower() != "call" or not any(t.lower_ in _ON for t in cue):
        return False
    content = doc[slice(*found.content)]
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "for" for t in content):
        return False  # "to exercise restraint", "for restraint"
    called = (
        [o for on in cue if on.lower_ in _ON for o in on.children if o.dep_ == "pobj"]
        or [o for o in cue.root.children if o.dep_ == "dobj"]  # "called on H.E.
        or [t for t in content if t.pos_ in ("NOUN", "PROPN")][:1]  # Mr. X", "on"
    )  # left without its object
    return any(_a_person(o) for o in called)


def _a_person(noun: Token) -> bool:
    """A person named or titled ("Prime Minister Lee", "the President", "his
    counterpart")."""
    return (
        a_person(noun)
        or noun.lemma_.lower() in _PEERS
        or any(
            c.dep_ == "compound"
            and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _PEERS)
            for c in noun.children
        )
    )


# Seeing what others said or showed ("I've seen those reports", "we have seen
# footage of …", "the two leaders witnessed the signing of …") and calling or
# closing a meeting or a vote ("This concludes the press conference") report
# no stance of the speaker's.
_PERCEIVING = frozenset({"see", "watch", "read", "hear", "witness"})
_SHOWN = frozenset(
    {"report", "footage", "image", "video", "picture", "photo", "news", "story",
     "article", "statement", "comment", "remark", "claim", "signing", "ceremony",
     "exchange", "launch", "inauguration"}
)  # fmt: skip
_CLOSING = frozenset({"conclude", "adjourn"})
_CONVENING = frozenset({"call", "convene"}) | _CLOSING
_GATHERINGS = frozenset(
    {"meeting", "session", "election", "referendum", "vote", "summit",
     "conference", "hearing", "briefing"}
)  # fmt: skip


def perceives_or_convenes(doc: Doc, found: Attribution) -> bool:
    """'I've seen those reports', 'Russia has called a meeting to …': the cue
    takes an object that was seen, or a gathering called; no stance."""
    cue = doc[slice(*found.cue)]
    verb = cue.root
    lemma = verb.lemma_.lower()
    if lemma not in _PERCEIVING | _CONVENING:
        return False
    if any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in verb.children):
        return False  # "saw that …", "called it a provocation"
    if any(
        p.lower_ == "with" and any(o.lemma_.lower() in FEELINGS for o in p.children)
        for p in verb.subtree
    ):
        return False  # "watching with great concern the reports", "seen … with horror"
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    wanted = _SHOWN if lemma in _PERCEIVING else _GATHERINGS
    if lemma in _CLOSING and any(
        c.dep_ in ("prep", "advcl", "acl") for c in (*verb.children, *verb.subtree)
    ):
        return False  # "concluded its meeting by demanding", "with a warning"
    return bool(objects) and all(o in wanted for o in objects)


# What things go "according to": a plan kept, no one's saying.
_COURSES = frozenset(
    {"schedule", "plan", "timetable", "tradition", "custom", "protocol",
     "procedure", "script", "expectation"}
)  # fmt: skip


def by_the_book(doc: Doc, found: Attribution) -> bool:
    """'The construction is proceeding according to schedule', 'went according
    to plan': a course kept, not a source."""
    if found.source is None or doc[found.cue[0]].lower_ != "according":
        return False
    source = doc[slice(*found.source)]
    return len(source) <= 2 and source.root.lemma_.lower() in _COURSES


def left_unsaid(doc: Doc, found: Attribution) -> bool:
    """'yet this was not mentioned', 'it was not discussed': a passive denied
    of a pronoun, with no one who spoke; what no one said is no statement."""
    if found.source is not None or found.content[1] - found.content[0] != 1:
        return False
    verb = doc[found.cue[0] : found.cue[1]].root
    negated = any(c.dep_ == "neg" for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return negated and passive and doc[found.content[0]].pos_ == "PRON"


def goes_on(doc: Doc, found: Attribution) -> bool:
    """'Israel pressed on with its offensive', 'pushed ahead with the plan': a
    course kept up, not someone pressed to act."""
    verb = doc[found.cue[0] : found.cue[1]].root
    return verb.lemma_.lower() in _GOING_ON and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead")
        for c in verb.children
    )


_GOING_ON = frozenset({"press", "push", "carry", "forge", "plough", "plow", "move"})


def aimed_at(doc: Doc, found: Attribution) -> bool:
    """ "The Quad is not directed against any country", "measures directed at
    Russia": what a thing is aimed at, not an order given."""
    verb = doc[slice(*found.cue)].root
    if verb.tag_ != "VBN" or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "The President directed at the meeting that X"
    return verb.lemma_.lower() == "direct" and any(
        c.dep_ == "prep" and c.lower_ in ("against", "at", "toward", "towards")
        for c in verb.children
    )


# Envoys a state calls home or orders out: a deed of protest, not a saying
# ("Algeria recalled its ambassador", "ordered six diplomats to leave").
_ENVOYS = frozenset(
    {"ambassador", "envoy", "diplomat", "chargé", "charge", "representative",
     "consul", "attaché", "attache", "staff"}
)  # fmt: skip
_LEAVING = frozenset({"leave", "depart", "quit", "go"})


def withdraws_or_expels(doc: Doc, found: Attribution) -> bool:
    """ "recalled its ambassador", "ordered six Canadian diplomats to leave":
    envoys withdrawn or expelled, nothing said (but "recalled that …")."""
    verb = doc[slice(*found.cue)].root
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    envoys = any(  # "its chargé d'affaires": the head's compound too (not
        # "the ambassador's words": whose words are recalled)
        t.lemma_.lower() in _ENVOYS or t.lower_ in _ENVOYS
        for o in objects
        for t in (o, *(c for c in o.children if c.dep_ == "compound"))
    )
    if lemma == "recall":
        return envoys
    if lemma != "order" or not envoys:
        return False  # "ordered civilians to leave": an order given
    leaving = (t for o in objects for t in o.children if t.dep_ in ("acl", "relcl"))
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    return any(c.lemma_.lower() in _LEAVING for c in (*clauses, *leaving))


# What sides exchange that is no word: "exchanged fire", "traded prisoners".
_DEEDS_EXCHANGED = frozenset(
    {"fire", "gunfire", "prisoner", "body", "blow", "shell", "strike", "hostage",
     "detainee", "captive", "shot", "missile", "rocket", "territory", "gift", "ring"}
)  # fmt: skip


def exchanges_deeds(doc: Doc, found: Attribution) -> bool:
    """ "The two armies exchanged fire", "Russia and Ukraine exchanged
    prisoners": a deed, nothing said ("exchanged views", "exchanged barbs"
    are)."""
    verb = doc[slice(*found.cue)].root
    if verb.lemma_.lower() not in ("exchange", "trade", "swap"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in _DEEDS_EXCHANGED for o in objects)


# What is posted that says nothing itself: "posted a photo of the ambassador".
_PICTURES = frozenset(
    {"photo", "photograph", "picture", "image", "video", "clip", "footage", "selfie"}
)


def posts_a_picture(doc: Doc, found: Attribution) -> bool:
    """ "The embassy posted a photo of the ambassador on Facebook": a picture
    shared, nothing said (a caption quoted, or "posted a video demanding X",
    is said in its own words)."""
    verb = doc[slice(*found.cue)].root
    if verb.lemma_.lower() not in ("post", "share", "upload", "tweet"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        len(objects) == 1
        and objects[0].lemma_.lower() in _PICTURES
        and found.content[0] <= objects[0].i < found.content[1]
        and not any(t.is_quote for t in doc[slice(*found.content)])
        and not any(t.pos_ == "VERB" for t in objects[0].subtree)  # "a video of
    )  # the minister saying that X": what the video says


def item_label(doc: Doc, found: Attribution) -> bool:
    """ "- Asia: Hafiz Usama Tanveer, Pakistan, bringing clean water …", "•
    NASA: The International Space Station Is Open": a list item's label before
    its colon names what the item is about, not who speaks."""
    if found.source is None or doc[found.cue[0]].text != ":":
        return False
    first = found.source[0]
    if first == 0 or doc[first - 1].text not in BULLETS:
        return False
    label = doc[slice(*found.source)]
    speaks = any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in label) or any(
        label.start <= s.start < label.end
        for group in ("people", "actors")
        for s in doc.spans.get(group, [])
    )
    return not speaks  # "- Lavrov: …" of a list of key quotes is his


def asked_whether(doc: Doc, found: Attribution) -> bool:
    """ "asked whether Indonesia would retaliate if X": a question of what a
    side would do, which it did not say."""
    verb = doc[slice(*found.cue)].root
    return found.source is not None and any(
        c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children
    )


# What a source "asked" not to be: named, identified, quoted (anonymity).
_NAMED = frozenset({"name", "identify", "quote", "cite"})


def was_asked(doc: Doc, found: Attribution) -> bool:
    """ "Peskov, asked about the incident, said …" (whom journalists asked) and
    "who asked not to be named" (a source's anonymity): nothing said there."""
    verb = doc[slice(*found.cue)].root
    if verb.lemma_.lower() != "ask":
        return False
    children = list(verb.children)
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in children)
    ):  # not "asked by NATO to send troops": NATO's appeal
        return found.source is not None  # the one asked, not the asker
    if _set_off(verb):  # "Peskov, asked about …, said", the parse's "Peskov asked"
        return True
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "xcomp"  # not "asked media not to identify them": a request
        and c.lemma_.lower() in _NAMED
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in children
    )


def _set_off(verb: Token) -> bool:
    """ "asked" between commas after its subject, in the clause of a later verb
    ("Peskov, asked about the incident, said …"): a participle the parse read
    as the subject's verb."""
    doc = verb.doc
    return (
        verb.dep_ == "ccomp"
        and verb.head.i > verb.i
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and any(t.text == "," for t in doc[verb.i + 1 : verb.head.i])
    )


def cited_after(doc: Doc, found: Attribution) -> bool:
    """ "Channel 12 reported, citing unnamed officials, that the Prime Minister
    had authorized …": a "citing" whose source the parse found inside what is
    cited names who is reported on, not who cites (but "Citing X, Trump said"
    is Trump's)."""
    verb = doc[slice(*found.cue)].root
    return (
        verb.lemma_.lower() == "cite"
        and found.source is not None
        and found.content[0] <= found.source[0] < found.content[1]
    )
