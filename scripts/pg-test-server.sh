#!/usr/bin/env bash
# A throwaway PostgreSQL server with PostGIS for the shared-store tests and benchmarks.
#
#   scripts/pg-test-server.sh start DIR   initdb a cluster in a new temporary folder, start it on a
#                                         free port with its unix socket inside that folder, trust
#                                         authentication, no TCP; create the database "lagesbild"
#                                         with PostGIS (and PostGIS in template1, so every database
#                                         a test creates has it too). Writes DIR/env.
#   scripts/pg-test-server.sh stop DIR    stop that server and delete its folder.
#
# DIR/env is a shell file: PGHOST, PGPORT, PGUSER, LB_PG_URL (a postgresql:// URL of the database)
# and LB_PG_CLUSTER. PostgreSQL refuses to run as root, so under root (as in CI) the cluster
# belongs to the "postgres" user that Debian's postgresql package creates, or to "nobody".
set -euo pipefail
action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
fi
bin=${LB_PG_BIN:-/usr/lib/postgresql/15/bin}
for program in initdb pg_ctl psql; do
    if [ ! -x "$bin/$program" ]; then
        echo "pg-test-server: $bin/$program not found; install postgresql-15 (scripts/install-deps.sh)" >&2
        exit 1
    fi
done

# Runs a command as the cluster's owner.
as_owner() {
    if [ -n "${owner:-}" ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}
owner=""
if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then owner=postgres; else owner=nobody; fi
fi

stop() {
    [ -f "$dir/env" ] || return 0
    # shellcheck disable=SC1091
    . "$dir/env"
    if [ -d "$LB_PG_CLUSTER/data" ]; then
        as_owner "$bin/pg_ctl" -D "$LB_PG_CLUSTER/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$LB_PG_CLUSTER" in
    */lb-pg.*) rm -rf "$LB_PG_CLUSTER" ;;
    esac
    rm -f "$dir/env"
}

case "$action" in
stop)
    stop
    exit 0
    ;;
start) ;;
*)
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac

mkdir -p "$dir"
stop # a server left over from an interrupted run
if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    echo "pg-test-server: PostGIS is not installed; install postgresql-15-postgis-3 (scripts/install-deps.sh)" >&2
    exit 1
fi

cluster=$(mktemp -d /tmp/lb-pg.XXXXXX)
chmod 755 "$cluster"
[ -n "$owner" ] && chown "$owner" "$cluster"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$cluster/server.log"

if ! as_owner "$bin/initdb" -D "$cluster/data" -U lagesbild --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$cluster/initdb.log" 2>&1; then
    echo "pg-test-server: initdb failed:" >&2
    cat "$cluster/initdb.log" >&2
    rm -rf "$cluster"
    exit 1
fi
if ! as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$log" -w -t 60 \
    -o "-k $cluster -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null 2>&1; then
    echo "pg-test-server: the server did not start:" >&2
    cat "$log" >&2 || true
    rm -rf "$cluster"
    exit 1
fi

cat >"$dir/env" <<EOF
PGHOST=$cluster
PGPORT=$port
PGUSER=lagesbild
LB_PG_CLUSTER=$cluster
LB_PG_URL="postgresql:///lagesbild?host=$cluster&port=$port&user=lagesbild"
EOF

psql_run() {
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster" -p "$port" -U lagesbild "$@"
}
if ! psql_run -d template1 -c "CREATE EXTENSION postgis" >"$cluster/setup.log" 2>&1 ||
    ! psql_run -d postgres -c "CREATE DATABASE lagesbild" >>"$cluster/setup.log" 2>&1; then
    echo "pg-test-server: setting up PostGIS failed:" >&2
    cat "$cluster/setup.log" >&2
    stop
    exit 1
fi
echo "pg-test-server: PostgreSQL with PostGIS on port $port, socket in $cluster"
