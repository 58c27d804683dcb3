"""The actor an office refers back to: "the embassy", "the ministry" (the last
institution of that name that named one; of several states', a statement's own
"the Ministry" is its issuer's), "Government spokesman X" (the government named
before), "the country's foreign minister" (the state named before), "the office"
or "its spokesman" (the organ or state that was the subject of the sentence
before). Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.governing import actors_in
from extract.nlp.header import first_paragraph
from extract.nlp.home import capital_opening, item_start
from extract.nlp.issuers import header_issuer
from extract.nlp.members import members_of
from extract.nlp.memo import once_per_doc
from extract.nlp.officials import INSTITUTIONS, ORGANS, TITLES

_TITLES_OR_ORGANS = TITLES | ORGANS | {"wing"}  # "its media wing"
_TITLES_OR_INSTITUTIONS = TITLES | INSTITUTIONS

# Nouns whose definite possessive means a state named before ("the country's").
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom"})
# Words of a title itself, never the office it names ("Prime Minister X").
_TITLE_WORDS = frozenset(
    {"prime", "vice", "deputy", "official", "chief", "senior", "acting"}
)  # "Official Spokesperson X" after "officials of Bangladesh": no office of theirs
# Documents whose later "the statement" is their issuer's voice.
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "readout"})
_COUNTRY_REACH = 3
_SPELLINGS = {
    "defense": "defence",
    "labor": "labour",
    "center": "centre",
}  # "the country" looks this many sentences back for its state


def office_before(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The actor an office in the span refers back to: "the embassy",
    "Government spokesman X", "the country's foreign minister"."""
    return (
        earlier_institution(span, registry)
        or institution_of_title(span, registry)
        or country_of_title(span, registry)
        or organ_subject_before(span, registry)
    )


