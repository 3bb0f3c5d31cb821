#!/usr/bin/env bash
# Heat map benchmark on a store: times, in interleaved runs on the same GeoPackage,
#   lagesbild-cli analyse kde STORE --radius R --cell C     (the whole process: read, compute, write)
#   QGIS's Heatmap (Kernel Density Estimation), qgis:heatmapkerneldensityestimation, quartic, raw
#        (qgis_heatmap.py; the algorithm's own time, without starting QGIS, and the whole process)
# and prints the median of each (fastest-slowest in brackets), the ratio ours / QGIS, the
# correlation r and the largest difference of the two rasters (compare_rasters.py), and the load.
# Goal: ratio <= 0.01 at 1M incidents and 10 m cells, r >= 0.9999.
#
# The store is made once, if missing, from generate_incidents.py's CSV by lagesbild-cli import
# (the same mapping as bench/import/bench_import.sh); --uniform spreads the positions evenly, so
# hardly two incidents share one.
#
# QGIS takes minutes a run on a loaded machine: --ours-runs K runs ours K times in each round (one
# QGIS run), and the round's ratio takes the median of those.
#
# Usage: bench/analysis/bench_kde_store.sh [--cli PATH] [--rows N] [--uniform] [--runs N]
#        [--ours-runs K] [--radius M] [--cell M] [--work DIR] [--store FILE]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/build/src/cli/lagesbild-cli"
rows=1000000
runs=3
oursRuns=1
radius=500
cell=10
uniform=""
work="${TMPDIR:-/tmp}/lagesbild-bench-kde"
store=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --uniform) uniform="--uniform"; shift ;;
        --runs) runs="$2"; shift 2 ;;
        --ours-runs) oursRuns="$2"; shift 2 ;;
        --radius) radius="$2"; shift 2 ;;
        --cell) cell="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --store) store="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "no lagesbild-cli at $cli (use --cli)" >&2; exit 2; }
mkdir -p "$work"
[ -n "$store" ] || store="$work/store_${rows}${uniform:+_uniform}.gpkg"
if [ ! -s "$store" ]; then
    csv="$work/incidents_${rows}${uniform:+_uniform}.csv"
    [ -s "$csv" ] || python3 "$root/bench/import/generate_incidents.py" "$csv" --rows "$rows" $uniform
    "$cli" create "$store" --boundary "$root/resources/demo/municipality.geojson" >/dev/null 2>&1
    "$cli" import "$csv" --store "$store" --kind incidents --crs EPSG:4326 --show-rejects 0 \
        --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat \
        --map source=kalla --map description=beskrivning >/dev/null
fi

now() { date +%s.%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }

echo "store: $store ($(du -h "$store" | cut -f1)), radius $radius m, cells $cell m, $runs rounds of one QGIS run and $oursRuns of ours"
echo "load at start: $(uptime | sed 's/.*load average: //')"
ours="" qgis="" qgisAll="" ratios=""
for i in $(seq 1 "$runs"); do
    round=""
    for k in $(seq 1 "$oursRuns"); do
        s=$(now)
        "$cli" analyse kde "$store" --out "$work/ours.tif" --radius "$radius" --cell "$cell" >"$work/ours.log" 2>&1 ||
            { cat "$work/ours.log" >&2; exit 1; }
        t=$(echo "$(now) - $s" | bc -l); ours+="$t "; round+="$t "
    done
    t=$(printf '%s\n' $round | median)
    rm -f "$work/qgis.tif"
    s=$(now)
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$here/qgis_heatmap.py" "$store" "$work/qgis.tif" "$radius" "$cell" \
        >"$work/qgis.log" 2>&1 || { cat "$work/qgis.log" >&2; exit 1; }
    w=$(echo "$(now) - $s" | bc -l); qgisAll+="$w "
    g=$(awk '/^algorithm_seconds/ { print $2 }' "$work/qgis.log"); qgis+="$g "
    ratio=$(echo "$t / $g" | bc -l); ratios+="$ratio "
    printf 'round %d: ours %.3f s (median of the round), QGIS algorithm %.2f s (process %.2f s), ratio %.4f, load %s\n' "$i" "$t" "$g" "$w" \
        "$ratio" "$(cut -d' ' -f1 /proc/loadavg)"
done
echo
grep -m1 "events" "$work/ours.log" || true
printf '  ours (whole process):  %.3f s (%s)\n' "$(printf '%s\n' $ours | median)" "$(spread $ours)"
printf '  QGIS (algorithm):      %.2f s (%s)\n' "$(printf '%s\n' $qgis | median)" "$(spread $qgis)"
printf '  QGIS (whole process):  %.2f s (%s)\n' "$(printf '%s\n' $qgisAll | median)" "$(spread $qgisAll)"
printf '  ratio ours / QGIS algorithm, per round: %.4f (%s)  (goal <= 0.01)\n' "$(printf '%s\n' $ratios | median)" \
    "$(spread $ratios)"
echo "  rasters: $(/usr/bin/python3 "$here/compare_rasters.py" "$work/ours.tif" "$work/qgis.tif" "$radius")"
echo "  load at end: $(uptime | sed 's/.*load average: //')"
