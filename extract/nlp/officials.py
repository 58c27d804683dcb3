"""Who holds an office, and who speaks for no state though a state is named with
them: titles, institutions and organs; media, analysts, former officials; names
that a state's name only opens ("the Cyprus Mail", "the Minsk Agreements")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.memo import actor_ranges, actor_tokens

TITLES = frozenset(
    {
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chancellor",
        "secretary",
        "premier",
        "diplomat",
        "leader",
        "king",
        "emir",
        "amir",
        "representative",
        "official",
        "commissioner",
        "chairperson",
        "chairman",
        "chairwoman",
        "governor",
        "mayor",
        "councilor",  # "State Councilor Wang Yi"; a city's, as a mayor's
        "councillor",
        "rapporteur",
        "negotiator",
        "mediator",
        "counterpart",  # "his Philippine counterpart Theresa Lazaro": an office
    }
)
# Words before a title that make it another office ("Vice President" is no
# "President", "Deputy Foreign Minister" no "Foreign Minister").
OTHER_OFFICE = frozenset(
    {"vice", "deputy", "prime", "assistant", "under", "former", "ex", "junior"}
)  # fmt: skip
# Institutions a later "the embassy" refers back to.
INSTITUTIONS = frozenset(
    {"embassy", "ministry", "consulate", "mission", "delegation", "government",
     "administration", "department", "cabinet", "parliament", "army", "military"}
)  # fmt: skip
# Who speaks for no state even when named with one ("Chinese citizens", "Russian
# analyst X", "German firms", "a UN report": an inanimate source is no body
# acting): a wrong state is worse than none.
_NOT_OFFICIAL = frozenset(
    {"analyst", "expert", "observer", "journalist", "reporter", "correspondent",
     "citizen", "resident", "national", "native", "people", "protester", "activist",
     "firm", "company", "business", "scholar", "professor", "researcher", "economist",
     "commentator", "columnist", "editor", "media", "newspaper", "student", "fan",
     "movement", "militia", "rebel", "insurgent", "fighter", "militant", "critic",
     "opposition", "dissident", "exile", "sponsor", "backer", "supporter", "patron",
     "opponent", "adversary", "enemy", "foe",
     "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp", "mep",
     "parliamentarian", "senators", "lawmakers", "legislators", "congressmen",
     "congresswomen", "mps", "meps", "parliamentarians",  # also capitalised plurals
     "interviewer", "anchor", "voter", "worker", "family", "relative",
     "billionaire", "investor", "philanthropist", "businessman", "businesswoman",
     "daily", "tabloid", "broadcaster", "outlet", "channel", "television", "radio",
     "tv", "magazine", "newswire", "news", "former", "ex", "retired",
     "report", "study", "survey", "poll", "footage"}
) | frozenset(  # news agencies and broadcasters, state-run ones too, by name
    {"tass", "interfax", "sputnik", "rt", "ria", "xinhua", "cctv", "cgtn", "kcna",
     "irna", "isna", "tasnim", "presstv", "sana", "anadolu", "yonhap", "kyodo", "nhk",
     "ukrinform", "unian", "belta", "wafa", "kuna", "reuters", "bloomberg", "bbc",
     "cnn", "afp", "dpa", "ansa"}
)  # fmt: skip
# Heads of names a state's adjective or name may open that are the state's own
# organs ("the Russian Foreign Ministry", "US Central Command"); other names
# ("the Cyprus Mail", "the Minsk Agreements", "the Greek Energy Forum") are not
# the state speaking.
ORGANS = INSTITUTIONS | frozenset(
    {"forces", "force", "navy", "guard", "corps", "command", "police", "office",
     "council", "agency", "service", "presidency", "court", "senate", "congress",
     "assembly", "house", "committee", "commission", "bureau", "directorate",
     "authority", "authorities", "kremlin", "palace", "mfa"}
)  # fmt: skip
_ORGANS_OR_TITLES = ORGANS | TITLES


_SEATS = frozenset({"member", "deputy", "mp"})  # of a body, before a name
_ANY_ONE = frozenset({"every", "each", "any", "a", "an", "no"})

# Common nouns a state's adjective or name may describe and still name the state
# acting: its offices and organs, and the people and forces that serve it. Any
# other noun ("German automaker", "Swiss scientists", "US lawyers", "a China-US
# trade deal") is no one speaking for the state.
# The titles of those who speak for an office ("Spokesman:" is the header's
# "Spokesperson").
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Words of address before a name one speaks to ("Dr Nwachukwu, …", "Mr. President").
VOCATIVES = frozenset({"mr", "mrs", "ms", "madam", "dr", "doctor", "professor", "sir"})
AGENTS = ORGANS | TITLES | frozenset(
    {"side", "leadership", "regime", "junta", "state", "country", "nation", "officer",
     "troop", "soldier", "serviceman", "peacekeeper", "commander", "general",
     "negotiator", "deputy", "councillor", "councilor", "prosecutor", "regulator",
     "investigator", "counterpart", "delegate", "team", "intelligence",
     "coalition", "head", "chief", "monarch", "prince", "sheikh", "judge",
     "attorney", "aide", "adviser", "advisor", "staff", "counsel", "consul",
     "foreign", "defence", "defense", "prime", "partner", "colleague", "ally",
     "source", "statement", "communique", "readout", "note", "message", "letter"}
)  # fmt: skip


# A state's adjective that is also a continent's ("Inter-American", "the
# Organization of American States"): the proper names it opens are bodies' own
# ("the American Farm Bureau", "American Airlines"); the state's organs are
# named "U.S." or "United States".
_CONTINENTAL = frozenset({"American"})


# What a city's name names when it opens one: an agreement or a meeting, not the
# state speaking ("the Minsk agreements", "the Astana format", "the Paris accord").
_AGREEMENTS = frozenset(
    {"agreement", "accord", "accords", "format", "process", "protocol", "treaty",
     "declaration", "memorandum", "summit", "conference", "talks",
     "communique", "charter", "convention"}
)  # fmt: skip

# What a body named for a cause is for ("the Egyptian Commission for Rights and
# Freedoms", "the Egyptian Organization for Human Rights"), and the words that
# say so.
_CAUSES = frozenset(
    {"rights", "freedoms", "liberties", "freedom", "liberty", "democracy"}
)
_FOR = frozenset({"for", "on", "of"})
# Words that name a cause or a namesake inside a council's or committee's name
# ("the Norwegian Refugee Council", "the Norwegian Helsinki Committee", "the
# Norwegian Nobel Committee"): a body of its own, not the state's organ.
_NAMED_CAUSES = frozenset({"refugee", "refugees", "helsinki", "nobel", "olympic"})
_NAMED_BODIES = frozenset({"council", "committee", "commission", "board", "group"})


def a_person(token: Token) -> bool:
    """A person named or titled ("Prime Minister Luxon", "the President",
    "President Ruto" with a name the NER does not know), not a thing of theirs
    ("the Prime Minister's announcement")."""
    return (
        token.ent_type_ == "PERSON"
        or token.lemma_.lower() in TITLES
        or any(
            c.dep_ == "compound" and c.lemma_.lower() in TITLES for c in token.children
        )
    )


# Words that end a society's name before the state it is in ("… Organisation UK").
_SOCIETIES = frozenset(
    {"organisation", "organization", "association", "foundation", "society",
     "network", "centre", "center", "institute", "trust", "forum", "coalition",
     "campaign"}
)  # fmt: skip


def ends_a_name(mention: Span) -> bool:
    """A state's name that ends the proper name of something not its organ ("The
    World Sikh Organization of Canada", "the Chamber of Commerce of Japan",
    "the Burmese Rohingya Organisation UK"; not "the Government of Canada",
    "the Armed Forces of Ukraine")."""
    doc = mention.doc
    if mention.start > 0 and doc[mention.start - 1].lower_ in _SOCIETIES:
        return True  # "the Burmese Rohingya Organisation UK"
    inside = [doc[mention.start], doc[mention.end - 1]]
    if any(t.ent_type_ != "ORG" or t.ent_iob_ != "I" for t in inside):
        return False
    last = mention.end == len(doc) or doc[mention.end].ent_iob_ != "I"
    if not last or doc[mention.start - 1].lower_ != "of":
        return False  # "the Turkish Ministry of Foreign Affairs"
    start = mention.start - 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    return not any(_organ(t) for t in doc[start : mention.start])


def opens_a_name(mention: Span) -> bool:
    """A state's name or adjective that opens the proper name of something not
    the state's organ: "the Cyprus Mail", "the Minsk Agreements", "the Greek
    Energy Forum" (but "the Russian Foreign Ministry", "US Central Command").
    "American" opening a name is a body's own ("the American Farm Bureau"),
    unless the name is of an institution ("the American Embassy")."""
    root = mention.root
    head = root.head
    if root.dep_ == "compound" and head.lemma_.lower() in _AGREEMENTS:
        return True  # "the Minsk agreements", "the Astana format": a place's name
    if (
        mention.text in _CONTINENTAL
        and root.dep_ == "compound"
        and head.pos_ == "PROPN"
        and not any(t.lower_ in INSTITUTIONS for t in _name_heads(head))
    ):
        return True
    return (
        (
            root.dep_
            in ("compound", "amod", "nmod")  # "Kenya [Private Sector Alliance]"
            and not mention.start <= head.i < mention.end
            and head.pos_ == "PROPN"
            and head.ent_type_ not in ("PERSON", "")
            and head.text[:1].isupper()
            and not any(_organ(t) for t in _name_heads(head))
            and not titled_owner(mention)
        )
        or _opens_an_advocate(mention)
    )


# Words of a firm's or outlet's name after a state's ("Mongolia Airlines", "Kazakh
# Railways", "Egypt Today"): its chairman is no official of the state.
_FIRM_WORDS = frozenset(
    {"airline", "airlines", "airways", "air", "aluminium", "aluminum", "telecom",
     "railway", "railways", "bank", "oil", "gas", "energy", "power", "media",
     "news", "times", "today", "post", "daily", "tribune", "magazine", "television",
     "tv", "radio", "press", "group", "holding", "holdings", "company", "corporation",
     "motors", "steel", "mining", "petroleum", "airport", "port", "foundation",
     "institute", "university", "association", "union", "federation", "chamber",
     "party", "club", "league", "fund", "exchange", "insurance"}
)  # fmt: skip


# Titles whose "to" names the state they are sent to ("ambassador to [the
# United States] Anatoly Antonov").
_SENT = frozenset({"ambassador", "envoy"})


def titled_owner(mention: Span) -> bool:
    """A title's own state that the NER ran into the name after it: "President
    of [Mongolia] Ukhnaagiin Khurelsukh", "ambassador to [the United States]
    Anatoly Antonov", "President of [the Republic of Kazakhstan] Kassym-Jomart
    Tokayev" (see `owned_name`)."""
    return owned_name(mention) is not None


