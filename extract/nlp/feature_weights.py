"""A linear model's sparse feature weights, summed many rows at a time.

Scoring a cue, content or source candidate sums the weights of its ~40 feature
strings. One dict lookup per fresh string waits on memory three times (the
slot, the key, its characters); here the strings' hashes go to numpy at once
and are looked up in an open-addressing table of the weights' hashes, so a
Doc's candidates cost a few array operations. The sums are the dict's, bit for
bit: `np.bincount` adds each row's weights in the row's order, as `sum` does.

Python's string hash is salted per process, so the table is built where it is
used: a pickled `FeatureWeights` carries its weights and is rebuilt on arrival.
Two different strings with one 64-bit hash would share a weight (with 300,000
weights, about one chance in 60 million per million lookups of unknown
features); a model with two such keys of its own keeps the dict.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

_LOAD = 4  # table slots per weight, at least: short probe runs


class FeatureWeights(Mapping[str, float]):
    """Feature weights (a read-only mapping) with batched sums (`sums`)."""

    __slots__ = ("_keys", "_mask", "_values", "_weights")

    def __init__(self, weights: Mapping[str, float]) -> None:
        self._weights = dict(weights)
        n = len(self._weights)
        hashes = np.fromiter(map(hash, self._weights), np.int64, n)
        size = 1 << max(4, (n * _LOAD - 1).bit_length())
        self._mask = size - 1
        self._keys: np.ndarray | None = np.zeros(size, dtype=np.int64)  # 0: empty
        self._values = np.zeros(size, dtype=np.float64)
        if len(np.unique(hashes)) == n and not (hashes == 0).any():
            self._fill(
                self._keys, hashes, np.fromiter(self._weights.values(), float, n)
            )
        else:  # two keys share a hash, or one has the empty slot's: use the dict
            self._keys = None

    def __reduce__(self) -> tuple[type, tuple[dict[str, float]]]:
        return (FeatureWeights, (self._weights,))

    def __getitem__(self, feature: str) -> float:
        return self._weights[feature]

    def __iter__(self) -> Iterator[str]:
        return iter(self._weights)

    def __len__(self) -> int:
        return len(self._weights)

    def sums(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Each row's sum of the weights of its features (0 for an unknown one)."""
        flat = [feature for row in rows for feature in row]
        which = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
        if self._keys is None:
            found = np.fromiter(
                (self._weights.get(f, 0.0) for f in flat), np.float64, len(flat)
            )
        else:
            found = self._lookup(self._keys, np.fromiter(map(hash, flat), np.int64))
        sums = np.bincount(which, weights=found, minlength=len(rows))
        return sums.astype(np.float64, copy=False)  # an empty bincount is of ints

    def _lookup(self, keys: np.ndarray, hashes: np.ndarray) -> np.ndarray:
        slots = hashes & self._mask
        found = np.zeros(len(hashes), dtype=np.float64)
        pending = np.arange(len(hashes))
        while pending.size:
            key = keys[slots[pending]]
            hit = key == hashes[pending]
            found[pending[hit]] = self._values[slots[pending[hit]]]
            pending = pending[~hit & (key != 0)]  # another key's slot: probe on
            slots[pending] = (slots[pending] + 1) & self._mask
        return found

    def _fill(self, keys: np.ndarray, hashes: np.ndarray, weights: np.ndarray) -> None:
        slots = hashes & self._mask
        pending = np.arange(len(hashes))
        while pending.size:
            free = pending[keys[slots[pending]] == 0]
            _, first = np.unique(slots[free], return_index=True)
            placed = free[first]  # one key per free slot
            keys[slots[placed]] = hashes[placed]
            self._values[slots[placed]] = weights[placed]
            pending = np.setdiff1d(pending, placed, assume_unique=True)
            slots[pending] = (slots[pending] + 1) & self._mask
