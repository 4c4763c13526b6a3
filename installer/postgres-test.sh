#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the sync tests and print its URL.
#
#   installer/postgres-test.sh [DIR] [PORT]     (defaults: /tmp/desk_app_pg, 55432)
#
# Installs the Debian package when missing (root only), initialises a cluster
# under DIR (owned by the `postgres` OS user when we are root: initdb refuses
# root), starts it on 127.0.0.1 only, creates the database `desk_app_test` and
# prints postgresql+psycopg://postgres@127.0.0.1:PORT/desk_app_test on stdout.
# Running it again reuses a running cluster. Everything else goes to stderr.
set -euo pipefail

DIR="${1:-/tmp/desk_app_pg}"
PORT="${2:-55432}"
DB=desk_app_test
log() { echo "postgres-test: $*" >&2; }

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return 0; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "PostgreSQL nu este instalat și nu suntem root: rulați 'apt-get install -y postgresql'."
        exit 1
    fi
    log "instalez PostgreSQL (apt-get)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
    BIN=$(find_bin) || { log "initdb nu a fost găsit după instalare."; exit 1; }
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

mkdir -p "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
DATA="$DIR/data"
if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initdb în $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
        || as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C >&2
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "pornesc serverul pe 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
        -o "-k /tmp -h 127.0.0.1 -p $PORT" \
        start >&2 || { log "pornirea a eșuat; vedeți $DIR/server.log"; tail -n 20 "$DIR/server.log" >&2; exit 1; }
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" postgres | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
