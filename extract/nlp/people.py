"""People named in a Doc: their mentions, full names and the titles around them.
A person named later by surname or pronoun keeps the office a title gave an
earlier full mention ("Japanese Foreign Minister Taro Kono arrived ... Kono
said"); "His spokesman, X" speaks for the person named before. Pure functions
over a Doc."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.affiliations import role_in
from extract.nlp.governing import ENVOYS, actors_in, misplaced_post, title_above
from extract.nlp.memo import actor_tokens, once_per_doc
from extract.nlp.officials import (
    ORGANS,
    TITLES,
    VOCATIVES,
    not_official,
    owned_name,
    titled_owner,
)
from extract.nlp.places import official_of_place
from extract.nlp.token_table import token_table
from extract.nlp.turn_labels import from_the_floor

_NAME_WORDS = 3  # at most, in a name set beside a title
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})  # entity types of no person
_NO_NAMESAKE = _PLACES | {"PERSON"}  # a place, or a person read already


# What only a person is ("Eswar Prasad, a trade professor"), though the NER read
# the name as something else.
_PERSON_NOUNS = frozenset(
    {"analyst", "expert", "professor", "scholar", "researcher", "economist",
     "journalist", "reporter", "correspondent", "commentator", "columnist",
     "activist", "critic", "fellow", "lecturer", "historian", "author", "lawyer",
     "strategist", "consultant", "member", "lawmaker", "legislator", "senator",
     "mp", "mep", "parliamentarian", "observer"}
)  # fmt: skip


def person_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """Token ranges of people: the 'people' span group and the namesakes of its
    people ("Ivanka Trump"), then PERSON entities (not a title alone: "The
    Chairperson called"); once per Doc, after its actors are found."""
    return once_per_doc(doc, "person_mentions", _person_mentions)


def _person_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    found = [(s.start, s.end, s.label_) for s in doc.spans.get("people", [])]
    found += [(s.start, s.end, s.text) for s in doc.spans.get("namesakes", [])]
    for ent in doc.ents:
        if all(t.lemma_.lower() in _TITLES_OR_HEIR for t in ent) or _state_before_title(
            ent
        ):
            continue
        if any(t.text in _VERSUS for t in ent[1:-1]):
            continue  # a case's caption, "Benin v. Togo": two parties, no one
        if ent.label_ == "PERSON" and not any(
            s < ent.end and ent.start < e for s, e, _ in found
        ):
            opener = ent[0].lower_.strip(".")
            if (len(ent) > 2 and opener in _HONOURS) or (
                len(ent) > 1 and (opener in _ADDRESS or opener in TITLES)
            ):
                ent = ent[1:]  # "Shri Narendra Modi", "Ms Wong": Narendra Modi, Wong
            found.append((ent.start, ent.end, _strip_possessive(ent.text)))
    for start, end in _titled_names(doc):
        if end - start > 1 and doc[start].lower_.strip(".") in _HONOURS | _ADDRESS:
            start += 1  # "the Official Spokesperson, Shri Randhir Jaiswal"
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, doc[start:end].text))
    found += _named_again(doc, found)
    return sorted(found)


