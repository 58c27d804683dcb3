"""Who spoke: each attribution's source resolved to a speaker and its actors.

Pure functions over a Doc and the attributions found in it; `components.py`
writes the result on the Doc as plain dicts with character offsets.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from extract.nlp.acronyms import defined_name
from extract.nlp.actors import ActorRegistry
from extract.nlp.acts import cue_verb
from extract.nlp.affiliations import Learned
from extract.nlp.antecedents import (
    another_subject_here,
    governing_actor,
    owner_named_before,
    paired_owner,
    side_of,
    subject_since,
    titled_subject,
)
from extract.nlp.attribution import Attribution
from extract.nlp.bare_titles import (
    another_office_aside,
    bare_title,
    bare_title_holder,
    other_speaker,
)
from extract.nlp.bodies import body_before
from extract.nlp.companions import with_companions
from extract.nlp.documents import voice_of
from extract.nlp.genders import agreeing, honorific_genders
from extract.nlp.governing import actors_in
from extract.nlp.group_antecedents import antecedent_group, met_pair, names_a_group
from extract.nlp.groups import listed_members, miscounted
from extract.nlp.guests import guest_side
from extract.nlp.holders import title_holder
from extract.nlp.home import home_voice, seated_in
from extract.nlp.honorifics import HONORIFICS, honoured_before
from extract.nlp.issuers import (
    MONARCHIES,
    header_person,
    own_organ,
    own_spokesperson,
)
from extract.nlp.later_pronouns import own_country, own_offices, quoted_first_person
from extract.nlp.lexicon import Lexicon
from extract.nlp.members import members_of
from extract.nlp.memo import actor_tokens
from extract.nlp.observers import body_observers
from extract.nlp.offices_before import office_before
from extract.nlp.officials import TITLES, not_official
from extract.nlp.owners import owned_speaker
from extract.nlp.people import (
    earlier_title,
    extended,
    full_name,
    named_in,
    one_name,
    owner_of_title,
    person_mentions,
    unread_name,
)
from extract.nlp.quotes import SpanRange
from extract.nlp.relatives import (
    institution_before,
    message_sender,
    relative_antecedent,
)
from extract.nlp.salience import salient_after, within_reach
from extract.nlp.speaker import Speaker, before_relative, named_person
from extract.nlp.staff import staff_of
from extract.nlp.titled_conjuncts import (
    with_each_title,
    with_paired_titles,
    with_titled_conjuncts,
)
from extract.nlp.turn_mentions import answered_turn, named_before_in_turn, past_vocative
from extract.nlp.voices import DocumentVoices

# Pronouns that name nobody until resolved: left without a speaker's name.
_UNRESOLVED = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them",
     "one", "this", "that", "which", "who", "someone", "somebody", "everyone"}
)  # fmt: skip


def resolve_speakers(
    doc: Doc,
    attributions: list[Attribution],
    registry: ActorRegistry,
    lexicon: Lexicon,
    voices: DocumentVoices | None = None,
    learned: Learned | None = None,
) -> list[Speaker | None]:
    """One Speaker per attribution (None when it has no source), in order.

    Pronouns and role descriptions ('he', 'the minister') resolve to the last
    named person who spoke; surnames expand to the full name used earlier.
    First person and groups ('I', 'we', 'the two leaders') take the voice the
    document gives them (`voices`: its turns, participants, issuer). A person
    named without a title takes the actor stored evidence gives them (`learned`).
    Speakers naming no actor (analysts, unknown people) keep no actor.
    """
    learned = learned or Learned()
    people = person_mentions(doc)
    genders = honorific_genders(doc, people)
    known: dict[str, tuple[str, ...]] = {}  # person name -> actors
    last_person: Speaker | None = None
    last_at = -1  # where the last person who spoke was named (none yet)
    if voices is not None and voices.lead is not None:  # "He" of a readout
        name, actor = voices.lead
        last_person = Speaker(name, name, (actor,), is_person=True)
        known[name] = (actor,)  # "President Lee said" after the opening's lead
    last_he = last_person
    # "a senior diplomat": where each unnamed one was last, and for whom
    unnamed: dict[str, tuple[int, tuple[str, ...]]] = {}
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].cue[0])
    result: list[Speaker | None] = [None] * len(attributions)
    for index in order:
        attribution = attributions[index]
        if attribution.source is None:
            continue
        source = past_vocative(
            doc[attribution.source[0] : attribution.source[1]], voices
        )
        before = last_person  # whom "the minister" may be: a named person
        if source.root.lower_ in ("he", "she") and len(source) == 1:
            since = subject_since(source, last_at, people, known, registry)
            titled = () if since else titled_subject(source, registry)
            last_person = since or last_person
            before = since or (
                Speaker(None, source.text, titled, is_person=True)
                if titled
                else None
                if another_subject_here(source, people)
                else within_reach(last_he, last_at, source)
            )
            if since is None and _titled_since(source, last_at, voices):
                before = None  # "… ahead of the President. He has made clear"
        named = (
            relative_antecedent(source)
            or institution_before(source)
            or message_sender(source)
        )
        again = _unnamed_again(source, unnamed, last_at)
        if again is not None:  # "A Western diplomat said … the diplomat said"
            result[index] = Speaker(source.text, source.text, again, False)
            continue
        speaker = _resolve(
            named or source, people, known, before, registry, lexicon, voices
        )
        speaker = _in_document(
            speaker, attribution, named or source, people, known, registry, voices,
            learned,
        )  # fmt: skip
        if speaker.is_person:  # "The Secretary and Secretary Manalo"
            speaker = with_titled_conjuncts(speaker, source, voices, known, registry)
        speaker = with_paired_titles(speaker, source, voices, known, registry)
        # "The Crown Prince and the French President": each as it would alone
        alone = partial(
            _resolve,
            people=people,
            known=known,
            last_person=before,
            registry=registry,
            lexicon=lexicon,
            voices=voices,
        )
        speaker = with_each_title(speaker, source, alone)
        speaker = with_companions(speaker, source, known, registry)
        if named is not None:
            speaker = replace(speaker, mention=source.text)
        speaker = _not_the_speaker(speaker, source, voices, people, known, registry)
        speaker = agreeing(speaker, source, people, genders, known, registry)
        if speaker.is_person and speaker.name:
            known[speaker.name] = speaker.actor_ids or known.get(speaker.name, ())
        if source[0].lower_ in ("a", "an") and not any(
            t.ent_type_ == "PERSON" for t in source
        ):
            unnamed[source.root.lemma_.lower()] = (source.start, speaker.actor_ids)
        if (salient := salient_after(speaker, source)) is not None:
            last_he, last_at = salient, source.start  # whom "he" may be
            last_person = salient if salient.name else last_person
        result[index] = speaker
    if voices is None or not voices.turns:
        quoted_first_person(doc, attributions, result)
    own_offices(doc, attributions, result, people, known, registry)  # "his office"
    own_country(doc, attributions, result, people)  # "said his country was ready"
    return result


def _unnamed_again(
    source: Span, unnamed: dict[str, tuple[int, tuple[str, ...]]], last_at: int
) -> tuple[str, ...] | None:
    """The actors of the one unnamed before that "the diplomat" means ("A
    Western diplomat said … the diplomat said"), with no person named since;
    None when it means someone else."""
    found = unnamed.get(source.root.lemma_.lower())
    if len(source) != 2 or source[0].lower_ != "the" or found is None:
        return None
    at, actors = found
    return actors if at >= last_at else None


def _not_the_speaker(
    speaker: Speaker,
    source: Span,
    voices: DocumentVoices | None,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """ "He", "she" or "the chancellor" inside a turn is never its speaker
    (who says "I"), nor the speaker of an earlier turn but the one it answers,
    unless this turn names them; a pronoun nothing resolved may be whom the turn
    named just before, else no one."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if (
        turn is not None
        and source[0].lower_ == "the"
        and not any(t.lower_ in ("i", "we") for t in source)  # 'the chancellor and I'
        and speaker.name in (turn.speaker, turn.label)
    ):  # 'the Federal Chancellor's initiative' in Putin's turn: not Putin
        return Speaker(None, source.text, (), True)
    if voices is None or turn is None or len(source) != 1:
        return speaker
    if source.root.lower_ not in ("he", "she"):
        return speaker
    unresolved = speaker.name is None and not speaker.actor_ids
    answered = answered_turn(voices, turn)  # "He has misrepresented our position"
    speaking = {turn.label, *(t.speaker for t in voices.turns if t is not answered)}
    if speaker.name not in speaking and not unresolved:
        return speaker  # (a speaker of another turn is whom this turn names)
    found = named_before_in_turn(source, turn, people)
    if isinstance(found, tuple):
        start, end, name = found
        name = full_name(name, people, start, registry)
        named = named_person(name, source.text, source.doc[start:end], known, registry)
        return Speaker(named.name, source.text, named.actor_ids, True, named.role)
    if found is None:
        return Speaker(None, source.text, (), True)
    actors = actors_in(found, registry)
    title = bare_title(found) if not actors else None  # "The President … He"
    holder = bare_title_holder(found, title, voices, known, registry) if title else None
    actors = holder.actor_ids if holder is not None else actors
    return Speaker(found.text, source.text, actors if len(actors) == 1 else (), True)


