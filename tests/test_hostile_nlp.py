"""Hostile texts for the NLP layer: one document that would cost too much, or is
too long for the model, is a recorded failure of that document; the others go on.

Each test names its item of issue 14 (rows in docs/reliability.md).
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest
from ingesting import run_ingest
from loopback import HTML, Loopback, Reply, page_source, serve_loopback

from extract.nlp.acts import PhraseIndex
from extract.nlp.pipeline import extract_statements

SAID = "The minister said that the government would not reject the proposal and "
PROSE = "Russian Foreign Minister Sergey Lavrov said that talks must resume soon."
NEGATIONS = {"not", "n't", "never", "no"}


def _unpunctuated(size: int) -> str:
    """One 'sentence' of `size` characters: prose with every stop taken out."""
    return (SAID.lower() * (size // len(SAID) + 1))[:size]


def test_an_unpunctuated_80kb_sentence_is_a_recorded_failure_of_its_document(
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 8: bounded work, not 715 s; the next document goes on."""
    failed: dict[str, str] = {}
    started = time.monotonic()

    done = dict(
        extract_statements(
            nlp, [("flat", _unpunctuated(80_000)), ("prose", PROSE)], failed=failed
        )
    )

    assert time.monotonic() - started < 60  # a cap that cannot flake, not a benchmark
    assert failed == {
        "flat": "the NLP failed on it: communique_attributions failed "
        "(DocumentBudgetError: a sentence of 13,334 tokens is over the limit of "
        "1,000 (text without punctuation?)); not extracted"
    }
    assert list(done) == ["prose"]
    assert [s.cue for s in done["prose"]] == ["said"]


def test_a_long_sentence_under_the_budget_is_extracted(nlp) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 8: under the budget, a long sentence is extracted in full."""
    failed: dict[str, str] = {}

    ((_, statements),) = extract_statements(
        nlp, [("long", _unpunctuated(5_000))], failed=failed
    )

    assert failed == {}
    assert len(statements) > 50
    assert {s.act for s in statements} <= {"state", "reject", "accept"}


def _scan(phrase: list[str], lemmas: list[str], words: list[str]) -> list[bool]:
    """The scan PhraseIndex replaced: each occurrence, negated or not."""
    hits, size = [], len(phrase)
    for i in range(len(lemmas) - size + 1):
        if lemmas[i : i + size] == phrase or words[i : i + size] == phrase:
            before = set(lemmas[max(0, i - 3) : i]) | set(words[max(0, i - 3) : i])
            hits.append(bool(before & NEGATIONS))
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "They did not rule out talks, and never ruled out talks again.",
        "Not rule out talks. Rule out talks, they said, but not rule out a meeting.",
        "We are open to talks and ready to talk; we are not open to dialogue.",
        "No, never: rule out talks rule out talks not rule out talks.",
    ],
)
def test_phrase_index_finds_what_a_scan_of_each_span_finds(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The index answers every span and phrase as the old per-statement scan did."""
    doc = nlp(text)
    index = PhraseIndex(doc)
    phrases = ["rule out talk", "open to dialogue", "ready to talk", "talk", "no"]
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            lemmas = [t.lemma_.lower() for t in span]
            words = [t.lower_ for t in span]
            for phrase in phrases:
                hits = _scan(phrase.split(), lemmas, words)
                for negated in (False, True):
                    expected = negated in hits
                    assert index.has(phrase, span, negated) == expected, (
                        phrase,
                        span.text,
                        negated,
                    )


def test_a_page_over_the_model_limit_fails_alone_and_the_run_goes_on(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 7: 1.6 MB of main text (under the body cap) was spaCy's E088
    and failed the whole ingest."""
    paragraph = "<p>The minister said on day {} that talks could resume next week.</p>"
    paragraphs = "".join(paragraph.format(day) for day in range(24_000))
    long_page = (
        "<html><head><title>Long</title></head><body><article><h1>Long</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()
    with serve_loopback() as loopback:
        long_url = _script(loopback, "/long.html", long_page)
        short_url = _script(loopback, "/short.html", None)
        sources = [page_source("long", long_url), page_source("short", short_url)]
        database = tmp_path / "communique.duckdb"

        summary = run_ingest(database, sources, nlp)

    (failure,) = summary.failures
    assert failure.startswith(f"long: {long_url}: text of 1,")
    assert failure.endswith(
        "characters is over the model's limit of 1,000,000: not extracted"
    )
    conn = duckdb.connect(str(database), read_only=True)
    try:
        stored = conn.execute(
            "SELECT a.url, count(s.statement_id), length(a.text) > 1000000"
            " FROM articles a LEFT JOIN statements s USING (article_id)"
            " GROUP BY a.url, a.text ORDER BY a.url"
        ).fetchall()
    finally:
        conn.close()
    assert stored == [(long_url, 0, True), (short_url, 6, False)]


def _script(loopback: Loopback, path: str, body: bytes | None) -> str:
    return loopback.script(
        path, Reply(headers=HTML) if body is None else Reply(body=body)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire will hold, the minister said",
        "Russia will respond, Lavrov warned",
        "The deal will hold, as far as I know",
    ],
)
def test_a_text_cut_off_after_its_cue_is_extracted(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A teaser or a truncated page ends on the cue, with no closing stop: the
    cue's last word is the text's last token, which once sent a cue rule past the
    end (IndexError) and failed the whole document (3 % of train documents cut
    at random words)."""
    failed: dict[str, str] = {}

    done = dict(extract_statements(nlp, [("cut", text)], failed=failed))

    assert failed == {}
    assert [s.content_span[0] for s in done["cut"]] == [0]
