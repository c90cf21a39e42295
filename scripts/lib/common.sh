# shellcheck shell=bash
# Shared helpers for scripts/up, scripts/test and the benchmarks: logging, the repository root, and installing
# what a fresh Debian machine lacks. Sourcing defines functions and SYSMGMT_ROOT only.

SYSMGMT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" == 0 ]]; }

# apt_install PKG...: installs Debian packages (as root), or explains what to install.
apt_install() {
  if ! is_root; then
    die "missing: $* — install with: sudo apt-get install -y $*"
  fi
  command -v apt-get >/dev/null || die "missing: $* — and apt-get is not available to install them"
  log "Installing $* (apt-get)…"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; then
    # A fresh machine may have no package lists yet.
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null \
      || die "apt-get could not install $*"
  fi
}

# require_commands CMD:PACKAGE...: installs the package for each missing command.
require_commands() {
  local spec missing=()
  for spec in "$@"; do
    command -v "${spec%%:*}" >/dev/null || missing+=("${spec#*:}")
  done
  if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
}

# require_dotnet: the .NET 10 SDK, which Debian's archive does not carry.
require_dotnet() {
  command -v dotnet >/dev/null \
    || die "the .NET 10 SDK is not installed (dotnet not on PATH); see https://dotnet.microsoft.com/download"
  local version
  version="$(dotnet --version 2>/dev/null)" || die "dotnet is on PATH but does not run"
  [[ "${version%%.*}" -ge 10 ]] || die "the .NET 10 SDK is required; found $version"
}

# dotnet_locked ARGS...: `dotnet ARGS` under a lock on this checkout. Builds that start together (two scripts/up, or
# scripts/up and scripts/sysmgmt) share each project's obj/ directory and can trip over each other's files there.
# -o: the build servers that dotnet leaves running must not inherit, and so keep, the lock.
dotnet_locked() {
  require_commands flock:util-linux
  local status=0
  flock -o -w 900 -E 75 "$SYSMGMT_ROOT/.build.lock" dotnet "$@" || status=$?
  ((status != 75)) || log "error: another build of this checkout held $SYSMGMT_ROOT/.build.lock for 15 minutes"
  return "$status"
}

# dotnet_build ARGS...: `dotnet build ARGS` under the checkout's build lock.
dotnet_build() { dotnet_locked build "$@"; }

# pg_bin_dir: prints the directory holding initdb and pg_ctl (newest Debian version first), installing
# PostgreSQL when there is none. SYSMGMT_PG_BIN overrides the search.
pg_bin_dir() {
  local dir
  if [[ -n "${SYSMGMT_PG_BIN:-}" ]]; then
    [[ -x "$SYSMGMT_PG_BIN/initdb" ]] || die "SYSMGMT_PG_BIN=$SYSMGMT_PG_BIN has no initdb"
    printf '%s\n' "$SYSMGMT_PG_BIN"
    return
  fi
  for attempt in 1 2; do
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
      if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        printf '%s\n' "$dir"
        return
      fi
    done
    [[ $attempt == 1 ]] && apt_install postgresql
  done
  die "PostgreSQL was installed but initdb was not found under /usr/lib/postgresql/*/bin"
}

# port_in_use PORT: true when something listens on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
