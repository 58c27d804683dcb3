"""Groups a document's text speaks of: "the two leaders", "both sides", "they"
of a meeting, "my colleagues" in a turn, "we, the leaders of the G7". Pure
functions over a Doc and the document's voices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.officials import names_outsiders

if TYPE_CHECKING:
    from extract.nlp.voices import DocumentVoices

GROUP_NOUNS = frozenset(
    {"leader", "president", "side", "party", "participant", "delegation",
     "minister", "head", "counterpart", "signatory", "government", "nation",
     "country"}
)  # fmt: skip


# The nouns of those a group counts by actor: "the ministers of the three countries".
_SIDES_COUNTED = frozenset({"country", "state", "nation", "side", "government"})
# How many a group noun says it is.
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
# A meeting that speaks as its participants ("The Meeting noted", ASEAN's style).
_MEETINGS = frozenset({"meeting", "summit"})
# The members of a body, bare ("Allies agreed", "Members noted"): the body.
_MEMBERS = frozenset({"ally", "member"})


def is_group(source: Span, voices: DocumentVoices) -> bool:
    """ "The two leaders", "both sides", "the parties", "the heads of state", "The
    Ministers", "The Meeting", and "they" of a call or meeting, and "both" of one
    between two: the document's participants."""
    head = source.root
    if head.lower_ in ("they", "them"):
        return (
            voices.meeting and len(source) == 1 and not _others_before(source, voices)
        )
    if head.lower_ == "both" and len(source) == 1:  # "Both agreed" after two met
        return voices.meeting and len(voices.group) == 2
    if head.tag_ in ("NN", "NNP") and head.lower_ in _MEETINGS:
        return len(source) == 2 and source[0].lower_ == "the"
    joined = [c for c in head.children if c.dep_ == "conj" and c.i < source.end]
    if not any(plural_group(h) for h in (head, *joined)):
        return False  # "The Secretary and the Ministers" is all of them
    named = [
        s
        for group in ("actors", "people")
        for s in source.doc.spans.get(group, [])
        if source.start <= s.start < source.end
    ]
    return source[0].lower_ in ("the", "both", "all") and not named


def _others_before(source: Span, voices: DocumentVoices) -> bool:
    """ "… hundreds of protesters gathered. They said …", "The Russians rejected
    it. They said …": a plural subject of the sentence before naming people who
    speak for no state, or a people, is whom "they" means (not "Technical teams
    will meet … They agreed", which the gold reads as the leaders)."""
    region = _subject_before(source)
    if region is None or region.root.tag_ not in ("NNS", "NNPS"):
        return False
    people = region.root.ent_type_ == "NORP" or names_outsiders(region)
    return people and not is_group(region, voices)


def _subject_before(source: Span) -> Span | None:
    """The subject of the sentence before the source's, with its modifiers."""
    start = source.sent.start
    if start == 0:
        return None
    before = source.doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return source.doc[subject.left_edge.i : subject.right_edge.i + 1]


def members_voice(source: Span, voices: DocumentVoices) -> tuple[str, ...]:
    """ "Allies agreed", "Members noted" (bare, capitalised, or after the body's
    own name: "NATO Allies condemn"): the one body whose voice the turn or the
    document carries (NATO's); none when that voice is a state's (a state's
    allies are others)."""
    head = source.root
    if (
        head.i != source.end - 1
        or head.tag_ not in ("NNS", "NNPS")
        or singular(head) not in _MEMBERS
        or not head.text[0].isupper()
    ):
        return ()
    before = [  # "NATO Allies": the body named before its members
        s
        for s in source.doc.spans.get("actors", [])
        if source.start <= s.start and s.end <= head.i
    ]
    named = {s.label_ for s in before}
    covered = sum(s.end - s.start for s in before)
    if len(source) > 1 and (len(named) != 1 or covered != len(source) - 1):
        return ()
    turn = voices.turn_at(head.i)
    if turn is not None:
        voice = turn.actors
    else:
        voice = voices.group if voices.joint else voices.issuer
    if named and voice != tuple(named):
        return ()
    return voice if len(voice) == 1 and voice[0] in voices.bodies else ()