def _in_document(
    speaker: Speaker,
    attribution: Attribution,
    source: Span,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
    voices: DocumentVoices | None,
    learned: Learned,
) -> Speaker:
    """A speaker as the document and stored evidence decide: a named person's
    learned affiliation, a joined owner, the voice of first person and groups,
    a "from Moscow's side" phrase; a pronoun still unresolved names no one."""
    doc = source.doc
    if speaker.is_person and speaker.name and not speaker.actor_ids:
        official = not not_official(source)  # a former office is not evidence
        actors = (
            earlier_title(speaker.name, source.start, people, doc, registry)
            or office_before(extended(source), registry)
            or owner_of_title(extended(source), people, known, registry)
            or learned.actors_of(speaker.name)
            or home_voice(extended(source), registry)
            or honoured_before(source, registry)  # "His Majesty" named before
            or _named_by_issuer(doc, speaker.name, voices)
            or own_spokesperson(source, voices)
            if official
            else ()
        )
        speaker = Speaker(speaker.name, speaker.mention, actors, True)
    paired = paired_owner(source, people, registry) if speaker.actor_ids else None
    if paired is not None:  # "President Trump's and President Zelenskyy's"
        owners, actors = paired
        speaker = Speaker(
            owners.text, owners.text, (*actors, *speaker.actor_ids), False
        )
    verb = cue_verb(doc, attribution.cue)
    voice = voice_of(voices, source, verb) if voices is not None else None
    if voice is not None:
        said_by, actors, is_person = voice
        if _with_first_person(source):  # "Mr Erdogan and I": his actors too,
            actors = (*actors, *(a for a in speaker.actor_ids if a not in actors))
            is_person = False  # and no one person's: Erdogan's are not "I"'s
        speaker = Speaker(
            said_by or speaker.name, speaker.mention, actors, is_person
        )  # a voice, not a title: no role
    elif not speaker.actor_ids:
        side = (
            side_of(doc, attribution.cue, registry)
            or own_organ(source, voices, registry)
            or _defined_by(source, voices, registry)
        )
        speaker = Speaker(speaker.name, speaker.mention, side, speaker.is_person)
    if miscounted(source, speaker.actor_ids, registry):  # "the three" given two
        speaker = Speaker(speaker.name, speaker.mention, (), speaker.is_person)
    if speaker.name and speaker.name.lower() in _UNRESOLVED and not speaker.actor_ids:
        speaker = Speaker(None, speaker.mention, (), speaker.is_person)
    return speaker


