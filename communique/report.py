"""What the CLI prints: one summary per command, on stdout."""

from __future__ import annotations

import json

import duckdb

from runs.ingest import IngestSummary
from runs.publish import PublishSummary
from runs.reprocess import ReprocessSummary
from store import db, history


def print_ingest(summary: IngestSummary) -> None:
    """What an ingest run fetched, stored and failed on."""
    counts = summary.counts
    print(
        f"Ingest {summary.status}: {counts['fetched']} pages fetched; "
        f"{counts['not_modified']} pages and {counts['listings_unchanged']} feeds or "
        f"sitemaps unchanged (304); {counts['articles']} articles and "
        f"{counts['statements']} statements stored this run."
    )
    if counts.get("not_articles") or counts.get("other_language"):
        print(
            f"{counts.get('not_articles', 0)} listing or gallery pages kept as "
            f"documents; {counts.get('other_language', 0)} articles in other "
            "languages stored, not extracted."
        )
    if counts.get("older"):
        print(f"{counts['older']} articles published before --since were skipped.")
    print(
        f"Database {summary.database.resolve()}: {counts['total_articles']} articles, "
        f"{counts['total_statements']} statements, "
        f"{counts['total_actors_with_statements']} actors with statements "
        f"({counts['total_actors']} actors in the registry)."
    )
    if summary.snapshot is not None:
        same = "" if summary.snapshot_written else " (unchanged: no content changed)"
        print(f"Snapshot for analysts: {summary.snapshot.resolve()}{same}")
    for failure in summary.failures:
        print(f"  failed: {failure}")
    if summary.failed_sources:
        print(f"Failing sources: {', '.join(summary.failed_sources)}")


def print_publish(summary: PublishSummary) -> None:
    """Where the site is."""
    if summary.unchanged:
        print(
            "Site unchanged (nothing new since the last build); "
            f"open {summary.index.resolve()}"
        )
        return
    print(
        f"Site: {summary.pages} pages and {summary.feeds} feeds; "
        f"open {summary.index.resolve()}"
    )


def print_reparse(summary: ReprocessSummary) -> None:
    """What a reparse run changed."""
    counts = summary.counts
    print(
        f"Reparse {summary.status}: {counts['documents']} stored documents gave "
        f"{counts['articles']} articles; {counts['changed']} changed, "
        f"{counts['removed']} removed, {counts['duplicates']} duplicates; "
        f"{counts['reextracted']} re-extracted into {counts['statements']} "
        "statements."
    )
    _print_reprocessed(summary)


def print_reextract(summary: ReprocessSummary) -> None:
    """What a reextract run rebuilt."""
    counts = summary.counts
    print(
        f"Reextract {summary.status}: {counts['articles']} articles gave "
        f"{counts['statements']} statements (were {counts['statements_before']})."
    )
    _print_reprocessed(summary)


def print_status(conn: duckdb.DuckDBPyConnection, runs: int) -> None:
    """The last runs, the sources failing now, and every table's row count."""
    print("Last runs")
    for run_id, flow, started, status, counts, seconds, failed in history.last_runs(
        conn, runs
    ):
        took = "running" if seconds is None else f"{seconds:.0f} s"
        print(
            f"  {started:%Y-%m-%d %H:%M:%S} {flow:<8} {status:<8} "
            f"{_run_counts(json.loads(counts or '{}'))}, {failed or 0} failures, "
            f"{took}  ({run_id[:8]})"
        )
    version = db.schema_version(conn)
    if version < db.SCHEMA_VERSION:
        print(
            f"Failing sources: not recorded by schema version {version}; the next "
            f"ingest migrates the database to version {db.SCHEMA_VERSION}"
        )
    else:
        _print_failing(history.failing_sources(conn))
    print("Rows")
    counts = db.table_counts(conn)
    width = max(map(len, counts), default=0) + 2
    for table, count in counts.items():
        print(f"  {table:<{width}}{count:>8}")


def _run_counts(done: dict[str, int]) -> str:
    """What a run did: its articles and statements, or that a publish found the
    site up to date (it records no counts then)."""
    if done.get("unchanged"):
        return "site unchanged"
    return f"{done.get('articles', 0)} articles, {done.get('statements', 0)} statements"


def _print_failing(failing: list[tuple[str, int, str]]) -> None:
    print("Failing sources" + ("" if failing else ": none"))
    for name, streak, error in failing:
        in_a_row = "run" if streak == 1 else "runs"
        print(f"  {name} (failed {streak} {in_a_row} in a row): {error or '?'}")


def _print_reprocessed(summary: ReprocessSummary) -> None:
    versions = ", ".join(summary.extractor_versions) or "none"
    print(f"Statements now by extractor {versions}.")
    for failure in summary.failures:
        print(f"  failed: {failure}")
