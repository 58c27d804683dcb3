"""The `communique` command: thin wrappers that parse, read the config once, call
one function and summarise.

Exit codes: 0 all good, 1 some sources or documents failed (something came
through), 2 usage or configuration error, 3 no source delivered anything: each
one's listing failed, or every page it named did (the flow run is Failed in
Prefect). `publish` fails no source or document: 0 or 2; `serve` 0 once stopped
or 2, whatever its scheduled runs do.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from communique import environment, report
from communique.arguments import build_parser, sources_path
from kernel.config import Config, load_config, require_sources
from kernel.errors import CommuniqueError, ConfigError
from runs.ingest import IngestSummary
from runs.verdict import ingest_verdict
from store.driver import interrupted as query_interrupted

# The ingest's verdict as an exit code; "failed" is Prefect's Failed flow run.
INGEST_EXIT_CODES = {"ok": 0, "partial": 1, "failed": 3}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser(COMMANDS)
    args = parser.parse_args(argv)
    environment.prepare()
    try:
        try:
            return int(args.command(args))
        except (CommuniqueError, OSError, RuntimeError) as err:
            if _interrupted(err):  # Ctrl-C's doing (a query cut, a server gone)
                raise KeyboardInterrupt from err
            raise
    except CommuniqueError as err:
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return 2
    except OSError as err:  # disk full, a path that is a folder: said in one line
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return 2
    except RuntimeError as err:
        message = environment.server_timed_out(err)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (environment.prepare)
        print("interrupted", file=sys.stderr)
        if argv is None:  # the command's own process: don't wait for its threads
            environment.exit_now(130)
        return 130


def _interrupted(err: BaseException) -> bool:
    """Whether an error was caused by Ctrl-C: DuckDB turns the signal into its
    own error, which the store may wrap in a StoreError."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt) or query_interrupted(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _one_line(err: BaseException) -> str:
    """The first line of an error's message (DuckDB's run on with context)."""
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


def _demo(args: argparse.Namespace) -> int:
    from corpus.server import CorpusServerError, serve_corpus

    config = require_sources(_config(args))
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
        code = _run_pipeline(config, args)
        print(f"The corpus server answered {len(server.requests)} requests.")
    return code


def _run(args: argparse.Namespace) -> int:
    return _run_pipeline(require_sources(_config(args)), args)


def _run_pipeline(config: Config, args: argparse.Namespace) -> int:
    _check_store(config, created=True)
    from flows.pipeline import run_pipeline

    ingested, published = run_pipeline(
        config, limit=args.limit, since=args.since, full=args.full
    )
    report.print_ingest(ingested)
    report.print_publish(published)
    return _ingest_exit_code(ingested)


def _ingest(args: argparse.Namespace) -> int:
    config = require_sources(_config(args))
    _check_store(config, created=True)
    from flows.pipeline import run_ingest

    summary = run_ingest(config, limit=args.limit, since=args.since, full=args.full)
    report.print_ingest(summary)
    return _ingest_exit_code(summary)


def _ingest_exit_code(summary: IngestSummary) -> int:
    return INGEST_EXIT_CODES[ingest_verdict(summary).outcome]


def _publish(args: argparse.Namespace) -> int:
    config = _config(args)
    _check_store(config)
    from flows.pipeline import run_publish

    published = run_publish(config, since=args.since, limit=args.limit, full=args.full)
    report.print_publish(published)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from flows.schedule import serve_pipeline

    config = require_sources(_config(args))
    serve_pipeline(config, cron=args.cron, interval=args.interval, name=args.name)
    return 0


def _extract_dir(args: argparse.Namespace) -> int:
    from extract.nlp.pipeline import load_pipeline
    from extract.nlp.predictions import predict_folder, replacing, text_files

    text_files(args.folder)  # no .txt files: a usage error before the model loads
    nlp = load_pipeline(args.model, learned=not args.rules_only)
    documents = attributions = 0
    skipped: dict[Path, str] = {}
    with replacing(args.output, keep_if_empty=True) as out:
        for record in predict_folder(
            nlp,
            args.folder,
            batch_size=args.batch_size,
            n_process=args.n_process,
            skipped=skipped,
            issuer=args.issuer,
        ):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            documents += 1
            attributions += len(record["attributions"])
            print(f"\r{documents} documents", end="", file=sys.stderr, flush=True)
    print("", file=sys.stderr)  # ends the progress line
    for path, reason in skipped.items():
        print(f"skipped {path}: {reason}", file=sys.stderr)
    written = f"to {args.output}" if documents else f"({args.output} left as it was)"
    print(
        f"Wrote {attributions} attributions for {documents} documents {written}; "
        f"skipped {len(skipped)} files"
    )
    return 1 if skipped else 0


def _serve_corpus(args: argparse.Namespace) -> int:
    from corpus.server import main as serve_main

    return serve_main(["--host", args.host, "--port", str(args.port)])


def _status(args: argparse.Namespace) -> int:
    from store import db

    conn = db.open_store(_config(args).settings.database, read_only=True)
    try:
        report.print_status(conn, args.runs)
    finally:
        conn.close()
    return 0


def _reparse(args: argparse.Namespace) -> int:
    config = _config(args)
    _check_store(config)
    from flows.reprocess import reparse
    from flows.runners import prefect_api

    with prefect_api(config.settings):
        summary = reparse(config)
    report.print_reparse(summary)
    return 1 if summary.failures else 0


def _reextract(args: argparse.Namespace) -> int:
    config = _config(args)
    _check_store(config)
    from flows.reprocess import reextract
    from flows.runners import prefect_api

    with prefect_api(config.settings):
        summary = reextract(config)
    report.print_reextract(summary)
    return 1 if summary.failures else 0


def _parse_html(args: argparse.Namespace) -> int:
    from extract.saved import read_saved, saved_files

    files = saved_files(args.paths)
    if args.url and len(files) != 1:
        raise ConfigError(f"--url names one page, but {len(files)} files were given")
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    pages = rejected = 0
    try:
        for record in read_saved(files, args.url):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            pages += 1
            rejected += record["rejected"] is not None
    finally:
        if args.output:
            out.close()
    print(f"{pages} pages read, {rejected} not articles.", file=sys.stderr)
    return 0


def _config(args: argparse.Namespace) -> Config:
    """The sources file, read once, with --db and --site in place of its own.
    Commands that only read the database (status, publish, reparse, reextract)
    accept a file that names no source: its settings are all they need."""
    site = getattr(args, "site", None)
    return load_config(
        sources_path(args.sources),
        database=Path(args.db) if args.db else None,
        site=Path(site) if site else None,
    )


def _check_store(config: Config, *, created: bool = False) -> None:
    """Fail early, in one line, before any flow starts, when the database is
    locked by another process or (unless the command creates it) missing."""
    from store import db

    path = config.settings.database
    if created and not path.exists():
        return
    db.open_store(path, read_only=True).close()


COMMANDS = {
    "demo": _demo,
    "run": _run,
    "ingest": _ingest,
    "publish": _publish,
    "serve": _serve,
    "extract-dir": _extract_dir,
    "serve-corpus": _serve_corpus,
    "status": _status,
    "reparse": _reparse,
    "reextract": _reextract,
    "parse-html": _parse_html,
}

if __name__ == "__main__":
    raise SystemExit(main())
