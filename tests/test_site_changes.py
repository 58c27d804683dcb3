"""What changed since the previous digest: each publication date against the last."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from publish.changes import (
    CHANGED_ACT,
    FIRST_STATEMENT,
    NEW_ON_TOPIC,
    Change,
    digest_editions,
)
from store.reads import StatementRow


def _said(
    statement_id: str,
    day: str | None,
    actors: tuple[str, ...],
    act: str,
    *topics: str,
    article: str = "a",
    seq: int = 0,
) -> StatementRow:
    values = dict.fromkeys(f.name for f in fields(StatementRow))
    values.update(
        statement_id=statement_id,
        article_id=f"{article}-{day}",
        seq=seq,
        actor_id=actors[0] if actors else None,
        actor_ids=actors,
        cue="said",
        cue_start=0,
        cue_end=4,
        content="",
        content_start=5,
        content_end=5,
        kind="indirect",
        act=act,
        topic=topics[0] if topics else None,
        topics=topics,
        sentence="",
        sentence_start=0,
        sentence_end=0,
        extractor_version="test",
        published=date.fromisoformat(day) if day else None,
    )
    return StatementRow(**values)


def _summary(change: Change) -> tuple[str, str, str | None, str]:
    return (change.kind, change.actor_id, change.topic, change.statement.statement_id)


def test_the_latest_digest_lists_new_voices_new_topics_and_changed_acts() -> None:
    statements = [
        _said("r1", "2025-01-01", ("RUS",), "reject", "negotiations"),
        _said("c1", "2025-01-01", ("CHN",), "appeal", "negotiations"),
        _said(
            "r2", "2025-02-01", ("RUS",), "express_intent_to_negotiate", "negotiations"
        ),
        _said("c2", "2025-02-01", ("CHN",), "appeal", "negotiations", "sanctions"),
        _said("t1", "2025-02-01", ("TUR",), "propose", "ceasefire", seq=1),
    ]

    latest, first = digest_editions(statements)

    assert (latest.day, latest.previous_day) == (date(2025, 2, 1), date(2025, 1, 1))
    assert [_summary(c) for c in latest.changes] == [
        (FIRST_STATEMENT, "TUR", None, "t1"),
        (NEW_ON_TOPIC, "CHN", "sanctions", "c2"),
        (CHANGED_ACT, "RUS", "negotiations", "r2"),
    ]
    assert latest.changes[-1].previous is not None
    assert latest.changes[-1].previous.act == "reject"
    assert first.previous_day is None
    assert {c.kind for c in first.changes} == {FIRST_STATEMENT}


def test_the_same_act_again_is_no_change() -> None:
    statements = [
        _said("r1", "2025-01-01", ("RUS",), "reject", "negotiations"),
        _said("r2", "2025-02-01", ("RUS",), "reject", "negotiations"),
    ]

    assert digest_editions(statements)[0].changes == ()


def test_an_unsure_act_is_never_a_change_of_position() -> None:
    statements = [
        _said("r1", "2025-01-01", ("RUS",), "state", "negotiations"),
        _said("r2", "2025-02-01", ("RUS",), "support", "negotiations"),
        _said("r3", "2025-03-01", ("RUS",), "state", "negotiations"),
        _said("r4", "2025-04-01", ("RUS",), "reject", "negotiations"),
    ]

    editions = digest_editions(statements)

    assert [[_summary(c) for c in e.changes] for e in editions[:3]] == [
        [(CHANGED_ACT, "RUS", "negotiations", "r4")],
        [],
        [],
    ]
    assert editions[0].changes[0].previous is not None
    assert editions[0].changes[0].previous.statement_id == "r2"


def test_a_days_position_is_its_last_statement_and_joint_statements_count_for_all() -> (
    None
):
    statements = [
        _said("r1", "2025-01-01", ("RUS",), "reject", "negotiations"),
        _said("u1", "2025-01-01", ("USA",), "state"),
        _said("r2", "2025-02-01", ("RUS",), "warn", "negotiations", seq=0),
        _said("r3", "2025-02-01", ("RUS", "USA"), "reject", "negotiations", seq=1),
    ]

    (latest, _) = digest_editions(statements)

    assert [_summary(c) for c in latest.changes] == [
        (NEW_ON_TOPIC, "USA", "negotiations", "r3"),
    ]


def test_undated_statements_take_no_part() -> None:
    statements = [
        _said("r1", "2025-01-01", ("RUS",), "reject", "negotiations"),
        _said("x", None, ("RUS",), "support", "negotiations"),
    ]

    editions = digest_editions(statements)

    assert [e.day for e in editions] == [date(2025, 1, 1)]
    assert digest_editions([]) == []
