"""A `SerialRunner` that times the NLP apart from the rest of a run."""

from __future__ import annotations

import time
from collections.abc import Sequence

from kernel.config import Settings
from kernel.records import Background, Extraction
from runs.runner import Pending, SerialRunner


class TimedRunner(SerialRunner):
    """Every stage here; `extract_seconds` adds up the NLP calls, and with `load`
    the model is loaded up front (its seconds in `load_seconds`)."""

    def __init__(self, settings: Settings, *, load: bool = False) -> None:
        super().__init__(settings)
        self.extract_seconds = 0.0
        self.load_seconds = 0.0
        if load:
            start = time.perf_counter()
            self.nlp()
            self.load_seconds = time.perf_counter() - start

    def extract(
        self,
        texts: Sequence[tuple[str, str]],
        label: str,
        background: Background | None = None,
    ) -> Pending[Extraction]:
        start = time.perf_counter()
        result = super().extract(texts, label, background)
        self.extract_seconds += time.perf_counter() - start
        return result
