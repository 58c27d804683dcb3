"""Sources files: the shipped ones load; bad ones name the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from kernel.config import load_config
from kernel.errors import ConfigError

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
