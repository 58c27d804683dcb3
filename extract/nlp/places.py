"""Officials of a place: a governor, mayor or premier of a subdivision speaks for
its country ("Texas Governor Greg Abbott" -> USA, "the Premier of Ontario" ->
CAN). A place named without such a title names no state's official ("New
Jersey native", "Inner Mongolia health authority")."""

from __future__ import annotations

from spacy.tokens import Span

from extract.nlp.actors import ActorRegistry

# Titles of a subdivision's or city's own office.
LOCAL_TITLES = frozenset(
    {"governor", "gov", "gov.", "mayor", "premier", "lieutenant-governor"}
)
_LONGEST_PLACE = 4  # words


def official_of_place(span: Span, registry: ActorRegistry) -> tuple[str, ...]:
    """The country whose subdivision a local title in the span governs, or ()."""
    if not any(t.lemma_.lower() in LOCAL_TITLES for t in span):
        return ()
    countries = []
    words = [t for t in span if not t.is_punct]
    for size in range(_LONGEST_PLACE, 0, -1):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if not run[0].text[:1].isupper() or any(
                t.ent_type_ == "PERSON" for t in run
            ):
                continue  # not a name: "Paris Mayor Anne [Hidalgo]"
            text = span.doc[run[0].i : run[-1].i + 1].text
            country = registry.places.get(text)
            if country is not None and country not in countries:
                countries.append(country)
    return tuple(countries) if len(countries) == 1 else ()
