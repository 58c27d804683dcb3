"""A careless operator's sources file: every wrong type is one line, exit 2,
and nothing is fetched or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from loopback import serve_loopback

from communique.cli import main

SOURCE = '[[source]]\nname = "a"\nkind = "page"\nurl = "{url}"\n'


@pytest.mark.parametrize(
    ("settings", "option", "message"),
    [
        (
            "database = 5",
            "",
            "setting database must be text (a path), not 5",
        ),
        ('batch_size = "8"', "", "setting batch_size must be a whole number, not '8'"),
        (
            "",
            'allow_private = "false"',
            "source #1 (a): allow_private must be true or false, not 'false'",
        ),
        (
            "",
            'delay = "fast"',
            "source #1 (a): delay must be a number of seconds, not 'fast'",
        ),
        ("", 'limit = "3"', "source #1 (a): limit must be a whole number, not '3'"),
        (
            "",
            "limit = -1",
            "source #1 (a): limit must be a whole number of at least 1",
        ),
        ("", "delay = -2", "source #1 (a): delay must be 0 seconds or more"),
    ],
)
def test_a_wrongly_typed_option_stops_the_run_in_one_line_before_any_fetch(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    settings: str,
    option: str,
    message: str,
) -> None:
    with serve_loopback() as server:
        url = server.script("/page.html")
        path = tmp_path / "sources.toml"
        path.write_text(
            f"[settings]\n{settings}\n" + SOURCE.format(url=url) + option + "\n",
            encoding="utf-8",
        )
        code = main(["ingest", "--sources", str(path), "--db", str(tmp_path / "c.db")])

    assert code == 2
    assert capsys.readouterr().err == f"error: {path}: {message}\n"
    assert server.paths == []
    assert not (tmp_path / "c.db").exists()


def test_a_url_that_is_a_number_names_the_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "a"\nkind = "page"\nurl = 5\n', "utf-8")

    assert main(["status", "--sources", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"error: {path}: source #1 (a): url must be text, not 5\n"
    )


def test_a_sources_file_that_is_not_utf8_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sources.toml"
    path.write_bytes(b'[settings]\nsite_title = "Communiqu\xe9"\n')

    assert main(["status", "--sources", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"error: {path} is not UTF-8 text (byte 34): save it as UTF-8\n"
    )
