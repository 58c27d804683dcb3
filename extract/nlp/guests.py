"""The guest of the issuer's meeting ("The guest praised Egypt's role", "the
visiting delegation", "the guest side"): in the issuer's readout of its own
side receiving one other side ("President Sisi received the Prime Minister of
Greece"), that side. Pure functions over a Span."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.bare_titles import VISITING
from extract.nlp.officials import TITLES
from extract.nlp.voices import DocumentVoices

# Nouns that are the guest themselves; nouns a "visiting" or "guest" (VISITING)
# makes the guest's.
_GUESTS = frozenset({"guest", "visitor"})
_PARTIES = frozenset({"side", "delegation", "party"})


def guest_side(source: Span, voices: DocumentVoices | None) -> tuple[str, ...] | None:
    """The other side of a two-sided meeting the issuer's readout opens with,
    the issuer receiving it, when the source is its guest; None otherwise (a
    guest of a meeting the issuer did not host, or of one with several sides,
    is not read)."""
    if len(source) not in (2, 3) or source[0].lower_ != "the" or voices is None:
        return None
    words = [t.lower_ for t in source[1:]]
    head = source.root.lemma_.lower()
    guest = words == [head] and head in _GUESTS
    visiting = len(words) == 2 and (  # "the visiting side", "the guest leader"
        (words[0] in VISITING and head in _PARTIES)
        or (words[0] == "guest" and head in TITLES)
    )
    if not (guest or visiting) or source.root.tag_ not in ("NN", "NNP"):
        return None
    sides = voices.group
    if not voices.meeting or voices.turns or len(sides) != 2 or not voices.issuer:
        return None
    if voices.host != voices.issuer[0] or voices.host not in sides:
        return None  # the issuer's minister may be the guest abroad
    return tuple(a for a in sides if a != voices.host)
