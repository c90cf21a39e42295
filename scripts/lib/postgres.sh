# shellcheck shell=bash
# The embedded PostgreSQL of scripts/up: one cluster in $SYSMGMT_HOME/pg, password-protected, on a loopback port
# chosen once and reused, so data and connection details persist between runs. Needs lib/common.sh.
#
# As root the server runs as the postgres user, which cannot enter a home inside a private directory (a checkout in
# /root, mode 0700). The cluster then lives in a directory of its own under /var/lib/sysmgmt (SYSMGMT_PG_ROOT),
# named after the home, and $SYSMGMT_HOME/pg points there.

# As root, the server runs as the postgres user (it refuses to run as root).
_pg_run() {
  # From /: the caller's working directory may be a private one the postgres user cannot enter.
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# pg_embedded_dir HOME: the cluster's directory: HOME/pg, or, as root with HOME out of the postgres user's reach,
# SYSMGMT_PG_ROOT/pg-<hash of HOME> (one cluster per home, found again on the next run).
pg_embedded_dir() {
  local home="$1"
  if ! is_root || runuser -u postgres -- test -x "$home"; then
    printf '%s\n' "$home/pg"
  else
    printf '%s/pg-%s\n' "${SYSMGMT_PG_ROOT:-/var/lib/sysmgmt}" "$(printf '%s' "$home" | sha256sum | cut -c1-16)"
  fi
}

# pg_embedded_start HOME: initialises (first time) and starts the cluster; sets PG_PORT, PG_PASSWORD,
# PG_CONNECTION and PG_STARTED_HERE (1 if this call started the server, 0 if it was already running).
pg_embedded_start() {
  local home="$1" bin dir
  bin="$(pg_bin_dir)"
  dir="$(pg_embedded_dir "$home")"
  local data="$dir/data"

  if [[ "$dir" != "$home/pg" ]]; then
    log "The postgres user cannot enter $home (a parent directory is private), so the embedded PostgreSQL keeps its data in $dir ($home/pg points there)."
    mkdir -p "$(dirname "$dir")"
    chmod 755 "$(dirname "$dir")"
    ln -sfn "$dir" "$home/pg"
  fi
  mkdir -p "$dir"
  if is_root; then
    chown postgres: "$dir"
    chmod 700 "$dir"
    runuser -u postgres -- test -x "$dir" \
      || die "the postgres user cannot reach $dir (a parent directory is private); set SYSMGMT_PG_ROOT to a directory it can reach"
  fi

  if [[ ! -f "$home/pg.password" ]]; then
    (umask 077 && openssl rand -hex 24 >"$home/pg.password")
  fi
  PG_PASSWORD="$(<"$home/pg.password")"

  if [[ ! -f "$data/PG_VERSION" ]]; then
    log "Creating the embedded PostgreSQL cluster in $data…"
    local pwfile="$dir/.pwfile"
    (umask 077 && printf '%s\n' "$PG_PASSWORD" >"$pwfile")
    is_root && chown postgres: "$pwfile"
    _pg_run "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { rm -f "$pwfile"; die "initdb failed; see $dir/initdb.log"; }
    rm -f "$pwfile"
  fi

  if _pg_run "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
    # Line 4 of postmaster.pid is the port the running server listens on.
    PG_PORT="$(_pg_run sed -n 4p "$data/postmaster.pid")"
    printf '%s\n' "$PG_PORT" >"$home/pg.port"
    PG_STARTED_HERE=0
  else
    # The port of the last run when there was one, so that connection details stay the same.
    local wanted="${SYSMGMT_PG_FIRST_PORT:-27432}"
    [[ -f "$home/pg.port" ]] && wanted="$(<"$home/pg.port")"
    _pg_start_on_a_free_port "$bin" "$dir" "$wanted"
    if [[ -f "$home/pg.port" && "$PG_PORT" != "$wanted" ]]; then
      log "warning: port $wanted (from $home/pg.port) is taken by another program; PostgreSQL now uses $PG_PORT"
    fi
    printf '%s\n' "$PG_PORT" >"$home/pg.port"
    PG_STARTED_HERE=1
  fi

  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=sysmgmt"
  if ! PGPASSWORD="$PG_PASSWORD" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'sysmgmt'" | grep -q 1; then
    PGPASSWORD="$PG_PASSWORD" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE sysmgmt" \
      || die "could not create the sysmgmt database"
  fi
}

# _pg_start BIN DIR: starts the cluster in DIR/data on $PG_PORT.
_pg_start() {
  _pg_run "$1/pg_ctl" start -w -t 60 -D "$2/data" -l "$2/server.log" \
    -o "-p $PG_PORT -k $2 -c listen_addresses=127.0.0.1" >/dev/null
}

# _pg_start_on_a_free_port BIN DIR PORT: starts the cluster on PORT or the next free port after it; sets PG_PORT.
# Another program (or a second scripts/up starting at the same moment) can take a free port between the check and
# the bind, so a failed bind moves on to the next port.
_pg_start_on_a_free_port() {
  local bin="$1" dir="$2" attempt
  PG_PORT="$3"
  for attempt in 1 2 3 4 5 6 7 8; do
    while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
    _pg_start "$bin" "$dir" && return 0
    # Whoever took the port may already have let it go again; the server's log says why it stopped.
    port_in_use "$PG_PORT" || tail -n 5 "$dir/server.log" 2>/dev/null | grep -q "could not create any TCP/IP sockets" \
      || die "PostgreSQL did not start; see $dir/server.log"
    log "port $PG_PORT was taken while PostgreSQL started (attempt $attempt); trying the next one…"
    PG_PORT=$((PG_PORT + 1))
  done
  die "PostgreSQL found no free port from $3 on after $attempt attempts; see $dir/server.log"
}

# pg_embedded_stop HOME: stops the cluster (fast shutdown: sessions are ended, data is safe).
pg_embedded_stop() {
  local bin
  bin="$(pg_bin_dir)"
  _pg_run "$bin/pg_ctl" stop -w -m fast -D "$(pg_embedded_dir "$1")/data" >/dev/null 2>&1 || true
}

# pg_embedded_pid HOME: the running cluster's postmaster PID (line 1 of its postmaster.pid), for supervision.
pg_embedded_pid() {
  _pg_run sed -n 1p "$(pg_embedded_dir "$1")/data/postmaster.pid"
}

# pg_embedded_restart HOME: starts the cluster again after a crash, on the port it had (clients keep their
# connection string). A failure (the port taken meanwhile, the old server's processes still exiting) returns non-zero.
pg_embedded_restart() {
  local bin
  bin="$(pg_bin_dir)"
  PG_PORT="$(<"$1/pg.port")"
  _pg_start "$bin" "$(pg_embedded_dir "$1")"
}
