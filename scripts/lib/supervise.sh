# shellcheck shell=bash
# Supervision for scripts/up: a service that dies is restarted after a backoff (0.2 s, 0.5 s, 1 s… up to 8 s) with a
# log line, while the others keep running; one that dies SYSMGMT_RESTART_LIMIT times (5) within
# SYSMGMT_RESTART_WINDOW seconds (60) is reported and given up on, never restarted in a silent loop. Needs
# lib/common.sh.
#
# A service is a key (smd, bss…) with two functions: start_<key> starts it in the background and sets
# SUPERVISED_PID[key]; alive_<key> (optional) says whether it still runs, for a service that is not this shell's child
# (PostgreSQL, which pg_ctl detaches). SUPERVISED_LABEL[key] names it in messages, SUPERVISED_LOG[key] is its log.

declare -A SUPERVISED_PID=() SUPERVISED_LABEL=() SUPERVISED_LOG=() _supervised_crashes=() _supervised_restart_at=()
SUPERVISED_KEYS=()
_supervise_sleep_pid=""
_supervise_stderr=2

# _say MESSAGE: a line on scripts/up's stderr, also while the loop runs with its stderr muted (supervise_loop).
_say() { log "$@" 2>&"$_supervise_stderr"; }

# supervise KEY LABEL LOG: puts a started service under supervision.
supervise() {
  SUPERVISED_KEYS+=("$1")
  SUPERVISED_LABEL[$1]="$2"
  SUPERVISED_LOG[$1]="$3"
  _supervised_crashes[$1]=""
}

# _child_alive PID: true while PID runs; a child that exited but was not reaped yet (a zombie) counts as gone.
_child_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

_supervised_alive() {
  if declare -F "alive_$1" >/dev/null; then "alive_$1"; else _child_alive "${SUPERVISED_PID[$1]}"; fi
}

# _supervised_died KEY: reports the death of a service that was running.
_supervised_died() {
  local key="$1" status=""
  if ! declare -F "alive_$key" >/dev/null; then
    wait "${SUPERVISED_PID[$key]}" 2>/dev/null
    status=" with status $?"
  fi
  _supervised_crashed "$key" "${SUPERVISED_LABEL[$key]} (pid ${SUPERVISED_PID[$key]}) exited$status"
  SUPERVISED_PID[$key]=""
}

# _supervised_crashed KEY WHAT: counts the crash and schedules the restart, or gives up after too many crashes.
_supervised_crashed() {
  local key="$1" what="$2" now=$EPOCHREALTIME recent=() t
  local window=${SYSMGMT_RESTART_WINDOW:-60} limit=${SYSMGMT_RESTART_LIMIT:-5}
  for t in ${_supervised_crashes[$key]} "$now"; do
    (( ${now%.*} - ${t%.*} < window )) && recent+=("$t")
  done
  _supervised_crashes[$key]="${recent[*]}"
  local count=${#recent[@]}
  if ((count >= limit)); then
    _say "error: $what and has crashed $count times within $window s: giving up on it; the other services keep running. See ${SUPERVISED_LOG[$key]}"
    _supervised_restart_at[$key]="never"
    return
  fi
  # Soon after the first crash (nodes wait for SMD), then doubling for each further one within the window, at most 8 s.
  local delay_ms=$((250 << (count - 1)))
  ((delay_ms <= 8000)) || delay_ms=8000
  _supervised_restart_at[$key]=$(( ${now/./} / 1000 + delay_ms ))
  local delay
  printf -v delay '%d.%02d' $((delay_ms / 1000)) $((delay_ms % 1000 / 10))
  _say "$what; restarting it in ${delay%0} s (crash $count of $limit allowed within $window s). See ${SUPERVISED_LOG[$key]}"
}

# _supervised_restart KEY: a start that fails counts as a crash.
_supervised_restart() {
  local key="$1"
  _supervised_restart_at[$key]=""
  if "start_$key" && [[ -n "${SUPERVISED_PID[$key]}" ]]; then
    _say "${SUPERVISED_LABEL[$key]} restarted (pid ${SUPERVISED_PID[$key]})"
  else
    SUPERVISED_PID[$key]=""
    _supervised_crashed "$key" "${SUPERVISED_LABEL[$key]} did not restart"
  fi
}

# supervise_loop: watches the services until a signal ends scripts/up (its trap stops them); returns 1 when every
# service has been given up on. Its stderr is muted, as bash would otherwise add its own "Killed" notice for each
# reaped service to the lines that say what happened and what comes next; services log to their own files.
supervise_loop() {
  exec {_supervise_stderr}>&2
  _supervise_watch 2>/dev/null
}

_supervise_watch() {
  local key now_ms running
  while :; do
    running=0
    for key in "${SUPERVISED_KEYS[@]}"; do
      if [[ -n "${SUPERVISED_PID[$key]}" ]]; then
        if _supervised_alive "$key"; then running=1; else _supervised_died "$key"; fi
      fi
      case "${_supervised_restart_at[$key]:-}" in
        "") ;;
        never) continue ;;
        *)
          running=1
          now_ms=$(( ${EPOCHREALTIME/./} / 1000 ))
          ((now_ms < ${_supervised_restart_at[$key]})) || _supervised_restart "$key"
          ;;
      esac
    done
    ((running)) || { _say "error: every service has been given up on"; return 1; }
    # A background sleep, so that a signal's trap runs at once rather than after the sleep.
    sleep 0.1 &
    _supervise_sleep_pid=$!
    wait "$_supervise_sleep_pid"
    _supervise_sleep_pid=""
  done
}

# supervise_end: for the cleanup, which may run inside the loop (from a signal's trap): gives it back its stderr, and
# stops the loop's sleep so that not even that outlives scripts/up.
supervise_end() {
  exec 2>&"$_supervise_stderr"
  [[ -z "$_supervise_sleep_pid" ]] || kill "$_supervise_sleep_pid" 2>/dev/null || true
}

# supervise_check_settings: the restart limits are whole numbers, checked before anything starts.
supervise_check_settings() {
  [[ "${SYSMGMT_RESTART_LIMIT:-5}" =~ ^[1-9][0-9]*$ ]] || die "SYSMGMT_RESTART_LIMIT must be a positive whole number"
  [[ "${SYSMGMT_RESTART_WINDOW:-60}" =~ ^[1-9][0-9]*$ ]] || die "SYSMGMT_RESTART_WINDOW must be a positive whole number of seconds"
}
