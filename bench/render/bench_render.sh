#!/usr/bin/env bash
# Render benchmark: `lagesbild-cli render` against PyQGIS (pyqgis_render.py) on the same store,
# as whole processes, at 1920x1080 PNG, for two views: the whole extent of the store's areas and a
# 2 km wide view on its busiest square kilometre. Runs are interleaved (ours, PyQGIS, ours, ...)
# so both see the same load; prints every run, the median with its spread, the ratio ours /
# PyQGIS, and the load average.
#
#   bench_render.sh [--sizes "1000000 3000000"] [--runs 3] [--work DIR] [--cli PATH]
#
# Stores are made once per size in DIR (bench/import/generate_incidents.py, clustered, imported
# with lagesbild-cli) and reused. Needs QGIS (Debian: qgis python3-qgis), not a project dependency.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="1000000 3000000"
runs=3
work="${TMPDIR:-/tmp}/lagesbild-bench-render"
cli=""
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ]; then
    for dir in release test debug; do
        if [ -x "$root/build/$dir/src/cli/lagesbild-cli" ]; then cli="$root/build/$dir/src/cli/lagesbild-cli"; break; fi
    done
fi
[ -n "$cli" ] && [ -x "$cli" ] || { echo "no lagesbild-cli under build/ (build it, or give --cli PATH)" >&2; exit 2; }
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || { echo "PyQGIS missing: apt-get install qgis python3-qgis" >&2; exit 2; }
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen

# Runs a command under /usr/bin/time; prints "wall-seconds cpu-seconds".
measure() {
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; exit 1; }
    awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

for n in $sizes; do
    store="$work/store_$n.gpkg"
    if [ ! -f "$store" ]; then
        csv="$work/incidents_$n.csv"
        python3 "$root/bench/import/generate_incidents.py" "$csv" --rows "$n"
        "$cli" create "$store" --boundary "$root/resources/demo/municipality.geojson" >/dev/null
        "$cli" import "$csv" --store "$store" --kind incidents --crs EPSG:4326 --show-rejects 0 \
            --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat \
            --map source=kalla --map description=beskrivning >/dev/null
        rm -f "$csv"
    fi
done

# The views, the same for both programs: ours draws the areas' extent with a 3 % margin when no
# --extent is given; PyQGIS gets that extent written out. The 2 km view is centred on the 1 km
# square with most incidents (counted on every 50th incident of the R-tree).
views() {
    /usr/bin/python3 - "$1" <<'PY'
import collections, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
x0, y0, x1, y1 = db.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_areas_geom").fetchone()
m = 0.03 * max(x1 - x0, y1 - y0)
print(f"whole - {x0 - m},{y0 - m},{x1 + m},{y1 + m}")
cells = collections.Counter((int(x // 1000), int(y // 1000))
                            for x, y in db.execute("SELECT minx, miny FROM rtree_incidents_geom WHERE id % 50 = 0"))
(cx, cy), _ = cells.most_common(1)[0]
cx, cy = cx * 1000 + 500, cy * 1000 + 500
e = f"{cx - 1000},{cy - 562.5},{cx + 1000},{cy + 562.5}"
print(f"2km {e} {e}")
PY
}

echo "Render benchmark, 1920x1080 PNG, $runs interleaved runs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A ours qgis oursCpu qgisCpu
for n in $sizes; do
    store="$work/store_$n.gpkg"
    while read -r view ourExtent qgisExtent; do
        for i in $(seq 1 "$runs"); do
            args=(render "$store" --out "$work/ours.png" --size 1920x1080)
            [ "$ourExtent" != "-" ] && args+=(--extent "$ourExtent")
            read -r t c < <(measure "$cli" "${args[@]}")
            ours[$n $view]+="$t "; oursCpu[$n $view]+="$c "
            read -r tq cq < <(measure /usr/bin/python3 "$here/pyqgis_render.py" "$store" "$work/qgis.png" 1920 1080 "$qgisExtent")
            qgis[$n $view]+="$tq "; qgisCpu[$n $view]+="$cq "
            echo "run $i, $n incidents, $view: ours ${t} s (cpu ${c} s), PyQGIS ${tq} s (cpu ${cq} s)"
        done
    done < <(views "$store")
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| incidents | view | ours s (median, range) | PyQGIS s | ratio | cpu ours / PyQGIS |"
echo "|---|---|---|---|---|---|"
for key in "${!ours[@]}"; do
    o=$(echo "${ours[$key]}" | tr ' ' '\n' | grep . | median)
    q=$(echo "${qgis[$key]}" | tr ' ' '\n' | grep . | median)
    oc=$(echo "${oursCpu[$key]}" | tr ' ' '\n' | grep . | median)
    qc=$(echo "${qgisCpu[$key]}" | tr ' ' '\n' | grep . | median)
    echo "| ${key% *} | ${key#* } | $o ($(echo "${ours[$key]}" | tr ' ' '\n' | grep . | spread)) | $q ($(echo "${qgis[$key]}" | tr ' ' '\n' | grep . | spread)) | $(awk -v a="$o" -v b="$q" 'BEGIN { printf "%.2f", a / b }') | $(awk -v a="$oc" -v b="$qc" 'BEGIN { printf "%.2f", a / b }') |"
done | sort
