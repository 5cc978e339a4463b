#!/usr/bin/env bash
# Runs the benchmarks (on demand, not in CI) against a demo school of ROLLBOOK_BENCH_USERS users
# (default 1000000), made once under build/bench-data. Prints one JSON object per line.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
users="${ROLLBOOK_BENCH_USERS:-1000000}"
db="build/bench-data/school-$users.rollbook"
if [ ! -f "$db" ]; then
    mkdir -p build/bench-data
    /usr/bin/time -f '{"bench": "seed", "metric": "peak_rss", "value": %M, "unit": "KiB"}' \
        build/release/app/rollbook-cli seed --users "$users" --out "$db"
fi
QT_QPA_PLATFORM=offscreen build/release/bench/bench_directory "$db"
QT_QPA_PLATFORM=offscreen build/release/bench/bench_profile "$db"
build/release/bench/bench_export "$db"
QT_QPA_PLATFORM=offscreen build/release/bench/bench_export_gui "$db"
build/release/bench/bench_import "$db"
build/release/bench/bench_report "$db"
# Bulk suspension inside a transaction that is rolled back: the school is left as it was.
build/release/bench/bench_bulk "$db" 10000
# rollbookd on a PostgreSQL of its own: load, bootstrap, commands, feed latency, memory.
build/release/bench/bench_server "$db"
