"""Actor and person mentions in a Doc: registry matches, with ambiguous names
resolved from the rest of the document and names of people set aside."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.nlp.actors import ActorRegistry
from extract.nlp.officials import AGENTS, INSTITUTIONS
from extract.nlp.titled_surnames import titled_surnames

PERSON_PREFIX = "person:"
# Words that may open a person's name before a known surname and still name
# that person ("Mr Biden", "Senator Biden"), besides the titles of `AGENTS`.
# The ends of an office's alias ("the Secretary-General", "the High Representative").
_OFFICES = ("general", "representative", "commissioner", "president", "chair")
_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "madame", "lady", "lord",
     "dame", "rep", "sen", "gov", "gen", "vice", "former", "first", "senator",
     "congressman", "congresswoman", "lawmaker", "legislator", "mp", "shri", "sri",
     "smt", "shrimati", "majesty", "highness", "excellency"}
)  # fmt: skip

_SPOUSES = frozenset({"lady", "gentleman"})  # "First Lady", "First Gentleman"

# Generational suffixes of a younger namesake ("Donald Trump Jr.").
_YOUNGER = frozenset({"jr", "junior", "ii", "iii", "iv"})
# The last word of a portfolio before a name ("Minister for Foreign Affairs X"),
# not a given name ("a spokeswoman for Ivanka Trump").
_PORTFOLIOS = frozenset(
    {"affairs", "defence", "defense", "state", "trade", "finance", "interior",
     "justice", "health", "development", "commerce", "energy", "security",
     "economy", "industry", "agriculture", "europe", "cooperation", "relations",
     "rights", "refugees", "policy", "peacekeeping", "operations", "disarmament"}
)  # fmt: skip
# Entities no given name is: a place, a people, a body, a time, an event.
_NOT_GIVEN = frozenset(
    {"GPE", "NORP", "ORG", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW"}
)
# Particles and honorifics inside or after a name: not another family name.
_NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "da", "de", "di", "do", "dos", "van", "von",
     "der", "ji", "sahib", "san"}
)  # fmt: skip


def actor_mentions(
    doc: Doc, matches: Iterable[tuple[str, int, int]], registry: ActorRegistry
) -> tuple[list[Span], list[Span], list[Span]]:
    """Spans of actors (label = actor id), of known people (label = name) and
    of their namesakes (label = the surname they share).

    `matches` are (surface, start, end) triples from the registry's phrase
    matcher; a surface of a person is prefixed with "person:". In a document
    naming a namesake ("Ivanka Trump", "Donald Trump Jr."), the shared surname
    alone ("Trump", "Ms. Trump") names no known person; with a title it does
    ("President Trump"). A surname no registry spelling is names the person
    whose role its title is ("Supreme Leader Khamenei", `titled_surnames`).
    """
    known = filter_spans(
        Span(doc, s, e, label=registry.people[surface[len(PERSON_PREFIX) :]].name)
        for surface, s, e in matches
        if surface.startswith(PERSON_PREFIX)
    )
    namesakes = [_namesake(p, registry) for p in known]
    shared = {n.label_ for n in namesakes if n is not None and n.label_}
    people = [
        p
        for p, namesake in zip(known, namesakes, strict=True)
        if namesake is None and not (p.text in shared and not _in_office(p))
    ]
    taken = {i for span in people for i in range(span.start, span.end)}
    found = filter_spans(
        Span(doc, s, e, label=surface)
        for surface, s, e in matches
        if not surface.startswith(PERSON_PREFIX) and not taken.intersection(range(s, e))
    )
    inside = {i for span in found for i in range(span.start, span.end)}
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    named = [
        m
        for m in found
        if not _part_of_a_name(m, registry, inside)
        and not _inside_a_place(m, places, inside)
        and not _tail_of_a_name(m, inside)
        and not _shouted_word(m, registry)
        and not _of_another_body(m, inside)
    ]
    context = frozenset(
        registry.surfaces[m.label_] for m in named if m.label_ in registry.surfaces
    )
    own = _own_office_holder(doc, registry)
    actors = []
    for mention in named:
        ambiguity = registry.ambiguous.get(mention.label_)
        if ambiguity and {t.text for t in mention.sent} & ambiguity.unless:
            continue
        actor_id = registry.lookup(mention.label_, context)
        if own != "UN" and mention.text.lower() in _BARE_UN_OFFICES:
            actor_id = own  # the OIC's own "the Secretary-General" in its release
        if actor_id is not None:
            actors.append(Span(doc, mention.start, mention.end, label=actor_id))
    matched = {i for _, s, e in matches for i in range(s, e)}
    people += titled_surnames(doc, registry, actors, matched)
    return actors, people, [n for n in namesakes if n is not None]


def _opening_words(span: Span) -> list[Token]:
    """The words before a span that open the one name it closes: the rest of
    the person's name the NER reads, or, where the NER reads no name there, the
    capitalised proper nouns the parse compounds onto it ("Ivanka" in "Ivanka
    Trump"), with the words hyphened to them ("President-Elect")."""
    doc = span.doc
    start = span.start
    if span[0].ent_iob_ == "I":
        if span[0].ent_type_ != "PERSON":
            return []
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    else:
        while start > 0 and _compounded(doc[start - 1], span):
            start -= 1
        portfolio = [t.i for t in doc[start : span.start] if t.lower_ in _PORTFOLIOS]
        if portfolio:  # "Minister for Foreign Affairs Penny Wong", "… for Human
            start = portfolio[-1] + 1  # Rights Volker Türk": a title's portfolio
        hyphened = span.start > start > 1 and doc[start - 1].text == "-"
        if hyphened and not doc[start - 2].whitespace_:
            start -= 2  # "President-Elect", not "the Putin-Erdogan meeting"
    return [t for t in doc[start : span.start] if t.is_alpha and len(t.text) > 1]


def _given_name_before(words: list[Token], span: Span) -> bool:
    """Whether a proper noun that is no title stands right before the span, after
    a title ("First Lady Melania Trump", "Secretary Hillary Clinton"; not the
    "Elect" of "President-Elect Trump")."""
    last = words[-1]
    return (
        last.i == span.start - 1
        and last.pos_ == "PROPN"
        and not _titled([last])
        and not (last.i > 0 and last.doc[last.i - 1].text == "-")
    )


def _spouse(doc: Doc, words: list[Token], span: Span) -> bool:
    """ "First Lady Trump": the title of a known person's spouse names the spouse."""
    start = words[0].i if words else span.start
    before = [t.lower_ for t in doc[max(start - 1, 0) : span.start]]
    return any(a == "first" and b in _SPOUSES for a, b in pairwise(before))


def _titled(words: list[Token]) -> bool:
    """Whether a title or a form of address is among the words ("Mr", "President")."""
    return any(t.lower_ in _ADDRESS or t.lower_ in AGENTS for t in words)


def _namesake(span: Span, registry: ActorRegistry) -> Span | None:
    """Another person whose name a known person's name closes or opens, over
    their whole name: "Jill Biden", "Ivanka Trump", "Tamim Khallaf" (given
    names not the known person's: but "Joseph Robinette Biden", "Mr Biden",
    "President-Elect Trump"), "Donald Trump Jr." (a generational suffix the
    registry's name does not carry: "Joseph R. Biden Jr." matches whole).
    Labelled with the surname they share, when it is the known person's and
    the given names are written as names in prose (not the NER's "Hosting
    Trump", nor a headline's)."""
    person = registry.people.get(span.label_)
    if person is None:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_.rstrip(".") in _YOUNGER:
        return Span(doc, span.start, after.i + 1, label=_shared(span, registry, []))
    own = set(person.name.replace(",", " ").split())
    if after is not None and _name_goes_on(after, own):
        end = after.i
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return Span(doc, span.start, end, label="")  # "Tamim Khallaf"
    before = _opening_words(span)
    while before and registry.lookup(before[0].text) is not None:
        before = before[1:]  # "Prime Minister of India Narendra Modi": a place
    if not before or any(t.text in own for t in before):
        return None
    spouse = _spouse(doc, before, span)
    if _titled(before) and not spouse and not _given_name_before(before, span):
        return None  # "Mr Biden", "President-Elect Trump"
    given = [t for t in before if not _titled([t])]  # "Melania", not "First Lady"
    start = given[0].i if given else before[0].i
    return Span(doc, start, span.end, label=_shared(span, registry, given))


def _name_goes_on(after: Token, own: set[str]) -> bool:
    """Whether the person's name the NER reads runs on past a known person's
    name with a family name that is not theirs ("Tamim Khallaf", the
    spokesman, is not the emir whose alias "Tamim" opens it)."""
    return (
        after.ent_iob_ == "I"
        and after.ent_type_ == "PERSON"
        and after.pos_ == "PROPN"
        and after.is_title
        and after.lower_ not in {w.lower() for w in own}  # "Tamim Bin Hamad"
        and after.lower_ not in _NAME_PARTICLES  # "Lula Da Silva", "Modi Ji"
        and not _capitalised_line(after.sent)
    )


def _shared(span: Span, registry: ActorRegistry, given: list[Token]) -> str:
    """The known person's surname a namesake shares, or "" when it may not be
    shared (no surname alone names them; given names that may be no names)."""
    surname = span[-1].text
    if registry.people.get(surname) is not registry.people.get(span.label_):
        return ""
    if _capitalised_line(span.sent) or not all(
        t.pos_ == "PROPN" and t.is_title for t in given
    ):
        return ""
    return surname


def _compounded(token: Token, span: Span) -> bool:
    """A capitalised proper noun outside any other entity, compounded onto a
    word between it and the span's end, outside a headline ("HOPES FOR PUTIN
    TALKS", "Putin Hails Trump Summit": any word there may read as a name)."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not _capitalised_line(token.sent)
        and token.ent_type_ not in _NOT_GIVEN  # "Ivanka" the NER took for a product
        and token.dep_ in ("compound", "flat")
        and token.i < token.head.i < span.end
    )


def _capitalised_line(sentence: Span) -> bool:
    """A headline: no word of the sentence but function words ("with", "in") is
    written in lower case."""
    return not any(t.is_alpha and t.is_lower and not t.is_stop for t in sentence)


def _in_office(span: Span) -> bool:
    """A known person's surname with a title of office before it ("President
    Trump", not a form of address alone: "Mr Trump"), or naming the institution
    they head ("the Trump administration")."""
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in INSTITUTIONS:
        return True
    return any(t.lower_ in AGENTS for t in _opening_words(span))


# Offices the registry gives the UN that many bodies have ("the Secretary-General"
# of the Commonwealth, of the OIC): in another body's document, that body's.
_BARE_UN_OFFICES = frozenset({"the secretary-general", "secretary-general"})


def _own_office_holder(doc: Doc, registry: ActorRegistry) -> str | None:
    """Whose a bare "the Secretary-General" is: the UN's ("UN") in news and in
    states' and UN bodies' documents; in another body's, that body's (None
    when the registry does not know it: a Commonwealth communiqué's)."""
    issuer = doc._.issuer
    actor = registry.actors.get(issuer) if issuer else None
    if issuer is None or (actor is not None and actor.kind == "state"):
        return "UN"
    if issuer == "UN" or (actor is not None and actor.name.startswith("UN ")):
        return "UN"
    return issuer if actor is not None else None


def _of_another_body(mention: Span, inside: set[int]) -> bool:
    """ "The Secretary-General of the League": an office's alias followed by
    "of" and a name the registry does not know is that other body's office."""
    doc = mention.doc
    end = mention.end
    if not mention[-1].text.lower().endswith(_OFFICES) or end + 1 >= len(doc):
        return False
    if doc[end].lower_ != "of":
        return False
    after = (
        doc[end + 2]
        if doc[end + 1].lower_ == "the" and end + 2 < len(doc)
        else doc[end + 1]
    )
    return after.text[:1].isupper() and after.i not in inside


def _shouted_word(mention: Span, registry: ActorRegistry) -> bool:
    """ "WHO" in a line written in capitals ("WHO WILL PAY?"): a body's
    initialism that is also an English word names the body only in mixed-case
    text (a state's, "US", is the state either way)."""
    word = mention.text
    if len(mention) != 1 or not word.isupper() or not mention[0].is_stop:
        return False
    actor = registry.actors.get(registry.surfaces.get(word, ""))
    if actor is None or actor.kind == "state":
        return False
    letters = [t.text for t in mention.sent if t.is_alpha and len(t.text) > 1]
    return sum(w.isupper() for w in letters) * 2 > len(letters)


def _inside_a_place(mention: Span, places: list[Span], inside: set[int]) -> bool:
    """'Inner Mongolia', 'New Jersey', 'Northern Ireland': a state's name that is
    the tail of a longer place name (one the NER reads as a place, opened by
    capitalised words the registry does not know: not in `inside`, the tokens of
    registry matches) names another place."""
    doc = mention.doc
    for ent in places:
        if ent.start < mention.start < ent.end and mention.end <= ent.end:
            before = doc[ent.start : mention.start]
            return all(t.text[:1].isupper() and t.i not in inside for t in before)
    return False


def _tail_of_a_name(mention: Span, inside: set[int]) -> bool:
    """ "Ascom North America", "Bosnian Serb": a state's name that closes a longer
    name the NER reads as one (a person, body or group), opened by proper nouns
    the registry does not know, names something else."""
    doc = mention.doc
    first = doc[mention.start]
    if first.ent_iob_ != "I" or first.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    start = mention.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start : mention.start]
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in inside for t in before
    )


def _part_of_a_name(mention: Span, registry: ActorRegistry, inside: set[int]) -> bool:
    """'Denzel Washington', 'Chad Smith', 'the Washington Post': a place name that
    is only part of a longer proper name."""
    if mention.label_ not in registry.person_names:
        return False
    doc, root = mention.doc, mention.root

    def name_word(i: int) -> bool:
        token = doc[i]
        return token.pos_ == "PROPN" and token.text.istitle() and token.i not in inside

    before = mention.start - 1
    if (
        before >= 0
        and name_word(before)
        and doc[before].head.i in range(mention.start, mention.end)
    ):
        return True
    return (
        root.dep_ == "compound"
        and root.head.i >= mention.end
        and name_word(root.head.i)
    )
