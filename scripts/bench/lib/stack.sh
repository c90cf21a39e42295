# shellcheck shell=bash
# Starts a throwaway SysMgmt with scripts/up for a benchmark and stops it on exit. Needs lib/common.sh.
# After bench_stack_start: BENCH_WORK (scratch dir), BENCH_SMD (base URL), BENCH_TOKEN (admin token).

bench_stack_start() {
  BENCH_WORK="$(mktemp -d /tmp/sysmgmt-bench-XXXXXX)"
  chmod 755 "$BENCH_WORK"
  local port="${SYSMGMT_BENCH_PORT:-27790}"
  "$SYSMGMT_ROOT/scripts/up" --home "$BENCH_WORK/home" --smd-port "$port" >"$BENCH_WORK/up.out" 2>"$BENCH_WORK/up.err" &
  BENCH_UP_PID=$!
  trap 'kill -TERM $BENCH_UP_PID 2>/dev/null; wait $BENCH_UP_PID 2>/dev/null; rm -rf "$BENCH_WORK"' EXIT
  for _ in $(seq 1800); do
    grep -q '^SYSMGMT_TOKEN=' "$BENCH_WORK/up.out" 2>/dev/null && break
    kill -0 "$BENCH_UP_PID" 2>/dev/null || { cat "$BENCH_WORK/up.err" >&2; die "scripts/up failed"; }
    sleep 0.1
  done
  BENCH_TOKEN="$(sed -n 's/^SYSMGMT_TOKEN=//p' "$BENCH_WORK/up.out")"
  [[ -n "$BENCH_TOKEN" ]] || die "scripts/up printed no token"
  BENCH_SMD="http://127.0.0.1:$port"
}
