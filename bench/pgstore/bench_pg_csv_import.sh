#!/usr/bin/env bash
# Import benchmark for a shared store: a CSV of incidents (bench/import's generator, 1,000,000 rows
# by default) imported into PostgreSQL/PostGIS, in the same run and interleaved, by
#   lagesbild-cli import CSV --store postgresql://...   (the import a coordinator runs: every row
#       parsed, checked against the municipality and the taxonomy, deduplicated, stored by COPY or
#       rejected with its reason; the batch, its rejects and the edit log; the store's indexes)
#   ogr2ogr -f PostgreSQL PG:... CSV                     (GDAL's peer: the rows as they are, points
#       reprojected to SWEREF 99 TM, one GiST index; no checks, no categories, no rejects)
# each into a fresh database, several runs each. Our import goes into an empty store (the demo
# municipality and taxonomy) copied into the database before the clock starts. Prints every run,
# the medians with their spread, the ratio ours / ogr2ogr (goal <= 0.5) and the rows each left.
#
# The server is a throwaway one (scripts/pg-test-server.sh) unless --url names a database whose
# server lets this user CREATE DATABASE (lb_bench_imp and lb_bench_ogr are made and dropped).
#
# Usage: bench/pgstore/bench_pg_csv_import.sh [--cli PATH] [--csv FILE | --rows N] [--runs N]
#                                             [--work DIR] [--url URL]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli=""
for dir in release dev test; do
    if [ -x "$root/build/$dir/src/cli/lagesbild-cli" ]; then cli="$root/build/$dir/src/cli/lagesbild-cli"; break; fi
done
rows=1000000
runs=3
csv=""
work="${TMPDIR:-/tmp}/lagesbild-bench-pg-import"
url=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --csv) csv="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --url) url="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$cli" ] && [ -x "$cli" ] || { echo "no lagesbild-cli under build/ (build it, or give --cli PATH)" >&2; exit 2; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr is not installed (gdal-bin)" >&2; exit 2; }
psql=/usr/lib/postgresql/15/bin/psql
mkdir -p "$work"

if [ -z "$csv" ]; then
    csv="$work/incidents_$rows.csv"
    if [ ! -s "$csv" ]; then
        echo "Generating $csv ..."
        python3 "$root/bench/import/generate_incidents.py" "$csv" --rows "$rows"
    fi
fi
empty="$work/empty.gpkg"
rm -f "$empty"
"$cli" create "$empty" --boundary "$root/resources/demo/municipality.geojson" >/dev/null

if [ -z "$url" ]; then
    "$root/scripts/pg-test-server.sh" start "$work/server" >/dev/null
    trap '"$root/scripts/pg-test-server.sh" stop "$work/server"' EXIT
    # shellcheck disable=SC1091
    url=$(. "$work/server/env" && echo "$LB_PG_URL")
fi
database_url() { echo "$url" | sed -E "s#^(postgres(ql)?://[^/]*/)[^?]*#\1$1#"; }
fresh() {
    "$psql" -X -q -v ON_ERROR_STOP=1 "$url" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    "$psql" -X -q "$(database_url "$1")" -c "CREATE EXTENSION IF NOT EXISTS postgis" 2>/dev/null || true
}
pg_keywords() {
    "$psql" -X -At "$(database_url "$1")" -c \
        "SELECT format('dbname=%s host=%s port=%s user=%s', current_database(), current_setting('unix_socket_directories'), current_setting('port'), current_user)"
}
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }'; }

ours=""
ogr=""
echo "csv: $csv ($(($(wc -l <"$csv") - 1)) rows)"
for i in $(seq 1 "$runs"); do
    fresh lb_bench_imp
    "$cli" copy-store "$empty" "$(database_url lb_bench_imp)" >/dev/null
    t=$(seconds "$cli" import "$csv" --store "$(database_url lb_bench_imp)" --kind incidents --crs EPSG:4326 \
        --show-rejects 0 --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon \
        --map y=lat --map source=kalla --map description=beskrivning)
    accepted=$(grep -E "^Accepted:" "$work/out.log" | tr -dc 0-9)
    rejected=$(grep -E "^Rejected:" "$work/out.log" | tr -dc 0-9)
    n=$("$psql" -X -At "$(database_url lb_bench_imp)" -c "SELECT count(*) FROM incidents")
    ours+="$t "
    printf 'run %d: lagesbild-cli import   %7.2f s  (%s incidents on the server; %s accepted, %s rejected)  load %s\n' \
        "$i" "$t" "$n" "$accepted" "$rejected" "$(cut -d' ' -f1 /proc/loadavg)"

    fresh lb_bench_ogr
    t=$(seconds ogr2ogr -f PostgreSQL "PG:$(pg_keywords lb_bench_ogr)" "$csv" -nln incidents \
        -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO -s_srs EPSG:4326 \
        -t_srs EPSG:3006 -lco GEOMETRY_NAME=geom -gt 65536)
    n=$("$psql" -X -At "$(database_url lb_bench_ogr)" -c "SELECT count(*) FROM incidents")
    ogr+="$t "
    printf 'run %d: ogr2ogr -f PostgreSQL  %7.2f s  (%s incidents on the server)  load %s\n' "$i" "$t" "$n" \
        "$(cut -d' ' -f1 /proc/loadavg)"
done
ot=$(printf '%s\n' $ours | median)
gt=$(printf '%s\n' $ogr | median)
echo
echo "runs: $runs (medians, min-max)"
printf '  lagesbild-cli import:   %7.2f s  (%s)\n' "$ot" "$(printf '%s\n' $ours | spread)"
printf '  ogr2ogr -f PostgreSQL:  %7.2f s  (%s)\n' "$gt" "$(printf '%s\n' $ogr | spread)"
printf '  ratio (ours / ogr2ogr): %.3f  (goal <= 0.5)\n' "$(echo "$ot / $gt" | bc -l)"
"$psql" -X -q "$url" -c "DROP DATABASE IF EXISTS lb_bench_imp" -c "DROP DATABASE IF EXISTS lb_bench_ogr"
