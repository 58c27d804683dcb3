"""The base model's attribute ruler and rule lemmatizer, answered from memo tables.

spaCy's `attribute_ruler` runs a `Matcher` and builds a `Span` for every token
(an eighth of the small model's time), and its rule `lemmatizer` walks the
tokens in Python. Each gives a token values that depend on a few of its
attributes only, so `AttributeTable` and `LemmaMemo` work each distinct
combination out once, with the model's own patterns and lemmatizer, and write
whole columns with `Doc.from_array`. The annotations are the originals' (a test
compares every token of the bundled corpus); `swap_in` leaves spaCy's
components in place for a model whose patterns or lemmatizer they cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

Test = Callable[[Any], bool]
FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # a token key's fields
WRITTEN = [POS, MORPH, LEMMA, TAG, DEP]
MAX_MEMO = 100_000  # distinct keys a memo holds before it starts afresh


def _equals(wanted: Any, value: Any) -> bool:
    return value == wanted


def _not_in(banned: frozenset, value: Any) -> bool:
    return value not in banned


def _search(pattern: re.Pattern, value: str) -> bool:
    return pattern.search(value) is not None


def _bit(bit: int, answers: int) -> bool:
    return bool(answers >> bit & 1)


def _test(spec: Any) -> Test | None:
    """A Matcher token spec as a predicate (module-level functions, so a
    table pickles), or None for one the table does not read."""
    if isinstance(spec, (str, bool)):
        return partial(_equals, spec)
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            return frozenset(arg).__contains__
        if op == "NOT_IN":
            return partial(_not_in, frozenset(arg))
        if op == "REGEX":
            return partial(_search, re.compile(arg))
    return None


def _is_regex(spec: Any) -> bool:
    return isinstance(spec, dict) and "REGEX" in spec


class _Lowers:
    """A word's LOWER as a class: the words every LOWER test of the patterns
    answers alike share one (so the memo keys stay few)."""

    def __init__(self, specs: list[Any], strings: Any) -> None:
        self.tests: list[Test] = [_test(spec) for spec in specs]  # type: ignore[misc]
        self.strings = strings
        self.regexes = [b for b, spec in enumerate(specs) if _is_regex(spec)]
        words = {
            word
            for spec in specs
            if not _is_regex(spec)
            for word in ([spec] if isinstance(spec, str) else next(iter(spec.values())))
        }
        self.classes: dict[int, int] = {}  # the tests' answers as bits → class
        self.answers: list[int] = [0]  # class → the tests' answers
        self.plain = sum(  # a word no test names: only NOT_IN tests answer yes
            1 << b
            for b, spec in enumerate(specs)
            if isinstance(spec, dict) and "NOT_IN" in spec
        )
        self.named = {strings.add(w): self._class(self._answers(w)) for w in words}

    def _answers(self, word: str) -> int:
        return sum(1 << b for b, test in enumerate(self.tests) if test(word))

    def _class(self, answers: int) -> int:
        known = self.classes.get(answers)
        if known is None:
            known = self.classes[answers] = len(self.answers)
            self.answers.append(answers)
        return known

    def of(self, lowers: np.ndarray) -> np.ndarray:
        """The class of each LOWER hash."""
        unique, inverse = np.unique(lowers, return_inverse=True)
        classes = []
        for value in unique.tolist():
            known = self.named.get(value)
            if known is None:
                word = self.strings[value]
                regexes = sum(1 << b for b in self.regexes if self.tests[b](word))
                known = self._class(self.plain | regexes)
            classes.append(known)
        return np.asarray(classes, dtype=np.uint64)[inverse]


@dataclass(frozen=True)
class _Pattern:
    """One pattern of an attribute-ruler rule: per position, tests on a token
    key's fields; the rule's order; the position of the token it sets."""

    positions: tuple[tuple[tuple[int, Test], ...], ...]
    order: int
    index: int


def _patterns(ruler: Any, lower_specs: list[Any]) -> list[_Pattern] | None:
    """The ruler's patterns in its order (LOWER tests read the bit of their
    spec in `lower_specs`, which this fills), or None if one uses a key, an
    operator or a quantifier the table does not read."""
    found = []
    for order, rule in enumerate(ruler.patterns):
        if "_" in rule["attrs"]:
            return None
        for pattern in rule["patterns"]:
            positions = []
            for token in pattern:
                tests: list[tuple[int, Test]] = []
                for key, spec in token.items():
                    test = _test(spec)
                    if key not in FIELDS or test is None:
                        return None
                    if key == "LOWER":
                        lower_specs.append(spec)
                        bit = len(lower_specs) - 1
                        test = partial(_bit, bit)
                    tests.append((FIELDS[key], test))
                positions.append(tuple(tests))
            found.append(_Pattern(tuple(positions), order, rule["index"]))
    return found


def _meets(tests: tuple[tuple[int, Test], ...], fields: tuple) -> bool:
    return all(test(fields[field]) for field, test in tests)


class AttributeTable:
    """The attribute ruler's annotations from one memo lookup per token."""

    def __init__(self, ruler: Any, strings: Any) -> None:
        lower_specs: list[Any] = []
        patterns = _patterns(ruler, lower_specs)
        written = {attr for attrs in ruler.attrs for attr in attrs}
        if patterns is None or not written <= set(WRITTEN):
            raise ValueError("the attribute ruler has rules the table cannot read")
        self.strings = strings
        self.lowers = _Lowers(lower_specs, strings)
        self.single = [p for p in patterns if len(p.positions) == 1]
        self.multi = [p for p in patterns if len(p.positions) > 1]
        self.sets = [
            tuple((WRITTEN.index(a), v) for a, v in attrs.items())
            for attrs in ruler.attrs
        ]
        self.memo: dict[tuple[int, ...], int] = {}  # token key → slot
        self.slots: list[_Slot] = []

    def __call__(self, doc: Doc) -> Doc:
        if len(self.memo) >= MAX_MEMO:
            self.memo.clear()
            self.slots.clear()
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        keys[:, 1] = self.lowers.of(keys[:, 1])
        slots = [self._slot(key) for key in map(tuple, keys.tolist())]
        values = np.asarray(doc.to_array(WRITTEN), dtype=np.uint64)
        unique, inverse = np.unique(
            np.asarray(slots, dtype=np.int64), return_inverse=True
        )
        new = np.zeros((len(unique), len(WRITTEN)), dtype=np.uint64)
        wanted = np.zeros(new.shape, dtype=bool)
        for k, slot in enumerate(unique.tolist()):
            for column, value in self.slots[slot].sets:
                new[k, column], wanted[k, column] = value, True
        wanted = wanted[inverse]
        values[wanted] = new[inverse][wanted]
        for i, orders in self._multi_hits(slots).items():
            for order in orders:
                for column, value in self.sets[order]:
                    values[i, column] = value
        doc.from_array(WRITTEN, cast(Ints2d, values))
        return doc

    def _slot(self, key: tuple[int, ...]) -> int:
        slot = self.memo.get(key)
        if slot is None:
            tag, lower, dep, space = key
            fields = (
                self.strings[tag],
                self.lowers.answers[lower],
                self.strings[dep],
                bool(space),
            )
            orders = sorted(
                {p.order for p in self.single if _meets(p.positions[0], fields)}
            )
            sets = dict(cv for order in orders for cv in self.sets[order])
            starts = [
                k for k, p in enumerate(self.multi) if _meets(p.positions[0], fields)
            ]
            slot = self.memo[key] = len(self.slots)
            self.slots.append(
                _Slot(tuple(orders), tuple(sets.items()), fields, tuple(starts))
            )
        return slot

    def _multi_hits(self, slots: list[int]) -> dict[int, tuple[int, ...]]:
        """The tokens multi-token rules set, with every rule order that sets
        them (the single-token ones too), sorted."""
        hits: dict[int, set[int]] = {}
        for start, slot in enumerate(slots):
            for k in self.slots[slot].starts:
                pattern = self.multi[k]
                width = len(pattern.positions)
                if start + width > len(slots) or not all(
                    _meets(tests, self.slots[slots[start + j]].fields)
                    for j, tests in enumerate(pattern.positions[1:], 1)
                ):
                    continue
                target = start + pattern.index % width
                hits.setdefault(target, set(self.slots[slots[target]].orders))
                hits[target].add(pattern.order)
        return {i: tuple(sorted(orders)) for i, orders in hits.items()}


