#!/usr/bin/env bash
# Info benchmark: times, in interleaved runs on the same store,
#   lagesbild-cli info STORE        (layers with counts and extents, CRS, time span)  and
#   ogrinfo -so STORE incidents     (the GDAL peer: the layer's summary, count and extent)
# and prints the median wall time of each (fastest-slowest in brackets), the ratio ours / ogrinfo
# and the load. Goal: ratio <= 1.5.
#
# The store is made once, if missing, from generate_incidents.py's CSV by lagesbild-cli import
# (the same mapping as bench/import/bench_import.sh).
#
# Usage: bench/info/bench_info.sh [--cli PATH] [--rows N] [--runs N] [--work DIR] [--store FILE]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/build/src/cli/lagesbild-cli"
rows=1000000
runs=9
work="${TMPDIR:-/tmp}/lagesbild-bench-info"
store=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --store) store="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "no lagesbild-cli at $cli (use --cli)" >&2; exit 2; }
command -v ogrinfo >/dev/null || { echo "ogrinfo is not installed (gdal-bin)" >&2; exit 2; }
mkdir -p "$work"
[ -n "$store" ] || store="$work/store_$rows.gpkg"
if [ ! -s "$store" ]; then
    csv="$work/incidents_$rows.csv"
    [ -s "$csv" ] || python3 "$root/bench/import/generate_incidents.py" "$csv" --rows "$rows"
    "$cli" create "$store" --boundary "$root/resources/demo/municipality.geojson" >/dev/null 2>&1
    "$cli" import "$csv" --store "$store" --kind incidents --crs EPSG:4326 --show-rejects 0 \
        --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat \
        --map source=kalla --map description=beskrivning >/dev/null
fi

# Wall seconds of one run of the command, output discarded.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One untimed run each so that both read the file from the page cache.
"$cli" info "$store" >/dev/null 2>&1
ogrinfo -so "$store" incidents >/dev/null 2>&1
ours="" ogr=""
for i in $(seq 1 "$runs"); do
    t=$(seconds "$cli" info "$store"); ours+="$t "
    g=$(seconds ogrinfo -so "$store" incidents); ogr+="$g "
    printf 'run %d: lagesbild-cli info %.3f s, ogrinfo -so %.3f s\n' "$i" "$t" "$g"
done
om=$(printf '%s\n' $ours | median); gm=$(printf '%s\n' $ogr | median)
echo
echo "store: $store ($(du -h "$store" | cut -f1)), runs: $runs (median, fastest-slowest)"
printf '  lagesbild-cli info: %.3f s (%.3f-%.3f)\n' "$om" "$(printf '%s\n' $ours | sort -n | head -1)" \
    "$(printf '%s\n' $ours | sort -n | tail -1)"
printf '  ogrinfo -so:        %.3f s (%.3f-%.3f)\n' "$gm" "$(printf '%s\n' $ogr | sort -n | head -1)" \
    "$(printf '%s\n' $ogr | sort -n | tail -1)"
printf '  ratio (ours / ogrinfo): %.2f  (goal <= 1.5)\n' "$(echo "$om / $gm" | bc -l)"
echo "  load: $(uptime | sed 's/.*load average: //')"