def listed_members(source: Span) -> Span:
    """A plural source cut inside the list it names ("The Governments of the
    French Republic | , the Federal Republic of Germany and the Republic of
    Poland"), grown to the list's end; the source itself otherwise."""
    head = source.root
    end = head.right_edge.i + 1
    if head.tag_ not in ("NNS", "NNPS") or end <= source.end:
        return source
    if not any(t.dep_ == "prep" and t.lower_ == "of" for t in head.children):
        return source
    rest = source.doc[source.end : end]
    listed = rest[0].text == "," and any(t.dep_ == "cc" for t in rest)
    clause = any(t.pos_ in ("VERB", "AUX") or t.tag_ == "WDT" for t in rest)
    return source.doc[source.start : end] if listed and not clause else source


def count_disagrees(doc: Doc, group: tuple[str, ...], registry: ActorRegistry) -> bool:
    """Whether the text counts the group otherwise than it was read (a subject
    "the three leaders" after an opening read as two states): the reading
    missed some. One body read is never miscounted here: its members may be
    any number ("Both countries" in ASEAN's communiqué are two of them)."""
    one = registry.actors.get(group[0]) if len(group) == 1 else None
    if one is not None and one.kind == "body":
        return False
    for token in doc:
        head = token.head
        if (
            token.lower_ in _COUNTS
            and head.i > token.i
            and head.dep_ == "nsubj"  # a speaker, not "civilians on both sides"
            and plural(head)
            and singular(head) in GROUP_NOUNS
            and not any(s.start <= head.i < s.end for s in doc.spans.get("actors", []))
            and miscounted(doc[token.i : head.i + 1], group, registry)
        ):
            return True
    return False


def miscounted(source: Span, actors: tuple[str, ...], registry: ActorRegistry) -> bool:
    """Whether a group noun that counts its members ("the three leaders", "both
    sides", "the ministers of the three countries") was given another number of
    actors: some of the group, or others with it. One body may stand for its
    members ("the seven leaders": G7), though never two ("both countries")."""
    head = source.root
    said = next(
        (
            _COUNTS[t.lower_]
            for t in source
            if t.lower_ in _COUNTS
            and ((t.i < head.i and t.head.i in (head.i, t.i)) or _counts_whose(t, head))
        ),
        None,
    )
    if said is None or not actors or not plural(head):
        return False
    one = registry.actors.get(actors[0]) if len(actors) == 1 else None
    return len(actors) != said and (one is None or one.kind != "body" or said == 2)


def _counts_whose(count: Token, head: Token) -> bool:
    """ "the ministers of [the three] countries": a count of the countries,
    states or sides in the head's "of" phrase."""
    noun = count.head
    of = noun.head
    return (
        count.dep_ in ("nummod", "det", "predet")
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in _SIDES_COUNTED  # not "of the two chambers"
        and of.lower_ == "of"
        and of.head.i == head.i
    )


def plural_group(noun: Token) -> bool:
    """A plural group noun, capitalised or not ("the leaders", "the Ministers")."""
    return plural(noun) and singular(noun) in GROUP_NOUNS


