"""The state a news report is written from, and the unnamed organs and officials
that speak for it.

A dateline ("MOSCOW, March 3 (Reuters) -") or a headline whose subject is a state
("UK urges US to ...", "Iraqi Parliament votes ...") names the report's home
state. Reporters name the state of every foreign official, so a state organ or a
national title the text leaves without one ("the foreign ministry said",
"Foreign Secretary Dominic Raab", "X, the caretaker Prime Minister") is the home
state's. A government body seated in a capital ("the Defence Ministry in
Moscow", "officials in Beijing") speaks for that capital's state, and an
official serving in a state's organ or coming from a state for that state ("a
senior official in the Iranian government", "officials from Iran"). Documents
of an issuer have their own voices (`documents.py`): no home state. Pure
functions over a Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.datelines import DASHES, dateline_dash, prose_start
from extract.nlp.memo import once_per_doc
from extract.nlp.officials import ORGANS, SPOKESPEOPLE, TITLES, not_official
from extract.nlp.paragraphs import BULLETS

# Organs of a state's government a report names without their state.
_ORGANS = frozenset(
    {"government", "ministry", "cabinet", "presidency", "parliament", "military"}
)
# Titles of a national office held for a state.
_TITLES = frozenset({"minister", "president", "premier", "chancellor", "secretary"})
# Words a national title or organ may carry and still name no state's own.
_PORTFOLIOS = frozenset(
    {"prime", "foreign", "defence", "defense", "interior", "finance", "home",
     "deputy", "vice", "caretaker", "acting", "interim", "economy", "trade",
     "health", "justice", "energy", "first", "federal", "national", "the", "a",
     "state", "affairs"}
)  # fmt: skip
_PORTFOLIOS_OR_TITLES = _PORTFOLIOS | TITLES
_OFFICE_WORDS = TITLES | ORGANS | _PORTFOLIOS
# Who sits in a capital for its state ("officials in Beijing").
_SEATED = frozenset({"official", "authority", "ministry", "government"})
# Who serves in a state's organ or comes from a state ("an official in the
# Iranian government", "officials from Iran").
_MEMBERS = frozenset({"official", "authority", "diplomat", "delegation", "source"})
_RANKS = frozenset({"senior", "top", "high", "high-ranking", "junior", "two", "three"})
_PLACES = frozenset({"GPE", "LOC"})
_WORD = re.compile(r"[A-Za-zÀ-ÿ’'.]+")
_HEADLINE_NAME = 3  # words of a state's name opening a headline


def home_voice(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The home state, when the span is a state organ or a national title that
    names no state ("the foreign ministry", "Prime Minister X"); else ()."""
    if not_official(span) or not _unqualified(span):
        return ()
    capital = capital_opening(span, registry)
    if capital is not None:  # "In Moscow, the Defence Ministry said": Russia's
        return (capital,)
    doc = span.doc
    sections = [
        (at, state) for at, state in _sections(doc, registry) if at <= span.start
    ]
    before = [state for _, state in sections]
    if before:  # a roundup's later section: "___ BERLIN — ...", "- Indonesia: …"
        home = None if doc._.issuer else before[-1]
        item = _bullet_label(doc[sections[-1][0]], registry) is not None
        if home is not None and item and _names_after(span, home):
            return ()  # "- North Korea: Defence Minister X said Pyongyang's …": a topic
    else:
        home = once_per_doc(doc, "home_state", lambda d: _home(d, registry))
    if home is None or _names_another_state(span, home, registry):
        return ()  # "Interior Minister X said ... France": which state's minister?
    return (home,)