def _named_again(
    doc: Doc, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A lone family or given name of a registry person named in full before
    that the NER read as no person ("Wang Yi met … Wang said", "Wang" an
    organisation): the same name again, where no place or people is meant."""
    parts: dict[str, int] = {}
    for person in doc.spans.get("people", []):  # the registry's people only
        words = person.text.split()
        if len(words) > 1:
            for word in (words[0], words[-1]):
                parts[word] = min(parts.get(word, person.start), person.start)
    taken = {i for s, e, _ in found for i in range(s, e)}
    table = token_table(doc)
    pos, last = table.pos, len(doc) - 1
    return [
        (i, i + 1, word)
        for i, word in enumerate(table.text)
        if word in parts
        and parts[word] < i
        and i not in taken
        and pos[i] == "PROPN"
        and table.ent[i] not in _NO_NAMESAKE
        and (i == last or pos[i + 1] != "PROPN")
        and (i == 0 or pos[i - 1] != "PROPN")
    ]


# A case's caption between its parties, in lower case ("Benin v. Togo"; not
# the initial of "Richard V. Spencer").
_VERSUS = frozenset({"v.", "v", "vs.", "vs", "versus"})
# Royal styles the NER takes into a name ("Prince Faisal", "Sheikh Mohammed").
_ROYAL = frozenset({"prince", "princess", "sheikh", "sheikha", "sultan"})
# Honorifics the NER takes into a name ("Shri Narendra Modi", "H.E. Moussa Faki").
_HONOURS = frozenset({"shri", "sri", "smt", "shrimati", "h.e"})
# The heir's title, which the NER takes for a name ("The Crown Prince stressed").
_HEIR = frozenset({"crown", "prince"})
_TITLES_OR_HEIR = TITLES | _HEIR
_ORGANS_OR_TITLES = ORGANS | TITLES
# Words of address the NER takes into a name written without a full stop, as
# British and Australian copy does ("Ms Wong" after "Penny Wong": Wong).
_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam", "mme"})


def _state_before_title(ent: Span) -> bool:
    """A state's adjective the NER read as a person, before a title
    ("[Azerbaijani] Foreign Minister Jeyhun Bayramov")."""
    doc = ent.doc
    return (
        len(ent) == 1
        and any(t.lemma_.lower() in TITLES for t in doc[ent.end : ent.end + 3])
        and any(
            s.start == ent.start and s.end == ent.end
            for s in doc.spans.get("actors", [])
        )
    )


# Adjectives whose object is someone the source is near, not the source: "a
# source close to Macron", "people familiar with Mr Xi's thinking".
_NEAR = frozenset({"close", "familiar", "loyal", "near", "allied"})


def named_in(
    source: Span, people: list[tuple[int, int, str]], known: Mapping[str, object]
) -> list[str]:
    """The people a source names, outside its relative clauses; for a surname
    the NER did not read as a person, the speaker of that surname (`known`), else
    the person named in full with it earlier."""
    head = source.root
    clauses = [  # "Sowers, who is also considering Joe Biden": not Joe Biden;
        # nor "Soltan" of "X, a former appointee who spearheaded a letter ...
        # urging the government to release Soltan's relatives" (the clause of an
        # apposition the parse hung on "N.J.": no joint speaker)
        range(c.left_edge.i, c.right_edge.i + 1)
        for c in source
        if c.dep_ == "relcl" and c.i != head.i
    ] + [  # "a source close to Macron", "people familiar with Mr Xi's thinking"
        range(c.i, c.right_edge.i + 1)
        for c in source
        if c.lemma_.lower() in _NEAR and c.pos_ == "ADJ" and c.i != head.i
    ]
    named = [
        n
        for s, e, n in people
        if s >= source.start and e <= source.end and not any(s in c for c in clauses)
    ]
    owners = [  # "Putin's spokesman Dmitry Peskov": Peskov, not Putin
        range(c.left_edge.i, c.i + 1) for c in source if c.dep_ == "poss"
    ]
    theirs = [
        n
        for s, e, n in people
        if s >= source.start and e <= source.end and not any(s in c for c in owners)
    ]
    if named and theirs and len(theirs) < len(named):
        named = [n for n in named if n in theirs]
    surname = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.is_title)
    if named or not surname:  # "Safadi said", the parse's noun: a surname still
        return named
    word = hyphenated(head)  # "Asante-Mensah", a surname of joined words
    if source[0].lower_ == "the" and word.lower() in TITLES:
        return []  # "the Secretary": a title, no one's surname
    earlier = [
        n
        for s, _, n in people
        if s < source.start and " " in n and surname_of(n) == word
    ]
    if head.pos_ != "PROPN" and len(set(earlier)) > 1:
        return []  # a noun that two people's surname is: neither
    paternal = {  # "Ortiz" after "Ruben Ortiz Benitez": the first of two surnames
        n for s, _, n in people if s < source.start and _first_surname(n) == word
    }
    again = [n for n in known if surname_of(n) == word] or earlier[-1:]
    return again or (
        list(paternal) if len(paternal) == 1 and head.pos_ == "PROPN" else []
    )


def hyphenated(token: Token) -> str:
    """The word a token is part of, its parts joined by hyphens without spaces
    ("Asante-Mensah" for "Mensah")."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_:
            break
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if doc[end].whitespace_:
            break
        end += 2
    return doc[start:end].text


def _first_surname(name: str) -> str | None:
    """The first of two capitalised surnames after a given name, as Spanish and
    Portuguese names have them ("Ruben Ortiz Benitez" -> "Ortiz")."""
    words = name.split()
    if len(words) != 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return words[1]


def full_name(
    name: str, people: list[tuple[int, int, str]], before: int, registry: ActorRegistry
) -> str:
    """'Lavrov' -> 'Sergey Lavrov' when the longer name was used earlier (and
    'Aboul Gheit' -> 'Ahmed Aboul Gheit' when that came first), 'Wang' -> 'Wang
    Yi' when only a known person's name it opens was; not when a known person's
    and another's were ("Trump" after "Ivanka Trump" and "President Trump" is
    either)."""
    person = registry.person(name)
    if person is not None:
        return person.name
    style, _, given = name.partition(" ")
    if style.lower() in _ROYAL and given and " " not in given:  # "Prince Faisal"
        others = [p for p in people if p[2] != name]  # not "Prince Faisal" again
        named = full_name(given, others, before, registry)  # after "Faisal bin
        if named != given:  # Farhan Al Saud"; else "Prince Andrew" as written
            return named
    if " " in name:  # "Aboul Gheit" after "Ahmed Aboul Gheit", if named so first
        earlier = [o for s, _, o in people if s < before and _ends_in(o, name)]
        ones = {o for o in earlier if o != name}
        return ones.pop() if earlier[:1] != [name] and len(ones) == 1 else name
    longer = [
        other
        for start, _, other in people
        if start < before and surname_of(other) == name and other != name
    ]
    if not longer:  # "Ortiz" after "Ruben Ortiz Benitez": the first surname
        longer = [
            other
            for start, _, other in people
            if start < before and _first_surname(other) == name
        ]
        if len(set(longer)) == 1:
            return longer[0]
        longer = []
    if not longer:  # "Minister Wang" after "Wang Yi": a known family name first
        firsts = {
            other
            for start, _, other in people
            if start < before and len(other.split()) >= 2 and other.split()[0] == name
        }  # a known person's only, not a headline's "Sugiono Meets"
        persons = {registry.person(other) for other in firsts}
        one = persons.pop() if len(persons) == 1 else None  # "Faisal bin Farhan"
        if one is not None:  # and "… Al Saud" are one
            return one.name
        korean = {other for other in firsts if _korean_name(other)}
        return korean.pop() if len(korean) == 1 else name  # "Mr Park" of "Park Sung-ho"
    known = {registry.person(other) is not None for other in longer}
    return longer[0] if len(known) == 1 else name


def _ends_in(name: str, ending: str) -> bool:
    """Whether a name is, or ends in, a name of several words; a particle
    opening a sentence is capitalised ("Van Klaveren" of "Alberto van
    Klaveren")."""
    return (
        name == ending
        or name.endswith(" " + ending)
        or (name.endswith(" " + ending[:1].lower() + ending[1:]))
    )


_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def surname_of(name: str) -> str:
    """The word of a full name a later mention uses alone: the last but a
    generation's suffix ('Lloyd J. Austin III' -> 'Austin'), or a family name
    written in capitals before the given one, as Japan's foreign ministry writes
    it ('HAYASHI Yoshimasa' -> 'Hayashi')."""
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    shouted = [w for w in words if len(w) > 1 and w.isalpha() and w.isupper()]
    if len(shouted) == 1 and len(words) > 1 and shouted[0] == words[0]:
        return shouted[0].title()
    return words[-1]


_SYLLABLE = 5  # letters of a romanised Korean syllable, at most ("Kyung")


def _korean_name(name: str) -> bool:
    """A Korean name as romanised: a short family name, then a given name of
    two short syllables hyphenated ("Park Sung-ho", "Moon Jae-in")."""
    words = name.split()
    return len(words) == 2 and len(words[0]) < _SYLLABLE and _korean_given(words[1])


def _korean_given(word: str) -> bool:
    """A given name written as Korean ones are, two short syllables hyphenated
    with the second in lower case ("Sung-ho", "Jae-in"; not "Marc-antoine")."""
    first, hyphen, second = word.partition("-")
    return (
        bool(hyphen)
        and first.istitle()
        and second.isalpha()
        and second.islower()
        and max(len(first), len(second)) <= _SYLLABLE
    )


def earlier_title(
    name: str,
    before: int,
    people: list[tuple[int, int, str]],
    doc: Doc,
    registry: ActorRegistry,
) -> tuple[str, ...]:
    """The one actor that titles of the person's earlier mentions name ("Japanese
    Foreign Minister Taro Kono arrived"); none when they disagree, when a mention
    holds someone else too, or when one says the person holds no office ("former
    minister", "analyst")."""
    found: set[tuple[str, ...]] = set()
    named = _full_names(doc, people, registry)
    for start, end, other in people:
        if end > before or named(other, start) != name:
            continue
        mention = doc[start:end]
        if _addressed(mention):
            continue
        wide = _with_appositive_title(extended(mention))
        if not_official(mention) or not_official(wide):
            return ()
        if not role_in(wide, TITLES):
            continue
        if any(
            wide.start <= s < wide.end and named(n, s) != name for s, _, n in people
        ):
            continue  # "Kono, who met Chinese Foreign Minister Wang Yi"
        titled = actors_in(wide, registry) or official_of_place(wide, registry)
        if len(titled) == 1:
            found.add(titled)
    return found.pop() if len(found) == 1 else ()


def _addressed(mention: Span) -> bool:
    """A name a question from the floor opens a sentence with, then a comma: the
    one asked ("Dr Nwachukwu, Rwanda's health minister said …"), not a title."""
    doc = mention.doc
    start = mention.start
    while start > mention.sent.start and doc[start - 1].lower_.rstrip(".") in VOCATIVES:
        start -= 1
    return (
        start == mention.sent.start
        and mention.end < len(doc)
        and doc[mention.end].text == ","
        and from_the_floor(doc, mention.start_char)
    )


def _full_names(
    doc: Doc, people: list[tuple[int, int, str]], registry: ActorRegistry
) -> Callable[[str, int], str]:
    """`full_name` over these mentions of the Doc's people, each answer
    computed once per Doc (every person's earlier mentions ask it again); the
    table keeps its registry, so no other registry takes its id."""
    tables = once_per_doc(doc, "full_names", _new_tables)
    _, known = tables.setdefault((tuple(people), id(registry)), (registry, {}))

    def named(name: str, before: int) -> str:
        if (name, before) not in known:
            known[name, before] = full_name(name, people, before, registry)
        return known[name, before]

    return named


_Tables = dict[
    tuple[tuple[tuple[int, int, str], ...], int],
    tuple[ActorRegistry, dict[tuple[str, int], str]],
]


def _new_tables(_: Doc) -> _Tables:
    return {}


def unread_name(source: Span) -> str | None:
    """The proper name heading a source the NER did not read as a person
    ("Eswar Prasad" of "Eswar Prasad, a trade professor at Cornell"): a later
    "he" means them, not an official named before."""
    head = source.root
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    described = any(
        c.dep_ == "appos" and c.lemma_.lower() in _PERSON_NOUNS for c in head.children
    )
    if head.ent_type_ != "PERSON" and not described:
        return None
    start = head.i
    while start > source.start and source.doc[start - 1].dep_ == "compound":
        if source.doc[start - 1].pos_ != "PROPN":
            break
        start -= 1
    return source.doc[start : head.i + 1].text if start < head.i else None


def _with_appositive_title(wide: Span) -> Span:
    """A name with the title it stands in apposition to ("the Prime Minister of
    the Republic of Poland, Donald Tusk")."""
    head = wide.root
    if not (head.dep_ == "appos" or _place_misjoined(head)):
        return wide
    title = title_above(head.head)
    if title.pos_ in ("VERB", "AUX"):
        # "received the Ambassador of Korea | to Kenya, X": the parse hangs the
        # post's "to" on the verb; the title is the verb's object before it
        post = [c for c in title.children if c.dep_ == "prep" and c.i < head.i]
        object_title = misplaced_post(post[-1]) if post else None
        title = object_title if object_title is not None else title
    if title.lemma_.lower() not in TITLES or title.i > head.i:
        return wide
    return wide.doc[min(title.left_edge.i, wide.start) : wide.end]


def _place_misjoined(head: Token) -> bool:
    """A person's name the parse coordinated with the place ending a title's
    phrase, after a comma and no "and" ("the Ambassador of Korea to Kenya, |
    Park Sung-ho"): an apposition."""
    place = head.head
    return (
        head.dep_ == "conj"
        and head.ent_type_ == "PERSON"
        and place.ent_type_ == "GPE"
        and head.doc[head.left_edge.i - 1].text == ","
        and not any(
            c.dep_ in ("cc", "conj")
            for c in (*place.children, *head.children)
            if c != head
        )
        and not any(t.lemma_.lower() in TITLES for t in head.subtree)
    )


def owner_of_title(
    span: Span,
    people: list[tuple[int, int, str]],
    known: Mapping[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> tuple[str, ...]:
    """ "His spokesman, Ibrahim Kalin": the actor of the one person named from
    the sentence before up to the span, whom "his" or "her" means; "Netanyahu's
    spokesman Omer Dostri": the actor of the person the title names."""
    owned = _owner_named(span, people, known, registry)
    if owned:
        return owned
    if not any(
        t.lemma_.lower() in TITLES
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)
        for t in span
    ):
        return ()
    doc = span.doc
    before = [s for s in doc.sents if s.start < span.sent.start][-1:]
    start = before[0].start if before else span.sent.start
    names = {
        full_name(n, people, s, registry)
        for s, e, n in people
        if start <= s and e <= span.start
    }
    if len(names) != 1:
        return ()
    name = names.pop()
    person = registry.person(name)
    if person is not None:
        return person.actors_on(doc._.published)
    return known.get(name, ()) or earlier_title(name, span.start, people, doc, registry)


def _owner_named(
    span: Span,
    people: list[tuple[int, int, str]],
    known: Mapping[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> tuple[str, ...]:
    """The actors of the person named as a title's owner inside the span, not
    in a relative clause ("McGurk, who was Trump's envoy until December")."""
    doc = span.doc
    for title in (t for t in span if t.lemma_.lower() in TITLES):
        if any(a.dep_ == "relcl" for a in title.ancestors):
            continue
        for owner in (c for c in title.children if c.dep_ == "poss"):
            names = [n for s, e, n in people if s <= owner.i < e]
            if not names:
                continue
            name = full_name(names[0], people, owner.i, registry)
            person = registry.person(name)
            if person is not None:
                return person.actors_on(doc._.published)
            return known.get(name, ())
    return ()


def extended(source: Span) -> Span:
    """The source with its relative clauses and appositions ('Zhang Jun, who
    served as China's permanent representative'), a title just before it that
    the parse left out ("Niger's president | Mahamadou Issoufou said") and a
    title whose state the parse ran into the name ("President of | Mongolia
    Ukhnaagiin Khurelsukh")."""
    head = source.root
    start, end = head.left_edge.i, head.right_edge.i + 1
    named = actor_tokens(source.doc)
    joined = [  # not "… Tokayev | and Chairwoman … of Italy" ("of Saint Vincent
        c.left_edge.i  # and the Grenadines" is one name; "Deputy Prime Minister
        for c in head.rights  # and Minister of Foreign Affairs of Belgium X" one
        if c.dep_ in ("cc", "conj")
        and not named[c.i]  # person's titles)
        and head.lemma_.lower() not in TITLES
    ]
    misread = [  # "Minister, X, | called on …": a finite verb the parse hung on
        c.left_edge.i for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBD"
    ]  # the title, the speaker's own verb, not a clause describing them
    end = min([end, *joined, *misread])
    while end > head.i + 1 and source.doc[end - 1].is_punct:
        end -= 1  # "…, of the Republic of Korea; | Ambassador X"
    before = source.doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in TITLES
        and before.head is not head
        and before.head.i > before.i
    ):
        start = min(start, before.left_edge.i)
    title = _title_of_place(before)
    if title is not None and before is not None and before.i == start - 1:
        start = min(start, title.left_edge.i)
    owner = _title_of_place(head)  # "President of [Mongolia Ukhnaagiin Khurelsukh]"
    if owner is not None and any(
        s.start == start and titled_owner(s) for s in source.doc.spans.get("actors", [])
    ):
        start = min(start, owner.left_edge.i)
    for name_end, title_start in once_per_doc(source.doc, "owned_names", _owned):
        if name_end == head.i + 1:  # "President of the Republic of Kazakhstan | X"
            start = min(start, title_start)
    return source.doc[start:end]


def _owned(doc: Doc) -> list[tuple[int, int]]:
    """Where each name after a title's own state ends, and where the title's
    phrase starts ("President of the Republic of Kazakhstan Kassym-Jomart
    Tokayev"), once per Doc."""
    found = []
    for state in doc.spans.get("actors", []):
        name = owned_name(state)
        if name is not None:
            found.append((name.end, doc[state.start - 1].head.left_edge.i))
    return found


def _title_of_place(token: Token | None) -> Token | None:
    """The title whose place ends just before a name the parse left alone: "US
    Special Representative for Iran | Brian Hook", "Minister of Defence | Ben
    Wallace" (the title word, or None)."""
    if token is None or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    title = token.head.head
    word = title.lemma_.lower()
    if title.i < token.i and (word in TITLES or word in ENVOYS):
        return title
    return None


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text).strip()


def _titled_names(doc: Doc) -> list[tuple[int, int]]:
    """Names set beside a title that the NER did not read as a person: "a State
    Department spokesperson, Morgan Ortagus, indicated" (a name of two or three
    capitalised words that names no actor or place)."""
    actors = doc.spans.get("actors", [])
    named = {t.i for s in actors for t in s}
    found = []
    for state in actors:
        found += _after_owner(state, named)
    for title in doc:
        if title.lemma_.lower() not in TITLES:
            continue
        found += _after_title(title, named)
        determined = any(c.dep_ == "det" for c in title.children)
        names = _apposed_names(title) if title.pos_ == "NOUN" or determined else []
        # "The Chairperson of X, Y"; and the name a title stands in apposition
        # to ("Kristjan Tamm, Foreign Minister of Estonia")
        before = (
            title.head if title.dep_ == "appos" and title.head.i < title.i else None
        )
        for name in [*names, *([before] if before is not None else [])]:
            words = [*(c for c in name.lefts if c.dep_ == "compound"), name]
            if (
                name.pos_ == "PROPN"
                and words[-1].i - words[0].i + 1 == len(words)
                and 2 <= len(words) <= _NAME_WORDS
                and all(w.text.istitle() and w.i not in named for w in words)
                and name.lower_ not in ORGANS  # "a spokesperson, Press Office"
                and not any(w.ent_type_ in _PLACES for w in words)
            ):
                found.append((words[0].i, name.i + 1))
    return found


def _apposed_names(title: Token) -> list[Token]:
    """The heads of the names in apposition to a title; of a plural title, each
    name coordinated ("Presidents Muhammadu Buhari of Nigeria and Patrice
    Talon of Benin")."""
    names = [c for c in title.children if c.dep_ == "appos"]
    if title.tag_ != "NNS":
        return names
    return [*names, *(c for n in names for c in n.children if c.dep_ == "conj")]


def _after_title(title: Token, named: set[int]) -> list[tuple[int, int]]:
    """The name a title precedes that the NER read as no person: "Kazakh
    President [Kassym-Jomart Tokayev]", "Minister of Defense [Oleksii
    Reznikov]" (two to five capitalised words, hyphens
    between them, naming no actor or place, ending in the title's head)."""
    head = title.head
    # "Minister of Defense [Oleksii Reznikov]": the title's own phrase first
    last = title.right_edge.i if title.dep_ == "nmod" else title.i
    if (
        title.dep_ not in ("compound", "nmod")
        or head.i <= last + 1
        or head.tag_ not in ("NNP", "NNPS")  # "Lubinets" read as a plural
    ):
        return []
    words = title.doc[last + 1 : head.i + 1]
    if head.ent_type_ == "PERSON" and all(w.ent_type_ == "PERSON" for w in words):
        return []  # the NER's own
    names = [w for w in words if w.text != "-"]
    if not 2 <= len(names) <= _NAME_WORDS or head.lower_ in _ORGANS_OR_TITLES:
        return []
    if any(
        not w.text.istitle()
        or w.i in named
        or w.ent_type_ in _PLACES
        or w.pos_ != "PROPN"
        for w in names
    ) or any(w.lemma_.lower() in TITLES for w in names):
        return []
    return [(words[0].i, head.i + 1)]


def _after_owner(state: Span, named: set[int]) -> list[tuple[int, int]]:
    """The name after a title's own state that the NER ran into one entity
    with it: "President of Mongolia [Ukhnaagiin Khurelsukh]"."""
    names = owned_name(state)
    if names is None:
        return []
    if any(
        w.i in named or w.ent_type_ in _PLACES or w.lemma_.lower() in _ORGANS_OR_TITLES
        for w in names
    ):
        return []
    return [(names.start, names.end)]


def one_name(head: Token) -> bool:
    """The head is one name, not a group or coordination ("Agnes Morel, a
    French diplomat", not "Russia and Turkey")."""
    deps = {c.dep_ for c in head.children}
    return (
        head.tag_ == "NNP"
        and "conj" not in deps
        and (head.ent_type_ in ("PERSON", "") or "appos" in deps)
    )
