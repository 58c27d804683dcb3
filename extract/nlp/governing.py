"""Which actors a span names as the one its head serves: a governing title
counts ("Russian Foreign Minister", "US Central Command"); a place or occasion
("in Iraq", "on a visit to Vietnam"), the state an envoy is sent to, a body
whose unnamed members speak, a body a state's envoy is posted to ("Russia's UN
ambassador"), and a name a state's name only opens do not.
Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.memo import once_per_doc
from extract.nlp.officials import (
    ORGANS,
    TITLES,
    describes_another,
    ends_a_name,
    opens_a_name,
    origin_compound,
    origin_tag,
    owns_another,
)

_LOCATIVE = frozenset(
    {"in", "at", "on", "to", "from", "near", "inside", "across", "during", "after",
     "before", "with", "into", "outside", "throughout", "toward", "towards"}
)  # fmt: skip
# Verbs of a relative clause that say whom its subject serves ("who heads the
# Russian delegation"), and the clauses inside one that say something else.
_SERVING = frozenset(
    {"head", "lead", "serve", "represent", "work", "chair", "run", "direct",
     "command", "advise", "speak"}
)  # fmt: skip
_CLAUSES = frozenset({"acl", "xcomp", "ccomp", "advcl", "relcl", "pcomp"})
_VISITING = frozenset({"visit", "tour"})  # the place visited is no one served
# An envoy to a state speaks for the state that sent them: "US Ambassador to
# Germany Richard Grenell", "the US special envoy for Ukraine".
ENVOYS = frozenset(
    {"envoy", "ambassador", "representative", "emissary", "delegate", "negotiator",
     "mission", "delegation", "coordinator"}
)  # fmt: skip
# Heads of an agency's posts whose "for X" is the country they cover.
_REMITS = frozenset({"director", "manager", "chief", "head", "officer", "rapporteur"})


def actors_in(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """Actor ids named in a span (via the 'actors' span group), in text order.

    A governing title decides: only actors named outside places and occasions
    count ("A US military spokesman in Iraq" -> USA, "Mattis, on a visit to
    Vietnam" -> none of Vietnam; "the ruling Democratic Rally in Cyprus" names no
    one); a state an envoy is sent to never counts, nor a body whose unnamed
    members speak ("members of the European Union").
    """
    group = span.doc.spans.get("actors", [])
    mentions = [
        group[k]
        for start, end, k in once_per_doc(span.doc, "actors_in_order", _in_order)
        if start >= span.start and end <= span.end
    ]
    mentions = [
        s
        for s in mentions
        if not _sent_to(s)
        and not opens_a_name(s)
        and not ends_a_name(s)
        and not (registry.actors[s.label_].kind == "state" and owns_another(s, span))
        and not origin_tag(s)
        and not origin_compound(s)
        and not describes_another(s)
        and not _members_of_body(s, registry)
        and not _diplomats_at_body(s, registry)
        and not _some_members(s, registry)
        and not _as_a_member(s, registry)
        and not _in_adverbial_clause(s, span)
        and not _beside_another(s, span)
        and not _of_a_party(s)
        and not _member_named(s, registry)
        and not _topic_of_office(s)
        and not national_council(s)
        and not _of_a_former_office(s, span)
        and not _where_forces_serve(s)
        and not _where_agency_serves(s, registry)
    ]
    mentions = [s for s in mentions if not _where_it_is(s, mentions, registry)]
    governing = [s for s in mentions if not placed(s, span)]
    governing = _outside_relative_clauses(governing, span)
    governing = [s for s in governing if not _posted_to(s, governing, registry)]
    governing = [s for s in governing if not office_of_another(s, governing, registry)]
    return _inmost(governing, registry)


_FORMER = frozenset({"former", "ex", "retired", "onetime", "erstwhile"})
_FORCES = frozenset({"forces", "force", "command", "army", "navy", "fleet", "corps"})


def _where_forces_serve(mention: Span) -> bool:
    """A state named after another's forces ("U.S. Forces Korea", "U.S. Forces
    Japan"): where they serve, not whom they speak for."""
    doc, at = mention.doc, mention.start
    if at < 2 or doc[at - 1].lower_ not in _FORCES:
        return False
    return any(
        s.end == at - 1 and s.label_ != mention.label_
        for s in doc.spans.get("actors", [])
    )