def _named_by(
    name: Span, voices: DocumentVoices | None, registry: ActorRegistry
) -> tuple[str, ...]:
    """The actors a defined acronym's name names, when it names a state's or
    body's office (`_OFFICES`: not "Sudan's Rapid Support Forces (RSF)" nor
    "the Tehreek-e-Taliban Pakistan (TTP)", whose state the name misleads), or
    whose own organ it is."""
    if name.root.lemma_.lower() not in _OFFICES:
        return ()
    return actors_in(name, registry) or own_organ(name, voices, registry)


# What a defined acronym may name as a state's or body's own: its offices.
_OFFICES = frozenset(
    {"ministry", "department", "office", "agency", "council", "commission",
     "directorate", "bureau", "service", "administration", "secretariat",
     "presidency", "embassy", "mission", "consulate", "guard", "chiefs", "staff",
     "command", "centre", "center"}
)  # fmt: skip


def _defined_by(
    source: Span, voices: DocumentVoices | None, registry: ActorRegistry
) -> tuple[str, ...]:
    """ "The DND" after "The Department of National Defense (DND)": the side
    of what the acronym was defined as, if it names one."""
    defined = defined_name(source)
    return _named_by(defined, voices, registry) if defined else ()


def _named_by_issuer(
    doc: Doc, name: str, voices: DocumentVoices | None
) -> tuple[str, ...]:
    """The issuer of a release whose header names this one person ("Foreign
    Minister Baerbock travels to Kyiv" from the Federal Foreign Office): the
    person the office writes about speaks with its voice."""
    if voices is None or not voices.issuer or voices.joint or voices.turns:
        return ()
    return voices.issuer if header_person(doc, name) else ()