def owned_name(mention: Span) -> Span | None:
    """The name after a title's own state that the NER ran into it (one to
    four capitalised names follow the state, the last one the object of the
    title's "of" or of the state's own "of", none a firm's word; the title
    heads its own phrase: not "Widow of President of Niger X")."""
    doc = mention.doc
    head = mention[-1].head
    while head.dep_ == "compound" and head.head.i > head.i:  # "Kassym-| Jomart"
        head = head.head
    of = doc[mention.start - 1] if mention.start > 0 else None
    if of is None or head.i < mention.end:
        return None
    names = [  # "Kassym-Jomart Tokayev": a hyphen joins the parts of one name
        w
        for w in doc[mention.end : head.i + 1]
        if not (w.text == "-" and w.i > mention.end and not w.whitespace_)
    ]
    titled = (of.lower_ == "of" and of.head.lemma_.lower() in TITLES) or (
        of.lower_ == "to" and of.head.lemma_.lower() in _SENT
    )
    owner = head.head == of or (  # "of the Republic [of] Kazakhstan X"
        head.head.lower_ == "of" and mention.start <= head.head.i < mention.end
    )
    if (
        titled
        and not (of.head.dep_ == "pobj" and of.head.head.lower_ == "of")
        and head.dep_ == "pobj"
        and owner
        and 1 <= len(names) <= 4
        and all(
            w.pos_ == "PROPN" and w.text.istitle() and w.lower_ not in _FIRM_WORDS
            for w in names
        )
    ):
        return doc[mention.end : head.i + 1]
    return None