# Agencies with offices in the countries they serve, and the posts there ("the
# UNICEF Representative in Yemen", "Yemen's UNICEF representative", "Sudan's WFP
# country director"); a state's envoy to a body is its ambassador or envoy.
_FIELD_AGENCIES = frozenset(
    {"UNICEF", "UNHCR", "WFP", "UNDP", "UNFPA", "OCHA", "IOM", "UNRWA", "ICRC", "OHCHR"}
)  # (not the WHO's or the FAO's, where states have delegates: "Russia's WHO
# representative")
_AGENCY_POSTS = frozenset(
    {"representative", "coordinator", "director", "chief", "head", "officer",
     "manager", "spokesperson", "spokesman", "spokeswoman"}
)  # fmt: skip


def _where_agency_serves(mention: Span, registry: ActorRegistry) -> bool:
    """A state named before an agency's post in it ("Yemen's UNICEF
    representative", "the Yemeni UNICEF chief"): where the agency serves, not
    whom its official speaks for."""
    actor = registry.actors.get(mention.label_)
    root = mention.root
    if actor is None or actor.kind != "state" or root.dep_ not in ("poss", "amod"):
        return False
    title = root.head
    while title.dep_ == "compound" and title.head.i > title.i:
        title = title.head  # "Sudan's WFP country director"
    if title.lemma_.lower() not in _AGENCY_POSTS:
        return False
    agencies = {
        s.root.i
        for s in mention.doc.spans.get("actors", [])
        if s.label_ in _FIELD_AGENCIES and mention.end <= s.start < title.i
    }
    return any(
        t.i in agencies and t.dep_ == "compound" for t in title.subtree if t.i < title.i
    )


def _of_a_former_office(mention: Span, span: Span) -> bool:
    """A state named in an apposition of an office once held ("Ambassador X, a
    former Permanent Representative of Mexico,"): not whom they speak for now."""
    node = mention.root
    while not _once_held(node):
        if node.dep_ == "conj":  # "a former rector and now Mexico's Foreign
            return False  # Secretary": the office held now
        if not span.start <= node.head.i < span.end or node.head.i == node.i:
            return False
        node = node.head
    return True


def _once_held(node: Token) -> bool:
    """An apposition of an office once held ("a former Permanent Representative"),
    or the one who leads a body ("The panel, led by a former Costa Rican foreign
    minister,")."""
    if node.dep_ == "pobj" and node.head.dep_ == "agent":  # "led by former
        return any(t.lower_ in _FORMER for t in node.subtree if t.i < node.i)  # X"
    return node.dep_ == "appos" and any(
        c.lower_ in _FORMER and c.i < node.i for c in node.children
    )


# The UN's Security Council has a President, not a secretary or a chairman: "the
# Secretary of the Security Council", "Security Council Secretary X", "Deputy
# Chairman of the Security Council" hold a state's own council's offices.
_UN_COUNCIL = "UNSC"
_COUNCIL_OFFICES = frozenset({"secretary", "chairman"})
_UN_WORDS = frozenset({"un", "u.n.", "u.n", "united", "nations"})


def national_council(mention: Span) -> bool:
    """A "Security Council" whose office the UN's council does not have: a
    state's own council, which the text does not name."""
    if mention.label_ != _UN_COUNCIL or any(t.lower_ in _UN_WORDS for t in mention):
        return False  # "the U.N. Security Council" says whose
    node = mention[-1]  # "Council", and past a name the parse ran into it
    while node.dep_ == "compound" and node.head.lemma_.lower() not in _COUNCIL_OFFICES:
        node = node.head  # ("… Council Dmitry Medvedev"), not a committee's
        if node.pos_ != "PROPN" or node.lemma_.lower() in ORGANS:
            return False
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        office = node.head.head
    elif node.dep_ == "compound":
        office = node.head
    else:
        return False
    return office.lemma_.lower() in _COUNCIL_OFFICES


