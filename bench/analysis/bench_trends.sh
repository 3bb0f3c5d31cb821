#!/usr/bin/env bash
# Trends benchmark: times, in interleaved runs on the same store,
#   lagesbild-cli analyse trends STORE --by category --out FILE.csv   (counts per month and
#       category, year-over-year and same-period changes with their exact tests, the hour × weekday
#       profile, three CSV tables)  and
#   sqlite3 STORE "SELECT substr(occurred_at, 1, 4), category, count(*) FROM incidents GROUP BY 1, 2"
#       (the peer: the plain SQL count by year and category on the same file)
# and prints per run and as medians (fastest-slowest in brackets) the wall time and peak RSS of the
# whole process, the ratio ours / sqlite3 and the load. Goal: ratio <= 1.5 and <= 200 MB at 10M.
#
# The store is made once, if missing, from generate_incidents.py's clustered CSV by lagesbild-cli
# import (the same mapping as bench/import/bench_import.sh); give --store to reuse one.
#
# Usage: bench/analysis/bench_trends.sh [--cli PATH] [--rows N] [--runs N] [--work DIR] [--store FILE]
#                                       [--baseline PATH]
# --baseline times a second lagesbild-cli (an earlier build) in the same runs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli=""
for dir in release dev test; do
    if [ -x "$root/build/$dir/src/cli/lagesbild-cli" ]; then cli="$root/build/$dir/src/cli/lagesbild-cli"; break; fi
done
rows=1000000
runs=5
work="${TMPDIR:-/tmp}/lagesbild-bench-trends"
store=""
baseline=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --store) store="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$cli" ] && [ -x "$cli" ] || { echo "no lagesbild-cli under build/ (build it, or give --cli PATH)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed" >&2; exit 2; }
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
export LAGESBILD_LANG=en QT_QPA_PLATFORM=offscreen

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
summary() { # label, times, kilobytes
    printf '  %-28s %8.2f s (%s-%s)  %6.0f MB peak RSS\n' "$1" "$(printf '%s\n' $2 | median)" \
        "$(printf '%s\n' $2 | sort -n | head -1)" "$(printf '%s\n' $2 | sort -n | tail -1)" \
        "$(echo "$(printf '%s\n' $3 | median) / 1024" | bc -l)"
}

query="SELECT substr(occurred_at, 1, 4), category, count(*) FROM incidents GROUP BY 1, 2"
ours_t="" ours_m="" peer_t="" peer_m="" base_t="" base_m=""
# One untimed run of the peer so that both read the file from the page cache.
sqlite3 "$store" "$query" >/dev/null
for i in $(seq 1 "$runs"); do
    read -r t m < <(measure "$cli" analyse trends "$store" --by category --out "$work/trends.csv")
    ours_t+="$t "; ours_m+="$m "
    echo "run $i: lagesbild-cli analyse trends  ${t} s  $((m / 1024)) MB"
    read -r t m < <(measure sqlite3 "$store" "$query")
    peer_t+="$t "; peer_m+="$m "
    echo "run $i: sqlite3 GROUP BY               ${t} s  $((m / 1024)) MB"
    if [ -n "$baseline" ]; then
        read -r t m < <(measure "$baseline" analyse trends "$store" --by category --out "$work/trends_baseline.csv")
        base_t+="$t "; base_m+="$m "
        echo "run $i: baseline analyse trends       ${t} s  $((m / 1024)) MB"
    fi
done
echo
echo "store: $store ($(du -h "$store" | cut -f1)), runs: $runs (medians, fastest-slowest in brackets)"
summary "lagesbild-cli analyse trends" "$ours_t" "$ours_m"
summary "sqlite3 GROUP BY" "$peer_t" "$peer_m"
om=$(printf '%s\n' $ours_t | median); pm=$(printf '%s\n' $peer_t | median)
printf '  ratio (ours / sqlite3): %.2f  (goal <= 1.5)\n' "$(echo "$om / $pm" | bc -l)"
if [ -n "$baseline" ]; then
    summary "baseline analyse trends" "$base_t" "$base_m"
    printf '  ratio (baseline / sqlite3): %.2f\n' "$(echo "$(printf '%s\n' $base_t | median) / $pm" | bc -l)"
fi
echo "  load: $(uptime | sed 's/.*load average: //')"
