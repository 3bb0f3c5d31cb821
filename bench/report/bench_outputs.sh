#!/usr/bin/env bash
# Council-output benchmark: times lagesbild-cli chart (every kind, PNG at 150 DPI, SVG and PDF)
# on the demo store, several runs each, and prints per chart the median wall time of the whole
# process, its CPU time (user + system: on a busy machine the wall time mostly measures waiting)
# and the median of the program's own figures (reading and analysing; drawing and writing).
# Goal: a chart in under 200 ms. When the build has the report command, it also times
# the yearly report (goal: under 5 s).
#
# Usage: bench/report/bench_outputs.sh [--cli PATH] [--runs N] [--work DIR]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/build/src/cli/lagesbild-cli"
runs=5
work="${TMPDIR:-/tmp}/lagesbild-bench-report"
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "no lagesbild-cli at $cli (use --cli)" >&2; exit 2; }
mkdir -p "$work"
store="$work/demo.gpkg"
[ -f "$store" ] || "$cli" demo --out "$store" >/dev/null 2>&1
export LAGESBILD_LANG=en QT_QPA_PLATFORM=offscreen

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# The cost of starting the program at all, for comparison.
line=$(/usr/bin/time -f 'TIME %e %U %S' "$cli" info "$store" 2>&1)
read -r wall user sys <<<"$(echo "$line" | grep '^TIME' | cut -d' ' -f2-)"
printf 'start-up (lagesbild-cli info): wall %s ms, cpu %s ms\n' "$(echo "$wall * 1000 / 1" | bc)" \
    "$(echo "($user + $sys) * 1000 / 1" | bc)"
printf '%-14s %-4s %10s %10s %12s %10s\n' chart fmt "wall ms" "cpu ms" "analyse ms" "draw ms"
for kind in per-year change time-profile survey followup; do
    for fmt in png svg pdf; do
        walls=() cpus=() analyse=() draw=()
        for _ in $(seq "$runs"); do
            line=$(/usr/bin/time -f 'TIME %e %U %S' "$cli" chart "$store" --kind "$kind" --out "$work/$kind.$fmt" 2>&1)
            read -r wall user sys <<<"$(echo "$line" | grep '^TIME' | cut -d' ' -f2-)"
            walls+=("$(echo "$wall * 1000 / 1" | bc)")
            cpus+=("$(echo "($user + $sys) * 1000 / 1" | bc)")
            line=$(echo "$line" | grep -v '^TIME' | grep ' ms')
            # "... took A ms, drawing D ms."
            nums=($(echo "$line" | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+'))
            analyse+=("${nums[0]}")
            draw+=("${nums[1]}")
        done
        printf '%-14s %-4s %10s %10s %12s %10s\n' "$kind" "$fmt" \
            "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
            "$(printf '%s\n' "${analyse[@]}" | median)" \
            "$(printf '%s\n' "${draw[@]}" | median)"
    done
done

if "$cli" report --help >/dev/null 2>&1; then
    year=$("$cli" info "$store" 2>/dev/null | grep -oE '20[0-9]{2}' | sort -n | tail -1)
    for fmt in pdf odt; do
        walls=() cpus=()
        for _ in $(seq "$runs"); do
            line=$(/usr/bin/time -f 'TIME %e %U %S' "$cli" report "$store" --year "$year" --out "$work/report.$fmt" 2>&1)
            read -r wall user sys <<<"$(echo "$line" | grep '^TIME' | cut -d' ' -f2-)"
            walls+=("$(echo "$wall * 1000 / 1" | bc)")
            cpus+=("$(echo "($user + $sys) * 1000 / 1" | bc)")
        done
        printf '%-14s %-4s %10s %10s\n' "report $year" "$fmt" "$(printf '%s\n' "${walls[@]}" | median)" \
            "$(printf '%s\n' "${cpus[@]}" | median)"
    done
fi