def _topic_of_office(mention: Span) -> bool:
    """A place an office deals with, not whose it is ("China's [Taiwan] Affairs
    Office", "the [Hong Kong] Affairs Bureau")."""
    doc = mention.doc
    return mention.end < len(doc) and doc[mention.end].lower_ == "affairs"


def office_of_another(
    mention: Span, others: list[Span], registry: ActorRegistry
) -> bool:
    """A body's office named "of" another actor ("the Secretary-General of
    NATO"): the office is the other's, not the body whose name it also is
    (unless it belongs to that one: "the Secretary-General of the UN")."""
    heads = {o.root.i: o.label_ for o in others}
    owners = [
        heads[c.i]
        for prep in mention.root.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for c in prep.children
        if c.i in heads
    ]
    return any(
        o != mention.label_ and not belongs_to(mention.label_, o, registry)
        for o in owners
    )


def _posted_to(mention: Span, others: list[Span], registry: ActorRegistry) -> bool:
    """A body that names where a state's envoy serves ("Russia's UN ambassador",
    "Chilean UN Ambassador X"): the state speaks, not the body."""
    actor = registry.actors.get(mention.label_)
    title = mention.root.head
    if actor is None or actor.kind != "body" or mention.root.dep_ != "compound":
        return False
    if title.lemma_.lower() not in ENVOYS:
        return False
    if mention.label_ in _FIELD_AGENCIES and title.lemma_.lower() in _AGENCY_POSTS:
        return False  # "Yemen's UNICEF representative": the agency's, in Yemen
    kinds = {o.root.i: registry.actors.get(o.label_) for o in others}
    states = {i for i, a in kinds.items() if a is not None and a.kind == "state"}
    owners = list(title.children)
    if title.lemma_.lower() == "ambassador":  # "the Chinese U.N. ambassador", the
        owners += mention.root.children  # demonym hung on the body's name (a
    if title.dep_ == "compound" and title.lemma_.lower() == "ambassador":
        owners += title.head.children  # "Russia's U.N. Ambassador Vassily
        # Nebenzia": the owner hung on the name (an envoy may be the body's own)
    return any(  # "Norwegian U.N. envoy" may be the UN's own)
        c.i in states and c.dep_ in ("poss", "amod", "compound") and c.i < mention.start
        for c in owners
    )


def _inmost(mentions: list[Span], registry: ActorRegistry) -> tuple[str, ...]:
    """Actor ids of the mentions, less a body that another named one belongs to
    ("a UN rapporteur for the Office of the UN High Commissioner for Human
    Rights": the office, not the UN) unless the two are coordinated."""
    ids = tuple(dict.fromkeys(s.label_ for s in mentions))
    outer = {
        whole
        for whole in ids
        for part in ids
        if belongs_to(part, whole, registry)
        and not any(_coordinated(s) for s in mentions if s.label_ == whole)
    }
    return tuple(i for i in ids if i not in outer)


def belongs_to(part: str, whole: str, registry: ActorRegistry) -> bool:
    """One body of another: its registry name opens with the other's id or
    name ("UN High Commissioner for Human Rights" of the UN)."""
    one, other = registry.actors.get(part), registry.actors.get(whole)
    if one is None or other is None or part == whole:
        return False
    return one.kind == other.kind == "body" and any(
        one.name.startswith(f"{n} ") for n in (other.actor_id, other.name)
    )


def _coordinated(mention: Span) -> bool:
    root = mention.root
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


