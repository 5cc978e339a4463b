#!/usr/bin/env bash
# Installs what is missing, builds Rollbook, creates a demo school on first run and opens it.
#   ROLLBOOK_DEMO_USERS  users in the demo school (default 100000; 1000000 takes a few minutes)
#   ROLLBOOK_DB          open this database instead of the demo school
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

db="${ROLLBOOK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/Rollbook/Rollbook/demo.rollbook}"
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    build/release/app/rollbook-cli seed --users "${ROLLBOOK_DEMO_USERS:-100000}" --out "$db"
fi
exec build/release/app/rollbook --database "$db"