def _opens_an_advocate(mention: Span) -> bool:
    """A state's name or adjective opening the name of a body for a cause ("the
    Egyptian Commission for Rights and Freedoms", "the Cairo Institute for Human
    Rights Studies"): a non-governmental organisation, unless the name is of a
    state's institution ("the Ministry for Human Rights"). The name is the
    NER's organisation, else the words the parse hangs on the mention's head."""
    doc = mention.doc
    names = [e for e in doc.ents if e.start <= mention.start and mention.end <= e.end]
    head = mention.root.head
    if mention.root.dep_ in ("compound", "amod") and head.i >= mention.end:
        inside = doc[mention.start : head.i]  # "Norwegian Refugee | Council"
        if any(t.lower_ in _NAMED_CAUSES for t in inside) and head.lemma_.lower() in (
            _NAMED_BODIES
        ):
            return True
    if names and names[0].label_ == "ORG":
        words = doc[mention.end : names[0].end]
    elif mention.root.dep_ in ("compound", "amod") and head.i >= mention.end:
        words = doc[mention.end : head.right_edge.i + 1]
    else:
        return False
    at = next((t.i for t in words if t.lower_ in _FOR), None)
    if at is None or at == words.start:
        return False
    named, cause = doc[words.start : at], doc[at + 1 : words.end]
    return not any(t.lower_ in INSTITUTIONS for t in named) and any(
        t.lower_ in _CAUSES for t in cause
    )