def _in_order(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, index in the 'actors' group) of each mention, in text order."""
    group = doc.spans.get("actors", [])
    spans = [(s.start, s.end, k) for k, s in enumerate(group)]
    return sorted(spans, key=lambda mention: mention[0])


def _where_it_is(mention: Span, mentions: list[Span], registry: ActorRegistry) -> bool:
    """A state owning a body that is no organ of it ("Yemen's Houthi rebels"):
    where the body is, not whom it serves."""
    if mention.root.dep_ != "poss":
        return False
    owned = mention.root.head.i
    return any(
        other.start <= owned < other.end
        and getattr(registry.actors.get(other.label_), "kind", "") == "body"
        for other in mentions
        if other is not mention
    )


def placed(mention: Span, span: Span) -> bool:
    """The mention names a place or occasion within the span ("in Iraq", "on a
    visit to Vietnam"), not whom the span's head serves."""
    token = mention.root
    while token.i != span.root.i and span.start <= token.head.i < span.end:
        if token.dep_ == "prep" and token.lower_ in _LOCATIVE:
            return True
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _VISITING:
            return True  # "Wang Yi, visiting Islamabad,"
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _outside_relative_clauses(mentions: list[Span], span: Span) -> list[Span]:
    """Less the mentions inside a relative clause within the span: "Germany,
    whose border runs through Austria" is Germany's; "a lawmaker who urged the
    Egyptian government" names no one the lawmaker serves. A clause alone names
    the actor its verb says one serves ("X, who heads Russia's delegation")."""
    clauses = {id(s): _relative_clause(s.root, span) for s in mentions}
    outside = [s for s in mentions if clauses[id(s)] is None]
    served = [s for s in mentions if _serves(clauses[id(s)])]
    if outside and served and all(_nationality(s) for s in outside):
        return served  # "a Swedish diplomat who heads the OSCE mission": the OSCE's
    if outside:
        return outside
    return served


def _nationality(mention: Span) -> bool:
    """A people's adjective describing a common noun ("a Swedish diplomat"):
    where one comes from, which a clause of whom one serves overrules."""
    root = mention.root
    return root.pos_ == "ADJ" and root.dep_ == "amod" and root.head.pos_ == "NOUN"


def _relative_clause(token: Token, span: Span) -> tuple[Token, bool] | None:
    """The relative clause's verb the token is inside, and whether the token is
    its own phrase's (no other clause between); None outside any."""
    direct = True
    while token.i != span.root.i and span.start <= token.head.i < span.end:
        if token.dep_ == "relcl":
            return token, direct
        if token.dep_ in _CLAUSES:
            direct = False
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _serves(clause: tuple[Token, bool] | None) -> bool:
    """A clause of serving now ("who heads", "who serves as"), not once ("who
    until March served as Poland's deputy foreign minister")."""
    if clause is None or not clause[1]:
        return False
    verb = clause[0]
    return verb.lemma_.lower() in _SERVING and not _once(verb)


def _once(verb: Token) -> bool:
    """A verb of serving "until" a time ("who until March served as"): an
    office left (not "who served as Ukraine's chief negotiator at Friday's
    talks" the story reports, nor "who previously served as China's
    permanent representative", the seed's Zhang Jun, still speaking for it)."""
    return any(c.lower_ == "until" for c in verb.children)


def _members_of_body(mention: Span, registry: ActorRegistry) -> bool:
    """ "members of the European Union": states the text leaves unnamed, not
    the body's own voice; but "The members of the Security Council", all of
    them and nothing more, act as the body (its press statements' voice)."""
    root = mention.root
    actor = registry.actors.get(mention.label_)
    members = root.head.head
    return (
        actor is not None
        and actor.kind == "body"
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and members.lemma_.lower() == "member"
        and members.tag_ == "NNS"
        and not _all_members(members)
    )


def _diplomats_at_body(mention: Span, registry: ActorRegistry) -> bool:
    """ "Two EU diplomats", "a UN diplomat": diplomats accredited to a body speak
    for the member states that sent them, which the text leaves unnamed."""
    actor = registry.actors.get(mention.label_)
    head = mention.root.head
    return (
        actor is not None
        and actor.kind == "body"
        and mention.root.dep_ in ("compound", "amod", "nmod")
        and head.lemma_.lower() == "diplomat"
    )


# Words of a body's members ("EU countries", "NATO allies", "AU member states")
# and of some of them ("several", "some", "a number of").
_MEMBERS = frozenset(
    {"country", "state", "member", "ally", "nation", "government", "capital",
     "leader", "minister"}
)  # fmt: skip
_SOME = frozenset(
    {"some", "several", "few", "many", "most", "certain", "various", "other",
     "number", "majority", "minority", "handful", "group", "half"}
)  # fmt: skip


def _some_members(mention: Span, registry: ActorRegistry) -> bool:
    """ "Several EU countries", "some NATO allies", "a number of AU member
    states": some of a body's members, which the text leaves unnamed, not the
    body's own voice."""
    members = _body_modifies(mention, registry)  # "EU member states"
    if (
        members is None
        or members.tag_ != "NNS"
        or members.lemma_.lower() not in _MEMBERS
    ):
        return False
    if any(c.lower_ in _SOME for c in members.children if c.i < mention.start):
        return True
    of = members.head  # "a number of EU countries", "some of the NATO allies"
    return members.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _SOME


def _body_modifies(mention: Span, registry: ActorRegistry) -> Token | None:
    """The noun a body's name modifies, past compounds ("EU member | states"),
    or None when the mention is no body or modifies nothing."""
    actor = registry.actors.get(mention.label_)
    root = mention.root
    if actor is None or actor.kind != "body" or root.dep_ not in ("compound", "amod"):
        return None
    noun = root.head
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun


_CHAIRS = frozenset({"chair", "presidency", "president", "host"})


def _as_a_member(mention: Span, registry: ActorRegistry) -> bool:
    """ "Malaysia's minister, attending as a BRICS partner country", "as an EU
    member state": the body the speaker's state belongs to, in the capacity
    the speaker attends in, not the body's own voice."""
    member = _body_modifies(mention, registry)  # "a BRICS partner | country"
    if member is None or any(t.lemma_.lower() in _CHAIRS for t in member.head.subtree):
        return False  # "as the ASEAN chair country", "… and this year's chair"
    return (
        member.lemma_.lower() in _MEMBERS | {"partner"}
        and member.tag_ == "NN"
        and member.dep_ == "pobj"
        and member.head.lower_ == "as"
    )


# A political party or a research programme named for a state ("the
# Constitutional Democratic Party of Japan", "France's National Rally party",
# "the Russia and Eurasia programme"); a ruling or opposition party; a member of
# a parliament: none of them is the state's voice.
_SIDES_IN_POLITICS = frozenset({"ruling", "opposition", "governing"})
_CAMPS = frozenset({"coalition", "bloc", "camp", "faction"})


def _of_a_party(mention: Span) -> bool:
    """The mention names the state of a party, a programme or a parliament a
    member sits in, not the state's own voice."""
    word = mention.root
    for _ in range(4):
        head = word.head
        if head is word:
            return False
        if word.dep_ == "pobj" or head.lower_ == "of":
            word = head
            continue
        lemma = head.lemma_.lower()
        named = head.pos_ == "PROPN" or lemma in _CAMPS  # not "the ruling junta"
        if (
            lemma == "party"
            or _research_programme(head)
            or (
                named
                and any(
                    c.lower_ in _SIDES_IN_POLITICS
                    for c in head.children
                    if c.i < head.i
                )
            )
        ):
            return True
        if lemma == "parliament":
            of = head.head
            return of.lower_ == "of" and of.head.lemma_.lower() == "member"
        if word.dep_ not in ("compound", "amod", "poss", "conj", "nmod"):
            return False
        word = head
    return False


def _research_programme(noun: Token) -> bool:
    """A programme of a think tank named for a region ("the Russia and Eurasia
    programme at Chatham House"), not a state's own ("Iran's nuclear
    programme")."""
    return noun.lemma_.lower() in ("programme", "program") and (
        noun.pos_ == "PROPN"
        or any(c.dep_ == "prep" and c.lower_ == "at" for c in noun.children)
    )


def _in_adverbial_clause(mention: Span, span: Span) -> bool:
    """The mention is the subject of an adverbial clause inside the span ("X,
    speaking in Stockholm after Russia launched strikes,", "reporting from
    Amman because Israel has banned …"): it does its own deed there."""
    root = mention.root
    clause = root.head
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "advcl"
        and span.start <= clause.i < span.end
        and clause is not span.root
        and any(c.dep_ == "mark" and c.i < root.i for c in clause.children)
    )


