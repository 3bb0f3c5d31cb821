#!/usr/bin/env bash
# Import benchmark: generates a 1,000,000-row incident CSV, then times, in the same run,
#   lagesbild-cli import (validation, deduplication, reprojection to EPSG:3006, R-tree)  and
#   ogr2ogr -f GPKG -t_srs EPSG:3006 (the GDAL peer, also building its R-tree)
# on the same file, several runs each, and prints the median wall time, the median peak RSS
# and the ratio ours / ogr2ogr. Goal: ratio <= 0.33 with peak RSS under 300 MB.
#
# Usage: bench/import/bench_import.sh [--cli PATH] [--rows N] [--runs N] [--work DIR]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/build/src/cli/lagesbild-cli"
rows=1000000
runs=3
work="${TMPDIR:-/tmp}/lagesbild-bench-import"
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "no lagesbild-cli at $cli (use --cli)" >&2; exit 2; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr is not installed (gdal-bin)" >&2; exit 2; }
mkdir -p "$work"
csv="$work/incidents_$rows.csv"
if [ ! -s "$csv" ]; then
    echo "Generating $csv ..."
    python3 "$here/generate_incidents.py" "$csv" --rows "$rows"
fi
boundary="$root/resources/demo/municipality.geojson"

# Runs a command under /usr/bin/time -v; prints "seconds kilobytes".
measure() {
    local log="$work/time.log"
    /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    echo "$wall $rss"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

ours_t=(); ours_m=(); ogr_t=(); ogr_m=()
for i in $(seq 1 "$runs"); do
    store="$work/store.gpkg"
    rm -f "$store" "$store-wal" "$store-shm"
    "$cli" create "$store" --boundary "$boundary" >/dev/null 2>&1
    read -r t m < <(measure "$cli" import "$csv" --store "$store" --kind incidents \
        --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat \
        --map source=kalla --map description=beskrivning --crs EPSG:4326 --show-rejects 0)
    accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
    ours_t+=("$t"); ours_m+=("$m")
    echo "run $i: lagesbild-cli import  ${t} s  $((m / 1024)) MB  ($accepted rows accepted)"

    out="$work/ogr.gpkg"
    rm -f "$out"
    read -r t m < <(measure ogr2ogr -f GPKG "$out" "$csv" -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat \
        -s_srs EPSG:4326 -t_srs EPSG:3006)
    ogr_t+=("$t"); ogr_m+=("$m")
    echo "run $i: ogr2ogr               ${t} s  $((m / 1024)) MB"
done

ot=$(printf '%s\n' "${ours_t[@]}" | median); om=$(printf '%s\n' "${ours_m[@]}" | median)
gt=$(printf '%s\n' "${ogr_t[@]}" | median); gm=$(printf '%s\n' "${ogr_m[@]}" | median)
echo
echo "rows: $rows, runs: $runs (medians)"
printf 'lagesbild-cli import: %8.2f s  %6.0f MB peak RSS\n' "$ot" "$(echo "$om / 1024" | bc -l)"
printf 'ogr2ogr:              %8.2f s  %6.0f MB peak RSS\n' "$gt" "$(echo "$gm / 1024" | bc -l)"
printf 'ratio (ours / ogr2ogr): %.3f  (goal <= 0.33)\n' "$(echo "$ot / $gt" | bc -l)"
