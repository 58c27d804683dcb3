"""Who is speaking, read from the structure of the whole document.

Transcripts open each turn with a label ("President of Russia Vladimir Putin:",
"CHANCELLOR SCHOLZ:", "Question (retranslated):"): first person inside a turn is
that turn's speaker. Readouts and joint statements name their participants or
signatories in the opening sentence ("President Biden spoke with President Xi of
China", "We, the leaders of France, Germany and Italy"): "the two leaders",
"both sides", "they" of a call or meeting, and "we" of a joint statement are all
of them. A statement of one institution speaks with its issuer's voice (the
source's `actor` in sources.toml). Pure functions over a Doc.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.authors import author_state
from extract.nlp.capacity import in_capacity
from extract.nlp.groups import (
    count_disagrees,
    is_group,
    members_voice,
    my_colleagues,
    named_we,
    they_again,
)
from extract.nlp.header import (
    behalf_of,
    behalf_of_several,
    first_paragraph,
    header_lines,
    header_title,
)
from extract.nlp.issuer_turns import issuer_speaks
from extract.nlp.issuers import header_issuer, header_state
from extract.nlp.members import lead_people
from extract.nlp.met_partners import partners_met
from extract.nlp.officials import TITLES, not_official
from extract.nlp.openings import OTHERS, opening_group
from extract.nlp.people import earlier_title, full_name, person_mentions
from extract.nlp.signatures import closing_signatories
from extract.nlp.speech_headers import later_speech
from extract.nlp.staff import own_staff
from extract.nlp.titles import (
    byline,
    is_joint,
    title_author,
    title_group,
    title_owner,
)
from extract.nlp.together import (
    did_together,
    habitual,
    names_another,
    own_state_before,
    said_together,
    takes_two,
)
from extract.nlp.turns import Turn, find_turns
from extract.nlp.voices import DocumentVoices, officials_named

# The most states that speak at a joint appearance (bilateral or trilateral
# statements to the press); more make a debate.
_JOINT_SIDES = 3
_FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
_IN_COMMON = frozenset({"common", "shared", "joint"})  # 'our common opinion'
_SECOND = frozenset({"you", "your", "yourself"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "madam", "mr.", "mrs.", "ms.", "dr"})


def document_voices(
    doc: Doc,
    registry: ActorRegistry,
    issuer: str | None = None,
    title: str | None = None,
) -> DocumentVoices:
    """The turns, opening group and issuer of a document; the participants its
    title names when the opening names none (and, in a transcript, beside
    those who speak); the bodies among them."""
    found = _voices(doc, registry, issuer, title)
    if not found.turns and count_disagrees(doc, found.meeting_sides(), registry):
        found = replace(found, group=(), meeting=False, lead=None)  # some, not all
    voices = (
        *(a for t in found.turns for a in t.actors),
        *found.group,
        *found.issuer,
    )
    bodies = {a for a in voices if registry.actors[a].kind == "body"}
    return replace(
        found,
        bodies=tuple(sorted(bodies)),
        officials=officials_named(doc, registry),
        author=title_author(title or header_title(doc), registry)
        or header_byline(doc, registry),
    )


def _voices(
    doc: Doc, registry: ActorRegistry, issuer: str | None, title: str | None
) -> DocumentVoices:
    known = (issuer,) if issuer and issuer in registry.actors else behalf_of(doc)
    known = known or header_issuer(doc, registry) or title_owner(title, registry)
    known = known or author_state(doc, registry)  # an op-ed's ambassador
    turns = _header_states(doc, in_capacity(doc, find_turns(doc, registry)), registry)
    turns = issuer_speaks(doc, turns, known, registry, title)
    header = header_title(doc)
    title = title or header
    titled = title_group(title, registry, known, headed=title == header)
    if turns:
        lead = lead_people(doc, _lead_end(doc, turns[0].start), registry)
        if known and known[0] not in lead:  # a doorstep's remarks naming others
            lead = ()  # ("Zelenskyy is ready to meet Putin"): no sides of the page's
        group = titled[0] if titled else lead
        return DocumentVoices(tuple(turns), group=group, issuer=known)
    several = behalf_of_several(doc)  # "on behalf of A, B and my own country, C"
    if several and set(known) <= set(several):
        return DocumentVoices(group=several, joint=True, issuer=known)
    opening = opening_group(doc, registry, known)
    if (
        opening is not None
        and titled
        and is_joint(title)
        and not set(opening.group) & set(titled[0])
    ):
        opening = None  # "Joint statement of A, B and C": "We met X" is theirs
    if opening is not None and opening.joint and not opening.group:
        # "We, the undersigned Foreign Ministers, …" then "Signed by the Foreign
        # Ministers of A, B, …": the signatories the text closes with
        opening = replace(opening, group=closing_signatories(doc))
    if opening is not None:  # a joint text's "we" is its signatories
        if titled and set(opening.group) < set(titled[0]) and is_joint(title):
            # "Joint Statement of … Japan, the Philippines, and the United States"
            # when the opening names one minister's state too few
            opening = replace(opening, group=titled[0], met_by_issuer=False)
        joint = opening.joint or (
            is_joint(title)
            and (title == header or bool(known))
            and not opening.met_by_issuer  # "Joint statement": "We met X" is not X
        )
        return replace(opening, issuer=known, joint=joint)
    if titled is not None:
        group, meeting, joint = titled
        return DocumentVoices(group=group, meeting=meeting, joint=joint, issuer=known)
    signed = closing_signatories(doc)  # "(Signed) … of Australia", "… of Canada"
    return DocumentVoices(group=signed, joint=bool(signed), issuer=known)


def _lead_end(doc: Doc, first: int) -> int:
    """Where a transcript's lead ends: its first paragraph, before the first
    turn (not a briefing's later items naming others)."""
    end = first_paragraph(doc)[1]
    paragraph = doc.char_span(0, end, alignment_mode="expand") if end > 0 else None
    return first if paragraph is None else min(first, paragraph.end)


def _header_states(doc: Doc, turns: list[Turn], registry: ActorRegistry) -> list[Turn]:
    """The turns whose label names no state given the one the header gives
    their speaker ("Prime Minister Albanese of Australia"), or the lead
    before the first turn ("Australian Ambassador to Viet Nam Gillian Marsh
    granted an interview" for "Ambassador Gillian Marsh:")."""
    if not turns:
        return turns
    people = person_mentions(doc)
    first = turns[0].start
    opens: dict[str, int] = {}  # where each label's first turn starts
    for t in turns:
        opens.setdefault(t.label, t.start)
    states = {
        t.label: header_state(doc, t.label)
        or (earlier_title(t.speaker, first, people, doc, registry) if t.speaker else ())
        or _introduced(doc, t.speaker, opens[t.label], people, registry)
        for t in turns
        if not t.actors and not t.floor and not t.continued
    }
    return [
        replace(t, actors=states[t.label])
        if states.get(t.label) and not t.actors and not t.continued
        else t
        for t in turns
    ]


# Words that end a label's title, not a name ("SECRETARY GENERAL:").
_NO_NAMES = frozenset({"general", "chair", "speaker", "moderator", "host"})


def _introduced(
    doc: Doc,
    speaker: str | None,
    start: int,
    people: list[tuple[int, int, str]],
    registry: ActorRegistry,
) -> tuple[str, ...]:
    """The state a moderator's introduction gives a speaker before their first
    turn ("We have with us Kristjan Tamm, Foreign Minister of Estonia" for
    "MINISTER TAMM:"): the one person of that surname named there, by the
    titles of their mentions."""
    if not speaker:
        return ()
    surname = speaker.split()[-1].lower()  # "LEE" of "VICE MINISTER LEE:"
    if surname in TITLES or surname in _NO_NAMES:
        return ()  # "SECRETARY GENERAL:", a title, whom a question may name
    mentions = [
        (at, end, name)
        for at, end, name in people
        if end <= start
        and surname in name.lower().split()  # of "Lee Seong-ho"
        and len(name.split()) > 1  # not the label's own "LEE"
    ]
    if any(_once_served(doc[at:end]) for at, end, _ in mentions):
        return ()  # "Ambassador Kathleen Stephens, who served as U.S. ambassador"
    names = {full_name(name, people, at, registry) for at, end, name in mentions}
    if len(names) != 1:
        return ()
    return earlier_title(names.pop(), start, people, doc, registry)


def _once_served(mention: Span) -> bool:
    """A person introduced by what they were ("X, who served as U.S.
    ambassador in Seoul"): a relative clause in the past."""
    return any(
        c.dep_ == "relcl"
        and (
            c.tag_ == "VBD"
            or (
                c.lemma_.lower() == "serve"
                and any(a.lower_ == "has" for a in c.children)
            )
        )
        for c in mention.root.children
    )  # "who served as", "who has served as U.S. ambassador"


def voice_of(
    voices: DocumentVoices, source: Span, cue: Token | None = None
) -> tuple[str | None, tuple[str, ...], bool] | None:
    """(speaker name, actors, is_person) that the document gives a first-person or
    group source, or None when the document says nothing about it. `cue` is the
    verb of the attribution's cue, when it has one."""
    head = source.root
    labelled = voices.labelled(source)
    if labelled is not None:  # "CHANCELLOR SCHOLZ:" opening a turn
        return labelled.said_by, labelled.actors, True
    others = my_colleagues(voices, source)
    if others:  # "as my colleagues have said": the other sides of the meeting
        return None, others, False
    body = members_voice(source, voices) or own_staff(source, voices)
    if body:  # "Allies agreed" in NATO's voice, "our colleagues on the ground"
        return None, body, False
    word = _first_person(source)
    if word is not None:
        turn = voices.turn_at(head.i)
        if turn is not None:
            return _voice_in_turn(voices, turn, source, word, cue)
        if voices.turns:
            return _opening_remarks(voices, source, word)
        named = (
            named_we(source) or _named_we_before(source)
            if word in _FIRST_PLURAL
            else ()
        )
        if named:  # "We, the Leaders of the G7, ...", and their "we" after it
            return None, named, False
        if word in _FIRST_PLURAL and voices.joint and not _qualified(head):
            return None, voices.group, False
        if word in _FIRST_SINGULAR and voices.joint and _delivers(voices):
            return None, voices.issuer, True  # the delegate of the page's state
        if word in _FIRST_PLURAL and _met_together(voices, source, cue):
            met = voices.met_by_issuer  # "We met X": the issuer with those met
            return None, voices.meeting_sides() if met else _issuer_first(voices), False
        if voices.issuer and not voices.joint:
            if later_speech(source.doc, source.start_char):
                return None  # "The President's speech" after the King's: the guest's
            singular = word in _FIRST_SINGULAR
            # "I" is the author the title names; "My Administration" is not them
            author = voices.author if singular and _is_first_person(head) else None
            return author, voices.issuer, singular
        return None
    if head.lower_ in _SECOND and head.pos_ == "PRON" and len(source) == 1:
        turn = voices.turn_at(head.i)
        other = voices.addressee_of(turn) if turn is not None else None
        if other is not None:
            return other.said_by, other.actors, True
        return None
    if habitual(cue) and is_group(source, voices):
        return None  # "the sides often wrangle over": not this meeting's sides
    if (
        voices.meeting_sides()  # "We met X. The leaders": X and the issuer
        and not voices.turns
        and (is_group(source, voices) or they_again(source, voices))
    ):
        return None, voices.meeting_sides(), False
    if voices.turns:
        return _named_in_transcript(voices, source)
    return None


_INTERVIEWED = re.compile(r"(?i)\binterview(?:ed|s)?\b|\basked (?:him|her)\b")


def _named_we_before(source: Span) -> tuple[str, ...]:
    """The group a "We, the …," earlier in the same sentence names ("We, the
    member states of the African Union, have made clear that we demand …"):
    its "we" again, inside what that "we" says."""
    sentence = source.sent
    if _own_place(source.root):
        return ()  # "we in South Africa", "we as Malaysia": the speaker's own
    for word in reversed(sentence[: source.start - sentence.start]):  # the nearest
        if word.lower_ != "we" or word.nbor().text != ",":
            continue  # (a "we" before the source has a next token)
        said = [c for c in word.head.children if c.dep_ in ("ccomp", "xcomp")]
        if any(c.left_edge.i <= source.start <= c.right_edge.i for c in said):
            return _members_of_one(word)
    return ()  # not "…, but as Nigeria we believe": another clause's "we"


def _opening_remarks(
    voices: DocumentVoices, source: Span, word: str
) -> tuple[str | None, tuple[str, ...], bool] | None:
    """First person before a transcript's first turn, when that turn is a
    question from the floor and every answer speaks with the issuer's voice
    (a doorstep's remarks, then questions): the one who answers, the
    issuer's; else nobody the document names, nor in an interview (the
    preface is the interviewer's)."""
    first = voices.turns[0]
    answers = [t for t in voices.turns if not t.floor]
    if not voices.issuer or voices.joint or source.start >= first.start:
        return None
    if _INTERVIEWED.search(source.doc[: first.start].text):
        return None  # an interviewer's preface ("We met the minister … I asked")
    if (
        not first.floor
        or not answers
        or any(t.actors != voices.issuer for t in answers)
    ):
        return None
    return None, voices.issuer, word in _FIRST_SINGULAR


def _issuer_first(voices: DocumentVoices) -> tuple[str, ...]:
    """The group with the issuer among it first."""
    own = [a for a in voices.issuer if a in voices.group]
    return tuple(dict.fromkeys([*own, *voices.group]))


def _delivers(voices: DocumentVoices) -> bool:
    """A joint text the issuer is one of the group of ("I have the honour to
    speak on behalf of … and my own country, Latvia", on Latvia's page): its
    "I" is the issuer's delegate."""
    return bool(voices.issuer) and set(voices.issuer) <= set(voices.group)


def _met_together(voices: DocumentVoices, source: Span, cue: Token | None) -> bool:
    """ "We agreed", "we discussed", "together we" in the issuer's own account of
    a meeting it took part in: every side of it."""
    own = bool(voices.issuer) and (
        voices.issuer[0] in voices.group or voices.met_by_issuer
    )
    shared = (
        said_together(source.sent)
        or takes_two(cue, source)
        # not after "We met X": "we underscored our commitment" is our side's
        or (did_together(cue, source) and not voices.met_by_issuer)
    )
    return own and len(voices.meeting_sides()) > 1 and shared


def _named_in_transcript(
    voices: DocumentVoices, source: Span
) -> tuple[str | None, tuple[str, ...], bool] | None:
    """In a transcript, "the parties", "the two leaders" are everyone who speaks
    for a state, and a bare title ("Madam Chancellor", "the President") the one
    speaker whose label holds it."""
    participants = voices.participants()
    definite = source[0].lower_ in ("the", "both")  # not "all the parties concerned"
    grouped = definite and is_group(source, voices)
    if len(participants) > 1 and (grouped or they_again(source, voices)):
        return None, participants, False
    head = source.root
    if head.pos_ not in ("NOUN", "PROPN") or len(source) > 3:
        return None
    if any(t.ent_type_ == "PERSON" or t.dep_ == "conj" for t in source):
        return None
    named = [
        s
        for s in source.doc.spans.get("actors", [])
        if source.start <= s.start and s.end <= source.end
    ]
    if any(s.start <= head.i < s.end for s in named):  # "Russia" is no title
        return None
    holders = {
        (t.said_by, t.actors)
        for t in voices.turns
        if t.actors and head.lower_ in t.label.lower().split()
    }
    if len(holders) == 1:
        ((said_by, actors),) = holders
        if all(s.label_ in actors for s in named):  # not "the Turkish President"
            return said_by, actors, True
    return None


def _voice_in_turn(
    voices: DocumentVoices, turn: Turn, source: Span, word: str, cue: Token | None
) -> tuple[str | None, tuple[str, ...], bool]:
    """First person inside a turn: its speaker, unless the sentence makes "we" the
    speakers of the transcript together ("Together, we ...", "we, the U.S. and
    Germany", "the chancellor and I") or the cue is one that takes both sides
    ("we discussed", "we agreed"); in a debate (four or more states take the
    floor, or labels name the state each speaker represents, as a meeting's
    record does) "we" is the speaker's own."""
    said_by = turn.said_by
    if turn.floor:  # a question from the floor speaks for nobody, "we" included
        return said_by, (), False
    if joins_others(source):
        return said_by, _with_partners(voices, turn, source), False
    met = partners_met(source, voices) if word in _FIRST_PLURAL else ()
    if met and (takes_two(cue, source) or did_together(cue, source)):
        return said_by, tuple(dict.fromkeys([*turn.actors, *met])), False  # "I met X"
    participants = voices.participants()
    shared = (
        said_together(source.sent, cue)
        or takes_two(cue, source)
        or (
            did_together(cue, source)
            and not _answers_the_floor(voices, turn)
            and not _own_side(turn, source, cue, participants)
        )
        or _both_of_us(source)
        or _held_in_common(source)
    )
    states = {a for t in voices.turns for a in t.actors}
    debate = len(states) > _JOINT_SIDES or any(t.represents for t in voices.turns)
    if word in _FIRST_PLURAL and len(participants) > 1 and shared and not debate:
        speakers = {t.said_by for t in voices.turns if not t.floor}
        if not turn.actors and len(participants) < len(speakers):  # the others'
            return said_by, (), False  # states without the speaker's own
        # the speaker's own state first: the statement's main actor is theirs
        return said_by, tuple(dict.fromkeys([*turn.actors, *participants])), False
    if not _is_first_person(source.root):  # "Our military say": theirs, not them
        return None, turn.actors, False
    return said_by, turn.actors, word in _FIRST_SINGULAR


def passive_participants(voices: DocumentVoices, turn: Turn) -> tuple[str, ...]:
    """Whom a passive naming no one speaks for in a turn of a transcript whose
    title and opening name no participants ('Much attention was paid to X'):
    the states that speak at a joint appearance, the speaker's own first; no
    one in a debate or where one side alone speaks."""
    states = {a for t in voices.turns for a in t.actors}
    if not 1 < len(states) <= _JOINT_SIDES or any(t.represents for t in voices.turns):
        return ()  # one side's press conference, or a debate
    return tuple(dict.fromkeys([*turn.actors, *voices.participants()]))


def _own_side(
    turn: Turn, source: Span, cue: Token | None, participants: tuple[str, ...]
) -> bool:
    """A "we" that says what the speaker's own side did: the cue's clause names
    another side ("we want India to cooperate"), or the sentence before had the
    speaker's state for its subject ("India has condemned X. We have called")."""
    if not participants:
        return False
    others = set(participants) - set(turn.actors)
    if cue is not None and names_another(cue, source, others):
        return True
    return bool(turn.actors) and own_state_before(
        source, turn.start, turn.actors, others
    )


def _answers_the_floor(voices: DocumentVoices, turn: Turn) -> bool:
    """A turn answering a question from the floor: the speaker answers for their
    own side ("We have made clear that …"), not for what the meeting did."""
    i = voices.turns.index(turn)
    return i > 0 and voices.turns[i - 1].floor


def _with_partners(voices: DocumentVoices, turn: Turn, source: Span) -> tuple[str, ...]:
    """ "the chancellor and I": the speaker's actors, then those of the other
    conjuncts (a title another turn's label holds, or the states they name)."""
    found = list(turn.actors)
    registry_named = list(source.doc.spans.get("actors", []))
    for token in source:
        if token.lower_ in _FIRST_SINGULAR | _FIRST_PLURAL:
            continue
        for other in voices.turns:
            if (
                other is not turn
                and token.pos_ in ("NOUN", "PROPN")
                and token.lower_ not in _HONORIFICS
                and token.lower_ in other.label.lower().split()
            ):
                found.extend(a for a in other.actors if a not in found)
    for span in registry_named:
        if (
            source.start <= span.start
            and span.end <= source.end
            and span.label_ not in found
        ):
            found.append(span.label_)
    return tuple(found)


def joins_others(source: Span) -> bool:
    """A source that joins others to its speaker: "the chancellor and I", "we,
    the U.S. and Germany", or names the parse left outside the coordination
    ("President Rouhani, President Erdogan and I", "and" hung on another word)."""
    return any(
        t.dep_ in ("conj", "cc") or any(c.dep_ == "conj" for c in t.children)
        for t in source
    )


def _is_first_person(token: Token) -> bool:
    """A first-person pronoun, not a capitalised "US" or "IS"."""
    return token.lower_ in _FIRST_SINGULAR | _FIRST_PLURAL and (
        token.text != token.text.upper() or token.text == "I"
    )


def _first_person(source: Span) -> str | None:
    """The first-person word a source is ("I", "we") or opens with ("My
    Administration", "our nations"), lower-cased; never "US" (the state)."""
    head = source.root
    if _is_first_person(head):
        return head.lower_
    if _both_of_us(source):
        return "we"
    for token in source:  # "the chancellor and I", however the parse hangs "I"
        joined = token.dep_ == "conj" or (
            token.i > source.start
            and token.nbor(-1).lower_ == "and"
            and not _aside(token)
        )
        if joined and _is_first_person(token):
            return token.lower_
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and _is_first_person(owner):
        others = head.lemma_.lower() in OTHERS or not_official(source)
        return None if others else owner.lower_  # not "our citizens" either
    return None


def _aside(pronoun: Token) -> bool:
    """ "Kyiv, and I say this with full responsibility, has": the speaker's
    aside, its own clause closed by a comma, not a subject joined to others."""
    doc = pronoun.doc
    comma = next(
        (t.i for t in doc[pronoun.i + 1 : pronoun.i + 8] if t.text == ","), None
    )
    return comma is not None and pronoun.i < pronoun.head.i < comma


def _both_of_us(source: Span) -> bool:
    """ "Both of us", "the two of us": the speaker and the other side."""
    return source.root.lower_ in ("both", "two") and any(
        t.lower_ == "us" and t.dep_ == "pobj" for t in source
    )


def _held_in_common(source: Span) -> bool:
    """ "our common opinion", "our shared objective": a view the speakers hold
    together (docs/annotation.md: every participant's)."""
    return any(
        t.lower_ == "our"
        and any(c.dep_ == "amod" and c.lower_ in _IN_COMMON for c in t.head.children)
        for t in source
    )


def _members_of_one(we: Token) -> tuple[str, ...]:
    """The one actor "We, the members of X," names as what its members make
    up: X is the object of the apposition's "of" itself (not "the Group of
    Friends of Palestine", a group the registry does not know)."""
    doc = we.doc
    named = named_we(doc[we.i : we.right_edge.i + 1])
    if len(named) != 1:
        return ()
    owners = [
        o
        for appos in we.children
        if appos.dep_ == "appos"
        for of in appos.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for o in of.children
        if o.dep_ == "pobj"
    ]
    spans = doc.spans.get("actors", [])
    held = any(
        s.start <= o.i < s.end and s.label_ == named[0] for o in owners for s in spans
    )
    return named if held else ()


def _own_place(we: Token) -> bool:
    """A "we" placed or cast by a preposition ("we in South Africa", "we as
    Malaysia"): a part of a group speaking for itself."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "as") for c in we.children)


def _qualified(we: Token) -> bool:
    """ "we, the leaders of the G7" in a later sentence names its own group;
    "We, the undersigned Foreign Ministers" names no one but the signatories."""
    return any(
        c.dep_ == "appos" and not any(t.lower_ == "undersigned" for t in c.subtree)
        for c in we.children
    )


def header_byline(doc: Doc, registry: ActorRegistry) -> str | None:
    """The one person the header's lines name before their office ("Antony J.
    Blinken, Secretary of State" under "Press Statement"), if one does."""
    found = {b for line in header_lines(doc) if (b := byline(line, registry))}
    return found.pop() if len(found) == 1 else None