@dataclass(frozen=True)
class _Slot:
    """What one token key gets: the single-token rules it meets (their
    orders, and the columns they set, later rules winning), its fields as the
    tests read them, and the multi-token patterns whose first token it fits."""

    orders: tuple[int, ...]
    sets: tuple[tuple[int, int], ...]
    fields: tuple
    starts: tuple[int, ...]


class LemmaMemo:
    """The rule lemmatizer's lemmas, worked out once per (word, POS, morph):
    the three its rules read."""

    def __init__(self, lemmatizer: Any) -> None:
        if getattr(lemmatizer, "mode", None) != "rule":
            raise ValueError(
                "only a rule lemmatizer reads no more than word, POS, morph"
            )
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(self.memo) >= MAX_MEMO:
            self.memo.clear()
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = np.array(columns[:, 3], dtype=np.uint64)
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.memo.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.memo[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], cast(Ints2d, lemmas))
        return doc


@Language.factory("communique_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe("attribute_ruler"), nlp.vocab.strings)


@Language.factory("communique_lemma_memo")
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp.get_pipe("lemmatizer"))


SWAPS = (
    ("attribute_ruler", "communique_attribute_table"),
    ("lemmatizer", "communique_lemma_memo"),
)


def swap_in(nlp: Language) -> list[str]:
    """Puts the tables in place of the model's attribute ruler and lemmatizer,
    under their names, where they can read them; returns the names swapped."""
    swapped = []
    for name, factory in SWAPS:
        if name not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(factory, name=f"{name}_table", before=name)
        except ValueError:  # patterns or a mode the table does not read
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_table", name)
        swapped.append(name)
    return swapped
