# shellcheck shell=bash
# `scripts/up --demo`: a small emulated cluster next to SMD and BSS. The bundled Redfish mockups are served as BMCs
# on loopback, discovered into SMD through the product (sysmgmt discover scan + collect --send, with the BMC account
# in an encrypted secrets file, as a sysadmin keeps it), and BSS gets example boot parameters through its API.
# Needs lib/common.sh. Everything the demo writes lives in $home/demo.
#
# The caller sets: home, smd_url, bss_url, smd_grpc_port, token (empty without auth), DEMO_BMC_PORT.

DEMO_BMC_ADDRESS="127.27.0.1"  # the BMCs take consecutive addresses from here, one per mockup (the scan covers a /28)
DEMO_EMULATOR_PID=""
# Example kernel and initrd: the documentation range (RFC 5737), since the demo boots no real node.
DEMO_IMAGES="http://192.0.2.1/images"

# demo_mockups_dir: the bundled mockups, next to the checkout (as for the tests and benchmarks) or SYSMGMT_SHARED_DIR.
demo_mockups_dir() {
  local dir="${SYSMGMT_SHARED_DIR:-$SYSMGMT_ROOT/../shared}/redfish-mockups"
  [[ -d "$dir" ]] || die "--demo needs the bundled Redfish mockups, which are not at $dir (set SYSMGMT_SHARED_DIR to the directory holding redfish-mockups)"
  (cd "$dir" && pwd)
}

# demo_prepare: checks and builds what the demo needs, before any service starts.
demo_prepare() {
  require_commands python3:python3
  DEMO_DIR="$home/demo"
  DEMO_MOCKUPS="$(demo_mockups_dir)"
  mkdir -p "$DEMO_DIR"
  [[ "$DEMO_BMC_PORT" =~ ^[0-9]+$ ]] || die "--demo-bmc-port must be a number"
  ! (exec 3<>"/dev/tcp/$DEMO_BMC_ADDRESS/$DEMO_BMC_PORT") 2>/dev/null \
    || die "$DEMO_BMC_ADDRESS:$DEMO_BMC_PORT is already in use (another scripts/up --demo?); choose another port with --demo-bmc-port"
  "$SYSMGMT_ROOT/scripts/sysmgmt" --help >/dev/null  # builds it when needed, before the services start
}