def capital_opening(span: Span, registry: ActorRegistry) -> str | None:
    """The state whose capital the span's sentence opens with, before the span
    ("In Beijing, foreign ministry spokesperson Lin Jian said"): the scene a
    wire report moves to, for an organ or its spokesperson. Not another city
    ("In Geneva, …"): talks' venues."""
    sentence = span.sent
    first = sentence[0]
    if first.lower_ != "in" or span.start <= first.i:
        return None
    place = [c for c in first.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"]
    if len(place) != 1:
        return None
    name = span.doc[place[0].left_edge.i : place[0].i + 1].text
    actor = registry.lookup(name)
    if actor is None or registry.actors[actor].capital != name:
        return None
    follows = span.doc[place[0].i + 1] if place[0].i + 1 < len(span.doc) else None
    if follows is None or follows.text != ",":
        return None
    if _names_another_state(span, actor, registry):
        return None  # "In Berlin, spokesperson Lin Jian said China …": whose?
    return actor if _seated(span) else None


def _seated(span: Span) -> bool:
    """An organ, or an organ's spokesperson ("the Defence Ministry", "foreign
    ministry spokesperson Lin Jian"): what sits in a capital. Not a minister or
    a president, who may be visiting ("In Washington, the foreign minister
    said")."""
    if span.root.lemma_.lower() in ORGANS:
        return True
    words = {t.lemma_.lower() for t in span}
    return bool(words & SPOKESPEOPLE) and bool(words & ORGANS)


def _names_after(span: Span, home: str) -> bool:
    """Whether the span's sentence names the state again after the span (the
    item is about it, not its voice)."""
    sentence = span.sent
    return any(
        s.label_ == home and span.end <= s.start < sentence.end
        for s in span.doc.spans.get("actors", [])
    )


def _names_another_state(span: Span, home: str, registry: ActorRegistry) -> bool:
    """Whether the span names a person and its sentence a state other than the
    home state (an organ, "the Health Ministry", is the home state's still)."""
    if not any(t.ent_type_ == "PERSON" for t in span):
        return False
    sentence = span.sent
    return any(
        s.label_ != home and registry.actors[s.label_].kind == "state"
        for s in span.doc.spans.get("actors", [])
        if sentence.start <= s.start < sentence.end and s.label_ in registry.actors
    )


def seated_in(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "The Defence Ministry in Moscow", "officials in Beijing", "officials in
    the Iranian capital", "a senior official in the Iranian government",
    "officials from Iran": the one state whose capital a government body sits
    in, whose organ an official serves in, or whence officials come."""
    head = span.root
    lemma = head.lemma_.lower()
    if lemma not in _SEATED | _MEMBERS:
        return ()
    if any(
        c.dep_ in ("poss", "nmod") or (c.dep_ == "amod" and c.lower_ not in _RANKS)
        for c in head.children
    ):
        return ()  # "Western officials in Kabul", "Iraq's ministry"
    for prep in (c for c in head.children if c.dep_ == "prep"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or any(c.dep_ == "conj" for c in place.children):
            continue
        phrase = span.doc[place.left_edge.i : place.i + 1]
        word = place.lemma_.lower()
        if prep.lower_ == "in" and (
            word == "capital" or (lemma in _MEMBERS and word in ORGANS)
        ):  # "in the Iranian capital", "an official in the Iranian government"
            states = _states_in(phrase, registry)
            if len(states) == 1:
                return states
        actor = registry.lookup(phrase.text)
        if actor is None or registry.actors[actor].kind != "state":
            continue
        if prep.lower_ == "in" and lemma in _SEATED:
            if registry.actors[actor].capital == phrase.text:
                return (actor,)
        elif prep.lower_ == "from" and lemma in _MEMBERS:
            return (actor,)  # "officials from Iran"
    return ()


def item_start(doc: Doc, at: int, registry: ActorRegistry) -> int:
    """Where the roundup item holding token `at` starts: its dateline ("___
    BERLIN — ..."), or 0 in a report of one place."""
    return max((i for i, _ in _sections(doc, registry) if i <= at), default=0)


def _states_in(phrase: Span, registry: ActorRegistry) -> tuple[str, ...]:
    found = {
        m.label_
        for m in phrase.doc.spans.get("actors", [])
        if phrase.start <= m.start and m.end <= phrase.end
    }
    return tuple(a for a in found if registry.actors[a].kind == "state")


def _unqualified(span: Span) -> bool:
    """A state organ or national title with nothing that names whose it is."""
    if span.doc.spans.get("actors") and any(
        span.start <= m.start < span.end for m in span.doc.spans["actors"]
    ):
        return False
    root = span.root
    if root.lemma_.lower() in _ORGANS:
        return span[0].lower_ == "the" and _bare(root)
    if any(_organ_of_title(t) for t in span):
        return True
    titles = [t for t in span if t.lemma_.lower() in _TITLES and t.pos_ != "VERB"]
    if len(titles) != 1 or titles[0].i + 1 >= len(span.doc):
        return False
    after = span.doc[titles[0].i + 1]
    if after.text in DASHES:
        return False  # "Secretary-General": a body's office
    if after.lower_ == "general" and _owned_by_another(after):
        return False  # "The Forum's Secretary General"
    return _bare(titles[0])


# Bodies of a state whose Secretary General is the state's official ("the State
# Council's", "the National Assembly's", "Party Secretary General").
_STATE_BODIES = frozenset(
    {"party", "council", "assembly", "office", "secretariat", "state", "congress",
     "senate", "presidential"}
)  # fmt: skip


def _owned_by_another(title: Token) -> bool:
    """A title a name that is no state organ owns ("The Forum's Secretary
    General", "PIF Secretary General"), not "the ministry's secretary general"."""
    return any(
        c.dep_ in ("poss", "compound")
        and c.pos_ in ("PROPN", "NOUN")
        and c.ent_type_ not in ("DATE", "TIME")  # a dateline's "May 3 -"
        and c.lemma_.lower() not in _ORGANS | TITLES | _PORTFOLIOS | _STATE_BODIES
        for c in title.children
    )


def _organ_of_title(token: Token) -> bool:
    """A bare organ a title serves: "Foreign Ministry spokesperson X", "a
    spokesperson for the ministry", "the government's spokesman"."""
    if token.lemma_.lower() not in _ORGANS or not _bare(token):
        return False
    title = token.head
    if token.dep_ == "pobj" and title.lower_ == "for":
        title = title.head
    elif token.dep_ not in ("compound", "poss"):
        return False
    return title.lemma_.lower() in TITLES and title.i != token.i


def _bare(word: Token) -> bool:
    """No owner, no prepositional phrase, no modifier but a portfolio."""
    for child in word.children:
        if child.dep_ == "prep" and _of_portfolio(child):
            continue  # "Secretary of State", "Minister of Foreign Affairs"
        if child.dep_ in ("poss", "prep", "nmod"):
            return False
        if child.i < word.i and child.lower_ not in _PORTFOLIOS_OR_TITLES:
            return False
    return not (word.dep_ == "compound" and word.head.lemma_.lower() in ORGANS)


def _of_portfolio(prep: Token) -> bool:
    words = [t.lower_ for t in prep.subtree if t.i != prep.i]
    return prep.lower_ == "of" and bool(words) and set(words) <= _PORTFOLIOS


def _home(doc: Doc, registry: ActorRegistry) -> str | None:
    if doc._.issuer:
        return None
    return _dateline(doc, registry) or _headline(doc._.title, registry)


def _sections(doc: Doc, registry: ActorRegistry) -> list[tuple[int, str | None]]:
    return once_per_doc(doc, "datelines", lambda d: _later_datelines(d, registry))


def _later_datelines(doc: Doc, registry: ActorRegistry) -> list[tuple[int, str | None]]:
    """Datelines after the opening one, as a roundup of places opens each of its
    items ("___ BERLIN — ...", "JAKARTA, Indonesia —"): where each starts and
    the one state it names (None for a place of no one state)."""
    found: list[tuple[int, str | None]] = []
    opening = dateline_dash(doc) or 0
    for token in doc[opening + 1 :]:
        labelled = _bullet_label(token, registry)
        if labelled is not None:  # "- Indonesia: Foreign Minister Sugiono said"
            found.append((token.i, labelled))
            continue
        if not _opens_a_line(token) or not (token.is_upper and token.is_alpha):
            continue
        end = token.i
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        if len(token.text) < 2 or end - token.i > 3 or end >= len(doc):
            continue
        if doc[end].text not in DASHES | {",", "(", '"', "“"}:
            continue
        place = doc[token.i : end]
        actor = registry.lookup(place.text.title())
        kind = registry.actors[actor].kind if actor else None
        if kind == "body" or not (
            kind or _after_a_rule(token) or place.root.ent_type_ in _PLACES
        ):
            continue  # "WHO, the agency, ...": no place
        country = doc[end + 1] if doc[end].text == "," and end + 1 < len(doc) else None
        if kind != "state" and country is not None:  # "JERUSALEM, Israel —"
            actor = registry.lookup(country.text)
        state = actor if actor and registry.actors[actor].kind == "state" else None
        found.append((token.i, state))
    return found


def _bullet_label(token: Token, registry: ActorRegistry) -> str | None:
    """The state a round-up's item opens with ("- Indonesia: …", "• China: …",
    "Chile — …" at a line's start): that item's home."""
    doc = token.doc
    if not _opens_a_line(token) or token.i + 2 >= len(doc):
        return None
    start = token.i + 1 if token.text in BULLETS else token.i
    end = start
    while (
        end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha
    ):
        end += 1
    if end == start or end >= len(doc) or doc[end].text not in DASHES | {":"}:
        return None
    if start == token.i and doc[end].text == ":":
        return None  # "Kallas: …" a turn's label, not an item's
    actor = registry.lookup(doc[start:end].text)
    kind = registry.actors[actor].kind if actor else None
    return actor if kind == "state" else None


def _after_a_rule(token: Token) -> bool:
    """A roundup's rule ("___") just before: what follows opens an item."""
    doc = token.doc
    return any(
        set(t.text) <= {"_"} and not t.is_space
        for t in doc[max(0, token.i - 2) : token.i]
    )


def _opens_a_line(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or set(before.text) <= {"_"}


def _dateline(doc: Doc, registry: ActorRegistry) -> str | None:
    """The one state a dateline names ("MOSCOW, March 3 (Reuters) -")."""
    dash = dateline_dash(doc)
    if dash is None:
        return None
    begin = prose_start(doc)
    place = next((t.i for t in doc[begin:dash] if t.text in (",", "(")), dash)
    if "/" in doc[begin:place].text:
        return None  # "NEW DELHI/ISLAMABAD": filed from two capitals, no one home
    names = [
        doc[begin:place].text,
        *(t.text for t in doc[begin:dash] if t.pos_ == "PROPN"),
    ]
    states = set()
    for name in names:  # "NEW DELHI", "KYIV, Ukraine"
        actor = registry.lookup(name.title())
        if actor is not None and registry.actors[actor].kind == "state":
            states.add(actor)
    return states.pop() if len(states) == 1 else None


def _headline(title: str | None, registry: ActorRegistry) -> str | None:
    """The state a headline opens with as its subject: its name, then titles,
    organs or names, then a verb ("UK urges ...", "Iraqi Parliament votes ...",
    "Iran's President Rouhani tells ..."); none for a thing named after a place
    ("Cairo summit denounces ...")."""
    words = [re.sub(r"[’']s$", "", w).strip(".’'") for w in _WORD.findall(title or "")]
    state, at = None, 0
    for size in range(min(_HEADLINE_NAME, len(words)), 0, -1):
        state = registry.lookup(" ".join(words[:size]))
        if state is not None and registry.actors[state].kind == "state":
            at = size
            break
    if not at:
        return None
    for word in words[at:]:
        lower = word.lower()
        if word[:1].isupper() or lower in _OFFICE_WORDS:
            continue  # "Parliament", "President Rouhani", "prime minister"
        verb = lower.endswith("s") and not lower.endswith("ss") and lower != "talks"
        return state if verb else None
    return None
