"""spaCy components of Communiqué, registered as `communique_*` factories.

Each component finds with a pure function, then writes plain data on the Doc
(span groups and lists of dicts), so Docs can cross processes as msgpack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.actors import ActorRegistry, load_registry
from extract.attribution import Attribution, find_attributions
from extract.errors import ModelError
from extract.lexicon import Act, Lexicon, Topic, load_acts, load_lexicon, load_topics
from extract.positions import char_range, classify_act, classify_topic, resolve_speakers

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)
if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)


@Language.factory(
    "communique_actors",
    assigns=["doc.spans"],
    requires=["token.orth"],
    default_config={"registry_path": ""},
)
def make_actors(nlp: Language, name: str, *, registry_path: str) -> ActorMatcher:
    return ActorMatcher(nlp, name, registry_path=registry_path)


@Language.factory(
    "communique_attributions",
    assigns=["doc._.attributions"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"lexicon_path": ""},
)
def make_attributions(
    nlp: Language, name: str, *, lexicon_path: str
) -> AttributionFinder:
    return AttributionFinder(name, lexicon_path=lexicon_path)


@Language.factory(
    "communique_positions",
    assigns=["doc._.statements"],
    requires=["doc._.attributions", "doc.spans", "doc.ents"],
    default_config={
        "registry_path": "",
        "lexicon_path": "",
        "acts_path": "",
        "topics_path": "",
    },
)
def make_positions(
    nlp: Language,
    name: str,
    *,
    registry_path: str,
    lexicon_path: str,
    acts_path: str,
    topics_path: str,
) -> PositionTagger:
    return PositionTagger(
        name,
        registry_path=registry_path,
        lexicon_path=lexicon_path,
        acts_path=acts_path,
        topics_path=topics_path,
    )


class ActorMatcher:
    """Marks names, demonyms and capitals of actors (span group 'actors', label = id)
    and known office-holders (span group 'people', label = canonical name)."""

    def __init__(self, nlp: Language, name: str, *, registry_path: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.registry_path = registry_path
        self.registry: ActorRegistry | None = None
        self.matcher: PhraseMatcher | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        self.registry = load_registry(_path(self.registry_path))
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        tokenizer = nlp.tokenizer if nlp is not None else None
        if tokenizer is None:
            raise ModelError("communique_actors needs the pipeline to initialize")
        for surface, actor_id in self.registry.surfaces.items():
            self.matcher.add(actor_id, [tokenizer(surface)])
        for surface, person in self.registry.people.items():
            self.matcher.add("person:" + person.name, [tokenizer(surface)])

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            raise ModelError(
                "communique_actors is not initialized: build the pipeline "
                "with extract.pipeline.load_pipeline()"
            )
        actors, people = [], []
        for match_id, start, end in self.matcher(doc):
            label = self.vocab.strings[match_id]
            if label.startswith("person:"):
                people.append(Span(doc, start, end, label=label[len("person:") :]))
            else:
                actors.append(Span(doc, start, end, label=label))
        doc.spans["actors"] = filter_spans(actors)
        doc.spans["people"] = filter_spans(people)
        return doc


class AttributionFinder:
    """Finds source, cue and content spans; writes `doc._.attributions`."""

    def __init__(self, name: str, *, lexicon_path: str) -> None:
        self.name = name
        self.lexicon_path = lexicon_path
        self.lexicon: Lexicon | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        self.lexicon = load_lexicon(_path(self.lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ModelError("communique_attributions is not initialized")
        found = find_attributions(doc, self.lexicon)
        doc._.attributions = [_attribution_to_dict(a) for a in found]
        return doc


class PositionTagger:
    """Resolves speakers and actors, classifies act and topic; writes
    `doc._.statements` as dicts with character offsets."""

    def __init__(
        self,
        name: str,
        *,
        registry_path: str,
        lexicon_path: str,
        acts_path: str,
        topics_path: str,
    ) -> None:
        self.name = name
        self.paths = (registry_path, lexicon_path, acts_path, topics_path)
        self.registry: ActorRegistry | None = None
        self.lexicon: Lexicon | None = None
        self.acts: tuple[Act, ...] = ()
        self.topics: tuple[Topic, ...] = ()

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        registry_path, lexicon_path, acts_path, topics_path = self.paths
        self.registry = load_registry(_path(registry_path))
        self.lexicon = load_lexicon(_path(lexicon_path))
        self.acts = load_acts(_path(acts_path))
        self.topics = load_topics(_path(topics_path))

    def __call__(self, doc: Doc) -> Doc:
        if self.registry is None or self.lexicon is None:
            raise ModelError("communique_positions is not initialized")
        found = [_attribution_from_dict(d) for d in doc._.attributions or []]
        speakers = resolve_speakers(doc, found, self.registry, self.lexicon)
        statements = []
        for attribution, speaker in zip(found, speakers, strict=True):
            content = doc[attribution.content[0] : attribution.content[1]]
            act = classify_act(attribution.cue_lemma, content.text, self.acts)
            topic = classify_topic(content.text, self.topics)
            sentence = _sentence_range(doc, attribution)
            statements.append(
                {
                    "cue": list(char_range(doc, attribution.cue)),
                    "content": list(char_range(doc, attribution.content)),
                    "source": list(char_range(doc, attribution.source))
                    if attribution.source
                    else None,
                    "sentence": list(sentence),
                    "kind": attribution.kind,
                    "speaker": speaker.name if speaker else None,
                    "speaker_mention": speaker.mention if speaker else None,
                    "actors": list(speaker.actor_ids) if speaker else [],
                    "addressee": _text(doc, attribution.addressee),
                    "venue": _text(doc, attribution.venue),
                    "act": act.id,
                    "cameo": act.cameo,
                    "plover": act.plover or None,
                    "topic": topic.id if topic else None,
                }
            )
        doc._.statements = statements
        return doc


def _sentence_range(doc: Doc, attribution: Attribution) -> tuple[int, int]:
    """Characters of the sentences that hold the cue and the content."""
    tokens = [attribution.cue[0], attribution.content[0], attribution.content[1] - 1]
    starts = [doc[i].sent.start_char for i in tokens]
    ends = [doc[i].sent.end_char for i in tokens]
    start, end = min(starts), max(ends)
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return (start, end)


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return doc[span[0] : span[1]].text if span else None


def _attribution_to_dict(a: Attribution) -> dict:
    return {
        "cue": list(a.cue),
        "content": list(a.content),
        "source": list(a.source) if a.source else None,
        "cue_lemma": a.cue_lemma,
        "addressee": list(a.addressee) if a.addressee else None,
        "venue": list(a.venue) if a.venue else None,
        "kind": a.kind,
    }


def _attribution_from_dict(d: dict) -> Attribution:
    def pair(value: list[int] | None) -> tuple[int, int] | None:
        return (value[0], value[1]) if value else None

    return Attribution(
        cue=(d["cue"][0], d["cue"][1]),
        content=(d["content"][0], d["content"][1]),
        source=pair(d["source"]),
        cue_lemma=d["cue_lemma"],
        addressee=pair(d["addressee"]),
        venue=pair(d["venue"]),
        kind=d["kind"],
    )


def _path(value: str) -> Path | None:
    return Path(value) if value else None
