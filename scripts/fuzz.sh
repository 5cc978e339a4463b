#!/usr/bin/env bash
# Runs every libFuzzer target on its seed corpus (fuzz/corpus/TARGET), each for a bounded time,
# with ASan + UBSan and a 512 MB ceiling on memory (a single allocation or the whole process).
#
#   scripts/fuzz.sh                      # 10 minutes per target (the bar of issue 9)
#   scripts/fuzz.sh --seconds 12         # the short run .ci/run does
#   scripts/fuzz.sh --build build/fuzz fuzz_xlsx
#
# New inputs go to a scratch corpus (build dir), never into the tree; a crash, leak, timeout or
# out-of-memory leaves its input in BUILD/fuzz-artifacts/ and makes the script fail. Prints one
# JSON line per target: executions per second.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
build=build/asan
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_csv fuzz_xlsx fuzz_sheet fuzz_mapping fuzz_validators fuzz_signin fuzz_commands fuzz_mime fuzz_sms)
fi

max_len() {
    case "$1" in
        fuzz_xlsx) echo 262144 ;;
        fuzz_csv|fuzz_sheet) echo 65536 ;;
        *) echo 4096 ;;
    esac
}

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
failed=0
for target in "${targets[@]}"; do
    binary="$build/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz.sh: $binary is missing: build the asan (or fuzz) preset first" >&2
        exit 2
    fi
    scratch="$build/fuzz-corpus/$target"
    mkdir -p "$scratch"
    log="$artifacts/$target.log"
    # Leaks are checked; Qt's and fontconfig's lifetime allocations are not leaks.
    if ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=32:malloc_context_size=10" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=512 -malloc_limit_mb=512 \
        -max_len="$(max_len "$target")" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$scratch" "fuzz/corpus/$target" >"$log" 2>&1; then
        status=ok
    else
        status=failed
        failed=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    time=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    echo "{\"bench\": \"fuzz\", \"metric\": \"$target execs/s\", \"value\": ${time:-0}, \"unit\": \"1/s\", \"runs\": ${runs:-0}, \"seconds\": $seconds, \"status\": \"$status\"}"
    if [ "$status" != ok ]; then
        echo "fuzz.sh: $target failed; the last lines of $log:" >&2
        tail -40 "$log" >&2
    fi
done
exit "$failed"
