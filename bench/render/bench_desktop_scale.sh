#!/usr/bin/env bash
# The desktop's map on large stores: bench_desktop_scale (first map from process start, frames of
# the whole extent and of a 2 km view at 1920x1080, filter changes, peak memory) on each store as
# imported (the map read from the rows) and on a copy with its map snapshot, beside PyQGIS drawing
# the same GeoPackage's whole extent (pyqgis_render.py, whole process). Runs are interleaved so all
# see the same load; prints every run, the medians with their spread and the load average.
#
#   bench_desktop_scale.sh --stores "A.gpkg B.gpkg" [--runs 3] [--work DIR] [--build DIR] [--no-qgis]
#
# The stores are copied into DIR (they are not written); the copy with the snapshot gets it from
# `lagesbild-cli upgrade`. Needs the bench targets (-DLB_BUILD_BENCH=ON).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
stores=""
runs=3
work="${TMPDIR:-/tmp}/lagesbild-bench-desktop"
build="$root/build/test"
qgis=1
while [ $# -gt 0 ]; do
    case "$1" in
    --stores) stores="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --no-qgis) qgis=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
bench="$build/bench/render/bench_desktop_scale"
cli="$build/src/cli/lagesbild-cli"
[ -x "$bench" ] && [ -x "$cli" ] || { echo "build bench_desktop_scale and lagesbild-cli in $build first" >&2; exit 2; }
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen

for s in $stores; do
    base="$(basename "$s" .gpkg)"
    if [ ! -f "$work/$base-rows.gpkg" ]; then
        cp "$s" "$work/$base-rows.gpkg"
        cp "$s" "$work/$base-snapshot.gpkg"
        /usr/bin/time -f "snapshot written in %e s, peak %M KB" "$cli" upgrade "$work/$base-snapshot.gpkg"
    fi
done

echo "Desktop map benchmark, 1920x1080, $runs interleaved runs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for s in $stores; do
    base="$(basename "$s" .gpkg)"
    for i in $(seq 1 "$runs"); do
        for kind in snapshot rows; do
            echo "== run $i, $base, map from the $kind, load $(cut -d' ' -f1 /proc/loadavg)"
            /usr/bin/time -f "whole process %e s, cpu %U+%S s, peak RSS %M KB" -o "$work/time.txt" \
                "$bench" "$work/$base-$kind.gpkg" --runs 5
            cat "$work/time.txt"
        done
        if [ "$qgis" = 1 ]; then
            extent=$(/usr/bin/python3 -c "
import sqlite3, sys
x0, y0, x1, y1 = sqlite3.connect(sys.argv[1]).execute(
    'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_areas_geom').fetchone()
m = 0.03 * max(x1 - x0, y1 - y0)
print(f'{x0 - m},{y0 - m},{x1 + m},{y1 + m}')" "$work/$base-rows.gpkg")
            /usr/bin/time -f "PyQGIS whole extent, whole process %e s, cpu %U+%S s, peak RSS %M KB" \
                -o "$work/time.txt" /usr/bin/python3 "$here/pyqgis_render.py" "$work/$base-rows.gpkg" \
                "$work/qgis.png" 1920 1080 "$extent" >/dev/null 2>&1
            cat "$work/time.txt"
        fi
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
