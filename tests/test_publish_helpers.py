"""Publishing helpers: pure functions for spans, summaries and links."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from publish.filters import licence_name, summarize
from publish.highlight import Segment, highlight
from publish.links import Links, http_url
from store.reads import StatementRow


@pytest.mark.parametrize(
    ("licence", "name"),
    [
        ("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
        (
            "https://creativecommons.org/licenses/by-nc-sa/2.5/deed.en",
            "CC BY-NC-SA 2.5",
        ),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        ("https://www.law.cornell.edu/uscode/text/17/105", None),
        ("https://creativecommons.org.evil.test/licenses/by/4.0/", None),
    ],
)
def test_a_creative_commons_licence_is_named_by_its_short_name(licence, name):
    assert licence_name(licence) == (name or licence)


def test_overlapping_and_nested_spans_become_flat_segments():
    text = "“We will talk,” he said, “but not now.”"
    outer = _row("a", 1, speaker=(16, 18), cue=(19, 23), content=(0, len(text)))
    inner = _row("b", 2, speaker=(16, 18), cue=(19, 23), content=(25, 39))

    (paragraph,) = highlight(text, [outer, inner])

    assert "".join(s.text for s in paragraph) == text
    assert [(s.text, s.role) for s in paragraph if s.text.strip(" ,")] == [
        ("“We will talk,” ", "content"),
        ("he", "speaker"),
        ("said", "cue"),
        ("“but not now.”", "content"),
    ]
    assert paragraph[0].anchors[0].statement_id == "a"
    assert next(s for s in paragraph if s.role == "speaker").statements == (1, 2)


@pytest.mark.parametrize(
    ("spans", "expected_marks"),
    [
        pytest.param({"cue": (100, 90)}, [("said", "cue")], id="bad-offsets-relocated"),
        pytest.param({"cue": (0, 4)}, [("said", "cue")], id="wrong-text-relocated"),
        pytest.param(
            {"cue": (0, 4), "cue_text": "shouted"}, [], id="missing-text-unmarked"
        ),
    ],
)
def test_broken_spans_are_relocated_or_left_unmarked(spans, expected_marks):
    text = "Lavrov said no."
    row = _row("x", 1, speaker=None, cue=spans["cue"], content=(12, 14))
    row = replace(row, cue=spans.get("cue_text", "said"), content="no")

    paragraphs = highlight(text, [row])

    marks = [(s.text, s.role) for p in paragraphs for s in p if s.role == "cue"]
    assert marks == expected_marks
    assert [a.statement_id for p in paragraphs for s in p for a in s.anchors] == ["x"]


def test_span_across_a_newline_is_split_into_both_paragraphs():
    text = "He said\nthat it ends."
    row = replace(
        _row("n", 1, speaker=(0, 2), cue=(3, 7), content=(8, 20)),
        content="that it ends",
    )
    first, second = highlight(text, [row])

    assert [s.role for s in first] == ["speaker", None, "cue"]
    assert second[0] == Segment("that it ends", "content", (1,))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("short enough", 40, "short enough"),
        ("one two three four five six", 16, "one two three…"),
        ("spaces\n  collapse   here", 40, "spaces collapse here"),
        ("ends with a comma, then more words", 20, "ends with a comma…"),
    ],
)
def test_summary_is_cut_at_a_word_boundary(text, width, expected):
    assert summarize(text, width) == expected


def test_links_give_unsafe_ids_unique_safe_file_names():
    links = Links.build(
        ["RUS", "../etc", "index"], ["security guarantees", "Security-Guarantees"]
    )

    assert links.actor("RUS") == "actors/RUS.html"
    assert "/" not in links.actor("../etc").removeprefix("actors/")
    assert links.actor("index") != "actors/index.html"
    assert (
        len({links.topic("security guarantees"), links.topic("Security-Guarantees")})
        == 2
    )


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("https://exa mple.org", False),
        ("data:text/html,hi", False),
        ("//example.org", False),
        ("https://", False),
    ],
)
def test_only_absolute_http_urls_become_links(url, safe):
    assert (http_url(url) is not None) is safe


def _row(statement_id, seq, *, speaker, cue, content) -> StatementRow:
    """A statement row with only its id, order and spans set (speaker text unknown)."""
    values = dict.fromkeys(f.name for f in fields(StatementRow))
    values.update(
        statement_id=statement_id,
        article_id="a",
        seq=seq,
        actor_ids=(),
        cue="said",
        content="",
        kind="direct",
        act="state",
        sentence="",
        sentence_start=0,
        sentence_end=0,
        extractor_version="test",
        cue_start=cue[0],
        cue_end=cue[1],
        content_start=content[0],
        content_end=content[1],
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )
    return StatementRow(**values)
