#!/usr/bin/env bash
# Create .venv at the repo root and install Communiqué into it (idempotent).
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv/"
  python3 -m venv .venv
fi
# pip 23 skips lxml's html_clean extra, which trafilatura needs: upgrade first.
.venv/bin/python -m pip install --quiet --upgrade pip
spec="."
[ -n "$extras" ] && spec=".[$extras]"
echo "Installing Communiqué and its dependencies (the spaCy model included)"
.venv/bin/python -m pip install --quiet --editable "$spec"
