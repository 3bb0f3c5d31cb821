#!/usr/bin/env bash
# Shared-store import benchmark: a GeoPackage store of 1,000,000 incidents (bench/import's
# generator, imported by lagesbild-cli) is moved into PostgreSQL/PostGIS, in the same run and
# interleaved, by
#   lagesbild-cli copy-store STORE postgresql://...   (COPY; every table, the store's indexes)
#   ogr2ogr -f PostgreSQL PG:... STORE -sql ...        (GDAL's peer: the incidents layer, its GiST index)
# each into a fresh database, several runs each. ogr2ogr cannot copy the store as it is: the
# incidents' content_hash holds 8 raw bytes in a column GDAL reads as text, and it stops at the
# first row with "Non UTF-8 content"; it is given the incidents with that column in hex instead, and
# none of the smaller tables, so it does less than copy-store (which moves every table and builds
# every index of the store). Prints every run, the median wall times and the
# ratio ours / ogr2ogr (goal <= 0.5), and the row count both left in the server's incidents table.
#
# The server is a throwaway one (scripts/pg-test-server.sh) unless --url names a database whose
# server lets this user CREATE DATABASE (the benchmark creates and drops lb_bench_copy and
# lb_bench_ogr there).
#
# Usage: bench/pgstore/bench_pg_import.sh [--cli PATH] [--rows N] [--runs N] [--work DIR] [--url URL]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli=""
for dir in release dev test; do
    if [ -x "$root/build/$dir/src/cli/lagesbild-cli" ]; then cli="$root/build/$dir/src/cli/lagesbild-cli"; break; fi
done
rows=1000000
runs=3
work="${TMPDIR:-/tmp}/lagesbild-bench-pg"
url=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
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

csv="$work/incidents_$rows.csv"
if [ ! -s "$csv" ]; then
    echo "Generating $csv ..."
    python3 "$root/bench/import/generate_incidents.py" "$csv" --rows "$rows"
fi
store="$work/store_$rows.gpkg"
if [ ! -s "$store" ]; then
    echo "Importing $csv into $store ..."
    "$cli" create "$store" --boundary "$root/resources/demo/municipality.geojson" >/dev/null
    "$cli" import "$csv" --store "$store" --kind incidents --crs EPSG:4326 --show-rejects 0 \
        --map ref=arendenummer --map time=tidpunkt --map category=kategori --map x=lon --map y=lat \
        --map source=kalla --map description=beskrivning | grep -E "^(Accepted|Rejected):" || true
fi
incidents=$(sqlite3 "$store" "SELECT count(*) FROM incidents")

if [ -z "$url" ]; then
    "$root/scripts/pg-test-server.sh" start "$work/server" >/dev/null
    trap '"$root/scripts/pg-test-server.sh" stop "$work/server"' EXIT
    # shellcheck disable=SC1091
    url=$(. "$work/server/env" && echo "$LB_PG_URL")
fi
# A URL for another database on the same server.
database_url() { echo "$url" | sed -E "s#^(postgres(ql)?://[^/]*/)[^?]*#\1$1#"; }
fresh() {
    "$psql" -X -q -v ON_ERROR_STOP=1 "$url" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    "$psql" -X -q "$(database_url "$1")" -c "CREATE EXTENSION IF NOT EXISTS postgis" 2>/dev/null || true
}
# libpq's keyword form of the same connection, for GDAL's PG: prefix.
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

ours=""
ogr=""
echo "store: $store ($incidents incidents)"
for i in $(seq 1 "$runs"); do
    fresh lb_bench_copy
    t=$(seconds "$cli" copy-store "$store" "$(database_url lb_bench_copy)")
    n=$("$psql" -X -At "$(database_url lb_bench_copy)" -c "SELECT count(*) FROM incidents")
    ours+="$t "
    printf 'run %d: lagesbild-cli copy-store  %7.2f s  (%s incidents on the server)\n' "$i" "$t" "$n"

    fresh lb_bench_ogr
    t=$(seconds ogr2ogr -f PostgreSQL "PG:$(pg_keywords lb_bench_ogr)" "$store" -nln incidents -sql \
        "SELECT fid, geom, occurred_at, category, source, source_ref, location_precision, description, batch_id,
                hex(content_hash) AS content_hash, time_precision FROM incidents")
    n=$("$psql" -X -At "$(database_url lb_bench_ogr)" -c "SELECT count(*) FROM incidents")
    ogr+="$t "
    printf 'run %d: ogr2ogr -f PostgreSQL     %7.2f s  (%s incidents on the server)\n' "$i" "$t" "$n"
done
ot=$(printf '%s\n' $ours | median)
gt=$(printf '%s\n' $ogr | median)
echo
echo "incidents: $incidents, runs: $runs (medians)"
printf '  lagesbild-cli copy-store: %7.2f s\n' "$ot"
printf '  ogr2ogr -f PostgreSQL:    %7.2f s\n' "$gt"
printf '  ratio (ours / ogr2ogr):   %.3f  (goal <= 0.5)\n' "$(echo "$ot / $gt" | bc -l)"
"$psql" -X -q "$url" -c "DROP DATABASE IF EXISTS lb_bench_copy" -c "DROP DATABASE IF EXISTS lb_bench_ogr"