def plural(noun: Token) -> bool:
    """A plural noun, also a capitalised one the tagger read as a name ("The
    Heads of State")."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    return noun.tag_ == "NNP" and noun.lower_.endswith("s") and noun.lemma_ == noun.text


def singular(noun: Token) -> str:
    """A plural noun's singular, lower-cased, also of a capitalised one the
    tagger read as a name ("Ministers", "Parties", "Heads")."""
    if noun.tag_ not in ("NNPS", "NNP"):
        return noun.lemma_.lower()
    word = noun.lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def my_colleagues(voices: DocumentVoices, source: Span) -> tuple[str, ...]:
    """ "My colleagues", "our counterparts" in a turn, naming no one: the other
    participants of the meeting; not "our colleagues on the ground" (or "at X"),
    the speaker's own staff in a place. "My colleagues and I" is the speaker's
    own side (their team and they). "My colleague" alone is the other side when
    the meeting has one ("My colleague informed me about Egypt's efforts"), not
    one named beside it ("my colleague, the Minister of Defence")."""
    head = source.root
    turn = voices.turn_at(head.i)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    one = head.tag_ == "NN"
    if (
        turn is None
        or turn.floor
        or owner is None
        or owner.lower_ not in ("my", "our")
        or head.tag_ not in ("NNS", "NN")
        or head.lemma_.lower() not in ("colleague", "counterpart")
        or any(s.start <= head.i < s.end for s in source.doc.spans.get("actors", []))
        or any(t.dep_ in ("amod", "prep", "appos") for t in head.children)
    ):
        return ()  # "our colleagues on the ground": the speaker's own staff
    if any(c.dep_ == "conj" and c.lower_ in ("i", "we") for c in head.children):
        return () if one else tuple(turn.actors)
    others = tuple(a for a in voices.participants() if a not in turn.actors)
    return others if not one or len(others) == 1 else ()


def they_again(source: Span, voices: DocumentVoices) -> bool:
    """ "they" right after a sentence whose subject is the meeting's group ("The
    troika leaders reiterated ... In this regard, they discussed ...", or names
    it: "The Foreign Ministers of A, B and C condemn X. They call on Y"), in a
    turn or in a readout or joint statement."""
    if source.root.lower_ != "they" or len(source) != 1:
        return False
    region = _subject_before(source)
    if region is None:
        return False
    turn = voices.turn_at(source.start)
    before = source.doc[source.sent.start - 1].sent
    if voices.turns and (turn is None or not turn.start <= before.start):
        return False  # in a transcript, only within one turn
    if region[0].lower_ not in ("the", "both"):
        return False
    return is_group(region, voices) or _names_the_group(region, voices)


def _names_the_group(region: Span, voices: DocumentVoices) -> bool:
    """A subject that names the document's group, every member and no other,
    in a joint text or a meeting's account ("The Foreign Ministers of Canada,
    France, … condemn X. They call on Y"); in news, "The Chilean and Peruvian
    delegations left early. They said" may be either."""
    if not (voices.joint or voices.meeting):
        return False
    named = {
        s.label_
        for s in region.doc.spans.get("actors", [])
        if region.start <= s.start and s.end <= region.end
    }
    return len(voices.group) > 1 and named == set(voices.group)


def named_we(source: Span) -> tuple[str, ...]:
    """The states and bodies "we, the leaders of the G7" names in its apposition;
    the one whose title it is when it names its members too ("we, the G7
    Foreign Ministers of Canada, France, …")."""
    head = source.root
    appos = [c for c in head.children if c.dep_ == "appos"]
    if not appos:
        return ()
    doc = source.doc
    spans = [
        (a, s)
        for a in appos
        for s in sorted(doc.spans.get("actors", []), key=lambda s: s.start)
        if a.left_edge.i <= s.start and s.end <= a.right_edge.i + 1
    ]
    found = tuple(dict.fromkeys(s.label_ for _, s in spans))
    owners = {s.label_ for a, s in spans if s.end <= a.i}
    listed = {  # the members the title lists: "Ministers [of Canada, France, …]"
        t.i
        for a in appos
        for prep in a.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for t in prep.subtree
    }
    others = [s for a, s in spans if s.end > a.i]
    if len(owners) == 1 and len(others) > 2 and all(s.start in listed for s in others):
        return tuple(owners)  # "we, the G7 Foreign Ministers of Canada, …": the G7
    return found