# Prepositions of company a participle takes ("speaking alongside his Lithuanian
# counterpart"): the one named is another person.
_COMPANY = frozenset({"alongside", "with", "beside", "next"})
_ESCORTED = frozenset({"flank", "accompany", "join"})  # "flanked by X"


def _beside_another(mention: Span, span: Span) -> bool:
    """The mention is in a phrase of company a participle or relative clause
    of the span takes ("Sikorski, speaking in Warsaw alongside his Lithuanian
    counterpart X,", "flanked by his Egyptian counterpart", "who spoke
    alongside X"): whom the speaker stood with, not whom they speak for."""
    node = mention.root
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        head = node.head
        verb = head.head
        if (
            node.dep_ == "pobj"
            and head.dep_ in ("prep", "agent")
            and (
                head.lower_ in _COMPANY
                or (head.lower_ == "by" and verb.lemma_.lower() in _ESCORTED)
            )
            and verb.dep_ in ("acl", "advcl", "relcl")
            and verb.pos_ == "VERB"
        ):
            return True
        node = head
    return False


def _all_members(members: Token) -> bool:
    """ "The members", "all the members": the whole membership, unqualified."""
    before = [c for c in members.children if c.i < members.i]
    return bool(before) and all(
        c.lower_ in ("the", "all") and c.dep_ in ("det", "predet") for c in before
    )