def _with_first_person(source: Span) -> bool:
    """A source joining others to "I" or "we" ("Mr Erdogan and I", "and I")."""
    return any(
        t.lower_ in ("i", "we")
        and t.text != "WE"
        and (t.dep_ == "conj" or (t.i > source.start and t.nbor(-1).lower_ == "and"))
        for t in source
    )


def char_range(doc: Doc, span: SpanRange) -> tuple[int, int]:
    """Character offsets of a token range."""
    piece = doc[span[0] : span[1]]
    return (piece.start_char, piece.end_char)


# Words that end an office's title without being one ("Director General").
_OFFICE_ENDS = frozenset({"general", "head", "director", "chief", "coordinator"})


def _one_of_two(source: Span, people: list[tuple[int, int, str]]) -> bool:
    """One person named as the second of two joined at the source's head ("EAM
    and Foreign Minister Vivian Balakrishnan"): two speakers, not the one named;
    not an office joined before the name ("Deputy Prime Minister and Foreign
    Minister Ishaq Dar") nor a list inside an apposition ("X, a fellow and
    co-author")."""
    inside = [(s, e) for s, e, _ in people if source.start <= s < source.end]
    if len(inside) != 1:
        return False
    start, end = inside[0]
    root = source.root
    if start <= root.i < end or root.pos_ != "PROPN" or root.lemma_.lower() in TITLES:
        return False
    if root.lower_ in _OFFICE_ENDS:
        return False  # "Deputy Director General and Head of Safeguards X": one
    joined = [c for c in root.children if c.dep_ == "conj"]
    return any(start <= c.i < end for c in joined) and any(
        c.dep_ == "cc" for c in root.children
    )


