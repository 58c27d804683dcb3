#!/usr/bin/env bash
# One command: set everything up, then run the pipeline on the bundled corpus
# (served on loopback), leaving data/communique.duckdb and site/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false
exec .venv/bin/communique demo "$@"
