"""Sources files: the shipped ones load; bad ones name the file and the entry; which
file a command reads, and which commands need it to name a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.cli import main
from kernel.config import load_config, require_sources
from kernel.errors import ConfigError
from store import db, history

ROOT = Path(__file__).resolve().parents[1]


def test_the_embedded_default_points_at_the_loopback_corpus() -> None:
    config = load_config(ROOT / "sources.toml")
    port = config.settings.corpus_port
    assert {s.kind for s in config.sources} == {"feed", "sitemap", "page"}
    assert all(s.url.startswith(f"http://127.0.0.1:{port}/") for s in config.sources)
    assert all(s.allow_private for s in config.sources)
    assert config.settings.database == ROOT / "data" / "communique.duckdb"
    issuers = {s.name: s.actor for s in config.sources if s.actor}
    assert issuers == {"kremlin": "RUS", "whitehouse": "USA"}
    assert [s.name for s in config.sources if s.example] == ["wire-seed"]


def test_the_real_world_list_loads_and_never_allows_private_hosts() -> None:
    config = load_config(ROOT / "sources.world.toml")
    assert len(config.sources) >= 10
    assert not any(s.allow_private for s in config.sources)
    assert all(s.url.startswith(("http://", "https://")) for s in config.sources)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[[source]]\nname = "a"\nkind = "blog"\nurl = "http://x"\n',
            "source #1 (a): kind must be one of feed, sitemap, page",
        ),
        ('[[source]]\nname = "a"\nkind = "feed"\n', "source #1 (a) needs a url"),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\nspeed = 1\n',
            "source #1 (a): unknown options speed",
        ),
        ('[settings]\nmodle = "x"\n', "unknown settings modle"),
        (
            '[settings]\n[[sources]]\nname = "a"\nkind = "feed"\nurl = "http://x"\n',
            "unknown sources (a sources file holds [settings] and [[source]] "
            "tables only)",
        ),
        (
            'database = "x.duckdb"\n[[source]]\nname = "a"\nkind = "page"\n'
            'url = "http://x"\n',
            "unknown database (a sources file holds [settings] and [[source]] "
            "tables only)",
        ),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\n'
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://y"\n',
            "duplicate source names a",
        ),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\n'
            'allow_private = "false"\n',
            "source #1 (a): allow_private must be true or false, not 'false'",
        ),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\n'
            'actor = "Russia"\n',
            'source #1 (a): actor must be an actor code such as "RUS" or "EU",'
            " not 'Russia'",
        ),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\n'
            'example = "yes"\n',
            "source #1 (a): example must be true or false, not 'yes'",
        ),
        (
            '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\nexample = 1\n',
            "source #1 (a): example must be true or false, not 1",
        ),
        ("[settings]\ndatabase = 5\n", "setting database must be text (a path), not 5"),
        ("settings = 5\n", "settings must be a [settings] table"),
        (
            '[settings]\nlanguages = "en"\n',
            'setting languages must be a list of language codes such as ["en"], '
            "not 'en'",
        ),
        (
            '[settings]\nlanguages = ["English"]\n',
            "languages must list ISO 639 codes such as [\"en\"], not ['English']",
        ),
        ("source = 5\n", "source must be [[source]] tables"),
    ],
)
def test_a_bad_sources_file_names_the_file_and_the_entry(
    tmp_path: Path, toml: str, message: str
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(f"{path}")
    assert str(error.value).endswith(message)


def test_languages_default_to_english_and_read_as_a_tuple(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text("", encoding="utf-8")
    assert load_config(path).settings.languages == ("en",)
    path.write_text('[settings]\nlanguages = ["en", "fr"]\n', encoding="utf-8")
    assert load_config(path).settings.languages == ("en", "fr")


def test_a_source_is_no_example_unless_it_says_so(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[source]]\nname = "a"\nkind = "page"\nurl = "http://x"\n'
        '[[source]]\nname = "b"\nkind = "page"\nurl = "http://y"\nexample = true\n',
        encoding="utf-8",
    )
    assert [s.example for s in load_config(path).sources] == [False, True]


def test_a_file_with_no_source_loads_but_gives_nothing_to_fetch(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[settings]\nsite = "digest"\n', encoding="utf-8")
    config = load_config(path)  # status and publish need only its settings
    assert config.sources == ()
    with pytest.raises(ConfigError) as error:
        require_sources(config)
    assert str(error.value) == (
        f"{path} names no source: add a [[source]] table to fetch from"
    )


def test_a_file_with_a_source_is_one_to_fetch_from() -> None:
    config = load_config(ROOT / "sources.toml")
    assert require_sources(config) is config


@pytest.mark.parametrize(
    "command", ["run", "ingest", "publish", "serve", "status", "reparse", "reextract"]
)
def test_every_help_says_the_default_sources_file(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])

    out = " ".join(capsys.readouterr().out.split())
    assert (
        "sources file (default: sources.toml in the current folder, else the one "
        f"shipped with Communiqué, {ROOT / 'sources.toml'})"
    ) in out


@pytest.mark.parametrize("command", ["reparse", "reextract"])
def test_reprocessing_help_gives_the_exit_codes_it_returns(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])

    assert "1 some documents failed" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", ["ingest", "run", "demo", "serve"])
def test_a_command_that_fetches_refuses_a_sources_file_with_no_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text("[settings]\n", encoding="utf-8")
    database = tmp_path / "communique.duckdb"

    code = main([command, "--sources", str(sources), "--db", str(database)])

    assert code == 2
    assert capsys.readouterr().err == (
        f"error: {sources} names no source: add a [[source]] table to fetch from\n"
    )
    assert not database.exists()


def test_a_scheduled_run_refuses_a_sources_file_that_lost_its_sources(
    tmp_path: Path,
) -> None:
    from flows.schedule import scheduled_pipeline

    sources = tmp_path / "sources.toml"
    sources.write_text("[settings]\n", encoding="utf-8")

    with pytest.raises(ConfigError, match="names no source"):
        scheduled_pipeline.fn(str(sources), str(tmp_path / "communique.duckdb"))
    assert not (tmp_path / "communique.duckdb").exists()


def test_status_reads_the_database_of_a_sources_file_with_no_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[settings]\ndatabase = "kept.duckdb"\n', encoding="utf-8")
    db.open_store(tmp_path / "kept.duckdb").close()

    assert main(["status", "--sources", str(sources)]) == 0
    assert "Rows\n" in capsys.readouterr().out


def test_without_sources_and_none_here_the_shipped_file_is_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "communique.duckdb"
    db.open_store(database).close()
    monkeypatch.chdir(tmp_path)

    assert main(["status", "--db", str(database)]) == 0
    assert "Rows\n" in capsys.readouterr().out


def test_a_sources_file_here_comes_before_the_shipped_one(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "sources.toml").write_text(
        '[settings]\ndatabase = "here.duckdb"\n', encoding="utf-8"
    )
    conn = db.open_store(tmp_path / "here.duckdb")
    history.finish_run(conn, history.start_run(conn, "ingest", {}), {}, [])
    conn.close()
    monkeypatch.chdir(tmp_path)

    assert main(["status"]) == 0
    rows = capsys.readouterr().out.split("Rows\n")[1]
    assert dict(line.split() for line in rows.splitlines())["runs"] == "1"


def test_a_sources_file_given_but_missing_stays_an_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "communique.duckdb"
    db.open_store(database).close()
    monkeypatch.chdir(tmp_path)

    code = main(["status", "--sources", "sources.toml", "--db", str(database)])

    assert code == 2
    assert capsys.readouterr().err == "error: sources file not found: sources.toml\n"
