"""What shapes a site besides its data: the templates and the code that renders them.

A publish run puts this digest into the site's fingerprint (`store.builds`), so a
changed template, stylesheet or renderer rebuilds the site even when no statement
changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import publish
import store
from extract import fragments

# The store modules whose queries decide what a site shows.
STORE_READERS = (
    "reads.py",
    "groups.py",
    "downloads.py",
    "window.py",
    "schema.sql",
    "timelines.py",
)


def input_files(templates_dir: Path) -> list[Path]:
    """Every template and static file, and the code that decides what a page
    shows: the renderers, the store's readers, and the split of a content its
    reporting clause interrupts (`extract/fragments.py`)."""
    code = Path(publish.__file__).parent
    stored = Path(store.__file__).parent
    return [
        *sorted(p for p in templates_dir.rglob("*") if p.is_file()),
        *sorted(code.glob("*.py")),
        *(stored / name for name in STORE_READERS),
        Path(fragments.__file__),
    ]


def build_inputs(templates_dir: Path) -> str:
    """A hex digest of every file of `input_files`."""
    digest = hashlib.sha256()
    for path in input_files(templates_dir):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