def origin_tag(mention: Span) -> bool:
    """A state in parentheses after the name of a group, work or firm, as lists
    of artists or entrants give it ("Amigo & amigo (Australia)"): where it comes
    from, not whom it speaks for. After a person ("Mr. Nebenzia (Russian
    Federation)") or an organ it is the state they speak for."""
    doc = mention.doc
    if mention.start < 2 or mention.end >= len(doc):
        return False
    if doc[mention.start - 1].text != "(" or doc[mention.end].text != ")":
        return False
    named = doc[mention.start - 2]
    spans = [*doc.spans.get("actors", []), *doc.spans.get("people", [])]
    return (
        named.pos_ == "PROPN"
        and named.ent_type_ != "PERSON"
        and not named.is_upper  # "VASSILY NEBENZIA (Russian Federation)"
        and not _organ(named)
        and not any(s.start <= named.i < s.end for s in spans)
    )


# What a place joined by a hyphen says of a person: where they come from or
# live ("German-born", "London-based"), not whom they serve.
_ORIGINS = frozenset({"born", "based", "raised", "educated", "bred", "trained"})


def origin_compound(mention: Span) -> bool:
    """A state or place joined to a word of origin ("the German-born head of the
    World Bank", "a Brussels-based diplomat"): where, not for whom."""
    doc = mention.doc
    end = mention.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _ORIGINS:
        return True
    return _heritage(mention)


# Persons a pair of peoples can describe ("a Russian-American diplomat").
_PERSONS = frozenset(
    {"ambassador", "diplomat", "envoy", "official", "minister", "spokesman",
     "spokeswoman", "spokesperson", "senator", "lawmaker", "negotiator",
     "representative", "adviser", "advisor"}
)  # fmt: skip


def _community(mention: Span) -> bool:
    """A people's adjective beside another's with no hyphen ("the Greek Cypriot
    side", "the Turkish Cypriot representative", "Palestinian American
    activists"): a community, which neither state speaks for."""
    doc = mention.doc
    if len(mention) != 1 or not _a_people(mention[0]):
        return False
    named = actor_tokens(doc)
    beside = [i for i in (mention.start - 1, mention.end) if 0 <= i < len(doc)]
    if not any(named[i] and _a_people(doc[i]) for i in beside):
        return False  # (most mentions: nothing to look up)
    return any(
        len(s) == 1 and _a_people(s[0]) and s.label_ != mention.label_
        for s in doc.spans.get("actors", [])
        if s.start == mention.end or s.end == mention.start
    )


def _a_people(word: Token) -> bool:
    """A people's adjective ("Greek", "Cypriot"), not a state's name ("US")."""
    return word.tag_ == "JJ" or (word.ent_type_ == "NORP" and word.tag_ != "NNP")


def _heritage(mention: Span) -> bool:
    """A people joined by a hyphen to another ("Chinese-American Ambassador
    Gary Locke", "a Russian-American diplomat") describing a person: their
    heritage, not whom they serve; "the Russian-Chinese statement" is both
    states'. A people beside another with no hyphen is a community."""
    doc, start, end = mention.doc, mention.start, mention.end
    if _community(mention):
        return True
    after = end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_
    before = start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    other = doc[end + 1] if after else doc[start - 2] if before else None
    if other is None or not (other.is_title or other.is_upper):  # "US-Israeli"
        return False
    people = any(s.start <= other.i < s.end for s in doc.spans.get("actors", []))
    if other.ent_type_ != "NORP" and not people:
        return False  # "Israeli-Palestinian": either way, both or neither
    head = doc[max(end, other.i)]
    while head.dep_ in ("amod", "compound", "punct") and head.head.i > head.i:
        head = head.head
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in _PERSONS


