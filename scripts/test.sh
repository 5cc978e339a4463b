#!/usr/bin/env bash
# Installs what is missing, builds Rollbook with warnings as errors and runs every test; then the
# same suite again built with clang under ASan + UBSan (leaks included, assertions on), and a short
# bounded run of every fuzz target (scripts/fuzz.sh; ten minutes each with no --seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --parallel 2

cmake --preset asan
cmake --build --preset asan
ctest --preset asan --parallel 2
scripts/fuzz.sh --seconds "${ROLLBOOK_FUZZ_SECONDS:-12}"
