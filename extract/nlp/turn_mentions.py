"""Mentions inside a speaker's turn that are not the speaker: "he" or "she" (the
speaker says "I"; never an earlier turn's speaker but the one answered), and a
vocative opening the turn ("Secretary General, the Russian Foreign Minister
said ...": the one addressed is not the source). Pure functions over a Doc."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.officials import TITLES, VOCATIVES
from extract.nlp.openings import OTHERS
from extract.nlp.turns import Turn
from extract.nlp.voices import DocumentVoices

# The pronouns of another person as an object: "He will thank him".
_OTHER_OBJECTS = frozenset({"him", "her"})
# How the one a turn's "he" means may stand in its sentence before it.
_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"})


_RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})


def past_vocative(source: Span, voices: DocumentVoices | None) -> Span:
    """The source without a vocative that opens its turn or a sentence of it:
    words of the label of the one addressed, then a comma ("Secretary General,
    | the Russian Foreign Minister"; "Thank you. Dr Nwachukwu, | Rwanda's health
    minister"); the source as it is otherwise."""
    turn = voices.turn_at(source.start) if voices is not None else None
    if turn is None or voices is None or source.start != source[0].sent.start:
        return source
    comma = next((t.i for t in source if t.text == ","), None)
    if comma is None or comma + 1 >= source.end:
        return source
    addressed = voices.addressee_of(turn)
    label = set(addressed.label.lower().split()) if addressed is not None else set()
    words = [t.lower_.strip(".") for t in source.doc[source.start : comma]]
    if not words or not set(words) <= label | VOCATIVES:
        return source
    rest = source.doc[comma + 1 : source.end]
    if rest[0].lower_ in _RELATIVES or any(t.text == "," for t in rest[1:]):
        return source  # "President Macron, who hosted me, said", "Lula, our host
    return rest  # today, said": an apposition of the subject, no one addressed


def named_before_in_turn(
    pronoun: Span, turn: Turn, people: list[tuple[int, int, str]]
) -> tuple[int, int, str] | Span | None:
    """Whom "he" or "she" in a turn means, never the speaker: the person last
    named in the turn before it, else the nearest title or counterpart in its
    sentence or the one before ("I spoke with my Egyptian counterpart, and he
    assured me"), else no one."""
    subject = _subject_before(pronoun, turn, people)
    if subject is not None:
        return subject
    named = [p for p in people if turn.start <= p[0] and p[1] <= pronoun.start]
    if named:
        return named[-1]
    doc = pronoun.doc
    sentence = pronoun.sent.start
    start = max(turn.start, doc[sentence - 1].sent.start if sentence else 0)
    for token in reversed(doc[start : pronoun.start]):
        if token.dep_ not in _PLACES or token.tag_ not in ("NN", "NNP"):
            continue
        phrase = doc[token.left_edge.i : token.i + 1]
        words = {t.lemma_.lower() for t in phrase}
        if words & (TITLES | OTHERS) and "PERSON" not in {t.ent_type_ for t in phrase}:
            return phrase  # "my Egyptian counterpart", "The Secretary-General"
    return None


def _subject_before(
    pronoun: Span, turn: Turn, people: list[tuple[int, int, str]]
) -> tuple[int, int, str] | Span | None:
    """The subject of the turn's sentence before, when "he" or "she" is the
    subject of its clause and its sentence names no one before it: the subject
    stays the centre ("The President spoke with Prime Minister Netanyahu. He
    made clear …": the President; "… He will thank him"), and a "he" subject
    before is followed back. Not when the clause's object is that very one
    ("He thanked the President"). A person named or a title, else None."""
    doc = pronoun.doc
    sentence = pronoun.sent.start
    if pronoun.root.dep_ != "nsubj" or sentence == 0 or sentence <= turn.start:
        return None
    if any(sentence <= p[0] < pronoun.start for p in people):
        return None
    before = doc[sentence - 1].sent
    if before.start < turn.start:
        return None
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ == pronoun.root.lower_:  # "He made clear … He also told"
        found = _subject_before(doc[subject.i : subject.i + 1], turn, people)
    elif subject.pos_ == "PRON":
        return None
    else:
        named = [p for p in people if p[0] <= subject.i < p[1]]
        phrase = doc[subject.left_edge.i : subject.i + 1]
        titled = subject.lemma_.lower() in TITLES
        plain = titled and "PERSON" not in {t.ent_type_ for t in phrase}
        found = named[0] if named else phrase if plain else None
    return None if found is None or _its_object(pronoun, found) else found


def _its_object(pronoun: Span, found: tuple[int, int, str] | Span) -> bool:
    """Whether the pronoun's clause has the one found as its object ("He
    thanked the President" after "The President …"): then "he" is not them."""
    doc = pronoun.doc
    one = doc[found[0] : found[1]] if isinstance(found, tuple) else found
    verb = pronoun.root.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(
        o.lower_ not in _OTHER_OBJECTS
        and (o.lemma_.lower() == one.root.lemma_.lower() or o.text in one.text.split())
        for o in objects
    )


def answered_turn(voices: DocumentVoices, turn: Turn) -> Turn | None:
    """The turn before this one, by another speaker, whom a "he" may answer
    ("He has misrepresented our position")."""
    i = voices.turns.index(turn)
    before = voices.turns[i - 1] if i > 0 else None
    if before is None or before.floor or before.speaker == turn.speaker:
        return None
    return before
