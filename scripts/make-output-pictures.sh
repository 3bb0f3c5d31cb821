#!/usr/bin/env bash
# Makes the pictures of real output in docs/user-guide/images/ (charts, a print page, report pages)
# from the demo store, with the CLI of a build. Look at them before committing.
# Usage: scripts/make-output-pictures.sh [--cli PATH] [--lang en|sv]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cli="$root/build/src/cli/lagesbild-cli"
lang=sv
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --lang) lang="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "no lagesbild-cli at $cli (use --cli)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is not installed (poppler-utils)" >&2; exit 2; }
out="$root/docs/user-guide/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LAGESBILD_LANG="$lang" QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
"$cli" demo --out "$work/demo.gpkg" >/dev/null

for kind in per-year change time-profile survey followup; do
    "$cli" chart "$work/demo.gpkg" --kind "$kind" --dpi 100 --out "$out/chart-$kind.png" >/dev/null
done
"$cli" chart "$work/demo.gpkg" --kind followup --public --dpi 100 --out "$out/chart-followup-public.png" >/dev/null

"$cli" print "$work/demo.gpkg" --district Hovsjö --hotspots --layers municipality,water,roads,districts \
    --out "$work/print.pdf" \
    --title "Hovsjö 2025" --subtitle "Heta punkter (Gi*)" --public >/dev/null
pdftoppm -r 60 -png -singlefile "$work/print.pdf" "$out/print-district"

"$cli" report "$work/demo.gpkg" --year 2025 --out "$work/report.pdf" >/dev/null
for page in 1 2 4; do
    pdftoppm -r 50 -png -singlefile -f "$page" -l "$page" "$work/report.pdf" "$out/report-page-$page"
done
ls -la "$out"