def _member_named(mention: Span, registry: ActorRegistry) -> bool:
    """ "NATO member Turkey", "EU member Hungary": a body that describes the
    member state named after it, which speaks alone."""
    doc, after = mention.doc, mention.end
    if after + 1 >= len(doc) or doc[after].lemma_.lower() not in ("member", "ally"):
        return False
    return any(
        s.start == after + 1
        and getattr(registry.actors.get(s.label_), "kind", "") == "state"
        for s in doc.spans.get("actors", [])
    )


def title_above(title: Token) -> Token:
    """The title a name's head hangs under: "The Minister of Foreign Affairs of
    Sierra Leone, | X" (the parse hangs X on the state, not the title)."""
    while (
        title.lemma_.lower() not in TITLES
        and title.dep_ in ("pobj", "prep", "compound", "conj")
        and title.head.i < title.i
    ):
        title = title.head
    return title


def misplaced_post(prep: Token) -> Token | None:
    """The title whose "to" the parse hung on the verb: "received the
    Ambassador of Korea | to Kenya, X" (the verb's object, just before)."""
    if prep.lower_ != "to" or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    title = title_above(prep.doc[prep.i - 1])
    if title.head != prep.head or title.dep_ != "dobj":
        return None
    return title if title.lemma_.lower() in TITLES else None


def _sent_to(mention: Span) -> bool:
    """The state an envoy is sent to ("Ambassador to Germany", "envoy for
    Ukraine") or an agency's post covers ("country director for Sudan"): it
    does not speak through them."""
    doc = mention.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if (  # "ambassador to Britain Liu Xiaming", the name parsed as Britain's head
        before is not None
        and before.lower_ in ("to", "for")
        and before.i > 0
        and doc[before.i - 1].lemma_.lower() in ENVOYS
    ):
        return True
    root = mention.root
    while root.dep_ == "compound" and root.head is not root:
        root = root.head  # "to Germany Richard Grenell": Germany names Grenell
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "for", "toward", "towards"):
        return False
    title = misplaced_post(prep) or prep.head
    if title.dep_ == "pobj" and title.head.lower_ == "of":
        title = title.head.head  # "Envoy of the Secretary-General for Yemen"
    if prep.lower_ == "for" and title.lemma_.lower() in _REMITS:
        # "WFP country director for Sudan": the country covered, not the employer
        # (a body after "for" is whom the post serves)
        return root.ent_type_ == "GPE"
    return title.lemma_.lower() in ENVOYS or prep.head.lemma_.lower() in ENVOYS
