"""`communique parse-html`: what the parser makes of saved pages, one JSON line each."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from communique.cli import main
from tests.test_pagetypes import GALLERY
from tests.test_parse import KREMLIN_READOUT


def test_saved_pages_give_one_json_line_each_with_type_date_and_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a-readout.html").write_bytes(KREMLIN_READOUT)
    (folder / "b-gallery.html.gz").write_bytes(gzip.compress(GALLERY))
    (folder / "c-broken.html.gz").write_bytes(b"not gzip")
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")

    assert main(["parse-html", str(folder)]) == 0

    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["file"]).name for x in lines] == [
        "a-readout.html",
        "b-gallery.html.gz",
        "c-broken.html.gz",
    ]
    readout, gallery, broken = lines
    assert readout["page_type"] == "article"
    assert (readout["published"], readout["date_source"]) == ("2020-03-20", "microdata")
    assert readout["text"].startswith("Vladimir Putin had a telephone conversation")
    assert readout["rejected"] is None
    assert gallery["page_type"] == "gallery"
    assert "not an article: a gallery (12 images for" in gallery["rejected"]
    assert broken["rejected"].startswith(str(folder / "c-broken.html.gz"))
    assert err == "3 pages read, 2 not articles.\n"


def test_the_url_given_is_the_pages_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "readout.html"
    page.write_bytes(KREMLIN_READOUT)
    output = tmp_path / "out.jsonl"
    url = "http://en.kremlin.ru/events/president/news/63040"
    assert main(["parse-html", str(page), "--url", url, "-o", str(output)]) == 0
    record = json.loads(output.read_text(encoding="utf-8"))
    assert (record["url"], record["canonical_url"]) == (url, url)


def test_a_missing_path_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.html"
    assert main(["parse-html", str(missing)]) == 2
    assert capsys.readouterr().err == f"error: {missing}: no such file or folder\n"