def describes_another(mention: Span) -> bool:
    """The mention is a state's adjective or name describing a common noun that is
    none of its offices, organs or servants ("German automaker", "Swiss
    scientists", "a China-US trade deal"): the state does not act."""
    root = mention[-1]  # "The US" in "The US lawyers": "The" is the lawyers'
    head = root.head
    if root.dep_ not in ("amod", "compound") or head.i < mention.end:
        return False
    nouns = [head]
    while head.dep_ == "compound" and head.head.i > head.i:  # "trade deal"
        head = head.head
        nouns.append(head)
    named = head.pos_ == "PROPN" and head.text[:1].isupper()
    if named:  # "Russian lawyer Ivan Petrov": what the named one is
        return _common_description(nouns[:-1])
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_lower):
        return False  # (a lower-case "readout" the tagger took for a name)
    if _our_friends(head):
        return False  # "our Kazakhstani friends have told us": the other side
    return not any(n.lemma_.lower() in AGENTS or n.lower_ in AGENTS for n in nouns)


# Rulers news names by what it thinks of them ("Belarusian strongman Alexander
# Lukashenko"), ranks and posts of the state's service ("Ukrainian colonel X",
# "Russian cultural attache X"), a first lady: still the state's.
_RULERS = frozenset(
    {"strongman", "dictator", "autocrat", "despot", "tyrant", "spymaster", "attache",
     "attaché", "colonel", "admiral", "captain", "major", "lieutenant", "brigadier",
     "marshal", "sergeant", "lady"}
)  # fmt: skip


def _common_description(nouns: list[Token]) -> bool:
    """The lower-case common nouns between a state's adjective and a name say
    what the named one is, and none is an office, an organ or a servant ("Russian
    lawyer Ivan Petrov", "Chinese refinery Shandong Haixing"); a capitalised
    word is a title ("Hungarian PM Viktor Orban")."""
    return bool(nouns) and not any(
        not n.is_lower
        or n.pos_ != "NOUN"
        or {n.lemma_.lower(), n.lower_} & (AGENTS | _OWN_BODIES | _RULERS)
        for n in nouns
    )


def owns_another(mention: Span, span: Span) -> bool:
    """A state's name owning, inside the span, a common noun that is none of
    its offices, organs or servants and that describes whom the span names
    (its head or an apposition: "Toyota, Japan's biggest carmaker", "a
    spokesperson for BYD, China's largest maker"): the state does not speak
    (but "Russia's appeal" of a noun cue is Russia's own, and "the head of
    Iran's nuclear programme" heads it)."""
    root = mention[-1]
    root = root.head if root.dep_ == "case" else root  # the owner's "'s"
    head = root.head
    if root.dep_ != "poss" or not span.start <= head.i < span.end:
        return False
    if head.pos_ != "NOUN" or head.i < mention.end:
        return False
    if head.i != span.root.i and head.dep_ != "appos":
        return False  # "the head of Iran's nuclear programme": what they head
    nouns = [head, *(c for c in head.children if c.dep_ == "compound")]
    return not any(  # "Iran's parliament speaker", "Turkey's intelligence organisation"
        {n.lemma_.lower(), n.lower_} & (AGENTS | _OWN_BODIES) for n in nouns
    )


# What a state's name owns and still is the state speaking: "Russia's top
# security body", "China's top legislature".
_OWN_BODIES = frozenset(
    {"body", "board", "legislature", "judiciary", "ruler", "watchdog", "director",
     "inspector", "auditor", "ombudsman", "coordinator", "czar", "tsar", "speaker",
     "emperor", "establishment", "knesset", "duma"}
)  # fmt: skip


def _our_friends(noun: Token) -> bool:
    """ "Our Chinese friends", "your American friends", "our Egyptian
    brothers": diplomacy's word for the other side, not friends in private."""
    return (
        noun.lemma_.lower() in ("friend", "brother", "sister")
        and noun.tag_ == "NNS"
        and not any(c.dep_ == "relcl" for c in noun.children)  # "who took refuge"
        and any(c.dep_ == "poss" and c.lower_ in ("our", "your") for c in noun.children)
    )


def names_outsiders(span: Span) -> bool:
    """Whether a word of the span names people who speak for no state
    ("hundreds of protesters", "journalists", "residents")."""
    return any(t.lemma_.lower() in _NOT_OFFICIAL for t in span)


