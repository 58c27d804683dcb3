"""spaCy components of Communiqué, registered as `communique_*` factories.

Each component finds with a pure function, then writes plain data on the Doc
(span groups and lists of dicts), so Docs can cross processes as msgpack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.nlp.act_cues import own_side_tokens
from extract.nlp.act_model import ActModel, classify_statement, shipped_act_model
from extract.nlp.actors import ActorRegistry, load_registry, spellings
from extract.nlp.acts import PhraseIndex
from extract.nlp.addressees import find_addressee, find_venue
from extract.nlp.affiliations import Learned
from extract.nlp.attribution import Attribution
from extract.nlp.attribution_finder import find_attributions
from extract.nlp.attribution_model import AttributionModel, load_model
from extract.nlp.consult_partners import consult_partners
from extract.nlp.content_topics import classify_topics
from extract.nlp.documents import document_voices
from extract.nlp.lexicon import Lexicon, load_lexicon
from extract.nlp.memo import doc_text
from extract.nlp.mentions import PERSON_PREFIX, actor_mentions
from extract.nlp.paragraphs import break_at_paragraphs
from extract.nlp.reported_attitudes import own_statements
from extract.nlp.speaker import Speaker
from extract.nlp.speakers import char_range, resolve_speakers
from extract.nlp.stored_attributions import attribution_from_dict, attribution_to_dict
from extract.nlp.subjects import content_apart, with_subject_sources
from extract.nlp.taxonomy import (
    Act,
    PositionWords,
    Topic,
    load_acts,
    load_position_words,
    load_topics,
)
from extract.nlp.token_table import sentence_bounds
from kernel.errors import CommuniqueError, ModelError

MAX_SENTENCE_TOKENS = 1_000  # prose stays under 200; a longer one fails (cost: n²)


class DocumentBudgetError(CommuniqueError):
    """A document would cost too much to extract (a sentence far too long)."""


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)
if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)
if not Doc.has_extension("issuer"):  # the actor whose document it is, if known
    Doc.set_extension("issuer", default=None)
if not Doc.has_extension("title"):  # the article's title, if known
    Doc.set_extension("title", default=None)
if not Doc.has_extension("published"):  # the article's publication date
    Doc.set_extension("published", default=None)
if not Doc.has_extension("affiliations"):  # person -> stored Affiliations
    Doc.set_extension("affiliations", default=None)


@Language.component("communique_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, before the parser reads it."""
    return break_at_paragraphs(doc)


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
    default_config={
        "lexicon_path": "",
        "model_path": "",
        "learned": True,
        "max_sentence_tokens": MAX_SENTENCE_TOKENS,
    },
)
def make_attributions(
    nlp: Language,
    name: str,
    *,
    lexicon_path: str,
    model_path: str,
    learned: bool,
    max_sentence_tokens: int,
) -> AttributionFinder:
    return AttributionFinder(
        name,
        lexicon_path=lexicon_path,
        model_path=model_path,
        learned=learned,
        max_sentence_tokens=max_sentence_tokens,
    )


