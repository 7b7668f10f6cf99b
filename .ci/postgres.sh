#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages (if it is not there yet), creates a throwaway cluster
# under a temporary directory, starts it on 127.0.0.1 on a free port, creates a database, and
# prints the environment the PostgreSQL tests and benchmark read:
#
#   export MOTCUA_PG_URL=postgres://motcua@127.0.0.1:<port>/motcua_test
#   export MOTCUA_PG_RESTART_CMD=<a shell command that restarts that server>
#   export MOTCUA_PG_STOP_CMD=<a shell command that stops it>
#
# Only those lines go to standard output, so a caller can `eval "$(bash .ci/postgres.sh)"`;
# progress and errors go to standard error. Idempotent: each run makes a new cluster and leaves
# existing ones alone. PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` system user (created by the Debian package) through runuser.
set -euo pipefail

log() { printf 'postgres.sh: %s\n' "$*" >&2; }

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
    printf '%s\n' "$dir"
  fi
}

bindir=$(find_bindir)
if [ -z "$bindir" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)."
    exit 1
  fi
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir=$(find_bindir)
  [ -n "$bindir" ] || { log "apt-get installed postgresql but no server binaries were found under /usr/lib/postgresql"; exit 1; }
fi
log "server binaries: $bindir"

# Who runs the server: the current user, or `postgres` when we are root.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { log "no 'postgres' system user to run the server as"; exit 1; }
  as_server=(runuser -u postgres --)
else
  as_server=()
fi

base=$(mktemp -d "${TMPDIR:-/tmp}/motcua-pg.XXXXXX")
chmod 755 "$base"
data="$base/data"
logfile="$base/server.log"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$base"; fi

"${as_server[@]}" "$bindir/initdb" -D "$data" -U motcua --auth=trust -E UTF8 --no-locale >"$base/initdb.log" 2>&1 \
  || { cat "$base/initdb.log" >&2; log "initdb failed"; exit 1; }

# A port that nothing listens on now; if the server still cannot bind it (a race), try another.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
started=
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  port_is_free "$port" || continue
  # Settings live in postgresql.conf so that `pg_ctl restart` keeps them.
  "${as_server[@]}" tee "$data/motcua.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$base'
max_connections = 100
CONF
  grep -q "include_if_exists = 'motcua.conf'" "$data/postgresql.conf" \
    || printf "\ninclude_if_exists = 'motcua.conf'\n" | "${as_server[@]}" tee -a "$data/postgresql.conf" >/dev/null
  if "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$logfile" -w -t 60 start >&2; then
    started=1
    break
  fi
  log "start on port $port failed (attempt $attempt); trying another port"
done
if [ -z "$started" ]; then
  tail -n 30 "$logfile" >&2 || true
  log "could not start the server"
  exit 1
fi

"$bindir/createdb" -h 127.0.0.1 -p "$port" -U motcua motcua_test >&2
log "server running on 127.0.0.1:$port, data in $data"

runner=""
if [ "$(id -u)" -eq 0 ]; then runner="runuser -u postgres -- "; fi
restart_cmd="${runner}$(printf '%q' "$bindir/pg_ctl") -D $(printf '%q' "$data") -l $(printf '%q' "$logfile") -m fast -w -t 60 restart >/dev/null"
stop_cmd="${runner}$(printf '%q' "$bindir/pg_ctl") -D $(printf '%q' "$data") -m fast -w stop >/dev/null"

printf 'export MOTCUA_PG_URL=%q\n' "postgres://motcua@127.0.0.1:$port/motcua_test"
printf 'export MOTCUA_PG_RESTART_CMD=%q\n' "$restart_cmd"
printf 'export MOTCUA_PG_STOP_CMD=%q\n' "$stop_cmd"
