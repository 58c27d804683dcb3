"""Whom a later "he" or "she" may mean after a speaker, and for how long: a
named person until another speaks; an office-holder a bare title names ("The
Secretary-General is alarmed … He calls on"); an unnamed official with a state
("A French foreign ministry spokesman said … he declined") only in the next
sentence; anyone else who speaks as one person ("a shopkeeper, Senait", "a
Palestinian man") so that "he" after them is no earlier official. Pure
functions over spaCy spans."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from extract.nlp.bare_titles import bare_title
from extract.nlp.officials import TITLES
from extract.nlp.speaker import Speaker, unnamed_person

# Singular nouns of one person who speaks ("a Palestinian man told reporters").
_PEOPLE = frozenset(
    {"man", "woman", "boy", "girl", "resident", "villager", "local", "soldier",
     "officer", "fighter", "commander", "diplomat", "official", "source", "witness",
     "survivor", "victim", "refugee", "migrant", "farmer", "fisherman", "shopkeeper",
     "trader", "driver", "worker", "student", "teacher", "doctor", "nurse", "lawyer",
     "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
     "neighbour", "neighbor", "relative", "friend", "protester", "activist", "analyst",
     "expert", "journalist", "reporter", "correspondent", "observer", "researcher",
     "professor", "economist", "citizen", "voter", "owner", "member", "aide", "adviser",
     "advisor", "negotiator", "mediator", "envoy", "ambassador", "spokesman",
     "spokeswoman", "spokesperson", "minister", "president", "leader", "chief"}
)  # fmt: skip
_ONE_PERSON = _PEOPLE | TITLES
_REACH = 1  # sentences after an unnamed official's in which "he" is them


def salient_after(speaker: Speaker, source: Span) -> Speaker | None:
    """Whom a later "he" or "she" may mean after this speaker (see the module);
    None when the source is no one person, or speaks in the first person ("I
    have explained to Hakan … he told me": never the "I")."""
    if len(source) == 1 and source.root.lower_ in ("i", "we", "me", "us"):
        return None
    if speaker.is_person and speaker.name:
        return speaker
    if speaker.actor_ids and bare_title(source) is not None:
        return replace(speaker, is_person=True)
    if speaker.actor_ids and _title_in_apposition(source):  # "Bintou Keita,
        return replace(speaker, is_person=True)  # Special Representative of …,"
    lemma = source.root.lemma_.lower()
    one = lemma in _ONE_PERSON and (  # "The Senegalese President praised"
        source.root.tag_ == "NN"
        or (source.root.tag_ == "NNP" and source[0].lower_ in ("the", "a", "an"))
    )
    if speaker.actor_ids and one and lemma in TITLES:
        return replace(speaker, name=None, is_person=True)
    if unnamed_person(source) or one:
        return Speaker(None, speaker.mention, (), is_person=True)
    return None


def _another_titled_subject(doc: Doc, at: int, before: int) -> bool:
    """A title heading another subject after the speaker named at `at` and
    before the pronoun: another holder a "he" may mean."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in TITLES
        and t.left_edge.i > at
        and t.head.dep_ in ("ROOT", "conj", "advcl", "parataxis")  # not "saying
        for t in doc[at + 1 : before]  # the King has always …": what was said
    )


def _title_in_apposition(source: Span) -> bool:
    """A source whose root has a title in apposition ("Bintou Keita, Special
    Representative of the Secretary-General"): one person, whatever the tagger
    made of the name."""
    root = source.root
    if root.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
        return False  # "Guyana, President of the Security Council": a state
    return root.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.lemma_.lower() in TITLES and c.i < source.end
        for c in root.children
    )


def _one_named(ent: Span) -> bool:
    """A PERSON entity that names one person, not a group the tagger took for
    one ("hold the Houthis accountable")."""
    doc = ent.doc
    word = ent[0].text
    plural = (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and word.endswith("s")
        and not word.endswith("ss")
    )  # not "the Ayatollah Ali Khamenei", "the Taoiseach", "Evo Morales"
    return ent.label_ == "PERSON" and not plural


def within_reach(last: Speaker | None, at: int, pronoun: Span) -> Speaker | None:
    """The last salient speaker (named at token `at`) if "he" or "she" can still
    mean them: an unnamed official only up to the next sentence, and not past
    a person named since."""
    if last is None or last.name is not None or not last.actor_ids:
        return last
    doc = pronoun.doc
    if any(_one_named(e) and at < e.start < pronoun.start for e in doc.ents):
        return None  # "… the transit of Taiwan's leader Lai. He said": Lai's?
    if _another_titled_subject(doc, at, pronoun.start):
        return None  # "…, while the German Chancellor was more cautious. He said"
    sentence = doc[at].sent
    for _ in range(_REACH):
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
    return last if pronoun.start < sentence.end else None