# demo_emulator_launch: serves every mockup as one BMC (HTTPS, account root/root_password), in the background.
demo_emulator_launch() {
  local mockup_args=() dir
  for dir in "$DEMO_MOCKUPS"/*/; do mockup_args+=(--mockup "${dir%/}"); done
  "$SYSMGMT_ROOT/scripts/sysmgmt" emulate "${mockup_args[@]}" --address "$DEMO_BMC_ADDRESS" --port "$DEMO_BMC_PORT" \
    --count "$(demo_bmc_count)" --ca-cert "$DEMO_DIR/bmc-ca.pem" >"$DEMO_DIR/bmcs.out" 2>>"$home/logs/emulator.log" &
  DEMO_EMULATOR_PID=$!
}

demo_bmc_count() { find "$DEMO_MOCKUPS" -mindepth 1 -maxdepth 1 -type d | wc -l; }

# demo_emulator_start: launches the emulator and waits until all its BMCs listen (it prints one URL for each).
demo_emulator_start() {
  local count
  count="$(demo_bmc_count)"
  : >"$DEMO_DIR/bmcs.out"
  demo_emulator_launch
  for _ in $(seq 600); do
    (($(wc -l <"$DEMO_DIR/bmcs.out") >= count)) && return
    kill -0 "$DEMO_EMULATOR_PID" 2>/dev/null || { tail -n 20 "$home/logs/emulator.log" >&2; die "the Redfish emulator failed; see $home/logs/emulator.log"; }
    sleep 0.1
  done
  die "the Redfish emulator did not start its $count BMCs within 60 s; see $home/logs/emulator.log"
}

# demo_secrets: the BMC account in magellan's encrypted secrets file, under a master key kept next to it (mode 600).
# printf is a builtin, so the password is in no process's arguments.
demo_secrets() {
  if [[ ! -s "$DEMO_DIR/master.key" ]]; then
    (umask 077 && "$SYSMGMT_ROOT/scripts/sysmgmt" secrets generatekey >"$DEMO_DIR/master.key")
  fi
  export MASTER_KEY SYSMGMT_SECRETS_FILE="$DEMO_DIR/secrets.json"
  MASTER_KEY="$(<"$DEMO_DIR/master.key")"
  printf 'root:root_password' | "$SYSMGMT_ROOT/scripts/sysmgmt" secrets store default >/dev/null 2>>"$home/logs/demo.log"
}

# demo_discover: scan the BMCs' subnet, then walk them and send their inventory to SMD.
demo_discover() {
  local sysmgmt="$SYSMGMT_ROOT/scripts/sysmgmt" token_args=()
  [[ -z "$token" ]] || token_args=(--token-file "$home/admin.token")
  log "Discovering the emulated BMCs into SMD…"
  # The emulator's first answer compiles its request path, which takes seconds on a busy machine: one warm-up request,
  # and patient timeouts, so that a slow start is not taken for BMCs that do not answer.
  curl -sf -o /dev/null --max-time 60 --cacert "$DEMO_DIR/bmc-ca.pem" "https://$DEMO_BMC_ADDRESS:$DEMO_BMC_PORT/redfish/v1/" \
    || log "warning: the first emulated BMC did not answer within 60 s; discovery may miss BMCs"
  "$sysmgmt" discover scan --subnet "${DEMO_BMC_ADDRESS%.*}.0/28" --port "$DEMO_BMC_PORT" --cacert "$DEMO_DIR/bmc-ca.pem" --timeout 30 \
    --cache "$DEMO_DIR/discovery-cache.json" >"$DEMO_DIR/scan.out" 2>>"$home/logs/demo.log" \
    || { tail -n 20 "$home/logs/demo.log" >&2; die "sysmgmt discover scan failed; see $home/logs/demo.log"; }
  "$sysmgmt" discover collect --cache "$DEMO_DIR/discovery-cache.json" --cacert "$DEMO_DIR/bmc-ca.pem" --timeout 30 \
    --send "$smd_url" "${token_args[@]}" >"$DEMO_DIR/collect.out" 2>>"$home/logs/demo.log" \
    || { tail -n 20 "$home/logs/demo.log" >&2; die "sysmgmt discover collect --send failed; see $home/logs/demo.log"; }
}

# demo_curl ARGS...: curl with the admin token (when auth is on), failing on an HTTP error.
demo_curl() {
  local auth=()
  [[ -z "$token" ]] || auth=(-H "Authorization: Bearer $token")
  curl -sSf "${auth[@]}" "$@"
}

# demo_pick_node: a discovered node with a MAC and an IP address, as DEMO_NODE, DEMO_MAC and DEMO_IP; then BSS reads
# SMD, so that it knows the node.
demo_pick_node() {
  read -r DEMO_NODE DEMO_MAC DEMO_IP < <(demo_curl "$smd_url/hsm/v2/Inventory/EthernetInterfaces?type=Node" | python3 -c '
import json, sys
nics = sorted((n["ComponentID"], n["MACAddress"], n["IPAddresses"][0]["IPAddress"])
              for n in json.load(sys.stdin) if n.get("IPAddresses") and n.get("MACAddress"))
print(*nics[0]) if nics else None')
  [[ -n "${DEMO_IP:-}" ]] || die "discovery found no node with a MAC and an IP address; see $home/logs/demo.log"
  demo_curl -o /dev/null -X POST "$bss_url/boot/v1/hosts" || die "BSS could not read SMD's nodes"
}

# demo_boot_parameters: Default and role parameters, one node's own entry, and cloud-init user-data, through BSS's API.
demo_boot_parameters() {
  local put=(-o /dev/null -X PUT "$bss_url/boot/v1/bootparameters" -H 'Content-Type: application/json' -d)
  demo_curl "${put[@]}" '{"hosts":["Default"],"kernel":"'"$DEMO_IMAGES"'/vmlinuz","initrd":"'"$DEMO_IMAGES"'/initrd.img","params":"console=ttyS0,115200 ip=dhcp","cloud-init":{"meta-data":{"site":"demo"},"user-data":{"packages":["vim"]}}}' \
    && demo_curl "${put[@]}" '{"hosts":["Compute"],"kernel":"'"$DEMO_IMAGES"'/compute/vmlinuz","initrd":"'"$DEMO_IMAGES"'/compute/initrd.img","params":"console=ttyS0,115200 ip=dhcp rd.retry=10","cloud-init":{"user-data":{"runcmd":["echo compute node up"]}}}' \
    && demo_curl "${put[@]}" '{"hosts":["'"$DEMO_NODE"'"],"kernel":"'"$DEMO_IMAGES"'/compute/vmlinuz","initrd":"'"$DEMO_IMAGES"'/compute/initrd.img","params":"console=ttyS0,115200 ip=dhcp rd.retry=10 demo.debug=1","cloud-init":{"user-data":{"write_files":[{"path":"/etc/motd","content":"Hello from '"$DEMO_NODE"'\n"}]}}}' \
    || die "BSS refused the example boot parameters"
}

# demo_write_env: a file to source in another shell: the URLs, the token, the secrets store and `sysmgmt` itself.
demo_write_env() {
  {
    printf '# Sourced by the shell of someone trying the demo (scripts/up --demo writes it on every start).\n'
    printf 'export SYSMGMT_SMD_URL=%q SYSMGMT_SMD_GRPC_URL=%q SYSMGMT_BSS_URL=%q\n' \
      "$smd_url" "http://127.0.0.1:$smd_grpc_port" "$bss_url"
    [[ -z "$token" ]] || printf 'export SYSMGMT_TOKEN="$(cat %q)"\n' "$home/admin.token"
    printf 'export SYSMGMT_SECRETS_FILE=%q MASTER_KEY="$(cat %q)"\n' "$DEMO_DIR/secrets.json" "$DEMO_DIR/master.key"
    printf 'sysmgmt() { %q "$@"; }\n' "$SYSMGMT_ROOT/scripts/sysmgmt"
  } >"$DEMO_DIR/env.sh"
}

# demo_print_next_steps: what to try next. Every indented line is a command that works as printed (a test runs them).
demo_print_next_steps() {
  local nodes auth_header=""
  nodes=$(demo_curl "$smd_url/hsm/v2/State/Components?type=Node" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["Components"]))')
  [[ -z "$token" ]] || auth_header=' -H "Authorization: Bearer $SYSMGMT_TOKEN"'
  cat <<NEXT
Demo: $(demo_bmc_count) emulated BMCs from $DEMO_MOCKUPS on ${DEMO_BMC_ADDRESS%.*}.1-$(demo_bmc_count):$DEMO_BMC_PORT (log: $home/logs/emulator.log),
  discovered into SMD: $nodes nodes. BSS has example boot parameters for Default, the Compute role and $DEMO_NODE.
Try next, in another shell:
  source $DEMO_DIR/env.sh    # the URLs, SYSMGMT_TOKEN, the BMC secrets store, and sysmgmt
  sysmgmt discover list --cache $DEMO_DIR/discovery-cache.json
  curl -s "\$SYSMGMT_SMD_URL/hsm/v2/State/Components?type=Node"
  curl -s "\$SYSMGMT_BSS_URL/boot/v1/bootscript?mac=$DEMO_MAC"    # the iPXE script $DEMO_NODE boots
  curl -s -H "X-Forwarded-For: $DEMO_IP" "\$SYSMGMT_BSS_URL/user-data"    # cloud-init, as $DEMO_NODE asks for it
  curl -s$auth_header "\$SYSMGMT_BSS_URL/boot/v1/bootparameters"
  sysmgmt power status $DEMO_NODE --cacert $DEMO_DIR/bmc-ca.pem
  sysmgmt watch --snapshot    # SMD's inventory, live; Ctrl-C to stop
NEXT
}
