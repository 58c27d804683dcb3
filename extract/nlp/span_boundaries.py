"""Where a candidate content span starts and ends, and whether it is a whole
phrase: features of `span_features.py`'s content candidates (the words at and
beyond its edges, the sentence edges, a reporting verb or the cue's subject
inside; how many of its words hang from outside it)."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.nlp.memo import once_per_doc
from extract.nlp.quotes import SpanRange, sentence_ends, sentence_starts
from extract.nlp.token_table import TokenTable, token_table

# Reporting verbs: one inside a candidate content span marks a nested attribution.
_REPORTING = frozenset(
    {"say", "tell", "add", "note", "claim", "argue", "state", "insist", "ask"}
    | {"announce", "suggest", "report", "write", "explain", "warn", "believe", "think"}
)


def boundary_features(
    doc: Doc, table: TokenTable, i: int, name: str, span: SpanRange
) -> list[str]:
    """Where a candidate content span starts and ends: the words at and beyond
    its edges, the sentence edges, a reporting verb or the cue's subject inside
    (`i` is the cue's head)."""
    start, end = span
    sent_start, sent_end = sentence_starts(doc)[i], sentence_ends(doc)[i]
    first = word_class(table, start)
    reporting = once_per_doc(doc, "reporting_verbs", _reporting_verbs)
    own = 1 if start <= i < end and reporting[i] else 0
    nested = reporting.count(1, start, end) > own
    subject = any(
        start <= c < end
        for c in table.children[i]
        if table.dep[c] in ("nsubj", "nsubjpass")
    )
    size = len(table.text)
    nxt = word_class(table, end) if end < size else "</d>"
    return [
        f"last={word_class(table, end - 1)}",
        f"nxt={nxt}",
        f"prv={word_class(table, start - 1) if start else '<d>'}",
        f"n|nxtp={name}|{bool(table.punct[end]) if end < size else 'E'}",
        f"endsent={end >= sent_end}",
        f"n|endsent={name}|{end >= sent_end}",
        f"startsent={start <= sent_start}",
        f"n|fw={name}|{first}",
        f"l|fw={table.lemma[i]}|{first}",
        f"nested={nested}",
        f"n|nested={name}|{nested}",
        f"subject={subject}",
        f"n|subject={name}|{subject}",
        *_completeness_features(table, name, span, sent_end),
    ]


def _completeness_features(
    table: TokenTable, name: str, span: SpanRange, sent_end: int
) -> list[str]:
    """Whether a candidate is a whole phrase: how many of its words hang from
    outside it, whether one hangs from a word after it (a clause cut before its
    verb: 'that the efforts, particularly …, will succeed'), and which relation
    the first word after it that hangs from inside it bears (a list cut at its
    first comma: 'bilateral relations, and regional issues')."""
    start, end = span
    head = table.head
    roots = [j for j in range(start, end) if not start <= head[j] < end or head[j] == j]
    later = any(head[j] >= end for j in roots)
    dropped = next(
        (
            table.dep[j]
            for j in range(end, min(sent_end, end + 30))
            if start <= head[j] < end and not table.punct[j]
        ),
        "-",
    )
    return [
        f"roots={min(len(roots), 3)}",
        f"n|roots={name}|{min(len(roots), 3)}",
        f"later={later}",
        f"n|later={name}|{later}",
        f"drop={dropped}",
        f"n|drop={name}|{dropped}",
    ]


def _reporting_verbs(doc: Doc) -> bytes:
    """1 for each token that is a reporting verb, else 0 (bytes: a Doc's user
    data crosses processes as msgpack)."""
    table = token_table(doc)
    return bytes(
        pos == "VERB" and lemma in _REPORTING
        for pos, lemma in zip(table.pos, table.lemma, strict=True)
    )


def word_class(table: TokenTable, i: int) -> str:
    """A stop word or punctuation as itself, any other word as its POS."""
    return table.lower[i] if table.punct[i] or table.stop[i] else table.pos[i]
