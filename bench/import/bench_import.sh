#!/usr/bin/env bash
# Import benchmark: generates 1,000,000-row incident CSVs, then times, in the same run,
#   lagesbild-cli import (validation, deduplication, reprojection to EPSG:3006, R-tree)  and
#   ogr2ogr -f GPKG -t_srs EPSG:3006 (the GDAL peer, also building its R-tree)
# on the same file, several runs each, interleaved, and prints per file the median wall time (with
# the fastest and slowest run), the median peak RSS and the ratio ours / ogr2ogr. Goal: ratio <= 0.33
# with peak RSS under 300 MB.
#
# Positions cluster in towns (generate_incidents.py; --uniform there spreads them evenly).
# Two files: "standard" (generate_incidents.py: a reference id on every row) and "police"
# (generate_incidents.py --police-uk: police.uk's columns, a third of the rows without a Crime ID
# and about one row in ten identical to an earlier one, each kept as an incident of its own).
#
# Usage: bench/import/bench_import.sh [--cli PATH] [--rows N] [--runs N] [--work DIR]
#                                     [--files "standard police"] [--baseline PATH]
# --baseline times a second lagesbild-cli (an earlier build) in the same runs, for comparison.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# The first build there is: scripts/run.sh builds build/release, the presets build/<preset>.
cli=""
for dir in release dev test; do
    if [ -x "$root/build/$dir/src/cli/lagesbild-cli" ]; then cli="$root/build/$dir/src/cli/lagesbild-cli"; break; fi
done
rows=1000000
runs=3
work="${TMPDIR:-/tmp}/lagesbild-bench-import"
files="standard police"
baseline=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --files) files="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$cli" ] && [ -x "$cli" ] || { echo "no lagesbild-cli under build/ (build it, or give --cli PATH)" >&2; exit 2; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr is not installed (gdal-bin)" >&2; exit 2; }
mkdir -p "$work"
for f in $files; do
    case "$f" in
        standard) csv="$work/incidents_$rows.csv"; flag="" ;;
        police) csv="$work/police_uk_$rows.csv"; flag="--police-uk" ;;
        *) echo "unknown file $f (standard or police)" >&2; exit 2 ;;
    esac
    if [ ! -s "$csv" ]; then
        echo "Generating $csv ..."
        python3 "$here/generate_incidents.py" "$csv" --rows "$rows" $flag
    fi
done
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
minimum() { sort -n | head -1; }
maximum() { sort -n | tail -1; }

# The import's arguments for one file into a store; the mapping fits the file's columns.
import_args() {
    local f="$1" csv="$2" store="$3"
    args=(import "$csv" --store "$store" --kind incidents --crs EPSG:4326 --show-rejects 0)
    if [ "$f" = police ]; then
        args+=(--map "ref=Crime ID" --map time=Month --map "category=Crime type" --map x=Longitude
            --map y=Latitude --map "source=Reported by" --map description=Location
            --value "Anti-social behaviour=ordningsstorning" --value "Burglary=inbrott_stold"
            --value "Criminal damage and arson=skadegorelse" --value "Vehicle crime=inbrott_stold"
            --value "Violence and sexual offences=vald_hot" --value "Drugs=narkotika"
            --value "Public order=ordningsstorning" --value "Other theft=inbrott_stold"
            --value "Shoplifting=inbrott_stold")
    else
        args+=(--map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat
            --map source=kalla --map description=beskrivning)
    fi
}

declare -A ours_t ours_m ogr_t ogr_m base_t base_m
for i in $(seq 1 "$runs"); do
    for f in $files; do
        if [ "$f" = police ]; then csv="$work/police_uk_$rows.csv"; xy="-oo X_POSSIBLE_NAMES=Longitude -oo Y_POSSIBLE_NAMES=Latitude"
        else csv="$work/incidents_$rows.csv"; xy="-oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat"; fi
        store="$work/store.gpkg"
        rm -f "$store" "$store-wal" "$store-shm"
        "$cli" create "$store" --boundary "$boundary" >/dev/null 2>&1
        import_args "$f" "$csv" "$store"
        read -r t m < <(measure "$cli" "${args[@]}")
        accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
        ours_t[$f]+="$t "; ours_m[$f]+="$m "
        echo "run $i $f: lagesbild-cli import  ${t} s  $((m / 1024)) MB  ($accepted rows accepted)"

        if [ -n "$baseline" ]; then
            rm -f "$store" "$store-wal" "$store-shm"
            "$baseline" create "$store" --boundary "$boundary" >/dev/null 2>&1
            read -r t m < <(measure "$baseline" "${args[@]}")
            accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
            base_t[$f]+="$t "; base_m[$f]+="$m "
            echo "run $i $f: baseline import        ${t} s  $((m / 1024)) MB  ($accepted rows accepted)"
        fi

        out="$work/ogr.gpkg"
        rm -f "$out"
        # shellcheck disable=SC2086
        read -r t m < <(measure ogr2ogr -f GPKG "$out" "$csv" $xy -s_srs EPSG:4326 -t_srs EPSG:3006)
        ogr_t[$f]+="$t "; ogr_m[$f]+="$m "
        echo "run $i $f: ogr2ogr               ${t} s  $((m / 1024)) MB"
    done
done

echo
echo "rows: $rows, runs: $runs (medians, fastest-slowest in brackets)"
for f in $files; do
    stats() { printf '%s\n' $1 | "$2"; }
    ot=$(stats "${ours_t[$f]}" median); om=$(stats "${ours_m[$f]}" median)
    gt=$(stats "${ogr_t[$f]}" median); gm=$(stats "${ogr_m[$f]}" median)
    echo "[$f]"
    printf '  lagesbild-cli import: %8.2f s (%s-%s)  %6.0f MB peak RSS\n' "$ot" "$(stats "${ours_t[$f]}" minimum)" \
        "$(stats "${ours_t[$f]}" maximum)" "$(echo "$om / 1024" | bc -l)"
    printf '  ogr2ogr:              %8.2f s (%s-%s)  %6.0f MB peak RSS\n' "$gt" "$(stats "${ogr_t[$f]}" minimum)" \
        "$(stats "${ogr_t[$f]}" maximum)" "$(echo "$gm / 1024" | bc -l)"
    printf '  ratio (ours / ogr2ogr): %.3f  (goal <= 0.33)\n' "$(echo "$ot / $gt" | bc -l)"
    if [ -n "$baseline" ]; then
        bt=$(stats "${base_t[$f]}" median); bm=$(stats "${base_m[$f]}" median)
        printf '  baseline import:      %8.2f s (%s-%s)  %6.0f MB peak RSS, ratio %.3f\n' "$bt" \
            "$(stats "${base_t[$f]}" minimum)" "$(stats "${base_t[$f]}" maximum)" "$(echo "$bm / 1024" | bc -l)" \
            "$(echo "$bt / $gt" | bc -l)"
    fi
done
