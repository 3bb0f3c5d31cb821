#!/bin/sh
# Makes the user guide's map screenshots from the demo store, headless (offscreen platform):
#   scripts/screenshots.sh BUILD_DIR
# writes docs/images/map-workbench.png (English) and docs/images/map-workbench.sv.png (Swedish).
set -eu
build=${1:-build/test}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$build/src/cli/lagesbild-cli" demo --out "$work/demo.gpkg" >/dev/null
for lang in en sv; do
    suffix=$([ "$lang" = sv ] && echo .sv || echo "")
    LAGESBILD_LANG=$lang "$build/src/app/lagesbild" "$work/demo.gpkg" \
        --screenshot "$root/docs/images/map-workbench$suffix.png" >/dev/null 2>&1
done
echo "Wrote docs/images/map-workbench.png and map-workbench.sv.png"
