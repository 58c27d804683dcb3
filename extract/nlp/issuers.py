"""The issuer a document's header names: the office a release or briefing comes
from ("Ministry of Foreign Affairs, Tokyo", "Federal Foreign Office, Berlin",
"Office of the Spokesperson for the Secretary-General", "NATO Press Office,
Brussels"), and the one speaker of a transcript who speaks with its voice (the
spokesperson or minister the header names). Pure functions over a Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.header import first_paragraph
from extract.nlp.memo import doc_text
from extract.nlp.officials import AGENTS, ORGANS, SPOKESPEOPLE, TITLES
from extract.nlp.voices import DocumentVoices

# Capitalised words naming an office that issues a document in its state's or
# body's name (not titles of people: "President", "Minister" name who speaks).
_OFFICES = frozenset(
    {"Ministry", "Office", "Department", "Chancellery", "Government", "Presidency",
     "Cabinet", "Secretariat", "Embassy", "Mission", "Spokesperson", "Spokesman",
     "Spokeswoman"}
)  # fmt: skip
# Where an office's own name ends: a comma or line end, or a preposition that
# turns to the subject, place or occasion ("… on the situation in Myanmar").
_NAME_END = re.compile(
    r",|\n| (?:on|to|in|at|about|regarding|concerning|following|with) ", re.I
)
_STATEMENT = re.compile(
    r"\b(?:[Ss]tatement|Declaration|Communiqu[eé]|Comment|Remarks|Address|Speech"
    r"|Message)\b"
)
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
# A joint text ("Joint Statement of …", "India-Egypt Joint Statement") has no one owner.
_JOINT = re.compile(r"\b(?:Joint|Trilateral|Quadrilateral)\b", re.I)
# What may come between a list's comma and its next name.
_LIST_GOES_ON = re.compile(r"\s*(?:and\s+|&\s+)?(?:the\s+)?")
_AND = re.compile(r"\s(?:and|&)\s")
# The header's person meets someone: "Minister Anand speaks with India's
# Minister of External Affairs", "Foreign Minister Wong meets Wang Yi".
_MEETS = re.compile(
    r"\s+(?:speaks|meets|holds talks|talks|calls|receives|hosts|welcomes)\b", re.I
)
_PAIR = re.compile(r"([A-Z]\w*) (?:and|&) [A-Z]")  # "Eide and Karlsson"
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OF = re.compile(r" of (?:the )?")  # "Albanese of Australia"
# "Ahmed Aboul Gheit, Secretary-General of the League of Arab States"
_TITLED_OF = re.compile(r", (?:[A-Z][\w-]* ){1,4}of (?:the )?")
_NAMES = re.compile(r"(?: [A-Z][\w'’.-]*)+ ")  # " Prime Minister Anthony "
# "… of Brazil, Ambassador Carlos Augusto Ferreira": the title's state, then
# the holder's honorifics and given names
_OWNER_NAMED = re.compile(r",(?: [A-Z][\w'’.-]*){0,5} ")


def header_issuer(doc: Doc, registry: ActorRegistry) -> tuple[str, ...]:
    """The one actor a header paragraph's office names: the state or body its own
    name holds ("Office of the Spokesperson for the Secretary-General", "NATO
    Press Office"), else the one capital its paragraph gives as the office's
    seat ("Ministry of Foreign Affairs, Tokyo"). None when a paragraph names no
    office or the office could be more than one actor's: a capital is a
    dateline, not an issuer, without an office beside it."""
    text = doc_text(doc)
    start = 0
    end = first_paragraph(doc)[0]
    named = [s for s in doc.spans.get("actors", []) if s.start_char < end]
    while start < end:
        stop = text.find("\n\n", start, end)
        stop = end if stop < 0 else stop
        found = _paragraph_issuer(text, start, stop, named, registry)
        found = found or _statement_owner(doc, start, stop, named, registry)
        found = found or _organ_line(text, start, stop, registry)
        if found:
            return found
        start = stop + 2
    return ()


def named_in_header(doc: Doc, label: str) -> bool:
    """Whether the header names a turn label's speaker: its last word (the
    surname, or a title that stands for the name, as in "Spokesperson:"), or
    its title ("Official Spokesperson, Shri Randhir Jaiswal:" under "Briefing
    by the Official Spokesperson")."""
    words = _WORD.findall(label)
    if not words:
        return False
    text = doc_text(doc)[: first_paragraph(doc)[0]]
    header = {_same_word(w) for w in _WORD.findall(text)}
    titles = {_same_word(w) for w in words if w.lower() in TITLES}
    return _same_word(words[-1]) in header or bool(titles & header)


def _same_word(word: str) -> str:
    """A word as a label and a header may both write it ("Spokesman:" for the
    "Spokesperson" of the header)."""
    lower = word.lower().removesuffix("'s").removesuffix("’s")  # "Lin Jian's"
    return "spokesperson" if lower in SPOKESPEOPLE else lower


def header_state(doc: Doc, label: str) -> tuple[str, ...]:
    """The one state or body the header gives a turn label's speaker, by the
    name it ends in: "Prime Minister Albanese of Australia", "Anthony Albanese,
    Prime Minister of Australia", "the Prime Minister of Australia, Anthony
    Albanese" or "Australian Prime Minister Anthony Albanese" for "Prime
    Minister Albanese:"; none for
    a label ending in a title ("The President:"), whose header words may be
    an organ's ("President of the Security Council")."""
    words = _WORD.findall(label)
    if not words or len(words[-1]) < 3 or words[-1].lower() in AGENTS:
        return ()
    end = first_paragraph(doc)[0]
    text = doc_text(doc)
    named = [s for s in doc.spans.get("actors", []) if s.end_char <= end]
    found: set[str] = set()
    for name in re.finditer(rf"\b{re.escape(words[-1])}\b", text[:end]):
        after = _OF.match(text, name.end()) or _TITLED_OF.match(text, name.end())
        found |= {
            s.label_
            for s in named
            if after
            and s.start_char <= after.end()
            and text[s.start_char : after.end()].lower() in ("", "the ")
        }
        found |= {  # "the Minister of Foreign Affairs of Brazil, Ambassador X"
            s.label_
            for s in named
            if _OWNER_NAMED.fullmatch(text, s.end_char, name.start())
            and _titled_of(text[: s.start_char])
        }
        line = text.rfind("\n", 0, name.start()) + 1
        found |= {
            s.label_
            for s in named
            if line <= s.start_char and _NAMES.fullmatch(text, s.end_char, name.start())
        }
    return (found.pop(),) if len(found) == 1 else ()


def _titled_of(before: str) -> bool:
    """Words before a state's name that make it a title's ("the Minister of
    Foreign Affairs of"), not a mandate's subject ("the situation of human
    rights in the occupied territories of")."""
    if not before.endswith((" of ", " of the ")):
        return False
    words = _WORD.findall(before)[-5:]
    return any(w.lower() in TITLES for w in words)


def _two_names(pair: re.Match[str]) -> bool:
    """Whether 'X and Y' joins two names, not two offices of one person ("State
    Councilor and Foreign Minister Wang Yi")."""
    return pair.group(1).lower() not in AGENTS


def header_person(doc: Doc, name: str) -> bool:
    """Whether the header names this person and no one else on that line
    before whom they meet ("Foreign Minister Baerbock travels to Kyiv" for
    Annalena Baerbock, "Minister Anand speaks with India's Minister of External
    Affairs" for Anita Anand; not "Ministers Eide and Karlsson")."""
    end = first_paragraph(doc)[0]
    text = doc_text(doc)
    own = {w.lower() for w in _WORD.findall(name)}
    surname = _WORD.findall(name)[-1:] or [""]
    found = re.search(rf"\b{re.escape(surname[0])}\b", text[:end], re.I)
    if not own or found is None:
        return False
    start = text.rfind("\n", 0, found.start()) + 1
    stop = text.find("\n", found.end(), end)
    stop = end if stop < 0 else stop
    met = _MEETS.match(text, found.end(), stop)  # whom a person meets is another's
    named = doc.char_span(found.start(), found.end(), alignment_mode="expand")
    if met and named is not None and any(t.ent_type_ == "PERSON" for t in named):
        stop = met.start()
    if any(_two_names(m) for m in _PAIR.finditer(text, start, stop)):
        return False
    named = doc.spans.get("actors", [])
    others = [
        t
        for t in doc.char_span(start, stop, alignment_mode="expand") or []
        if t.pos_ == "PROPN"
        and t.lower_ not in own
        and t.lower_ not in AGENTS
        and not any(s.start <= t.i < s.end for s in named)
    ]
    return not others


def _statement_owner(
    doc: Doc, start: int, stop: int, named: list[Span], registry: ActorRegistry
) -> tuple[str, ...]:
    """The one actor a statement's title names as its own ("WHO Director-General's
    statement on …", "Statement by NATO"), or the actor of the one office-holder
    it names ("Comment by Foreign Ministry Spokeswoman Maria Zakharova on …",
    "Remarks by Secretary-General António Guterres at …"); not a headline's
    ("Russia's statement on Ukraine draws criticism": a finite verb)."""
    text = doc_text(doc)
    for found in _STATEMENT.finditer(text, start, stop):
        line = max(start, text.rfind("\n", start, found.start()) + 1)
        line = max(line, text.rfind(":", line, found.start()) + 1)  # "Georgia: …"
        end = text.find("\n", found.end(), stop)
        end = stop if end < 0 else end
        span = doc.char_span(line, end, alignment_mode="expand")
        if span is None or any(t.tag_ in _FINITE for t in span):
            continue
        if _JOINT.search(text, line, found.start()):  # a joint text: no one owner
            continue
        cut = _name_end(text, found.end(), end, named)
        owners = {s.label_ for s in named if line <= s.start_char and s.end_char <= cut}
        if len(owners) == 1:
            return (owners.pop(),)
        if not owners:
            held = _holder_owner(doc, found.end(), cut, registry)
            if held:
                return held
    return ()


def _holder_owner(
    doc: Doc, start: int, end: int, registry: ActorRegistry
) -> tuple[str, ...]:
    """The actor, on the document's date, of the one person named between two
    offsets when the registry knows them and the name ends the owner's phrase
    ("… Spokeswoman Maria Zakharova | on …"; not "Remarks by X spark anger")."""
    names = [
        e for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char < end
    ]
    if len(names) != 1 or doc_text(doc)[names[0].end_char : end].strip():
        return ()
    known = [
        s.label_
        for s in doc.spans.get("people", [])
        if s.start < names[0].end and names[0].start < s.end
    ]  # the registry's name of a mention ("President Biden")
    person = registry.person(known[0] if known else names[0].text)
    return person.actors_on(doc._.published) if person is not None else ()


def _name_end(text: str, start: int, stop: int, named: list[Span]) -> int:
    """Where an office's or a statement's own name ends: at a comma, line end or
    preposition; a comma that goes on with another name in a list closed by
    "and" ("of Australia, India, Japan and the United States") does not end it
    ("NATO Press Office, Brussels" ends at the comma)."""
    at = start
    while (cut := _NAME_END.search(text, at, stop)) is not None:
        if cut.group() != ",":
            return cut.start()
        after = _LIST_GOES_ON.match(text, cut.end())
        listed = after is not None and any(
            cut.end() <= s.start_char <= after.end() for s in named
        )
        rest = _NAME_END.search(text, cut.end(), stop)
        while rest is not None and rest.group() == ",":
            rest = _NAME_END.search(text, rest.end(), stop)
        closed = _AND.search(text, cut.end(), rest.start() if rest else stop)
        if not listed or closed is None:
            return cut.start()
        at = cut.end()
    return stop


def _paragraph_issuer(
    text: str, start: int, stop: int, named: list[Span], registry: ActorRegistry
) -> tuple[str, ...]:
    offices = [m for m in _WORD.finditer(text, start, stop) if m.group() in _OFFICES]
    if not offices:
        return ()
    owners: set[str] = set()
    for office in offices:
        line_start = max(start, text.rfind("\n", start, office.start()) + 1)
        line_start = max(line_start, text.rfind(":", line_start, office.start()) + 1)
        name_end = _name_end(text, office.end(), stop, named)
        owners |= {
            s.label_
            for s in named
            if line_start <= s.start_char and s.end_char <= name_end
        }
    if owners:
        return (owners.pop(),) if len(owners) == 1 else ()
    seats = {
        s.label_
        for s in named
        if start <= s.start_char < stop
        and is_capital(s, registry)
        and _opens_place(text, s.start_char)
    }
    return (seats.pop(),) if len(seats) == 1 else ()


def _organ_line(
    text: str, start: int, stop: int, registry: ActorRegistry
) -> tuple[str, ...]:
    """The actor a header line is all the name of, in capitals or not, when
    that name is an organ's ("THE WHITE HOUSE", "The Kremlin") or the next
    line names an office of it ("League of Arab States | General Secretariat")."""
    lines = [line.strip() for line in text[start:stop].splitlines()]
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if not line:
            continue
        office = any(w in _OFFICES for w in _WORD.findall(after))
        if line.split()[-1].lower() not in ORGANS and not office:
            continue
        found = _surface_of(line, registry)
        if found is not None:
            return (found,)
    return ()


def _surface_of(line: str, registry: ActorRegistry) -> str | None:
    """The actor a whole line names, in any case ("ORGANIZATION OF AMERICAN
    STATES")."""
    if line in registry.surfaces:
        return registry.surfaces[line]
    wanted = {line.lower(), f"the {line.lower()}"}
    return next((a for s, a in registry.surfaces.items() if s.lower() in wanted), None)


def _opens_place(text: str, at: int) -> bool:
    """The name opens its line, or a comma sets it apart ("Office, Berlin"): a
    place line, not "talks in Kyiv"."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return not before or before.endswith(",")


def is_capital(span: Span, registry: ActorRegistry) -> bool:
    """Whether the mention is its actor's capital ("Moscow"), not its name."""
    actor = registry.actors.get(span.label_)
    return actor is not None and actor.capital == span.text


_HONOURED = frozenset({"highness", "majesty"})  # no foreign one named before
# The states whose head is styled "His Majesty" or "His Highness": elsewhere the
# style is a guest's ("His Highness appreciated …" in India's briefing).
MONARCHIES = frozenset(
    {"ARE", "QAT", "KWT", "BHR", "OMN", "SAU", "JOR", "MAR", "BRN", "GBR", "ESP",
     "NLD", "BEL", "SWE", "NOR", "DNK", "JPN", "THA", "MYS", "LSO", "SWZ", "TON",
     "BTN", "KHM", "LIE", "MCO", "AND", "LUX"}
)  # fmt: skip
# A state's organs its own release names bare ("The Ministry also urges").
_OWN_ORGANS = frozenset(
    {"government", "ministry", "department", "office", "presidency", "kingdom"}
)
# A release's own posts abroad, as its house style capitalises them bare ("The
# Embassy urges", "The Mission notes"); lower case, they may be anyone's.
_OWN_POSTS = frozenset({"Embassy", "Consulate", "Mission"})
# words before a spokesperson's title that name no other body ("Chief Spokesperson")
_RANKS = frozenset({"presidential", "chief", "deputy", "official", "senior", "acting"})
# Words that name a state's own organ, not a body's ("the Transitional Council").
_A_STATE_S = frozenset(
    {"transitional", "presidential", "sovereign", "sovereignty", "national",
     "revolutionary", "military", "leadership", "interim", "provisional",
     "federal", "legislative", "constitutional", "royal"}
)  # fmt: skip
# a body's own organs in its own release ("The Ministerial Council", "The Council")
_BODY_ORGANS = frozenset(
    {"council", "commission", "secretariat", "assembly", "committee", "presidency",
     "mission"}
)  # fmt: skip


# Words of the names bodies give their own organs ("The Foreign Affairs Council",
# "The Permanent Council", "The Peace and Security Council", "The European
# Council"); any other name ("The Humanitarian Aid Commission") is someone else's.
_ORGAN_NAMES = frozenset(
    {"foreign", "affairs", "permanent", "ministerial", "peace", "security",
     "executive", "general", "political", "standing", "joint", "governing",
     "european", "african", "high", "level", "economic", "social", "summit"}
)  # fmt: skip


def _introduced(source: Span) -> bool:
    """A body's organ named bare ("The Council"), by an organ's name of its own
    ("The Foreign Affairs Council", "The Permanent Council"), or as the release
    named it before with its owner; not a state's organ whose name says so
    ("The Transitional Presidential Council", "the Sovereign Council")."""
    words = source[1 : source.root.i - source.start]
    if any(t.is_title and t.lower_ not in _ORGAN_NAMES for t in words):
        return False  # "The Humanitarian Aid Commission" in OCHA's: a state's
    if not any(t.lower_ in _A_STATE_S for t in words):
        return True
    before = doc_text(source.doc)[: source.start_char].lower()
    return f"{source[1:].text.lower()} of " in before


def own_organ(
    source: Span, voices: DocumentVoices | None, registry: ActorRegistry
) -> tuple[str, ...]:
    """ "The Federal Government", "The Ministry", "The Prime Minister's Office"
    naming no state, and "His Highness" no one named with a state, in a state's
    own release or in a turn of that state's speaker ("The Kingdom has called
    for" in the Saudi minister's answer): that state's; "The Ministerial
    Council", "The Council" in a body's own release: that body's."""
    if voices is None or voices.joint:
        return ()
    turn = voices.turn_at(source.start)
    owner = (turn.actors if turn is not None else ()) if voices.turns else voices.issuer
    if len(owner) != 1:
        return ()
    actor = registry.actors.get(owner[0])
    if actor is None:
        return ()
    organs = _OWN_ORGANS if actor.kind == "state" else _BODY_ORGANS
    head = source.root
    posted = head.text in _OWN_POSTS and len(source) == 2  # "The Embassy"
    own = (head.lemma_.lower() in organs or posted) and source[0].lower_ == "the"
    if head.lemma_.lower() == "kingdom":  # only a kingdom's own
        own = own and any(
            code == owner[0] and "kingdom" in surface.lower()
            for surface, code in registry.surfaces.items()
        )
    if own and actor.kind != "state" and _another_organ_before(source, owner[0]):
        return ()  # "the Council of the European Union … The Council" in a UN text
    if own and actor.kind != "state" and not _introduced(source):
        return ()  # "The Transitional Presidential Council" in a UN statement
    own = own and head.tag_ not in ("NNS", "NNPS")  # "the departments": of any side
    own = own and not any(  # "The North's Defence Ministry": another's, not
        c.dep_ == "poss"  # "The Sultanate's Foreign Ministry"
        and c.pos_ == "PROPN"
        and c.lemma_.lower() not in organs | _SELVES
        for c in head.children
    )
    own = own and not _another_government(source)
    own = own or (  # "His Highness" in a monarchy's own release
        len(source) <= 3 and head.lower_ in _HONOURED and owner[0] in MONARCHIES
    )
    named = any(
        source.start <= s.start < source.end for s in source.doc.spans.get("actors", [])
    )
    if (
        not own
        or named
        or any(t.dep_ == "prep" and t.lower_ != "of" for t in head.children)
    ):
        return ()
    return owner


# Words before a state's organ that make it another than the one in office: a
# bygone one ("the previous government") or a rival ("the National Unity
# Government" of Myanmar's opposition; "the Government of National Unity" names
# Libya's own after the organ).
_OTHER_GOVERNMENTS = frozenset(
    {"previous", "former", "last", "past", "outgoing", "old", "rival", "parallel",
     "shadow", "unity"}
)  # fmt: skip
# What a state's release calls itself in a possessive ("The Sultanate's").
_SELVES = frozenset(
    {"sultanate", "emirate", "kingdom", "republic", "state", "federation",
     "principality", "country", "nation", "union", "confederation"}
)  # fmt: skip


def _another_government(source: Span) -> bool:
    """An organ named as another than the one in office ("the previous
    government", "the rival government"), not "the Federal Government"."""
    words = source[1 : source.root.i - source.start]
    return any(t.lower_ in _OTHER_GOVERNMENTS for t in words)


def _another_organ_before(source: Span, owner: str) -> bool:
    """Whether another actor's name holding the organ's word came before
    ("the Council of the European Union" before "The Council")."""
    doc, word = source.doc, source.root.lower_
    others = [s for s in doc.spans.get("actors", []) if s.label_ != owner]
    for token in doc[: source.start]:
        if token.lower_ != word:
            continue
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            edges = (of.i, of.right_edge.i + 1)  # whose: "of the European Union"
            if any(edges[0] <= s.start and s.end <= edges[1] for s in others):
                return True
    return False


def own_spokesperson(source: Span, voices: DocumentVoices | None) -> tuple[str, ...]:
    """A spokesperson in a state's own release whose title names no one else's
    office ("Spokesman for the Presidency, Ambassador Mohamed El-Shenawy",
    "Presidential Spokesman X"): the issuer's; not another body's ("Polisario
    Front spokesman X")."""
    if voices is None or len(voices.issuer) != 1 or voices.joint or voices.turns:
        return ()
    if source.doc.spans.get("actors") and any(
        source.start <= s.start < source.end for s in source.doc.spans["actors"]
    ):
        return ()
    titles = [t for t in source if t.lemma_.lower() in SPOKESPEOPLE]
    if not titles:
        return ()
    owners = [  # whose spokesperson: "for the Presidency", "Ministry", "Front"
        o
        for t in titles
        for c in t.children
        for o in (
            [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("for", "of")
            else [c]
            if c.dep_ in ("poss", "compound", "nmod")
            else []
        )
    ]
    if any(o.lemma_.lower() not in _OWN_ORGANS | _RANKS for o in owners):
        return ()  # "Polisario Front spokesman X": another body's
    return voices.issuer
