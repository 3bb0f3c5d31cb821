#!/usr/bin/env bash
# Import benchmark: generates 1,000,000-row incident CSVs, then times, in the same run,
#   lagesbild-cli import (validation, deduplication, reprojection to EPSG:3006, R-tree)  and
#   ogr2ogr -f GPKG -t_srs EPSG:3006 (the GDAL peer, also building its R-tree)
# on the same file, several runs each, interleaved, and prints per file the median wall time (with
# the fastest and slowest run), the median peak RSS and the ratio ours / ogr2ogr. After each of our
# imports it imports the same file again into the same store (every row already there: the time is
# compared with the first import's) and then 1,000 rows not yet in it (a small import into the big
# store). Goals: ratio <= 0.25, peak RSS <= 300 MB and flat over the sizes, re-import <= 0.2 of the
# first import. CPU seconds (user + system) are printed too: on a busy machine they vary less.
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

# Runs a command under /usr/bin/time -v; prints "seconds kilobytes cpu-seconds".
measure() {
    local log="$work/time.log"
    /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
    local wall rss cpu
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
    echo "$wall $rss $cpu"
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

# 1,000 rows no store holds yet: the first rows of the file with every reference id changed, and
# in the police file (where rows without one are told apart by their content) the location too.
small_file() {
    local f="$1" csv="$2" out="$3" police=0
    [ -s "$out" ] && return
    [ "$f" = police ] && police=1
    head -1001 "$csv" | awk -F, -v OFS=, -v police=$police \
        'NR == 1 { print; next } { $1 = ($1 == "" ? "" : "bench-" NR); if (police) $7 = $7 " (extra)"; print }' >"$out"
}

declare -A ours_t ours_m ours_c ogr_t ogr_m ogr_c base_t base_m re_t re_m re_c small_t small_c
for i in $(seq 1 "$runs"); do
    for f in $files; do
        if [ "$f" = police ]; then csv="$work/police_uk_$rows.csv"; xy="-oo X_POSSIBLE_NAMES=Longitude -oo Y_POSSIBLE_NAMES=Latitude"
        else csv="$work/incidents_$rows.csv"; xy="-oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat"; fi
        store="$work/store.gpkg"
        rm -f "$store" "$store-wal" "$store-shm"
        "$cli" create "$store" --boundary "$boundary" >/dev/null 2>&1
        import_args "$f" "$csv" "$store"
        read -r t m c < <(measure "$cli" "${args[@]}")
        accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
        ours_t[$f]+="$t "; ours_m[$f]+="$m "; ours_c[$f]+="$c "
        echo "run $i $f: lagesbild-cli import  ${t} s  (cpu ${c} s)  $((m / 1024)) MB  ($accepted rows accepted)"
        read -r t m c < <(measure "$cli" "${args[@]}")
        accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
        re_t[$f]+="$t "; re_m[$f]+="$m "; re_c[$f]+="$c "
        echo "run $i $f: the same file again   ${t} s  (cpu ${c} s)  $((m / 1024)) MB  ($accepted rows accepted)"
        small="$work/small_${f}.csv"
        small_file "$f" "$csv" "$small"
        import_args "$f" "$small" "$store"
        read -r t m c < <(measure "$cli" "${args[@]}")
        accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
        small_t[$f]+="$t "; small_c[$f]+="$c "
        echo "run $i $f: 1,000 rows more       ${t} s  (cpu ${c} s)  ($accepted rows accepted)"
        import_args "$f" "$csv" "$store"

        if [ -n "$baseline" ]; then
            rm -f "$store" "$store-wal" "$store-shm"
            "$baseline" create "$store" --boundary "$boundary" >/dev/null 2>&1
            read -r t m c < <(measure "$baseline" "${args[@]}")
            accepted=$(grep -E "^Accepted:" "$work/out.log" | awk '{print $2}')
            base_t[$f]+="$t "; base_m[$f]+="$m "
            echo "run $i $f: baseline import        ${t} s  $((m / 1024)) MB  ($accepted rows accepted)"
        fi

        out="$work/ogr.gpkg"
        rm -f "$out"
        # shellcheck disable=SC2086
        read -r t m c < <(measure ogr2ogr -f GPKG "$out" "$csv" $xy -s_srs EPSG:4326 -t_srs EPSG:3006)
        ogr_t[$f]+="$t "; ogr_m[$f]+="$m "; ogr_c[$f]+="$c "
        echo "run $i $f: ogr2ogr               ${t} s  (cpu ${c} s)  $((m / 1024)) MB"
    done
done

echo
echo "rows: $rows, runs: $runs (medians, fastest-slowest in brackets); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in $files; do
    stats() { printf '%s\n' $1 | "$2"; }
    ot=$(stats "${ours_t[$f]}" median); om=$(stats "${ours_m[$f]}" median)
    gt=$(stats "${ogr_t[$f]}" median); gm=$(stats "${ogr_m[$f]}" median)
    echo "[$f]"
    printf '  lagesbild-cli import: %8.2f s (%s-%s)  %6.0f MB peak RSS\n' "$ot" "$(stats "${ours_t[$f]}" minimum)" \
        "$(stats "${ours_t[$f]}" maximum)" "$(echo "$om / 1024" | bc -l)"
    printf '  ogr2ogr:              %8.2f s (%s-%s)  %6.0f MB peak RSS\n' "$gt" "$(stats "${ogr_t[$f]}" minimum)" \
        "$(stats "${ogr_t[$f]}" maximum)" "$(echo "$gm / 1024" | bc -l)"
    oc=$(stats "${ours_c[$f]}" median); gc=$(stats "${ogr_c[$f]}" median)
    rt=$(stats "${re_t[$f]}" median); rm_=$(stats "${re_m[$f]}" median); rc=$(stats "${re_c[$f]}" median)
    st=$(stats "${small_t[$f]}" median); sc=$(stats "${small_c[$f]}" median)
    printf '  ratio (ours / ogr2ogr): %.3f wall, %.3f cpu  (goal <= 0.25)\n' "$(echo "$ot / $gt" | bc -l)" \
        "$(echo "$oc / $gc" | bc -l)"
    printf '  the same file again:  %8.2f s (%s-%s)  %6.0f MB peak RSS, %.3f of the first import (cpu %.3f; goal <= 0.2)\n' \
        "$rt" "$(stats "${re_t[$f]}" minimum)" "$(stats "${re_t[$f]}" maximum)" "$(echo "$rm_ / 1024" | bc -l)" \
        "$(echo "$rt / $ot" | bc -l)" "$(echo "$rc / $oc" | bc -l)"
    printf '  1,000 rows more:      %8.2f s (%s-%s), cpu %.2f s\n' "$st" "$(stats "${small_t[$f]}" minimum)" \
        "$(stats "${small_t[$f]}" maximum)" "$sc"
    if [ -n "$baseline" ]; then
        bt=$(stats "${base_t[$f]}" median); bm=$(stats "${base_m[$f]}" median)
        printf '  baseline import:      %8.2f s (%s-%s)  %6.0f MB peak RSS, ratio %.3f\n' "$bt" \
            "$(stats "${base_t[$f]}" minimum)" "$(stats "${base_t[$f]}" maximum)" "$(echo "$bm / 1024" | bc -l)" \
            "$(echo "$bt / $gt" | bc -l)"
    fi
done
