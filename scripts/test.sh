#!/usr/bin/env bash
# Builds Lägesbild with its tests and runs every test (unit, store, import, analysis, render and
# the headless GUI tests). Installs the packages it needs first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-deps.sh

build="${LB_BUILD_DIR:-build/test}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLB_BUILD_TESTS=ON -DLB_WARNINGS_AS_ERRORS=ON
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --no-tests=error --output-on-failure --parallel "$(nproc)" --timeout 900