def organ_subject_before(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "The office", "the agency" alone (or capitalised and bare, as the African
    Union's communiqués write "Council decides"), or an office "its" owns ("its
    spokesman", "its foreign ministry"): the one actor of the organ (for "its",
    the organ or state) that is the subject of the sentence before ("The United
    States Embassy in Iraq had suspended operations ... The office asked ..."),
    or for "its" the nearer subject of its own sentence ("Egypt warned of X, a
    statement from its foreign ministry said")."""
    doc = span.doc
    its = next((t for t in span if t.lower_ == "its" and t.dep_ == "poss"), None)
    if its is not None and its.head.lemma_.lower() not in _TITLES_OR_ORGANS:
        return ()
    bare = len(span) == 1 and span[0].is_title  # "Council decides", the AU's
    if its is None and (
        not (bare or (len(span) == 2 and span[0].lower_ == "the"))
        or span.root.i != span.end - 1
        or span.root.lemma_.lower() not in ORGANS
    ):
        return ()
    subject = _subject_before(span)
    if its is not None:  # "Egypt warned of X, a statement from its ministry said"
        subject = _subject_in_sentence(span) or subject
    if subject is None or subject.ent_type_ == "PERSON":
        return ()
    if its is None and (
        subject.lemma_.lower() not in ORGANS or _headed_by(span.root)
    ):  # "Statement of the Department of Foreign Affairs": the text's own
        return ()
    if its is None and _own_capitalised(span, subject):
        return ()  # "The Israeli Prime Minister's Office claimed … The Ministry"
    region = doc[subject.left_edge.i : subject.right_edge.i + 1]
    capital = capital_opening(region, registry)  # "In Moscow, the Defence Ministry"
    found = actors_in(region, registry) or ((capital,) if capital else ())
    return found if len(found) == 1 else ()


def _own_capitalised(span: Span, subject: Token | None) -> bool:
    """A release's own organ or state, capitalised bare ("The Ministry
    stresses", "The Kingdom reaffirms" in Saudi Arabia's statement), after a
    sentence about another's ("The Israeli Prime Minister's Office claimed"):
    the issuer's, not the other's."""
    word = span.root
    return (
        bool(span.doc._.issuer)
        and word.text.istitle()
        and (subject is None or subject.lemma_.lower() != word.lemma_.lower())
    )


def _subject_in_sentence(span: Span) -> Token | None:
    """The last subject of the span's own sentence before the span ("[Egypt]
    warned of X, a statement from its foreign ministry said"): what "its"
    nearest means."""
    before = [
        t
        for t in span.doc[span.sent.start : span.start]
        if t.dep_ in ("nsubj", "nsubjpass")
    ]
    return before[-1] if before else None


def _headed_by(organ: Token) -> bool:
    """Whether the header names the organ ("Statement of the Department of
    Foreign Affairs" for "The Department"): the text's own, not the last one
    named."""
    header = organ.doc.char_span(0, first_paragraph(organ.doc)[0], "contract")
    word = organ.lemma_.lower()
    return header is not None and any(t.lemma_.lower() == word for t in header)


def _subject_before(span: Span) -> Token | None:
    """The subject of the sentence before the span's, passing over sentences
    whose subject is the same bare organ again ("The Ministerial Council of the
    GCC met … The Council condemned … The Council demanded")."""
    doc, at = span.doc, span.sent.start
    for _ in range(_COUNTRY_REACH):
        if at == 0:
            return None
        before = doc[at - 1].sent
        subject = next(
            (t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")),
            None,
        )
        same = subject is not None and (
            subject.lemma_.lower() == span.root.lemma_.lower()
            and (
                (
                    subject.left_edge.i == subject.i - 1
                    and doc[subject.i - 1].lower_ == "the"
                )
                or subject.left_edge.i == subject.i  # "Council" again, bare
            )
        )
        if not same:
            return subject
        at = before.start
    return None


def earlier_institution(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "The embassy", "the ministry", "the statement": the actor of the nearest
    earlier mention of the same institution or document that named one ("the US
    Embassy in London", "Trump, in a statement, announced"); when earlier
    mentions name several, the document's issuer among them if it names its
    own "the Ministry", capitalised ("The Ministry reminds" in the Ukrainian
    ministry's statement that named Russia's); none when the institution says
    where it sits ("the ministry in Beijing": `seated_in`)."""
    head = source.root
    lemma = head.lemma_.lower()
    if lemma not in INSTITUTIONS | _DOCUMENTS or source[0].lower_ != "the":
        return ()
    qualifiers = {t.lower_ for t in source[1:] if t.i < head.i and t.is_alpha}
    qualifiers |= {  # "The Ministry of National Defense" is not "Japan's Defense
        t.lower_  # Ministry" ("of Foreign Affairs" may be its "Foreign Ministry")
        for t in source.doc[head.i + 1 : _of_end(head)]
        if t.is_alpha and t.is_title and t.i < source.end and t.lower_ != "affairs"
    }
    doc = source.doc
    places = {i for m in doc.spans.get("actors", []) for i in range(m.start, m.end)}
    if any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.i in places for o in p.children)
        for p in head.children
    ):
        return ()
    if head.text.istitle():
        every = _named_before(doc, source.start, lemma, registry, True, qualifiers)
        issuer = (doc._.issuer,) if doc._.issuer else header_issuer(doc, registry)
        if len(every) > 1 and len(issuer) == 1 and issuer[0] in every:
            return issuer
    return _named_before(doc, source.start, lemma, registry, qualifiers=qualifiers)


def institution_of_title(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "Government spokesman Ali Rabiei", "Foreign Ministry spokesman X",
    "Treasury Secretary X", "a spokesperson for the ministry", "the ministry's
    spokeswoman": a title whose office names no actor speaks for the one actor
    that earlier mentions of that office name ("Iran's government", "the US
    Treasury Department"); none when they name several."""
    if actors_in(span, registry):
        return ()
    for token in span:
        title = token.head
        institution = token.lemma_.lower() in INSTITUTIONS
        office = institution or (
            token.pos_ == "PROPN"
            and token.text.istitle()
            and token.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
            and token.lower_ not in _TITLE_WORDS
        )  # "Treasury Secretary X" after "the US Treasury Department"
        if institution and token.dep_ == "pobj" and title.lower_ == "for":
            title = title.head  # "a spokesperson for | the ministry"
        owned = institution and token.dep_ in ("poss", "pobj")
        if (
            office
            and (token.dep_ == "compound" or owned)
            and title.lemma_.lower() in TITLES
            and span.start <= title.i < span.end
        ):
            lemma = token.lemma_.lower()
            qualifiers = {  # "foreign ministry spokesperson": not the Unification's
                c.lower_
                for c in token.children
                if c.i < token.i and c.is_alpha and c.dep_ in ("amod", "compound")
            }
            found = _named_before(
                span.doc, span.start, lemma, registry, True, qualifiers
            )
            scene = capital_opening(span, registry)  # "In Berlin, the ministry's
            if scene is not None and (scene,) != found:  # spokesperson": Germany's
                return ()
            issuer = span.doc._.issuer
            if issuer and found != (issuer,) and token.pos_ == "PROPN":
                return ()  # "Deputy Foreign Minister X" in Russia's statement
            return (
                found if len(found) == 1 else ()
            )  # after "the Moldovan Foreign Ministry"
    return ()


def country_of_title(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "The country's foreign minister", or "the kingdom" alone as a subject:
    the one state that the nearest earlier stretch naming states names (this
    sentence before the span, then the sentences before it); none when it
    names several."""
    doc = span.doc
    country = next(
        (
            t
            for t in span
            if t.lemma_.lower() in _COUNTRY_NOUNS
            and t.dep_ == "poss"
            and any(c.lower_ == "the" for c in t.children)
            and t.head.lemma_.lower() in _TITLES_OR_INSTITUTIONS
        ),
        None,
    )
    bare = (  # "The kingdom called on all parties": the state itself ("the
        len(span) == 2  # country" or "the nation" alone may be any, or a people)
        and span[0].lower_ == "the"
        and span[1].lower_ == "kingdom"
        and span[1].dep_ in ("nsubj", "nsubjpass")
    )
    if country is None and not bare:
        return ()
    if bare and _own_capitalised(span, None):
        return ()  # "The Kingdom reaffirms" in the kingdom's own statement
    sentences = [s for s in doc.sents if s.start < span.sent.start][-_COUNTRY_REACH:]
    stretches = [doc[span.sent.start : span.start], *reversed(sentences)]
    for stretch in stretches:
        states = [
            m.label_
            for m in doc.spans.get("actors", [])
            if stretch.start <= m.start and m.end <= stretch.end
            and getattr(registry.actors.get(m.label_), "kind", "") == "state"
        ]  # fmt: skip
        if states:
            return (states[0],) if len(set(states)) == 1 else ()
    return ()


def _named_before(
    doc: Doc,
    before: int,
    lemma: str,
    registry: ActorRegistry,
    every: bool = False,
    qualifiers: frozenset[str] | set[str] = frozenset(),
) -> tuple[str, ...]:
    """The actor of the nearest earlier mention of an institution that names one
    (with `every`, the actors all earlier mentions name); a word of an actor's own
    name is no institution of it ("Emirates" in "United Arab Emirates"), and a
    mention without the words that qualify this one (`qualifiers`: "the Federal
    Government" after "the Ukrainian Government") is another institution."""
    named: list[str] = []
    own = once_per_doc(doc, "actor_name_tokens", _actor_tokens)
    start = item_start(doc, before, registry)  # not into a roundup's other items
    for token in reversed(doc[start:before]):
        if token.i in own:
            continue
        if token.lemma_.lower() == lemma and token.pos_ in ("NOUN", "PROPN"):
            root = token
            titled = False
            while every and root.dep_ == "compound" and root.head is not root:
                root = root.head  # "the US Treasury Department": all of it
                titled = titled or root.lemma_.lower() in TITLES
            if titled:
                continue  # "Malaysian Foreign Minister X": another's title, no office
            phrase = _one_line(doc[root.left_edge.i : _of_end(token)])
            if not {_spelled(q) for q in qualifiers} <= {
                _spelled(t.lower_) for t in phrase
            }:
                continue
            found = actors_in(phrase, registry) or tuple(_issued_by(token, registry))
            if found and not every:
                return found if len(found) == 1 else ()
            named += [a for a in found if a not in named]
    return tuple(named)


def _of_end(token: Token) -> int:
    """Where an institution's name ends: after its "of" phrases ("the Ministry
    of Foreign Affairs of Ukraine"), not any other words after it."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ != "of" or child.i != end:
            break
        end = child.right_edge.i + 1
    return end


def _one_line(phrase: Span) -> Span:
    """The part of a phrase after its last line break: a parse that runs a
    title line into the next ("... travels to Kyiv | Federal Foreign Office")
    makes no one mention of them."""
    breaks = [t.i for t in phrase if t.is_space and "\n" in t.text]
    return phrase.doc[breaks[-1] + 1 : phrase.end] if breaks else phrase


_DEPARTMENTS = frozenset({"department", "ministry", "office"})


def _actor_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of actors' names, not of organs named for themselves ("the
    Treasury Department" is an institution as well as the United States')."""
    return frozenset(
        i
        for s in doc.spans.get("actors", [])
        if s[-1].lemma_.lower() not in _DEPARTMENTS  # not "the White House"
        for i in range(s.start, s.end)
    )


def _issued_by(document: Token, registry: ActorRegistry) -> list[str]:
    """Who issued "a statement" named in "X, in a statement, announced": the
    actors of the subject of the verb the statement is the means of."""
    prep = document.head
    verb = prep.head
    if document.lemma_.lower() not in _DOCUMENTS or document.dep_ != "pobj":
        return []
    if prep.lower_ not in ("in", "through", "via") or verb.pos_ != "VERB":
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    doc = document.doc
    return members_of(doc[subject.left_edge.i : subject.i + 1], registry)


def _spelled(word: str) -> str:
    """A word in one spelling ("defense" as "defence"): a qualifier written
    the other way is the same office."""
    return _SPELLINGS.get(word, word)
