"""What a mention refers back to ("they" and group nouns: `group_antecedents.py`;
"the embassy", "the country's foreign minister" and other offices:
`offices_before.py`). The first of two joined owners ("President Trump's and
President Zelenskyy's"); the quotation whose "we" it is; "it": the actor subject
of the clause it depends on; "his" owning a stance: the person named before it;
"From Moscow's side": Moscow's state; "he" after a subject named since the last
speaker. Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.nlp.actors import ActorRegistry
from extract.nlp.acts import cue_verb
from extract.nlp.attribution import Attribution
from extract.nlp.governing import actors_in
from extract.nlp.officials import INSTITUTIONS, TITLES, not_official
from extract.nlp.people import full_name
from extract.nlp.quotes import SpanRange
from extract.nlp.speaker import Speaker, named_person
from extract.nlp.token_table import sentence_bounds

_CLAUSES = 4  # clauses up from "it" to its antecedent's
# How a clause hangs on the one whose subject "it" may mean.
_DEPENDENT = frozenset({"advcl", "ccomp", "conj", "xcomp"})
# Nouns of a "From Moscow's side" phrase.
_SIDES = frozenset({"side", "perspective", "standpoint", "part"})


def paired_owner(
    source: Span, people: list[tuple[int, int, str]], registry: ActorRegistry
) -> tuple[Span, tuple[str, ...]] | None:
    """ "President Trump's and President Zelenskyy's agreement": the owner joined
    before a possessive source (the parse often drops it), with its actors."""
    doc = source.doc
    at = source.start
    if at < 3 or doc[at - 1].lower_ != "and":
        return None
    if doc[at - 2].lower_ not in ("’s", "'s", "’", "'"):  # the tag may be a quote's
        return None
    end = at - 2
    for start, stop, name in people:
        person = registry.person(name)
        if stop == end and person is not None:
            first = min(start, doc[stop - 1].left_edge.i)  # with "President"
            return doc[first : source.end], person.actors_on(doc._.published)
    for span in doc.spans.get("actors", []):
        if span.end == end:
            return doc[span.start : source.end], (span.label_,)
    return None


def owner_named_before(
    source: Span,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """ "his" or "her" owning a stance ("thanking President Putin for his
    initiative"): the person named last before it in its sentence, else no one."""
    doc = source.doc
    first = sentence_bounds(doc)[0][source.start]
    before = [(s, e, n) for s, e, n in people if first <= s and e <= source.start]
    if not before:
        return Speaker(None, source.text, (), is_person=True)
    start, end, name = before[-1]
    name = full_name(name, people, start, registry)
    return named_person(name, source.text, doc[start:end], known, registry)


def side_of(doc: Doc, cue: SpanRange, registry: ActorRegistry) -> tuple[str, ...]:
    """Actors of a 'From Moscow's side, ...' phrase on the cue verb."""
    verb = cue_verb(doc, cue)
    for prep in verb.children if verb is not None else ():
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "from" and pobj is not None and pobj.lemma_ in _SIDES:
            return actors_in(doc[pobj.left_edge.i : pobj.i], registry)
    return ()


def quoting(doc: Doc, attributions: list[Attribution], index: int) -> int | None:
    """The one direct quotation whose quoted words hold attribution `index`'s
    "I" or "we" source, if any."""
    source = attributions[index].source
    if source is None or doc[source[0] : source[1]].text.lower() not in ("i", "we"):
        return None
    holding = [
        j
        for j, other in enumerate(attributions)
        if j != index
        and other.kind in ("direct", "mixed")
        and other.content[0] <= source[0]
        and source[1] <= other.content[1]
        and _in_quotes(doc, other.content[0], source[0])
    ]
    return holding[0] if len(holding) == 1 else None


def _in_quotes(doc: Doc, start: int, at: int) -> bool:
    """Whether a quotation opened between `start` and `at` is still open."""
    before = doc[max(0, start - 2) : start].text
    text = (before if before.endswith(("“", '"')) else "") + doc[start:at].text
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def governing_actor(source: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """ "it" as a source: the one actor named by the nearest subject of a clause
    that its own clause depends on ("The EU funded the studies, as it considers
    ..."); none when that subject names a person, no actor or several, or
    speaks for no state ("the Iranian company")."""
    token = source.root
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return ()
    clause = token.head
    for _ in range(_CLAUSES):
        if clause.head is clause or clause.dep_ not in _DEPENDENT:
            return ()
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        if subject.i > token.i or subject.tag_ not in ("NN", "NNP"):
            return ()
        if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in TITLES:
            return ()
        phrase = source.doc[subject.left_edge.i : subject.i + 1]
        found = actors_in(phrase, registry)
        if _another_between(source.doc[subject.right_edge.i + 1 : token.i], registry):
            return ()  # "The EU calls on the Government of the DRC …, as it"
        return found if len(found) == 1 and not not_official(phrase) else ()
    return ()


def _another_between(words: Span, registry: ActorRegistry) -> bool:
    """Whether words between a subject and its "it" name an actor or a
    government that "it" may be as well ("Iran welcomed the decision of the
    IAEA after it said"), not as an owner ("Russia's strikes on Ukraine's
    energy grid")."""
    named = [
        s
        for s in words.doc.spans.get("actors", [])
        if words.start <= s.start and s.end <= words.end and s.root.dep_ != "poss"
    ]
    return bool(named) or any(
        t.lemma_.lower() in INSTITUTIONS and t.tag_ in ("NN", "NNP") for t in words
    )


def _subject_of_its_sentence(
    pronoun: Span, people: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The person named as its sentence's subject before a "he" in a clause
    of it ("The Russian Ambassador, Oleg Ozerov, was summoned to the ministry,
    where he pointed out …")."""
    doc, root = pronoun.doc, pronoun.sent.root
    if pronoun.root.head == root:
        return []
    found = []
    for start, end, name in people:
        word = doc[end - 1]
        word = word.head if word.dep_ == "appos" else word
        if (
            pronoun.sent.start <= start
            and end <= pronoun.start
            and word.dep_ in ("nsubj", "nsubjpass")
            and word.head == root
        ):
            found.append((start, end, name))
    if found and any(
        found[-1][1] <= start and end <= pronoun.start for start, end, _ in people
    ):
        return []  # "Baerbock sat across from Lavrov, after which he": either
    return found


def another_subject_here(pronoun: Span, people: list[tuple[int, int, str]]) -> bool:
    """A "he" in a clause of a sentence whose main subject is a name before it
    ("Lieutenant General Tomasz Wróbel, a Polish officer …, presented the model,
    and he assured them"): the subject, not an earlier speaker, even when the
    text has read no person there. A person the text has read, a title (see
    `titled_subject`) and a place are the other rules' to weigh."""
    known = {name.split()[-1] for _, _, name in people}  # "Mitsotakis met X, where
    for c in _main_subjects_before(pronoun):
        if c.lemma_.lower() in TITLES:
            continue  # `titled_subject`'s
        if (
            c.pos_ == "PROPN"
            and c.text not in known
            and c.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "ORG", "PERSON")
        ):
            return True  # not "Russia, he said, remained open"
    return False


def titled_subject(pronoun: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The one state a title naming it gives the subject of the sentence a "he"
    or "she" is in a clause of ("The Russian Ambassador, Oleg Ozerov, was
    summoned …, where he pointed out", "The representative of Italy …
    rejected X, which she said"): whom the pronoun means, not an earlier
    speaker; none for a bare title ("The Prime Minister reiterated …, which
    he said": the other rules')."""
    for c in _main_subjects_before(pronoun):
        if c.lemma_.lower() not in TITLES:
            return ()
        phrase = pronoun.doc[c.left_edge.i : min(c.right_edge.i + 1, pronoun.start)]
        found = actors_in(phrase, registry)
        return found if len(found) == 1 else ()
    return ()


def _main_subjects_before(pronoun: Span) -> list[Token]:
    """The subjects of the sentence's main verb before a pronoun in one of its
    clauses (none when the pronoun is the main verb's own subject)."""
    root = pronoun.sent.root
    if pronoun.root.head == root:
        return []
    return [
        c
        for c in root.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.start
    ]


def _met_just_before(
    pronoun: Span, since: int, people: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The one person named in the sentence just before, whose subject is the
    speaker's "I" or "we" ("I also met the Palestinian Prime Minister, Dr
    Mohammad Mustafa, last week. He expressed …"): whom "he" goes on about."""
    doc = pronoun.doc
    if pronoun.sent.start == 0:
        return []
    before = doc[pronoun.sent.start - 1].sent
    if not any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in before.root.children
    ):
        return []
    if any(t.is_quote for t in (*before, *pronoun.sent)):
        return []  # '"… I will return my Award," … he added': a quotation's "I"
    named = [
        (start, end, name)
        for start, end, name in people
        if before.start <= start and end <= before.end and start > since
    ]
    if len({name for *_, name in named}) != 1:
        return []
    word = doc[named[0][1] - 1]
    word = word.head if word.dep_ == "appos" else word
    met = word.dep_ == "dobj" and word.head == before.root  # not "I asked the
    return named if met else []  # ambassador about President Zelensky's plan"


def subject_since(
    pronoun: Span,
    since: int,
    people: list[tuple[int, int, str]],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker | None:
    """The person last named as a subject before "he" or "she", in a sentence
    after the last speaker was named ("Greek prime minister Kyriakos Mitsotakis,
    speaking to a think tank, called ... he added"): the more salient one."""
    doc = pronoun.doc
    found = (  # the nearest first: its own sentence's subject, the one just met
        _subject_of_its_sentence(pronoun, people)
        or _met_just_before(pronoun, since, people)
        or [
            (start, end, name)
            for start, end, name in people
            if since < start
            and end <= pronoun.sent.start
            and doc[end - 1].dep_ in ("nsubj", "nsubjpass")
            and doc[start].sent.start > since
        ]
    )
    if not found:
        return None
    start, end, name = found[-1]
    name = full_name(name, people, start, registry)
    return named_person(name, doc[start:end].text, doc[start:end], known, registry)
