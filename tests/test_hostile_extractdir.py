"""`extract-dir` over a careless folder: bad files are skipped and named, and an
existing output file is replaced only by a finished run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.cli import main
from extract.nlp.predictions import replacing

GOOD = "Lavrov said talks would resume."
OLD = '{"doc": "old", "attributions": []}\n'
MODEL_LIMIT = 1_000_000  # spaCy's default nlp.max_length, kept by load_pipeline


def _careless_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-latin1.txt").write_bytes("Le ministre a dit café.".encode("latin-1"))
    (folder / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d-huge.txt").write_text("a" * (MODEL_LIMIT + 1), encoding="utf-8")
    return folder


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_bad_files_are_skipped_and_named_and_the_good_one_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _careless_folder(tmp_path / "texts")
    out = tmp_path / "preds.jsonl"
    out.write_text(OLD, encoding="utf-8")

    code = main(["extract-dir", str(folder), "-o", str(out)])

    captured = capsys.readouterr()
    assert code == 1
    records = _lines(out)
    assert [r["doc"] for r in records] == ["a-good"]
    assert records[0]["attributions"][0]["cue"] == [7, 11]
    skips = [line for line in captured.err.splitlines() if line.startswith("skipped")]
    assert skips == [
        f"skipped {folder / 'b-latin1.txt'}: not UTF-8 text (byte 0xe9 at offset 21)",
        f"skipped {folder / 'c-binary.txt'}: binary file (NUL byte at offset 8)",
        f"skipped {folder / 'd-huge.txt'}: text of 1,000,001 characters is over "
        "the model's limit of 1,000,000: not extracted",
    ]
    assert "Traceback" not in captured.err
    assert captured.out == (
        f"Wrote 1 attributions for 1 documents to {out}; skipped 3 files\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preds.jsonl", "texts"]


def test_a_run_that_extracts_nothing_leaves_the_existing_output_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _careless_folder(tmp_path / "texts")
    (folder / "a-good.txt").unlink()
    out = tmp_path / "preds.jsonl"
    out.write_text(OLD, encoding="utf-8")

    code = main(["extract-dir", str(folder), "-o", str(out)])

    captured = capsys.readouterr()
    assert code == 1
    assert out.read_text("utf-8") == OLD
    assert captured.out == (
        f"Wrote 0 attributions for 0 documents ({out} left as it was); "
        "skipped 3 files\n"
    )
    assert "Traceback" not in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preds.jsonl", "texts"]


def test_a_folder_without_texts_is_a_usage_error_and_the_output_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    out.write_text(OLD, encoding="utf-8")

    assert main(["extract-dir", str(tmp_path / "none"), "-o", str(out)]) == 2

    none = tmp_path / "none"
    assert capsys.readouterr().err == (
        f"error: no .txt files in {none} or {none / 'text'}\n"
    )
    assert out.read_text("utf-8") == OLD


def test_a_failed_write_leaves_the_target_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    out = tmp_path / "preds.jsonl"
    out.write_text(OLD, encoding="utf-8")

    def write_half_then_fail() -> None:
        with replacing(out) as handle:
            handle.write('{"doc": "half')
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_half_then_fail()

    assert out.read_text("utf-8") == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["preds.jsonl"]


def test_an_output_that_is_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "out").mkdir()

    assert main(["extract-dir", str(folder), "-o", str(tmp_path / "out")]) == 2

    assert (
        capsys.readouterr().err == f"error: the output {tmp_path / 'out'} is a folder\n"
    )
    assert list((tmp_path / "out").iterdir()) == []


def test_the_output_replaces_the_file_a_symlink_names(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)

    with replacing(link) as handle:
        handle.write("new\n")

    assert link.is_symlink()
    assert real.read_text("utf-8") == "new\n"
