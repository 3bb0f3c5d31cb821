#!/usr/bin/env bash
# The map workbench against QGIS on one store: bench_render (our frames, filter change, identify,
# opening to the first map, and the desktop program's open and GUI-thread stall) and
# pyqgis_workbench.py (QGIS doing the same on the same GeoPackage), as whole processes run
# interleaved (ours, QGIS, ours, ...) so both see the same load. Prints every sample's operation,
# then per operation the median with its range over all samples, the ratio ours / QGIS, the goal,
# and the load average before and after.
#
#   bench_workbench.sh STORE [--runs 3] [--reps 5] [--bench PATH] [--sequential] [--no-warmup]
#
# STORE is any Lägesbild store (1M, 3M, 10M incidents). The views are the areas' extent with a 3 %
# margin and a 2 km wide view on the store's busiest square kilometre; the filter is the year 2023
# and the store's three most common categories. Needs QGIS (Debian: qgis python3-qgis).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=3
reps=5
bench=""
qgisArgs=()
warmup=1
store="${1:-}"
[ -n "$store" ] && [ -f "$store" ] || { echo "usage: bench_workbench.sh STORE [--runs N] [--reps N] [--bench PATH]" >&2; exit 2; }
shift
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --bench) bench="$2"; shift 2 ;;
    --sequential) qgisArgs+=(--sequential); shift ;;
    --no-warmup) warmup=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$bench" ]; then
    for dir in release test debug; do
        if [ -x "$root/build/$dir/bench/render/bench_render" ]; then bench="$root/build/$dir/bench/render/bench_render"; break; fi
    done
fi
[ -n "$bench" ] && [ -x "$bench" ] || { echo "no bench_render (configure with -DLB_BUILD_BENCH=ON, or give --bench)" >&2; exit 2; }
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || { echo "PyQGIS missing: apt-get install qgis python3-qgis" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

read -r whole view cats < <(/usr/bin/python3 - "$store" <<'PY'
import collections, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
x0, y0, x1, y1 = db.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_areas_geom").fetchone()
m = 0.03 * max(x1 - x0, y1 - y0)
cells = collections.Counter((int(x // 1000), int(y // 1000))
                            for x, y in db.execute("SELECT minx, miny FROM rtree_incidents_geom WHERE id % 50 = 0"))
(cx, cy), _ = cells.most_common(1)[0]
cx, cy = cx * 1000 + 500, cy * 1000 + 500
cats = [c for c, in db.execute("SELECT category FROM incidents GROUP BY category ORDER BY count(*) DESC LIMIT 3")]
print(f"{x0 - m},{y0 - m},{x1 + m},{y1 + m} {cx - 1000},{cy - 562.5},{cx + 1000},{cy + 562.5} {','.join(cats)}")
PY
)
common=(--whole "$whole" --view "$view" --year 2023 --categories "$cats" --reps "$reps")
echo "store $store; whole $whole; 2 km view $view; filter 2023 and $cats"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# One untimed run of each, so the store is in the page cache for both.
if [ "$warmup" = 1 ]; then
    "$bench" "$store" "${common[@]}" --reps 1 >/dev/null 2>&1 || true
    /usr/bin/python3 "$here/pyqgis_workbench.py" "$store" "${common[@]}" --reps 1 >/dev/null 2>&1 || true
fi
for i in $(seq 1 "$runs"); do
    "$bench" "$store" "${common[@]}" --gui 2>>"$work/ours.err" | sed 's/^/ours /' | tee -a "$work/samples"
    /usr/bin/python3 "$here/pyqgis_workbench.py" "$store" "${common[@]}" "${qgisArgs[@]}" 2>>"$work/qgis.err" \
        | sed 's/^/qgis /' | tee -a "$work/samples"
    echo "run $i done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h "found\|canvas\|sequence\|error" "$work/ours.err" "$work/qgis.err" | sort | uniq -c | head -20
echo
echo "| operation | ours ms (median, range, n) | QGIS ms (median, range, n) | ratio | goal ms |"
echo "|---|---|---|---|---|"
/usr/bin/python3 - "$work/samples" <<'PY'
import collections, statistics, sys
s = collections.defaultdict(list)
for line in open(sys.argv[1]):
    who, op, ms = line.split()
    s[(who, op)].append(float(ms))
goals = {"open": "1000", "app_open": "1000", "full": "50", "view2km": "10", "filter": "100", "identify": "16",
         "stall": "16"}
def cell(v):
    return f"{statistics.median(v):.1f} ({min(v):.1f}–{max(v):.1f}, {len(v)})" if v else "—"
for op in ("full", "view2km", "filter", "identify", "open", "app_open", "stall"):
    o, q = s.get(("ours", op), []), s.get(("qgis", op), [])
    ratio = f"{statistics.median(o) / statistics.median(q):.2f}" if o and q else "—"
    print(f"| {op} | {cell(o)} | {cell(q)} | {ratio} | {goals[op]} |")
PY
