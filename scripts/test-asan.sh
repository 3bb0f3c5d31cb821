#!/usr/bin/env bash
# Builds Lägesbild and its tests with AddressSanitizer and UndefinedBehaviorSanitizer (the `asan`
# preset) and runs every test; the first memory error, leak or undefined behaviour fails the test
# that caused it. Then runs each libFuzzer target briefly (scripts/fuzz.sh; LB_FUZZ_SECONDS, 20 s
# by default, 0 skips them). CI runs this after scripts/test.sh. Installs the packages it needs first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-deps.sh

cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
ctest --preset asan --parallel "$(nproc)" --timeout 1800

seconds="${LB_FUZZ_SECONDS:-20}"
if [ "$seconds" -gt 0 ]; then
    scripts/fuzz.sh "$seconds"
fi
