# shellcheck shell=bash
# Starts a throwaway SysMgmt with scripts/up for a benchmark and stops it on exit. Needs lib/common.sh.
# After bench_stack_start: BENCH_WORK (scratch dir), BENCH_SMD and BENCH_BSS (base URLs), BENCH_TOKEN (admin
# token), BENCH_BSS_PID (BSS's process, for its memory). Settings for the services can be exported beforehand
# (e.g. Bss__CloudInit__TrustedProxies__0): scripts/up passes its environment on.

# bench_stack_stop: stops scripts/up (which stops SMD, BSS and PostgreSQL) and removes the scratch dir. Safe to
# call more than once; benchmarks with more to clean up call it from their own EXIT trap.
bench_stack_stop() {
  if [[ -n "${BENCH_UP_PID:-}" ]]; then
    kill -TERM "$BENCH_UP_PID" 2>/dev/null || true
    wait "$BENCH_UP_PID" 2>/dev/null || true
    BENCH_UP_PID=""
  fi
  if [[ -n "${BENCH_WORK:-}" ]]; then
    rm -rf "$BENCH_WORK"
    BENCH_WORK=""
  fi
}

bench_stack_start() {
  BENCH_WORK="$(mktemp -d /tmp/sysmgmt-bench-XXXXXX)"
  chmod 755 "$BENCH_WORK"
  # Not the default ports, so a benchmark runs next to a user's scripts/up.
  local port="${SYSMGMT_BENCH_PORT:-27790}" bss_port="${SYSMGMT_BENCH_BSS_PORT:-27791}" grpc_port="${SYSMGMT_BENCH_GRPC_PORT:-27794}"
  "$SYSMGMT_ROOT/scripts/up" --home "$BENCH_WORK/home" --smd-port "$port" --bss-port "$bss_port" --smd-grpc-port "$grpc_port" \
    >"$BENCH_WORK/up.out" 2>"$BENCH_WORK/up.err" &
  BENCH_UP_PID=$!
  # A benchmark that sets its own EXIT trap replaces this one and calls bench_stack_stop itself.
  trap bench_stack_stop EXIT
  trap 'exit 130' INT TERM
  # A first run builds SMD and BSS before starting them, which takes minutes on a busy 2-core machine.
  local deadline=$((SECONDS + ${SYSMGMT_BENCH_START_TIMEOUT:-420}))
  until grep -q '^SYSMGMT_TOKEN=' "$BENCH_WORK/up.out" 2>/dev/null; do
    kill -0 "$BENCH_UP_PID" 2>/dev/null || { cat "$BENCH_WORK/up.err" >&2; die "scripts/up failed"; }
    if ((SECONDS >= deadline)); then
      cat "$BENCH_WORK/up.out" "$BENCH_WORK/up.err" >&2
      die "scripts/up printed no token within ${SYSMGMT_BENCH_START_TIMEOUT:-420} s"
    fi
    sleep 0.1
  done
  BENCH_TOKEN="$(sed -n 's/^SYSMGMT_TOKEN=//p' "$BENCH_WORK/up.out")"
  BENCH_SMD="http://127.0.0.1:$port"
  BENCH_BSS="http://127.0.0.1:$bss_port"
  BENCH_SMD_GRPC="http://127.0.0.1:$grpc_port"
  # scripts/up starts BSS as its own child: `dotnet …/SysMgmt.Bss.dll`.
  BENCH_BSS_PID="$(pgrep -P "$BENCH_UP_PID" -f 'SysMgmt\.Bss\.dll' | head -n 1)"
  [[ -n "$BENCH_BSS_PID" ]] || die "could not find BSS's process under scripts/up"
}
