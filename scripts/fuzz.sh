#!/usr/bin/env bash
# Builds the libFuzzer targets under tests/fuzz with clang (address and undefined-behaviour
# sanitizers, Debug checks at -O1) and runs each for the given number of seconds (default 60),
# starting from its seed corpus in tests/fuzz/corpus/<target>/. New inputs go to
# build/fuzz/corpus/<target>/, crashing inputs to build/fuzz/artifacts/. Exits non-zero when any
# target finds a crash; reproduce one with `build/fuzz/tests/fuzz/fuzz_<target> <artifact>`.
#
#   scripts/fuzz.sh [seconds] [target...]     targets: csv_stream value_parser crs_guess gpkg_geometry
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(csv_stream value_parser crs_guess gpkg_geometry)
fi

scripts/install-deps.sh

build="${LB_FUZZ_BUILD_DIR:-build/fuzz}"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
    -DLB_BUILD_FUZZ=ON -DLB_BUILD_TESTS=OFF -DLB_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
mkdir -p "$build/artifacts"
failed=()
summary=()
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    mkdir -p "$corpus"
    log="$build/fuzz_$t.log"
    echo "== fuzz_$t for ${seconds} s"
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
        "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        summary+=("fuzz_$t: $runs runs, $rate exec/s, $(ls "$corpus" | wc -l) inputs in its working corpus")
    else
        failed+=("$t")
        summary+=("fuzz_$t: FAILED, see $log")
        grep -E "ERROR|property failed|runtime error|Test unit written" "$log" | head -20 >&2 || true
    fi
done
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing found crashes in: ${failed[*]}" >&2
    exit 1
fi
