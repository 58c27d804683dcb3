"""Stage runners: where the stages that may run elsewhere (listings, pages, the NLP)
run. The run bodies ask a runner; `SerialRunner` runs everything here and now, and
flows hand in a runner that submits the same stage functions as Prefect tasks."""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from spacy.language import Language
from tqdm import tqdm

from extract.nlp import pipeline
from extract.web import fetch
from extract.web.fetcher import Fetcher
from kernel.config import Settings
from kernel.records import (
    Background,
    Extraction,
    PageChunk,
    Source,
    SourceResult,
    Validators,
)

T = TypeVar("T", covariant=True)


class Pending(Protocol[T]):
    """A stage's result, now or later (a Prefect future has this shape too)."""

    def result(self) -> T: ...


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A result that is already there."""

    value: T

    def result(self) -> T:
        return self.value


class StageRunner(Protocol):
    """Runs the stages a run body hands out."""

    def plan(
        self,
        sources: Sequence[Source],
        listings: Sequence[Validators | None],
        chunk_size: int,
    ) -> list[PageChunk]:
        """Every source's chunks of page URLs, in the order of `sources`."""
        ...

    def fetch(
        self, chunk: PageChunk, known: Mapping[str, Validators]
    ) -> Pending[SourceResult]:
        """Fetch one chunk's pages (conditional GETs for the `known` ones)."""
        ...

    def extract(
        self,
        texts: Sequence[tuple[str, str]],
        label: str,
        background: Background | None = None,
    ) -> Pending[Extraction]:
        """The statements of some (article id, text) pairs, and the articles the
        NLP failed on; `label` names them in progress output, `background` what
        is known of them (issuers, dates, learned affiliations)."""
        ...

    def release_model(self) -> None:
        """Let go of the NLP model this runner loaded (the next `extract` loads
        it again): a run calls it when its extraction is done, so what follows
        (the snapshot, publish) does not carry the model's memory."""
        ...

    def close(self) -> None:
        """Let go of connections and workers."""
        ...


def extract_with_progress(
    nlp: Language,
    texts: Sequence[tuple[str, str]],
    settings: Settings,
    label: str,
    background: Background | None = None,
) -> Extraction:
    """`pipeline.extract_statements` over some articles, with a progress bar."""
    failed: dict[str, str] = {}
    stream = pipeline.extract_statements(
        nlp,
        texts,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
        failed=failed,
        background=background,
    )
    bar = tqdm(
        stream,
        total=len(texts),
        desc=f"extract {label}",
        unit="article",
        leave=False,
    )
    return Extraction(dict(bar), failed)


class SerialRunner:
    """Every stage in this process, one after the other: for tests, the kill -9
    trials and benchmarks, where Prefect is not the subject."""

    extract_stage = staticmethod(extract_with_progress)  # the NLP stage

    def __init__(
        self,
        settings: Settings,
        *,
        fetcher: Fetcher | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.settings = settings
        self.fetcher = fetcher or Fetcher()
        self._given = nlp  # the caller's: theirs to keep or let go
        self._loaded: Language | None = None

    def plan(
        self,
        sources: Sequence[Source],
        listings: Sequence[Validators | None],
        chunk_size: int,
    ) -> list[PageChunk]:
        return [
            chunk
            for source, listing in zip(sources, listings, strict=True)
            for chunk in fetch.plan_source(self.fetcher, source, listing, chunk_size)
        ]

    def fetch(
        self, chunk: PageChunk, known: Mapping[str, Validators]
    ) -> Pending[SourceResult]:
        return Done(fetch.fetch_chunk(self.fetcher, chunk, known))

    def extract(
        self,
        texts: Sequence[tuple[str, str]],
        label: str,
        background: Background | None = None,
    ) -> Pending[Extraction]:
        if not texts:
            return Done(Extraction({}, {}))
        nlp = self.nlp()
        return Done(self.extract_stage(nlp, texts, self.settings, label, background))

    def nlp(self) -> Language:
        """The spaCy pipeline given, or loaded when first needed."""
        if self._given is not None:
            return self._given
        if self._loaded is None:
            self._loaded = pipeline.load_pipeline(self.settings.model)
        return self._loaded

    def release_model(self) -> None:
        if self._loaded is not None:
            self._loaded = None
            release_memory()

    def close(self) -> None:
        self.release_model()
        self.fetcher.close()


def release_memory() -> None:
    """Collect what was let go (a spaCy pipeline holds reference cycles) and
    hand the C heap's free pages back to the system where glibc can."""
    gc.collect()
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to hand back
        return
    trim(0)
