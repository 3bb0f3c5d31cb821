#!/usr/bin/env bash
# Builds Lägesbild and starts it on the demo store (written on first start). Installs the
# packages it needs first. Extra arguments go to the program.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-deps.sh

build="${LB_BUILD_DIR:-build/release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLB_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)" --target lagesbild lagesbild-cli

demo="$build/demo.gpkg"
if [ ! -f "$demo" ]; then
    "$build/src/cli/lagesbild-cli" demo --out "$demo"
fi
exec "$build/src/app/lagesbild" "$demo" "$@"