@Language.factory(
    "communique_positions",
    assigns=["doc._.statements"],
    requires=["doc._.attributions", "doc.spans", "doc.ents", "token.lemma"],
    default_config={
        "registry_path": "",
        "lexicon_path": "",
        "acts_path": "",
        "topics_path": "",
        "words_path": "",
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
    words_path: str,
) -> PositionTagger:
    return PositionTagger(
        nlp,
        name,
        registry_path=registry_path,
        lexicon_path=lexicon_path,
        acts_path=acts_path,
        topics_path=topics_path,
        words_path=words_path,
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
        if nlp is None:
            raise ModelError("communique_actors needs the pipeline to initialize")
        surfaces = [*self.registry.surfaces, *self.registry.ambiguous]
        for surface in surfaces:  # "the United States" opens sentences too
            forms = sorted(spellings(surface))
            self.matcher.add(surface, [nlp.make_doc(form) for form in forms])
        for surface in self.registry.people:
            forms = sorted(spellings(surface))
            self.matcher.add(PERSON_PREFIX + surface, [nlp.make_doc(f) for f in forms])

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None or self.registry is None:
            raise ModelError(
                "communique_actors is not initialized: build the pipeline "
                "with extract.nlp.pipeline.load_pipeline()"
            )
        matches = [
            (self.vocab.strings[match_id], start, end)
            for match_id, start, end in self.matcher(doc)
        ]
        actors, people, namesakes = actor_mentions(doc, matches, self.registry)
        doc.spans["actors"], doc.spans["people"] = actors, people
        doc.spans["namesakes"] = namesakes
        return doc


class AttributionFinder:
    """Finds source, cue and content spans; writes `doc._.attributions`.

    `learned=False` runs the rules alone (the extractor before the trained model).
    A Doc with a sentence over `max_sentence_tokens` raises DocumentBudgetError
    (recorded as a failure of that document) before any costly step.
    """

    def __init__(
        self,
        name: str,
        *,
        lexicon_path: str,
        model_path: str,
        learned: bool,
        max_sentence_tokens: int = MAX_SENTENCE_TOKENS,
    ) -> None:
        self.name = name
        self.lexicon_path = lexicon_path
        self.model_path = model_path
        self.learned = learned
        self.max_sentence_tokens = max_sentence_tokens
        self.lexicon: Lexicon | None = None
        self.model: AttributionModel | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        self.lexicon = load_lexicon(_path(self.lexicon_path))
        if self.learned:
            self.model = load_model(_path(self.model_path))

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ModelError("communique_attributions is not initialized")
        _check_budget(doc, self.max_sentence_tokens)
        official = doc._.issuer is not None  # a site that declares its issuer
        found = find_attributions(doc, self.lexicon, self.model, official)
        doc._.attributions = [attribution_to_dict(a) for a in found]
        return doc


class PositionTagger:
    """Resolves speakers and actors, classifies act and topics, finds addressee
    and venue; writes `doc._.statements` as dicts with character offsets."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        registry_path: str,
        lexicon_path: str,
        acts_path: str,
        topics_path: str,
        words_path: str,
    ) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.paths = (registry_path, lexicon_path, acts_path, topics_path, words_path)
        self.registry: ActorRegistry | None = None
        self.lexicon: Lexicon | None = None
        self.words: PositionWords | None = None
        self.acts: tuple[Act, ...] = ()
        self.act_model: ActModel | None = None
        self.topics: tuple[Topic, ...] = ()
        self.topic_matchers: tuple[PhraseMatcher, ...] = ()

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        if nlp is None:
            raise ModelError("communique_positions needs the pipeline to initialize")
        registry_path, lexicon_path, acts_path, topics_path, words_path = self.paths
        self.registry = load_registry(_path(registry_path))
        self.lexicon = load_lexicon(_path(lexicon_path))
        self.acts = load_acts(_path(acts_path))
        self.act_model = shipped_act_model()
        self.topics = load_topics(_path(topics_path))
        self.words = load_position_words(_path(words_path))
        self.topic_matchers = _topic_matchers(nlp, self.topics)

    def __call__(self, doc: Doc) -> Doc:
        if self.registry is None or self.lexicon is None or self.words is None:
            raise ModelError("communique_positions is not initialized")
        found = [attribution_from_dict(d) for d in doc._.attributions or []]
        found = content_apart(doc, with_subject_sources(doc, found))
        shared = frozenset(s.label_ for s in doc.spans.get("namesakes", []) if s.label_)
        registry = self.registry.without_people(shared)  # "Trump" beside "Ivanka Trump"
        voices = (
            document_voices(doc, registry, doc._.issuer, doc._.title) if found else None
        )
        learned = Learned(doc._.affiliations or {}, doc._.published)
        speakers = resolve_speakers(doc, found, registry, self.lexicon, voices, learned)
        topic_matches = [
            (self.vocab.strings[match_id], start, end)
            for matcher in self.topic_matchers
            for match_id, start, end in matcher(doc)
        ]
        statements = []
        phrases = PhraseIndex(doc) if found else None
        rows = own_statements(doc, found, speakers, voices)  # not Moscow's in
        for attribution, speaker, actors in rows:  # 'Berlin says [Moscow is …]'
            content = doc[attribution.content[0] : attribution.content[1]]
            cue_span = doc[attribution.cue[0] : attribution.cue[1]]
            act = classify_statement(
                cue_span,
                attribution.cue_lemma,
                content,
                self.acts,
                phrases,
                self.act_model,
                own_side_tokens(content, actors),
            )
            if act.id == "consult" and actors:  # 'held talks with X': X's too
                actors = list(
                    consult_partners(cue_span.root, actors, registry, doc._.published)
                )
            topics = classify_topics(content, topic_matches, self.topics)
            addressee = find_addressee(doc, attribution, self.words)
            statements.append(
                {
                    "cue": list(char_range(doc, attribution.cue)),
                    "content": list(char_range(doc, attribution.content)),
                    "source": _mention_range(doc, attribution.source, speaker),
                    "sentence": list(_sentence_range(doc, attribution)),
                    "kind": attribution.kind,
                    "speaker": speaker.name if speaker else None,
                    "speaker_mention": speaker.mention if speaker else None,
                    "actors": actors,
                    "addressee": _text(doc, addressee),
                    "venue": _text(doc, find_venue(doc, attribution, self.words)),
                    "role": speaker.role if speaker else None,
                    "act": act.id,
                    "cameo": act.cameo,
                    "plover": act.plover or None,
                    "topic": topics[0] if topics else None,
                    "topics": topics,
                }
            )
        doc._.statements = statements
        return doc


def _check_budget(doc: Doc, max_sentence_tokens: int) -> None:
    """Raise DocumentBudgetError when a sentence is longer than the budget."""
    if not doc.has_annotation("SENT_START"):
        return
    starts = sentence_bounds(doc)[0]
    longest = max((i - start + 1 for i, start in enumerate(starts)), default=0)
    if longest > max_sentence_tokens:
        raise DocumentBudgetError(
            f"a sentence of {longest:,} tokens is over the limit of "
            f"{max_sentence_tokens:,} (text without punctuation?)"
        )


def _topic_matchers(
    nlp: Language, topics: tuple[Topic, ...]
) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Two matchers of topic phrases: on lemmas (any inflection of the base form)
    and on lower-case words (phrases the lemmatizer would change, 'arms control')."""
    by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
    by_word = PhraseMatcher(nlp.vocab, attr="LOWER")
    for topic in topics:
        words = [[t.text for t in nlp.make_doc(p)] for p in topic.phrases]
        by_lemma.add(topic.id, [Doc(nlp.vocab, words=w, lemmas=w) for w in words])
        by_word.add(topic.id, [Doc(nlp.vocab, words=w) for w in words])
    return by_lemma, by_word


def _sentence_range(doc: Doc, attribution: Attribution) -> tuple[int, int]:
    """Characters of the sentences that hold the cue and the content."""
    tokens = [attribution.cue[0], attribution.content[0], attribution.content[1] - 1]
    starts, ends = sentence_bounds(doc)
    start = doc[min(starts[i] for i in tokens)].idx
    last = doc[max(ends[i] for i in tokens) - 1]
    end = last.idx + len(last.text)
    while end > start and doc_text(doc)[end - 1].isspace():
        end -= 1
    return (start, end)


def _mention_range(
    doc: Doc, source: tuple[int, int] | None, speaker: Speaker | None
) -> list[int] | None:
    """The characters of the source, or of the mention the speaker was given
    when it takes in more of the text around the source ("President Trump's and
    President Zelenskyy's" for a source of "President Zelenskyy's")."""
    if source is None:
        return None
    start, end = char_range(doc, source)
    mention = speaker.mention if speaker else ""
    text = doc_text(doc)
    if len(mention) > end - start and text[start:end] in mention:
        first = text.find(mention, max(0, end - len(mention)), start + len(mention))
        if first != -1 and first <= start and end <= first + len(mention):
            return [first, first + len(mention)]
    return [start, end]


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return doc[span[0] : span[1]].text if span else None


def _path(value: str) -> Path | None:
    return Path(value) if value else None
