"""Whom "he" or "she" can be, as the text itself tells: an honorific or a
gendered title before a name ("Mr Lavrov", "Ms Persson", "spokeswoman Maria
Zakharova") marks that person's gender for the whole document, and so does
the possessive of their own side in what they say when their sentence names
no one else ("Lavrov said his country …"). The registry and the parse hold no
gender, so a person named without one agrees with either pronoun. Pure
functions over spaCy spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.nlp.actors import ActorRegistry
from extract.nlp.people import full_name
from extract.nlp.speaker import Speaker, named_person

_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "monsieur", "herr"})
_FEMALE = frozenset(
    {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "mme", "mme.", "dame",
     "lady", "queen", "princess", "frau"}
)  # fmt: skip
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Titles of one gender set before a name: "spokeswoman Maria Zakharova".
_TITLED = {
    "spokesman": "m", "chairman": "m", "congressman": "m", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f", "businessman": "m",
    "businesswoman": "f",
}  # fmt: skip
# What a speaker's own possessive names in what they say: their side, their
# office ("Lavrov said his country …", "Merkel said her government …").
_OWN = frozenset(
    {"country", "government", "side", "administration", "ministry", "office",
     "team", "party", "delegation", "nation", "people", "position", "view",
     "visit", "trip", "remarks", "speech", "statement", "counterpart"}
)  # fmt: skip

People = list[tuple[int, int, str]]


def honorific_genders(doc: Doc, people: People) -> dict[str, str]:
    """Each surname ("lavrov") the document marks as of one gender ("m" or "f"):
    by an honorific, a gendered title right before the name, or the possessive
    of their own side in what they say; a surname marked with both is left out."""
    found: dict[str, set[str]] = {}
    for start, end, name in people:
        words = [doc[start - 1].lower_] if start > 0 else []
        words.append(doc[start].lower_)  # "Mr Lavrov", "Ms Persson": first or before
        gender = (
            _gender_of(words)
            or _titled(doc, start)
            or _own_side(doc, start, end, people)
        )
        if gender is not None:
            found.setdefault(_surname(name), set()).add(gender)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}


def _titled(doc: Doc, start: int) -> str | None:
    """The gender of a title right before a name ("spokeswoman Maria Zakharova";
    not "a spokeswoman for Hillary Clinton", whose title is another's)."""
    return _TITLED.get(doc[start - 1].lower_) if start > 0 else None


def _own_side(doc: Doc, start: int, end: int, people: People) -> str | None:
    """The gender of "his" or "her" own side in what the person says when they
    are the subject of the saying and their sentence names no one else
    ("Lavrov said his country was ready")."""
    subject = doc[end - 1]
    sentence = subject.sent
    if subject.dep_ != "nsubj" or any(
        sentence.start <= s < sentence.end and s != start for s, _, _ in people
    ):
        return None
    said = (t for c in subject.head.children if c.dep_ == "ccomp" for t in c.subtree)
    for token in said:
        owned = token.head.lemma_.lower() in _OWN and token.dep_ == "poss"
        if owned and token.lower_ in ("his", "her"):
            return _PRONOUNS[token.lower_]
    return None


def disagrees(pronoun: str, name: str | None, genders: dict[str, str]) -> bool:
    """Whether the pronoun cannot be the named person: "she" for a "Mr"."""
    wanted = _PRONOUNS.get(pronoun.lower())
    if wanted is None or not name:
        return False
    known = genders.get(_surname(name))
    return known is not None and known != wanted


def nearest_agreeing(
    before: int, pronoun: str, people: People, genders: dict[str, str]
) -> tuple[int, int, str] | None:
    """The person last named before `before` whom an honorific marks with the
    pronoun's gender ("Ms Persson" for "she"), if any."""
    wanted = _PRONOUNS.get(pronoun.lower())
    for start, end, name in reversed(people):
        if end <= before and genders.get(_surname(name)) == wanted:
            return start, end, name
    return None


def agreeing(
    speaker: Speaker,
    source: Span,
    people: People,
    genders: dict[str, str],
    known: dict[str, tuple[str, ...]],
    registry: ActorRegistry,
) -> Speaker:
    """ "She" is never a man the text calls "Mr", nor "he" a "Ms": the last
    person the text marks with the pronoun's gender, else no one."""
    pronoun = source.root.lower_
    if len(source) != 1 or not disagrees(pronoun, speaker.name, genders):
        return speaker
    found = nearest_agreeing(source.start, pronoun, people, genders)
    if found is None:
        return Speaker(None, source.text, (), True)
    start, end, name = found
    name = full_name(name, people, start, registry)
    named = named_person(name, source.doc[start:end].text, source.doc[start:end],
                         known, registry)  # fmt: skip
    return Speaker(named.name, source.text, named.actor_ids, True, named.role)


def _gender_of(words: list[str]) -> str | None:
    if any(w in _MALE for w in words):
        return "m"
    if any(w in _FEMALE for w in words):
        return "f"
    return None


def _surname(name: str) -> str:
    parts = name.replace("'s", "").split()
    return parts[-1].lower().strip(".,") if parts else ""