def _resolve(
    source: Span,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    last_person: Speaker | None,
    registry: ActorRegistry,
    lexicon: Lexicon,
    voices: DocumentVoices | None,
) -> Speaker:
    mention = source.text
    head = source.root
    named = named_in(source, people, known)
    owned = owned_speaker(source, named, people, known, registry)
    if owned is not None:  # "Putin's spokesman, Dmitry Peskov", "Mr Trump's colleagues"
        return owned
    plural = (  # "Presidents X of Angola and Y of Namibia", not "Leaders of Hamas"
        len(source) > 1
        and source[0].tag_ == "NNS"
        and source[0].lemma_.lower() in TITLES
        and source[1].pos_ == "PROPN"
        and source[1].ent_type_ not in ("GPE", "NORP", "ORG")
    )
    # "Mr Putin and Mr Obama", "Presidents X of Angola and Y of Namibia"
    joint = (len(set(named)) > 1 or plural or _one_of_two(source, people)) and any(
        t.dep_ == "cc" for t in source
    )
    observed = body_observers(source, registry)
    if observed:  # "EU observers": the body's, though observers speak for no state
        return Speaker(mention, mention, observed, False)
    if not_official(source):  # "Kenneth Baer, a former official": named, no actor
        if joint:  # "Analysts John Smith and Jane Doe": both of them
            both = [full_name(n, people, source.start, registry) for n in named]
            return Speaker(" and ".join(dict.fromkeys(both)), mention, (), False)
        name = full_name(named[0], people, source.start, registry) if named else None
        name = name or unread_name(source)  # "Eswar Prasad, a trade professor"
        return Speaker(name or mention, mention, (), is_person=bool(name))
    if joint:
        together = members_of(source, registry, places=False)  # "Mr Putin and Mr Obama"
        for one in named:
            together += [a for a in known.get(one, ()) if a not in together]
        return Speaker(mention, mention, tuple(together), is_person=False)
    if named:
        name = full_name(named[0], people, source.start, registry)
        name = _speaker_named_once(name, people, source.start, known) or name
        inside = [(s, e) for s, e, _ in people if source.start <= s < source.end]
        if inside and source.root.ent_type_ in ("GPE", "LOC", "FAC"):  # "In Paris,
            # Professor … Timothy Snyder": a parse that heads the name with a place
            source = source.doc[inside[0][0] : inside[0][1]]
        return named_person(name, mention, source, known, registry)
    if head.lower_ in ("they", "them") and len(source) == 1:
        return Speaker(mention, mention, antecedent_group(source, registry), False)
    if head.lower_ == "it" and len(source) == 1:  # "The EU ..., as it considers"
        return Speaker(mention, mention, governing_actor(source, registry), False)
    if head.lower_ in ("his", "her") and len(source) == 1 and head.dep_ == "poss":
        return owner_named_before(source, people, known, registry)  # not "to her"
    if head.lower_ in lexicon.pronouns_person:
        if last_person is not None:
            return Speaker(last_person.name, mention, last_person.actor_ids, True)
        return Speaker(None, mention, (), is_person=True)
    if head.lower_ in HONORIFICS and len(source) <= 3:  # "His Excellency stressed"
        own = voices.issuer if voices and not (voices.turns or voices.joint) else ()
        own = own if set(own) <= MONARCHIES else ()  # a republic's is a guest's
        return Speaker(mention, mention, honoured_before(source, registry, own), False)
    guest = guest_side(source, voices)  # "The guest praised Egypt's role"
    if guest is not None:
        return Speaker(mention, mention, guest, False)
    bare = _also_holding(source)  # "The President, who is also Chairman of X,"
    title = bare_title(bare)  # "The President": whose the document says
    found = bare_title_holder(bare, title, voices, known, registry) if title else None
    if found is not None:
        return found
    own_actors = _own_actors(source, registry)
    if not own_actors and names_a_group(source):  # "The foreign ministers agreed"
        return _group_of(source, people, known, last_person, registry, lexicon, voices)
    if title is not None and "of" in title:  # "the President of the Republic":
        return Speaker(mention, mention, own_actors, False)  # not the last president
    if _answers_the_floor(last_person, source, voices):
        last_person = None  # a question's "the President" is not whom it asks
    if (
        source[0].lower_ == "the"
        and head.lemma_.lower() in TITLES
        and not own_actors
        and not any(c.dep_ == "prep" for c in head.children)  # not "of the Council"
        and _with_first_person(source)  # "The President and I", not "The
    ):  # President has said", which may be the speaker's own
        other = other_speaker(source, (head.lower_,), voices)  # "The President and I"
        if other is not None:  # in the guest's turn: the host's, not the last named
            return other
    holder = title_holder(source, own_actors, last_person, known, registry)
    if holder is not None:
        return holder
    actors = own_actors or home_voice(source, registry)
    name = unread_name(source)  # "Ilse Van Damme, a Belgian member of parliament"
    if name is not None and not _a_place_or_body(source.root):  # whom "she" means
        return Speaker(name, mention, actors, is_person=True)
    return Speaker(mention, mention, actors, False)


def _a_place_or_body(head: Token) -> bool:
    """A name the NER or the registry reads as a place, people or body ("South
    Africa, a founding member of BRICS"): no person."""
    return head.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") or bool(
        actor_tokens(head.doc)[head.i]
    )


def _also_holding(source: Span) -> Span:
    """A bare title up to an aside that it also holds another office ("The
    President, who is also Chairman of the ECOWAS Authority,"), else the source
    as it is."""
    bare = before_relative(source)
    clauses = [c for c in source.root.children if c.dep_ == "relcl"]
    if bare.end >= source.end or source.doc[bare.end].text != "," or not clauses:
        return source
    return bare if another_office_aside(clauses[0]) else source