def not_official(source: Span) -> bool:
    """The source's head, or a word that describes it ("analyst", "native"), says
    it speaks for no state."""
    head = source.root
    describing = [t for t in _describing(head) if t.i >= source.start]
    if any(t.dep_ == "compound" and t.lemma_.lower() in TITLES for t in describing):
        describing = [t for t in describing if not _past_office(t)]
    describing += [t for d in describing for t in _describing(d)]
    describing += [  # "Greek daily Kathimerini", "daily" parsed as an adverb
        t for t in source if t.i < head.i and t.dep_ in ("advmod", "npadvmod")
    ]
    words = {
        w
        for t in (head, *describing)
        # "China's National Health Commission" is an organ; "a British national",
        # "the National Institute for Space Research" speak for no state
        if not (t.text == "National" and head.lemma_.lower() in ORGANS)
        and not _resident_title(t)
        and not _media_office(t)
        for w in (t.lemma_.lower(), t.lower_)
    }
    if _one_of_a_people(head) or _seat_holder(source) or _not_yet_in_office(source):
        return True
    if not words & _NOT_OFFICIAL:
        return False
    named = source.doc.spans.get("actors", [])
    return not any(s.start <= head.i < s.end for s in named)  # "the Houthi movement"


# What "media" names part of when it is an organ's own ("its media wing", "the
# army's media office"), not an outlet.
_MEDIA_OFFICES = frozenset(
    {"wing", "office", "unit", "cell", "department", "centre", "center", "directorate"}
)  # fmt: skip


def _media_office(word: Token) -> bool:
    """ "media" of an organ's media wing or office, its owner named as such
    ("its media wing", "the army's media office"): its own spokesman."""
    office = word.head
    return (
        word.lower_ == "media"
        and word.dep_ in ("compound", "amod")
        and office.lemma_.lower() in _MEDIA_OFFICES
        and any(
            c.dep_ == "poss"
            and (c.lower_ in ("its", "their") or c.lemma_.lower() in ORGANS)
            for c in office.children
        )
    )


def _resident_title(word: Token) -> bool:
    """ "Resident" opening a title ("the UN Resident Coordinator", "Resident and
    Humanitarian Coordinator"): an office, not a resident."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.text == "Resident"
        and after is not None
        and (after.lower_ in _RESIDENT_OFFICES or after.text in ("and", "/"))
    )


# Offices "Resident" opens: "Resident Coordinator", "Resident Representative".
_RESIDENT_OFFICES = frozenset(
    {"coordinator", "representative", "commissioner", "director", "minister"}
)


def _past_office(apposition: Token) -> bool:
    """ "a former lawmaker", "a former ambassador to China" after a title held
    now ("Unification Minister Park Ji-hoon, a former lawmaker"): what they
    were, not for whom they speak."""
    return apposition.dep_ == "appos" and any(
        t.lower_ in ("former", "ex", "retired") for t in apposition.subtree
    )


def _not_yet_in_office(source: Span) -> bool:
    """ "President-elect X", "Secretary of State-designate X": no office yet."""
    return any(
        t.lower_ in ("elect", "designate") and t.i > 0 and t.nbor(-1).text == "-"
        for t in source
    )


def _seat_holder(source: Span) -> bool:
    """ "Knesset member Ahmad Tibi", "State Duma deputy Leonid Slutsky": a member
    of a body named right before the person's name, a lawmaker."""
    doc, named = source.doc, source.doc.spans.get("actors", [])
    return any(
        t.lower_ in _SEATS
        and t.i + 1 < len(doc)
        and doc[t.i + 1].ent_type_ == "PERSON"
        and any(s.end == t.i for s in named)
        for t in source
    )


def _one_of_a_people(head: Token) -> bool:
    """ "every American", "an Iranian": a person of a state's people, a citizen."""
    if head.tag_ not in ("NNP", "NN") or not any(
        c.dep_ == "det" and c.lower_ in _ANY_ONE for c in head.children
    ):
        return False
    return any(s == head.i and e == head.i + 1 for s, e, _ in actor_ranges(head.doc))


def _name_heads(token: Token) -> list[Token]:
    """The token and the words of the name it is a compound of, up to the name's
    head ("Defence" in "the Russian Defence Ministry": "Defence", "Ministry")."""
    heads = [token]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
        heads.append(token)
    return heads


def _organ(token: Token) -> bool:
    return (
        token.lemma_.lower() in _ORGANS_OR_TITLES or token.lower_ in _ORGANS_OR_TITLES
    )


def _describing(token: Token) -> list[Token]:
    return [
        t for t in token.children if t.dep_ in ("compound", "appos", "amod", "nmod")
    ]
