"""The built wheel, installed on its own, runs without the checkout."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("__pycache__", "*.egg-info", "*.duckdb*", "build")  # at any depth
CONTENT = "talks on the grain corridor could resume"
SEED = f"""
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from extract.nlp.actors import load_registry
from kernel.records import Article, FetchAttempt, RawDocument, Source, Statement
from store import db

source = Source("wire", "feed", "https://wire.example/feed.xml")
at = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
url = "https://wire.example/talks.html"
doc = RawDocument("wire", url, url, 200, "text/html", None, None, b"<p/>", at)
text = "Russia said {CONTENT}. Nothing else happened."
article = Article(doc.document_id, url, url, "Grain talks", "Desk", "Wire",
                  date(2025, 3, 1), "meta", "en", text, parser_version="seed")
start, end = text.index("{CONTENT}"), text.index(".") + 1
said = Statement(article.article_id, 0, "said", (7, 11), "{CONTENT}",
                 (start, end - 1), "indirect", text[:end], (0, end), "statement",
                 "seed", speaker="Russia", speaker_span=(0, 6), actor_ids=("RUS",))
conn = db.open_store(Path(sys.argv[1]))
db.save_sources(conn, [source])
db.save_actors(conn, load_registry().actors.values())
attempt = FetchAttempt(url, 1, 200, "ok", None, at, 1.0, 4)
db.save_batch(conn, "seed", source, [attempt], [doc], [article],
              {{article.article_id: [said]}}, None)
conn.close()
"""
WHERE_FROM = """
import communique.cli, corpus.pages, publish.site, store.db
print(communique.cli.__file__, corpus.pages.TEMPLATE_DIR, publish.site.TEMPLATES,
      store.db.SCHEMA)
"""


def _skipped(folder: str, names: list[str]) -> list[str]:
    """The checkout's local state: dot folders, the venv, site and data at the top;
    caches, build output and databases anywhere."""
    top = Path(folder) == ROOT
    return [
        name
        for name in names
        if (top and (name.startswith(".") or name in {"site", "data"}))
        or any(fnmatch.fnmatch(name, pattern) for pattern in SKIPPED)
    ]


def _run(
    *args: object, cwd: Path | None = None, env: dict[str, str] | None = None
) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_an_installed_wheel_publishes_a_site_from_a_database_elsewhere(
    tmp_path: Path,
) -> None:
    # The wheel of the work tree as it is (uncommitted work too), built from a copy
    # so that no build/ or egg-info lands in the checkout. Building without
    # isolation needs a setuptools that builds wheels (>= 70.1) in this venv.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_skipped)
    pip, offline = (sys.executable, "-m", "pip", "--quiet"), ("--no-index", "--no-deps")
    dist = tmp_path / "dist"
    _run(*pip, "wheel", *offline, "--no-build-isolation", "-w", dist, source)
    (wheel,) = dist.glob("communique-*.whl")
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    packages = {n.split("/")[0] for n in in_wheel if ".dist-info/" not in n}
    files = [p for name in packages for p in (source / name).rglob("*") if p.is_file()]
    missing = {p.relative_to(source).as_posix() for p in files} - in_wheel
    assert not missing, f"the wheel leaves out {sorted(missing)}"

    # A fresh venv with the wheel alone; the dependencies come from this venv's
    # site-packages as a plain path, whose .pth files (the editable finder of the
    # checkout among them) are therefore not run.
    env = tmp_path / "env"
    _run(sys.executable, "-m", "venv", "--without-pip", env)
    python = env / "bin" / "python"
    _run(*pip, "--python", python, "install", *offline, wheel)
    where = "import site; print(site.getsitepackages()[0])"
    site_packages = Path(_run(python, "-c", where).strip())
    (site_packages / "dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n"
    )

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    inherited = ("PYTHON", "PREFECT_", "VIRTUAL_ENV")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(inherited)} | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }
    _run(python, "-c", SEED, "store.duckdb", cwd=elsewhere, env=clean)
    (elsewhere / "sources.toml").write_text(
        '[settings]\ndatabase = "store.duckdb"\nsite = "site"\n', encoding="utf-8"
    )

    command = (env / "bin" / "communique", "publish", "--sources", "sources.toml")
    _run(*command, cwd=elsewhere, env=clean)

    site = elsewhere / "site"
    assert (site / "index.html").is_file()
    (page,) = [p for p in (site / "articles").glob("*.html") if p.name != "index.html"]
    assert CONTENT in page.read_text(encoding="utf-8")
    (month,) = (site / "data" / "statements").glob("*.csv")
    assert CONTENT in month.read_text(encoding="utf-8")
    used = _run(python, "-c", WHERE_FROM, cwd=elsewhere, env=clean).split()
    assert all(Path(p).is_relative_to(site_packages) for p in used), used