def _titled_since(source: Span, since: int, voices: DocumentVoices | None) -> bool:
    """In an answer, a bare title ("the President") named after the last person
    who spoke and before a "he" of the same turn: "he" may be either."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if turn is None or turn.floor:
        return False
    doc = source.doc
    return any(
        t.lemma_.lower() in TITLES
        and t.ent_type_ != "PERSON"
        and t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")
        for t in doc[max(turn.start, since + 1) : source.start]
    )


def _answers_the_floor(
    person: Speaker | None, source: Span, voices: DocumentVoices | None
) -> bool:
    """The person speaks in a turn of the transcript and the source is in a
    question from the floor: the floor asks them ('your order'), and names
    others in the third person."""
    if person is None or voices is None:
        return False
    turn = voices.turn_at(source.start)
    if turn is None or not turn.floor:
        return False
    return any(t.speaker == person.name for t in voices.turns if not t.floor)


def _speaker_named_once(
    name: str,
    people: list[tuple[int, int, str]],
    before: int,
    known: dict[str, tuple[str, ...]],
) -> str | None:
    """The one earlier speaker with an actor whose full name a lone family name
    opens or closes ("Lin" after "spokesperson Lin Jian"); no one when another
    person named before shares it ("Lin Chia-lung")."""
    if " " in name:
        return None
    named = {other for start, _, other in people if start < before} | set(known)
    longer = [
        other
        for other in named
        if other != name and name in (other.split()[0], other.split()[-1])
    ]
    return longer[0] if len(longer) == 1 and known.get(longer[0]) else None


def _own_actors(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The actors a description names itself or by what it refers back to; none
    for one person named with several offices ("Agnes Morel, a French diplomat
    and UN rapporteur"); a state's own name before what describes it ("China, a
    close ally of Pakistan,") is that state's."""
    actors = list(source.doc.spans.get("actors", []))
    named = [s.label_ for s in actors if s.root == source.root]
    if named and _described(source, actors):
        return (named[0],)
    found = (
        actors_in(listed_members(source), registry)  # "The Governments of A, B …"
        or staff_of(source, registry)  # "our colleagues at OCHA"
        or office_before(source, registry)
        or body_before(source, registry)  # "The IAEA visited … The agency said"
        or seated_in(source, registry)
        or honoured_before(source, registry)
    )
    if len(found) > 1 and one_name(source.root) and not _misparsed_list(source, actors):
        return ()
    return found


def _misparsed_list(source: Span, actors: list[Span]) -> bool:
    """States the parse hung as an apposition and its conjuncts ("The United
    States, [the Republic of Korea and Japan]"): a list, not one name described."""
    heads = {s.root.i for s in actors}
    appos = [c for c in source.root.children if c.dep_ == "appos"]
    joined = [t for a in appos for t in a.subtree if t.i in heads and t.dep_ == "conj"]
    return (
        source.root.i in heads
        and bool(appos)
        and all(a.i in heads for a in appos)
        and bool(joined)
    )


def _described(source: Span, actors: list[Span]) -> bool:
    """A name with an apposition that describes it and lists no one else
    ("China, a close ally of Pakistan,"; not "Saudi Arabia, the UAE and Egypt")."""
    appos = [c for c in source.root.children if c.dep_ == "appos"]
    if not appos or any(c.dep_ == "conj" for c in source.root.children):
        return False
    heads = {s.root.i for s in actors}
    return not any(
        t.i in heads and (t.dep_ in ("conj", "appos") or t in appos)
        for a in appos
        for t in a.subtree
    )


def _group_of(
    source: Span,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    last_person: Speaker | None,
    registry: ActorRegistry,
    lexicon: Lexicon,
    voices: DocumentVoices | None,
) -> Speaker:
    """ "The foreign ministers agreed": the group a coordination or a meeting
    before names, else the two a recent sentence says met ("X met her counterpart
    Y. The two ministers ..."), each as it would resolve as a source: its own
    resolution, else a named person's earlier title ("Australian Foreign Minister
    Penny Wong ... Minister Wong met")."""

    def on_its_own(one: Span) -> tuple[str, ...]:
        found = _resolve(one, people, known, last_person, registry, lexicon, voices)
        if found.actor_ids or not (found.is_person and found.name):
            return found.actor_ids
        return earlier_title(found.name, one.start, people, one.doc, registry)

    group = antecedent_group(source, registry) or met_pair(source, on_its_own)
    return Speaker(source.text, source.text, group, False)
